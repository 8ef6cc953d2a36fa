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

/// Parse a lowercase name against a fixed list, with an error listing what works.
pub(crate) fn parse_name<T: Copy>(
    what: &str,
    text: &str,
    options: &[(&str, T)],
) -> crate::error::Result<T> {
    let wanted = text.trim().to_ascii_lowercase();
    options
        .iter()
        .find(|(name, _)| *name == wanted)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
            crate::error::BlinqError::Argument(format!(
                "unknown {what} `{text}`{}; use one of: {}",
                crate::names::did_you_mean(text, &names),
                names.join(", ")
            ))
        })
}

/// An enum of named options: serde with lowercase names, `ALL`, `as_str`, `Display`, and
/// `FromStr` whose error ([`crate::BlinqError::Argument`]) lists the names that work.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The lowercase name used in JSON and on the command line.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::error::BlinqError;

            fn from_str(s: &str) -> crate::error::Result<Self> {
                crate::names::parse_name($what, s, &[$(($text, $name::$variant)),+])
            }
        }
    };
}

pub(crate) use named_enum;

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
