//! Matching names people type against the names that exist: "did you mean ...?".

/// Normalise a name for loose comparison: lowercase, with spaces, dashes, dots and
/// underscores removed.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The candidate closest to `name`, if any is close enough to be a plausible typo.
pub fn closest<'a, I, S>(name: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a S>,
    S: AsRef<str> + 'a + ?Sized,
{
    let target = normalize(name);
    let mut best: Option<(&'a str, f64)> = None;
    for candidate in candidates {
        let c = candidate.as_ref();
        let norm = normalize(c);
        let score = if norm == target {
            2.0
        } else if !target.is_empty() && (norm.contains(&target) || target.contains(&norm)) {
            1.0 + strsim::jaro_winkler(&norm, &target) * 0.5
        } else {
            strsim::jaro_winkler(&norm, &target)
        };
        if score >= 0.8 && best.is_none_or(|(_, b)| score > b) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

/// " (did you mean `x`?)" when a close candidate exists, else an empty string.
pub(crate) fn did_you_mean<'a, I, S>(name: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a S>,
    S: AsRef<str> + 'a + ?Sized,
{
    closest(name, candidates)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_loose_spellings() {
        let cols = ["species", "body_mass_g", "flipper_length_mm"];
        assert_eq!(closest("Body Mass G", &cols), Some("body_mass_g"));
        assert_eq!(closest("specie", &cols), Some("species"));
        assert_eq!(
            closest("flipper_lenght_mm", &cols),
            Some("flipper_length_mm")
        );
        assert_eq!(closest("zzz", &cols), None);
        assert_eq!(
            did_you_mean("bodymass", &cols),
            " (did you mean `body_mass_g`?)"
        );
    }
}
