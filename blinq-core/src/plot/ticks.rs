//! Tick positions and labels: "nice" steps (1, 2, 5 × 10ⁿ), numbers with thousands
//! separators, and calendar-aware ticks for dates and datetimes (milliseconds since the
//! Unix epoch, shown in UTC).

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike};

/// Tick values with their labels.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Ticks {
    pub values: Vec<f64>,
    pub labels: Vec<String>,
}

/// A step of about `span / target` rounded to 1, 2, 2.5 (from 25 up) or 5 × 10ⁿ.
pub(crate) fn nice_step(span: f64, target: usize) -> f64 {
    let span = if span.is_finite() && span > 0.0 {
        span
    } else {
        1.0
    };
    let raw = span / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = match norm {
        n if n <= 1.0 + 1e-9 => 1.0,
        n if n <= 2.0 + 1e-9 => 2.0,
        n if n <= 2.5 + 1e-9 && mag >= 10.0 => 2.5,
        n if n <= 5.0 + 1e-9 => 5.0,
        _ => 10.0,
    };
    nice * mag
}

/// `[lo, hi]` widened to whole multiples of the nice step for about `target` ticks.
pub(crate) fn nice_domain(lo: f64, hi: f64, target: usize) -> (f64, f64) {
    let step = nice_step(hi - lo, target);
    (
        (lo / step + 1e-9).floor() * step,
        (hi / step - 1e-9).ceil() * step,
    )
}

/// About `target` nice ticks inside `[lo, hi]`, labelled with thousands separators.
pub(crate) fn number_ticks(lo: f64, hi: f64, target: usize) -> Ticks {
    let step = nice_step(hi - lo, target);
    let first = (lo / step - 1e-9).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    let mut ticks = Ticks::default();
    for k in first..=last.min(first + 1000) {
        let v = k as f64 * step;
        ticks.values.push(v);
        ticks.labels.push(format_number(v, step));
    }
    ticks
}

/// `v` with as many decimals as `step` needs, and thousands separators.
pub(crate) fn format_number(v: f64, step: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v.abs() >= 1e15 || (v != 0.0 && step.abs() < 1e-9) {
        return format!("{v:e}");
    }
    let mut decimals = 0usize;
    while decimals < 9 {
        let scaled = step * 10f64.powi(decimals as i32);
        if (scaled - scaled.round()).abs() < 1e-6 * scaled.abs().max(1.0) {
            break;
        }
        decimals += 1;
    }
    group_thousands(&format!("{v:.decimals$}"))
}

/// A measured value for a label (bar tops, heatmap cells): about four significant digits,
/// trailing zeros dropped, thousands separators.
pub(crate) fn format_value(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let a = v.abs();
    let decimals = match a {
        a if a >= 1000.0 || a == 0.0 => 0,
        a if a >= 100.0 => 1,
        a if a >= 1.0 => 2,
        a => (2 - a.log10().floor() as i32).clamp(3, 9) as usize,
    };
    let mut s = format!("{v:.decimals$}");
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    group_thousands(&s)
}

/// Insert `,` every three digits of the integer part; "-0" becomes "0".
fn group_thousands(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::with_capacity(s.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if let Some(f) = frac {
        grouped.push('.');
        grouped.push_str(f);
    }
    let is_zero = rest.chars().all(|c| c == '0' || c == '.');
    if sign.is_empty() || is_zero {
        grouped
    } else {
        format!("-{grouped}")
    }
}

const SECOND: i64 = 1000;
const MINUTE: i64 = 60 * SECOND;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

/// A calendar step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Millis(i64),
    Week,
    Months(i32),
}

impl Step {
    fn approx_ms(self) -> f64 {
        match self {
            Step::Millis(ms) => ms as f64,
            Step::Week => (7 * DAY) as f64,
            Step::Months(m) => m as f64 * 30.44 * DAY as f64,
        }
    }
}

