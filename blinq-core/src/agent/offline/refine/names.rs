//! Refinements of what names the groups: a numbered thing shown by its name.

use crate::agent::offline::found::{Role, Scan};
use crate::agent::offline::schema::{Kind, Schema};
use crate::agent::offline::words::Token;

/// "which county had the most homes tested" over a numeric `county` beside a text
/// `county.name`: the groups are shown by the column that names what the number numbers
/// (its name words and "name"), which holds as many values.
pub(super) fn numbered_thing_by_its_name(schema: &Schema, _: &[Token], out: &mut Scan) {
    for m in &mut out.mentions {
        if !matches!(m.role, Role::Group | Role::Which) {
            continue;
        }
        let Some(numbered) = schema.get(&m.column).filter(|c| c.kind == Kind::Number) else {
            continue;
        };
        let named = schema.columns.iter().find(|c| {
            c.kind == Kind::Text
                && c.words.len() == numbered.words.len() + 1
                && c.words.starts_with(&numbered.words)
                && c.words.last().is_some_and(|w| w == "name")
                && c.distinct == numbered.distinct
        });
        if let Some(named) = named {
            m.column = named.name.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::scan::scan;

    #[test]
    fn a_numbered_thing_is_grouped_by_its_name() {
        let schema = Schema::of_csv(
            "radon",
            "log.radon,county,county.name\n0.8,1,AITKIN\n0.9,1,AITKIN\n1.2,2,ANOKA\n",
        );
        let out = scan(&schema, "which county had the highest average log radon");
        let groups: Vec<&str> = out
            .mentions
            .iter()
            .filter(|m| matches!(m.role, Role::Group | Role::Which))
            .map(|m| m.column.as_str())
            .collect();
        assert_eq!(groups, ["county.name"]);
    }
}
