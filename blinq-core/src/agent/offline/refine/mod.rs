//! Second looks at a scanned question: a superlative that names its column ("the heaviest
//! car" → weight) and an ambiguous name settled by the question's direction ("highest
//! temperature" → `temp_max`).
//!
//! `REFINEMENTS` lists them in order; the rules live in the submodules by what they refine.

mod counting;
mod direction;
mod flags;
mod measures;
mod names;
mod speed;
#[cfg(test)]
mod tests;

pub(crate) use self::counting::how_many_at;
use self::counting::{
    amount_named_by_its_verb, counted_by_a_count_column, counted_by_a_frequency_column,
    counted_by_its_verb, counted_noun_part_of_a_name, distinct_of_the_kind_named,
    done_the_most_is_a_total, how_many_held_in_a_column, how_many_in_total_of_the_one_measure,
    kind_counted_in_a_column, most_in_a_period_is_its_total, named_rows_in_plural,
    numbered_things_counted, numbered_things_in_plural, reached_is_the_extreme,
    total_held_in_a_column, total_in_a_count,
};
use self::direction::{how_big_is_its_quantity, ranked_by_the_superlative, the_one_ranked_by};
pub(crate) use self::direction::{names_quantity, resolve_by_direction};
pub(crate) use self::flags::flag_value;
use self::flags::{a_flag_named_by_its_verb_and_object, flags_as_filters, won_what_a_flag_says};
use self::measures::{
    amount_the_data_is_named_for, amounts_present, average_per_year_of_yearly_rows,
    fractions_shown_in_percent, implied_measure, no_groups_of_one_row, numbers_for_calculations,
    percentage_column, rate_per_number, rows_of_a_share, the_one_amount, values_present,
    values_tallied,
};
use self::names::numbered_thing_by_its_name;
use self::speed::{durations_reverse_speed, lower_is_better};
pub(crate) use self::speed::{holds_durations, speed_order};
use super::found::Scan;
use super::schema::Schema;
use super::words::Token;

/// A rule that refines what reading a question found, once every mention is known.
#[derive(Debug)]
pub(crate) struct Refinement {
    /// Its name, as an answer's trace shows it.
    pub(crate) name: &'static str,
    /// A question it is for.
    pub(crate) example: &'static str,
    /// The rule.
    pub(crate) apply: fn(&Schema, &[Token], &mut Scan),
}

