//! "who …": a question that asks for someone is answered by the column that names people
//! (or the teams and nations that act as one), not by whichever text column comes first.
//! "who received the fewest votes" over `Riding, Candidate, Votes` is a `Candidate`.

use super::found::{Role, Scan};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::{Token, made_from, singular, verb_stem};

/// Nouns for a person, by what they do or are. A column named with one holds people.
const PERSON_NOUNS: &[&str] = &[
    "person",
    "people",
    "individual",
    "player",
    "driver",
    "rider",
    "athlete",
    "competitor",
    "contestant",
    "candidate",
    "nominee",
    "entrant",
    "participant",
    "winner",
    "champion",
    "runner",
    "finisher",
    "cyclist",
    "swimmer",
    "skater",
    "skier",
    "jumper",
    "boxer",
    "wrestler",
    "fighter",
    "racer",
    "golfer",
    "jockey",
    "pilot",
    "partner",
    "artist",
    "performer",
    "singer",
    "musician",
    "composer",
    "songwriter",
    "writer",
    "author",
    "poet",
    "director",
    "producer",
    "actor",
    "actress",
    "presenter",
    "host",
    "member",
    "senator",
    "representative",
    "president",
    "governor",
    "mayor",
    "minister",
    "premier",
    "chancellor",
    "monarch",
    "king",
    "queen",
    "ruler",
    "emperor",
    "leader",
    "chairman",
    "speaker",
    "secretary",
    "ambassador",
    "judge",
    "sheriff",
    "officer",
    "commander",
    "captain",
    "coach",
    "manager",
    "trainer",
    "owner",
    "founder",
    "builder",
    "designer",
    "architect",
    "engineer",
    "inventor",
    "scientist",
    "recipient",
    "laureate",
    "medalist",
    "medallist",
    "holder",
    "incumbent",
    "student",
    "teacher",
    "professor",
    "chef",
    "scorer",
    "goalscorer",
    "batsman",
    "bowler",
    "pitcher",
    "goalkeeper",
    "visitor",
    "chief",
    "head",
];

/// Nouns for a group that acts as one: who won may be a team or a nation.
const GROUP_NOUNS: &[&str] = &[
    "team",
    "club",
    "nation",
    "country",
    "school",
    "university",
    "college",
    "band",
    "opponent",
    "opposition",
    "constructor",
    "manufacturer",
    "company",
    "crew",
    "side",
];

/// Whether the question asks "who": its first word is who, whom or whose.
pub(crate) fn asks_who(tokens: &[Token]) -> bool {
    tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "who" | "whom" | "whose"))
}

/// The stems of the question's verbs (see [`verb_stem`]).
fn verb_stems(tokens: &[Token]) -> Vec<String> {
    tokens.iter().filter_map(|t| verb_stem(&t.lower)).collect()
}

/// Whether `noun` is the doer of the verb whose stem is `stem`: "owner" of own, "producer"
/// of produc(e), "winner" of win, "director" of direct, "coach" of coach.
fn doer_of(noun: &str, stem: &str) -> bool {
    noun == stem || made_from(noun, stem, &["er", "or", "r", "ar"])
}

/// How surely a text column names who the rows are about; lower is surer. The doer of a
/// verb the question uses ("who owned": `Original Owner`) first, then a column of names,
/// then a person by role, then a team or nation.
fn rank(col: &ColumnRef, stems: &[String]) -> Option<u8> {
    // `division_winner` of Y and N says whether, not who.
    if col.kind != Kind::Text || col.flag_value(true).is_some() {
        return None;
    }
    let words: Vec<&str> = col.words.iter().map(|w| singular(w)).collect();
    let person = words.iter().any(|w| PERSON_NOUNS.contains(w));
    let group = words.iter().any(|w| GROUP_NOUNS.contains(w));
    let doer = words
        .iter()
        .any(|w| w.len() >= 4 && stems.iter().any(|s| doer_of(w, s)));
    // "Name", "Full name", "Ring name (Birth name)"; not "Network name" (a thing's name).
    let of_a_person = |w: &&str| {
        matches!(
            *w,
            "name" | "full" | "first" | "last" | "given" | "birth" | "ring" | "real" | "stage"
        ) || PERSON_NOUNS.contains(w)
    };
    // "Forename", "Surname": a person's name in one word.
    let one_word_name = matches!(
        words.as_slice(),
        [w] if matches!(*w, "forename" | "surname" | "firstname" | "lastname" | "fullname")
    );
    let named = (words.contains(&"name") && words.iter().all(of_a_person)) || one_word_name;
    // A bare `id` of text (`bondsba01`) names whom each row is about, before a team.
    let identifier = words == ["id"];
    if doer && (person || group) {
        Some(0)
    } else if named {
        Some(1)
    } else if person {
        Some(2)
    } else if identifier {
        Some(3)
    } else if group {
        Some(4)
    } else {
        None
    }
}

/// The column "who" asks for: the surest of [`rank`], the first in the table of equals.
fn who_column<'a>(schema: &'a Schema, stems: &[String]) -> Option<&'a ColumnRef> {
    schema
        .columns
        .iter()
        .filter_map(|c| rank(c, stems).map(|r| (r, c)))
        .min_by_key(|(r, _)| *r)
        .map(|(_, c)| c)
}

/// The column naming the people the rows are about, as "who" would ask for it ("how many
/// different women have won": the `Champion`s).
pub(crate) fn people_column<'a>(schema: &'a Schema, tokens: &[Token]) -> Option<&'a ColumnRef> {
    who_column(schema, &verb_stems(tokens))
}

