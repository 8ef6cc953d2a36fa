//! Column names that are a field's standard codes, read as the words they stand for when
//! the data has no dictionary of its own: the daily weather elements of NOAA's Global
//! Historical Climatology Network (`TMAX`, `TMIN`, `PRCP` ...), which most daily weather
//! downloads keep as their column names.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weather_codes_stand_for_their_words() {
        assert_eq!(standing_for("TMAX"), Some("maximum temperature high"));
        assert_eq!(standing_for("prcp"), Some("precipitation"));
        // A name that only starts like one is no code.
        assert_eq!(standing_for("tmax2"), None);
    }
}
