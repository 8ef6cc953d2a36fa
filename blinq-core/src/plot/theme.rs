//! Colours: the light and dark themes, a colour-blind-safe palette for groups and a
//! perceptually uniform ramp for heatmaps.

use super::spec::Theme;

/// An sRGB colour with opacity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgba {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: f64,
}

impl Rgba {
    /// An opaque colour from `0xRRGGBB`.
    pub const fn hex(rgb: u32) -> Rgba {
        Rgba {
            r: (rgb >> 16) as u8,
            g: (rgb >> 8) as u8,
            b: rgb as u8,
            a: 1.0,
        }
    }

    /// The same colour at opacity `a`.
    pub fn alpha(self, a: f64) -> Rgba {
        Rgba { a, ..self }
    }

    /// The colour as CSS `#RRGGBB` (opacity is not included).
    pub fn css(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.r, self.g, self.b)
    }

    /// Relative luminance (0 black .. 1 white), to pick readable text on a fill.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }
}

/// Okabe & Ito's colour-blind-safe palette, reordered so the first colours are the most
/// distinct on white and on dark grey (yellow, the weakest on white, comes late).
const OKABE_ITO: [Rgba; 8] = [
    Rgba::hex(0x0072B2), // blue
    Rgba::hex(0xE69F00), // orange
    Rgba::hex(0x009E73), // bluish green
    Rgba::hex(0xD55E00), // vermillion
    Rgba::hex(0x56B4E9), // sky blue
    Rgba::hex(0xCC79A7), // reddish purple
    Rgba::hex(0xF0E442), // yellow
    Rgba::hex(0x8C8C8C), // grey (in place of Okabe-Ito's black, which vanishes on dark)
];

/// The most groups that get their own colour; further groups are merged into "Other".
pub(crate) const MAX_GROUPS: usize = OKABE_ITO.len();

/// The same colours for dark backgrounds: the light sky blue leads, the dark blue moves back.
const OKABE_ITO_DARK: [Rgba; 8] = [
    Rgba::hex(0x56B4E9),
    Rgba::hex(0xE69F00),
    Rgba::hex(0x009E73),
    Rgba::hex(0xD55E00),
    Rgba::hex(0xCC79A7),
    Rgba::hex(0xF0E442),
    Rgba::hex(0x0072B2),
    Rgba::hex(0x8C8C8C),
];

/// The colours of one theme.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Palette {
    series: &'static [Rgba; 8],
    pub background: Rgba,
    pub text: Rgba,
    pub muted: Rgba,
    pub grid: Rgba,
    pub axis: Rgba,
    /// Outlines drawn between adjacent filled marks (pie slices, stacked bars).
    pub separator: Rgba,
}

impl Palette {
    /// The palette of a theme.
    pub fn of(theme: Theme) -> Palette {
        match theme {
            Theme::Light => Palette {
                series: &OKABE_ITO,
                background: Rgba::hex(0xFFFFFF),
                text: Rgba::hex(0x222222),
                muted: Rgba::hex(0x555555),
                grid: Rgba::hex(0xE6E6E6),
                axis: Rgba::hex(0x888888),
                separator: Rgba::hex(0xFFFFFF),
            },
            Theme::Dark => Palette {
                series: &OKABE_ITO_DARK,
                background: Rgba::hex(0x1E1E1E),
                text: Rgba::hex(0xE8E8E8),
                muted: Rgba::hex(0xB0B0B0),
                grid: Rgba::hex(0x383838),
                axis: Rgba::hex(0x7A7A7A),
                separator: Rgba::hex(0x1E1E1E),
            },
        }
    }

    /// The colour of group `i` (of a chart's groups, in legend order).
    pub fn series(&self, i: usize) -> Rgba {
        self.series[i % self.series.len()]
    }
}

/// Viridis, sampled at 9 evenly spaced stops (from matplotlib's table).
const VIRIDIS: [(u8, u8, u8); 9] = [
    (68, 1, 84),
    (71, 44, 122),
    (59, 81, 139),
    (44, 113, 142),
    (33, 144, 141),
    (39, 173, 129),
    (92, 200, 99),
    (170, 220, 50),
    (253, 231, 37),
];

/// The viridis colour at `t` in 0..=1 (clamped), linearly interpolated between stops.
pub(crate) fn viridis(t: f64) -> Rgba {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let pos = t * (VIRIDIS.len() - 1) as f64;
    let i = (pos.floor() as usize).min(VIRIDIS.len() - 2);
    let f = pos - i as f64;
    let (a, b) = (VIRIDIS[i], VIRIDIS[i + 1]);
    let mix = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * f).round() as u8;
    Rgba {
        r: mix(a.0, b.0),
        g: mix(a.1, b.1),
        b: mix(a.2, b.2),
        a: 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viridis_ends_and_monotone_luminance() {
        assert_eq!(viridis(0.0), Rgba::hex(0x440154));
        assert_eq!(viridis(1.0), Rgba::hex(0xFDE725));
        let lum: Vec<f64> = (0..=20)
            .map(|i| viridis(i as f64 / 20.0).luminance())
            .collect();
        assert!(lum.windows(2).all(|w| w[1] > w[0]), "{lum:?}");
    }
}