/// "who received the fewest votes", "who was the only judge appointed by McKinley": the
/// column of people names the rows asked for, not the first text column. One the question
/// names ("who was the driver …") is that one; else the surest in the data.
pub(crate) fn who_is_a_person(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if !asks_who(tokens) || out.mentions.iter().any(|m| m.role == Role::Which) {
        return;
    }
    let stems = verb_stems(tokens);
    // "who does John Hendrie play for", "who is listed below Romeo Bonzo": a person the
    // question names already picks the rows, and what is asked is beside or of them.
    let people = |column: &str| {
        schema
            .get(column)
            .is_some_and(|c| rank(c, &stems).is_some())
    };
    let picked_by_a_person = out.filters.iter().any(|f| people(&f.column))
        || out
            .beside
            .as_ref()
            .is_some_and(|b| people(&b.anchor.column))
        || out.same_as.as_ref().is_some_and(|s| people(&s.column));
    if picked_by_a_person {
        return;
    }
    let named = out
        .mentions
        .iter()
        .find(|m| m.role == Role::Measure && m.agg.is_none() && people(&m.column))
        .map(|m| m.column.clone());
    out.who = named.or_else(|| who_column(schema, &stems).map(|c| c.name.clone()));
    // "whose time …" asks for rows as "who" does.
    out.which_row |= out.who.is_some();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn column(schema: &str, question: &str) -> Option<String> {
        let schema = Schema::of_csv("t", schema);
        who_column(&schema, &verb_stems(&tokenize(question))).map(|c| c.name.clone())
    }

    #[test]
    fn an_identifier_of_text_is_who_before_a_team() {
        let csv = "id,year,team,hr\nbondsba01,2001,SFN,73\nsosasa01,2001,CHN,64\n";
        assert_eq!(
            column(csv, "who hit the most home runs").as_deref(),
            Some("id")
        );
        // A numeric id is no one's name.
        let csv = "id,team,hr\n1,SFN,73\n2,CHN,64\n";
        assert_eq!(column(csv, "who hit the most").as_deref(), Some("team"));
    }

    #[test]
    fn the_people_of_the_rows_are_who() {
        let csv =
            "Riding,Candidate,Votes\nHalifax,Megan Leslie,19252\nCentral Nova,Mary Lorefice,7659\n";
        assert_eq!(
            column(csv, "who got the fewest votes").as_deref(),
            Some("Candidate")
        );
        // A column of names before a person by role.
        let csv = "No.,Name,President served under\n1,Gil Kerlikowske,Barack Obama\n2,Lee Brown,Bill Clinton\n";
        assert_eq!(column(csv, "who served first").as_deref(), Some("Name"));
        // A thing's name is not a person's.
        let csv = "Network name,Owner,Affiliates\nAzteca 7,TV Azteca,20\nCanal 5,Televisa,12\n";
        assert_eq!(
            column(csv, "who has the most affiliates").as_deref(),
            Some("Owner")
        );
        // A team or a nation where no person is named.
        let csv = "Rank,Nation,Gold\n1,Russia,9\n2,Spain,5\n";
        assert_eq!(
            column(csv, "who won the most gold").as_deref(),
            Some("Nation")
        );
        // A person's name in one word.
        let csv = "forename,age,borough\nViolet Elizabeth,100,Newham\nAaron,24,Lewisham\n";
        assert_eq!(
            column(csv, "who was the oldest victim").as_deref(),
            Some("forename")
        );
        // Nothing names people: no column.
        let csv = "Year,Film,Notes\n2008,Singularity,Producer\n2010,Other,Writer\n";
        assert_eq!(column(csv, "who made it"), None);
    }

    #[test]
    fn the_doer_of_the_verb_comes_first() {
        let csv = "Name,Builder,Type\nTrangkil,Hunslet,0-4-2\nSragi,Bagnall,0-4-0\n";
        assert_eq!(
            column(csv, "who built the first one").as_deref(),
            Some("Builder")
        );
        let csv = "Name,Class,Original Owner\nTrangkil,A,Trangkil Mill\nSragi,B,Sragi Mill\n";
        assert_eq!(
            column(csv, "who owned the last one").as_deref(),
            Some("Original Owner")
        );
        assert!(doer_of("winner", "win"));
        assert!(doer_of("producer", "produc"));
        assert!(doer_of("director", "direct"));
        assert!(!doer_of("number", "num"));
    }

    #[test]
    fn a_yes_no_column_names_no_one() {
        let csv = "team_name,division_winner,homeruns\nYankees,Y,306\nRed Sox,N,245\nTwins,N,307\n";
        assert_eq!(
            column(csv, "who hit the most home runs").as_deref(),
            Some("team_name")
        );
    }

    #[test]
    fn a_person_column_named_is_what_who_asks_for() {
        use crate::agent::offline::scan::scan;
        let csv = "Year,Driver,Car,Notes\n2005,Jas Mangat,Toyota,\n2006,Karim Hirji,Subaru,\n";
        let schema = Schema::of_csv("t", csv);
        let s = scan(&schema, "who was the driver of the toyota");
        assert_eq!(s.who.as_deref(), Some("Driver"));
        // A person the question names picks the rows: what is asked is something else.
        let s = scan(&schema, "who did karim hirji drive for");
        assert_eq!(s.who, None);
        // Not asked with "who": nothing changes.
        let s = scan(&schema, "which year had the toyota");
        assert_eq!(s.who, None);
    }
}
