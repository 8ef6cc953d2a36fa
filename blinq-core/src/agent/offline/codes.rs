//! Standard codes read as the words they stand for when the data has no dictionary of its
//! own: column names that are the daily weather elements of NOAA's Global Historical
//! Climatology Network (`TMAX`, `TMIN`, `PRCP` ...), which most daily weather downloads
//! keep as their column names, and values that are the symbols of SI units (`J`, `kg`).

/// The codes and the words they stand for. The day's maximum and minimum temperature are
/// its "high" and "low".
const CODES: &[(&str, &str)] = &[
    ("tmax", "maximum temperature high"),
    ("tmin", "minimum temperature low"),
    ("tavg", "average temperature"),
    ("tobs", "temperature at observation time"),
    ("prcp", "precipitation"),
    ("snwd", "snow depth"),
    ("awnd", "average wind speed"),
];

/// The words a conventional code stands for (`TMAX`: "maximum temperature high").
pub(crate) fn standing_for(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    CODES
        .iter()
        .find(|(code, _)| *code == name)
        .map(|(_, words)| *words)
}

/// SI units (base, derived and a few in use beside them) and their symbols, as the unit
/// is said in a question ("expressed in joules").
const UNIT_SYMBOLS: &[(&str, &str)] = &[
    ("metre", "m"),
    ("meter", "m"),
    ("kilogram", "kg"),
    ("gram", "g"),
    ("second", "s"),
    ("ampere", "A"),
    ("kelvin", "K"),
    ("mole", "mol"),
    ("candela", "cd"),
    ("hertz", "Hz"),
    ("newton", "N"),
    ("pascal", "Pa"),
    ("joule", "J"),
    ("watt", "W"),
    ("coulomb", "C"),
    ("volt", "V"),
    ("farad", "F"),
    ("ohm", "ohm"),
    ("siemens", "S"),
    ("weber", "Wb"),
    ("tesla", "T"),
    ("henry", "H"),
    ("lumen", "lm"),
    ("lux", "lx"),
    ("becquerel", "Bq"),
    ("gray", "Gy"),
    ("sievert", "Sv"),
    ("electronvolt", "eV"),
    ("litre", "L"),
    ("liter", "L"),
];

/// The symbol of the SI unit a word names, in the singular or the plural ("joules" → `J`).
pub(crate) fn unit_symbol(word: &str) -> Option<&'static str> {
    let one = word
        .strip_suffix('s')
        .filter(|_| word != "siemens" && word != "lux")
        .unwrap_or(word);
    UNIT_SYMBOLS
        .iter()
        .find(|(name, _)| *name == one || *name == word)
        .map(|(_, symbol)| *symbol)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_si_unit_said_is_its_symbol() {
        assert_eq!(unit_symbol("joules"), Some("J"));
        assert_eq!(unit_symbol("kelvin"), Some("K"));
        assert_eq!(unit_symbol("siemens"), Some("S"));
        assert_eq!(unit_symbol("seconds"), Some("s"));
        assert_eq!(unit_symbol("constants"), None);
    }

    #[test]
    fn weather_codes_stand_for_their_words() {
        assert_eq!(standing_for("TMAX"), Some("maximum temperature high"));
        assert_eq!(standing_for("prcp"), Some("precipitation"));
        // A name that only starts like one is no code.
        assert_eq!(standing_for("tmax2"), None);
    }
}
