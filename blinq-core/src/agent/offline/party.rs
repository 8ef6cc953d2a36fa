//! US political parties in a column coded by their initials (`D`, `R`, `I`), the way
//! lists of legislators and election returns keep them: "Republicans", "the Democratic
//! senators", "independents" are those letters.

use super::intent::Filter;
use super::schema::Schema;
use super::values::words_of_letter_codes;
use super::words::Token;

/// The words for a party and its letter.
const PARTIES: &[(&str, &str)] = &[
    ("democrat", "D"),
    ("democrats", "D"),
    ("democratic", "D"),
    ("republican", "R"),
    ("republicans", "R"),
    ("gop", "R"),
    ("independent", "I"),
    ("independents", "I"),
];

/// Filters for the parties said, in the one column of one-letter codes that has both `D`
/// and `R` (and no other letters than `I`, `L` and `G` beside them). Returns (token
/// position, filter) like the value matching.
pub(crate) fn party_codes(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let coded = |v: &[String]| {
        v.iter().any(|x| x == "D")
            && v.iter().any(|x| x == "R")
            && v.iter()
                .all(|x| matches!(x.as_str(), "D" | "R" | "I" | "L" | "G"))
    };
    words_of_letter_codes(schema, tokens, used, coded, |word| {
        PARTIES
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, letter)| letter.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::intent::Cmp;
    use crate::agent::offline::words::tokenize;

    fn parties(csv: &str, question: &str) -> Vec<Filter> {
        let schema = Schema::of_csv("legislators", csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        party_codes(&schema, &tokens, &mut used)
            .into_iter()
            .map(|(_, f)| f)
            .collect()
    }

    #[test]
    fn a_party_said_is_its_letter() {
        let csv = "name,party\nA,D\nB,R\nC,I\n";
        assert_eq!(
            parties(csv, "how many of the legislators are Republicans"),
            [Filter::on("party", Cmp::Eq, "R".into())]
        );
        assert_eq!(
            parties(csv, "average age of Democratic senators"),
            [Filter::on("party", Cmp::Eq, "D".into())]
        );
        // A column of other letters is no party's.
        assert!(parties("name,grade\nA,D\nB,R\nC,A\n", "how many Republicans").is_empty());
    }
}