const STEPS: &[Step] = &[
    Step::Millis(SECOND),
    Step::Millis(2 * SECOND),
    Step::Millis(5 * SECOND),
    Step::Millis(10 * SECOND),
    Step::Millis(15 * SECOND),
    Step::Millis(30 * SECOND),
    Step::Millis(MINUTE),
    Step::Millis(2 * MINUTE),
    Step::Millis(5 * MINUTE),
    Step::Millis(10 * MINUTE),
    Step::Millis(15 * MINUTE),
    Step::Millis(30 * MINUTE),
    Step::Millis(HOUR),
    Step::Millis(2 * HOUR),
    Step::Millis(3 * HOUR),
    Step::Millis(6 * HOUR),
    Step::Millis(12 * HOUR),
    Step::Millis(DAY),
    Step::Millis(2 * DAY),
    Step::Week,
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Months(12),
    Step::Months(24),
    Step::Months(60),
    Step::Months(120),
    Step::Months(240),
    Step::Months(600),
    Step::Months(1200),
];

/// At most `max_ticks` ticks on calendar boundaries inside `[lo, hi]` (ms since the epoch);
/// `date_only` data never gets ticks finer than a day.
pub(crate) fn time_ticks(lo: f64, hi: f64, max_ticks: usize, date_only: bool) -> Ticks {
    let span = (hi - lo).max(1.0);
    let max_ticks = max_ticks.max(2);
    let step = STEPS
        .iter()
        .copied()
        .filter(|s| !date_only || s.approx_ms() >= DAY as f64)
        .find(|s| span / s.approx_ms() + 1.0 <= max_ticks as f64)
        .unwrap_or_else(|| {
            let years = nice_step(span / (365.25 * DAY as f64), max_ticks - 1).max(1.0);
            Step::Months((years.round() as i32).saturating_mul(12))
        });
    let values = match step {
        Step::Millis(ms) => {
            let first = (lo / ms as f64).ceil() as i64;
            let last = (hi / ms as f64).floor() as i64;
            (first..=last).map(|k| (k * ms) as f64).collect()
        }
        Step::Week => {
            // 1970-01-01 was a Thursday: Mondays are the days d with (d + 3) % 7 == 0.
            let first_day = (lo / DAY as f64).ceil() as i64;
            let monday = first_day + (7 - (first_day + 3).rem_euclid(7)) % 7;
            (0..)
                .map(|k| ((monday + 7 * k) * DAY) as f64)
                .take_while(|&v| v <= hi)
                .collect()
        }
        Step::Months(m) => month_ticks(lo, hi, m),
    };
    let labels = label_times(&values, step, span);
    Ticks { values, labels }
}

fn month_ticks(lo: f64, hi: f64, every: i32) -> Vec<f64> {
    let Some(start) = to_datetime(lo) else {
        return Vec::new();
    };
    let mut index = start.year() * 12 + start.month0() as i32;
    index = index.div_euclid(every) * every;
    let mut out = Vec::new();
    while out.len() < 1000 {
        let (year, month0) = (index.div_euclid(12), index.rem_euclid(12) as u32);
        let Some(date) = NaiveDate::from_ymd_opt(year, month0 + 1, 1) else {
            break;
        };
        let ms = date
            .and_hms_opt(0, 0, 0)
            .map(|d| d.and_utc().timestamp_millis() as f64);
        match ms {
            Some(v) if v > hi => break,
            Some(v) if v >= lo => out.push(v),
            _ => {}
        }
        index += every;
    }
    out
}

fn to_datetime(ms: f64) -> Option<NaiveDateTime> {
    DateTime::from_timestamp_millis(ms as i64).map(|d| d.naive_utc())
}

