//! The bundled font: DejaVu Sans, compiled into the library so text renders the same on a
//! bare machine, in a container or a notebook, without system fonts or fontconfig.

use std::sync::OnceLock;

use plotters::style::{FontDesc, FontFamily, FontStyle, register_font};

use crate::error::{BlinqError, Result};

static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/DejaVuSans.ttf");

/// The family name the font is registered under. SVG output names it verbatim in
/// `font-family`, so it doubles as a CSS fallback list for viewers: DejaVu Sans when
/// installed, else Verdana (close metrics), else any sans-serif.
pub(crate) const FAMILY: &str = "DejaVu Sans, Verdana, sans-serif";

/// plotters' text size is the font's pixel height scale; an em is about size / 1.24.
const EM_PER_SIZE: f64 = 1.24;

static REGISTERED: OnceLock<std::result::Result<(), String>> = OnceLock::new();

/// Register the bundled font with plotters (once per process).
pub(crate) fn ensure_registered() -> Result<()> {
    REGISTERED
        .get_or_init(|| {
            register_font(FAMILY, FontStyle::Normal, DEJAVU_SANS)
                .map_err(|_| "the bundled DejaVu Sans font could not be loaded".to_string())
        })
        .clone()
        .map_err(BlinqError::Plot)
}

/// The font at `px` pixels per em.
pub(crate) fn font(px: f64) -> FontDesc<'static> {
    FontDesc::new(
        FontFamily::Name(FAMILY),
        px * EM_PER_SIZE,
        FontStyle::Normal,
    )
}

/// The width in pixels of `text` set at `px` pixels per em.
pub(crate) fn text_width(text: &str, px: f64) -> f64 {
    font(px)
        .box_size(text)
        .map(|(w, _)| w as f64)
        .unwrap_or(text.chars().count() as f64 * px * 0.6)
}

/// `text` shortened with an ellipsis so it is at most `max_width` pixels wide at `px`.
pub(crate) fn fit_text(text: &str, px: f64, max_width: f64) -> String {
    if text_width(text, px) <= max_width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    // Binary search the longest prefix that fits with the ellipsis.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect::<String>() + "…";
        if text_width(&candidate, px) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    chars[..lo]
        .iter()
        .collect::<String>()
        .trim_end()
        .to_string()
        + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_and_shortens_text() {
        ensure_registered().unwrap();
        let w = text_width("Adelie", 12.0);
        assert!(w > 30.0 && w < 50.0, "{w}");
        assert!(text_width("WWWW", 12.0) > text_width("iiii", 12.0));
        let short = fit_text("a very long category label indeed", 12.0, 80.0);
        assert!(
            short.ends_with('…') && text_width(&short, 12.0) <= 80.0,
            "{short}"
        );
        assert_eq!(fit_text("short", 12.0, 80.0), "short");
    }
}