/// The refinements, in the order they run: each sees what the ones before it left.
/// (`resolve_by_direction` runs earlier, while the column spans are being read.)
pub(crate) const REFINEMENTS: &[Refinement] = &[
    Refinement {
        name: "fractions_shown_in_percent",
        example: "average seat belt usage rate in 1997, in percent (`seatbelt` of 0.65s)",
        apply: fractions_shown_in_percent,
    },
    Refinement {
        name: "how_long_is_a_duration",
        example: "how long did it take Irie to finish (the one `Time` column)",
        apply: super::how_long::how_long_is_a_duration,
    },
    Refinement {
        name: "how_big_is_its_quantity",
        example: "how tall is Giannis Antetokounmpo (the one `height` column)",
        apply: how_big_is_its_quantity,
    },
    Refinement {
        name: "average_per_year_of_yearly_rows",
        example: "average girls christened per year (one row per `Year`: the mean of the rows)",
        apply: average_per_year_of_yearly_rows,
    },
    Refinement {
        name: "rate_per_number",
        example: "highest marriage rate (`Marriages_per_1000` beside `Marriages`)",
        apply: rate_per_number,
    },
    Refinement {
        name: "no_groups_of_one_row",
        example: "average distance by type of race (`type`, not also each race's own name)",
        apply: |schema, _, out| no_groups_of_one_row(schema, out),
    },
    Refinement {
        name: "years_spanned",
        example: "how long did Ian Armstrong serve (a `Term` of 1981–2007)",
        apply: super::how_long::years_spanned,
    },
    Refinement {
        name: "total_in_a_count",
        example: "how many total titles were published by Walker (a count of text `Title`)",
        apply: |schema, _, out| total_in_a_count(schema, out),
    },
    Refinement {
        name: "implied_measure",
        example: "the heaviest car (a column named for weight)",
        apply: implied_measure,
    },
    Refinement {
        name: "amount_the_data_is_named_for",
        example: "average daily output (the one `kwh` of `rooftop_solar_daily_output`)",
        apply: amount_the_data_is_named_for,
    },
    Refinement {
        name: "the_one_amount",
        example: "how much coffee did Japan import (a long table's one `value` column)",
        apply: the_one_amount,
    },
    Refinement {
        name: "ranked_by_the_superlative",
        example: "how many floors does the tallest building have (ranked by `Height`)",
        apply: ranked_by_the_superlative,
    },
    Refinement {
        name: "the_one_ranked_by",
        example: "the largest plane by seats (the first row ranked by `seats`)",
        apply: the_one_ranked_by,
    },
    Refinement {
        name: "values_tallied",
        example: "the frequency of each weather type (a count per `weather`)",
        apply: |schema, _, out| values_tallied(schema, out),
    },
    Refinement {
        name: "numbers_for_calculations",
        example: "average time (numeric time_hrs over text time)",
        apply: |schema, _, out| numbers_for_calculations(schema, out),
    },
    Refinement {
        name: "durations_reverse_speed",
        example: "the fastest time (the lowest)",
        apply: durations_reverse_speed,
    },
    Refinement {
        name: "lower_is_better",
        example: "the worst average arrival delay (the highest)",
        apply: |schema, _, out| lower_is_better(schema, out),
    },
    Refinement {
        name: "a_flag_named_by_its_verb_and_object",
        example: "champions that also won their division (a yes/no `division_winner`)",
        apply: a_flag_named_by_its_verb_and_object,
    },
    Refinement {
        name: "flags_as_filters",
        example: "how many orders were shipped (shipped = true)",
        apply: flags_as_filters,
    },
    Refinement {
        name: "amounts_present",
        example: "how many hours had precipitation (precip > 0)",
        apply: amounts_present,
    },
    Refinement {
        name: "values_present",
        example: "how many stations connect to the RER (a text `connect_rer` some rows lack)",
        apply: values_present,
    },
    Refinement {
        name: "named_rows_in_plural",
        example: "average prestige of occupations with income over 10000 (one row each)",
        apply: named_rows_in_plural,
    },
    Refinement {
        name: "numbered_things_in_plural",
        example: "mean weight of the pigs (not the mean of the pigs' numbers in `Pig`)",
        apply: numbered_things_in_plural,
    },
    Refinement {
        name: "distinct_of_the_kind_named",
        example: "how many different employment series (the text `Series_ID`, not `Employed`)",
        apply: distinct_of_the_kind_named,
    },
    Refinement {
        name: "numbered_things_counted",
        example: "how many pigs were in the trial (the distinct numbers of a numeric `Pig`)",
        apply: numbered_things_counted,
    },
    Refinement {
        name: "percentage_column",
        example: "the highest percentage of women (a `women` column of percentages)",
        apply: percentage_column,
    },
    Refinement {
        name: "rows_of_a_share",
        example: "what percentage of the flights arrived early (rows, not the sum of `flight`)",
        apply: rows_of_a_share,
    },
    Refinement {
        name: "total_held_in_a_column",
        example: "total number of teachers (a `teachers` column of counts: their sum)",
        apply: total_held_in_a_column,
    },
    Refinement {
        name: "kind_counted_in_a_column",
        example: "how many silver medals did Spain win (a `Silver` column of counts: its sum)",
        apply: kind_counted_in_a_column,
    },
    Refinement {
        name: "counted_by_the_total",
        example: "how many medals did Senegal win (the sum of a `Total` of `Gold`, `Silver`, `Bronze`)",
        apply: |schema, _, out| super::total::counted_by_the_total(schema, out),
    },
    Refinement {
        name: "amount_named_by_its_verb",
        example: "which state took the most money (the `Takings` column)",
        apply: amount_named_by_its_verb,
    },
    Refinement {
        name: "won_what_a_flag_says",
        example: "which team won the most World Series (rows of `world_series_winner` = Y, not `wins`)",
        apply: won_what_a_flag_says,
    },
    Refinement {
        name: "reached_is_the_extreme",
        example: "which subject reached the highest concentration (each one's maximum)",
        apply: reached_is_the_extreme,
    },
    Refinement {
        name: "most_in_a_period_is_its_total",
        example: "which year had the most traffic (monthly rows: the year's total)",
        apply: most_in_a_period_is_its_total,
    },
    Refinement {
        name: "done_the_most_is_a_total",
        example: "which source generated the most electricity (the sum of `net_generation`)",
        apply: done_the_most_is_a_total,
    },
    Refinement {
        name: "how_many_held_in_a_column",
        example: "how many hits did Rickey Henderson have (the sum of a `Hits` column)",
        apply: how_many_held_in_a_column,
    },
    Refinement {
        name: "counted_by_a_count_column",
        example: "number of cancer cases by age group (the sum of an `ncases` column)",
        apply: counted_by_a_count_column,
    },
    Refinement {
        name: "how_many_in_total_of_the_one_measure",
        example: "how many admissions were there on the 13th in total (the sum of `thirteenth`)",
        apply: how_many_in_total_of_the_one_measure,
    },
    Refinement {
        name: "counted_by_a_frequency_column",
        example: "total polio cases in the 1950s (the sum of a `count` column)",
        apply: counted_by_a_frequency_column,
    },
    Refinement {
        name: "counted_by_its_verb",
        example: "how many babies were born in 1978 (the sum of a `births` column)",
        apply: counted_by_its_verb,
    },
    Refinement {
        name: "counted_noun_part_of_a_name",
        example: "how many passengers survived (rows, not the values of `passengerClass`)",
        apply: counted_noun_part_of_a_name,
    },
    Refinement {
        name: "who_is_a_person",
        example: "who got the fewest votes (`Candidate`, not the first text column `Riding`)",
        apply: super::who::who_is_a_person,
    },
    Refinement {
        name: "numbered_thing_by_its_name",
        example: "which county had the most homes tested (`county.name`, not the number `county`)",
        apply: numbered_thing_by_its_name,
    },
];
