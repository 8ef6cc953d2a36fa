//! Interactive charts: the vendored Vega runtime (`web/vendor`, see its README) compiled into
//! the binary, served to the web app at `/vendor/vega.js`, and the self-contained HTML page
//! `blinq plot -o chart.html` writes (the runtime inlined: it opens offline).

use blinq_core::dataset::escape_html;
use serde_json::Value;

/// Vega, Vega-Lite, Vega-Embed and the CSP-safe expression interpreter, in load order, as one
/// script. It defines the globals `vega`, `vegaLite`, `vegaEmbed` and
/// `vega.expressionInterpreter`.
pub const VEGA_JS: &str = concat!(
    include_str!("../web/vendor/vega.min.js"),
    "\n;\n",
    include_str!("../web/vendor/vega-lite.min.js"),
    "\n;\n",
    include_str!("../web/vendor/vega-embed.min.js"),
    "\n;\n",
    include_str!("../web/vendor/vega-interpreter.min.js"),
    "\n"
);

/// A complete HTML page showing one Vega-Lite chart, everything inlined; the chart's
/// "…" menu saves it as PNG or SVG.
pub fn standalone_html(vega_lite: &Value) -> String {
    let title = vega_lite["title"]["text"].as_str().unwrap_or("Chart");
    let background = vega_lite["background"].as_str().unwrap_or("#FFFFFF");
    // `</` cannot appear inside a <script> element: JSON allows `<\/` for the same text.
    let spec = vega_lite.to_string().replace("</", "<\\/");
    format!(
        r##"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="blinq {version}">
<title>{title}</title>
<style>body {{ margin: 0; padding: 16px; background: {background}; font-family: "DejaVu Sans", Verdana, sans-serif; }}</style>
<script>{runtime}</script>
</head>
<body>
<div id="chart"></div>
<script type="application/json" id="spec">{spec}</script>
<script>
vegaEmbed("#chart", JSON.parse(document.getElementById("spec").textContent), {{
  ast: true, expr: vega.expressionInterpreter, renderer: "svg",
  actions: {{export: true, source: false, compiled: false, editor: false}}
}}).catch(function (e) {{
  document.getElementById("chart").textContent = "The chart could not be drawn: " + e.message;
}});
</script>
</body>
</html>
"##,
        version = env!("CARGO_PKG_VERSION"),
        title = escape_html(title),
        background = escape_html(background),
        runtime = VEGA_JS,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_runtime_can_be_inlined() {
        assert!(
            !VEGA_JS.contains("</script"),
            "would end an inline <script>"
        );
        for global in ["vegaEmbed", "vegaLite", "expressionInterpreter"] {
            assert!(VEGA_JS.contains(global), "{global}");
        }
    }

    #[test]
    fn the_page_escapes_what_it_embeds() {
        let spec = json!({"title": {"text": "a <b> & </script>"}, "data": {"values": [{"x": "</script><script>"}]}});
        let page = standalone_html(&spec);
        assert!(page.contains("<title>a &lt;b&gt; &amp; &lt;/script&gt;</title>"));
        assert_eq!(page.matches("</script>").count(), 3, "runtime, spec, embed");
        let start = page.find(r#"id="spec">"#).unwrap() + 10;
        let end = start + page[start..].find("</script>").unwrap();
        let back: Value = serde_json::from_str(&page[start..end]).unwrap();
        assert_eq!(back, spec, "the inlined JSON parses back to the spec");
    }
}