fn label_times(values: &[f64], step: Step, span: f64) -> Vec<String> {
    let mut labels = Vec::with_capacity(values.len());
    let mut previous: Option<NaiveDateTime> = None;
    for &v in values {
        let Some(t) = to_datetime(v) else {
            labels.push(String::new());
            continue;
        };
        let new_day = previous.is_none_or(|p| p.date() != t.date());
        let new_year = previous.is_none_or(|p| p.year() != t.year());
        let label = match step {
            Step::Millis(ms) if ms < MINUTE => t.format("%H:%M:%S").to_string(),
            Step::Millis(ms) if ms < DAY => {
                if t.hour() == 0 && t.minute() == 0 {
                    t.format("%b %-d").to_string()
                } else if new_day {
                    t.format("%b %-d %H:%M").to_string()
                } else {
                    t.format("%H:%M").to_string()
                }
            }
            Step::Millis(_) | Step::Week => {
                if span > 330.0 * DAY as f64 && new_year {
                    t.format("%b %-d %Y").to_string()
                } else {
                    t.format("%b %-d").to_string()
                }
            }
            Step::Months(m) if m < 12 => {
                if new_year || t.month() == 1 {
                    t.format("%b %Y").to_string()
                } else {
                    t.format("%b").to_string()
                }
            }
            Step::Months(_) => t.format("%Y").to_string(),
        };
        labels.push(label);
        previous = Some(t);
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(y: i32, m: u32, d: u32, h: u32) -> f64 {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp_millis() as f64
    }

    #[test]
    fn nice_numbers() {
        let t = number_ticks(0.0, 6300.0, 7);
        assert_eq!(
            t.values,
            vec![0.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0, 6000.0]
        );
        assert_eq!(t.labels[1], "1,000");
        let t = number_ticks(-0.33, 0.33, 7);
        assert_eq!(
            t.labels,
            vec!["-0.3", "-0.2", "-0.1", "0.0", "0.1", "0.2", "0.3"]
        );
        assert_eq!(nice_domain(172.0, 231.0, 6), (170.0, 240.0));
        assert_eq!(nice_domain(172.0, 231.0, 5), (160.0, 240.0));
        assert_eq!(format_number(1234567.0, 1.0), "1,234,567");
        assert_eq!(format_number(-1234.5, 0.5), "-1,234.5");
        assert_eq!(format_number(0.25, 0.25), "0.25");
        assert_eq!(format_value(3700.662), "3,701");
        assert_eq!(format_value(12.5), "12.5");
        assert_eq!(format_value(0.0012345), "0.00123");
        assert_eq!(format_value(-0.0), "0");
    }

    #[test]
    fn a_year_of_hours_gets_month_ticks() {
        let t = time_ticks(ms(2013, 1, 1, 5), ms(2013, 12, 31, 23), 8, false);
        // Every two months, on even month boundaries after the first hour of data.
        assert_eq!(t.values.first(), Some(&ms(2013, 3, 1, 0)));
        assert_eq!(t.labels, vec!["Mar 2013", "May", "Jul", "Sep", "Nov"]);
        assert!(t.values.len() <= 8, "{:?}", t.labels);
    }

    #[test]
    fn a_day_gets_hour_ticks_and_dates_stay_whole_days() {
        let t = time_ticks(ms(2013, 1, 1, 0), ms(2013, 1, 2, 0), 9, false);
        assert_eq!(
            t.labels,
            vec![
                "Jan 1", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00", "Jan 2"
            ]
        );
        let t = time_ticks(ms(2013, 1, 1, 0), ms(2013, 1, 3, 0), 50, true);
        assert_eq!(t.labels, vec!["Jan 1", "Jan 2", "Jan 3"]);
        let t = time_ticks(ms(2013, 1, 1, 0), ms(2013, 2, 1, 0), 6, true);
        assert_eq!(
            t.labels,
            vec!["Jan 7", "Jan 14", "Jan 21", "Jan 28"],
            "Mondays"
        );
        let t = time_ticks(ms(1900, 1, 1, 0), ms(2020, 1, 1, 0), 8, true);
        assert_eq!(t.labels.first().map(String::as_str), Some("1900"));
    }
}
