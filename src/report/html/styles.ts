// The page's stylesheet: system fonts only, readable line length, charts that shrink to fit.
export const REPORT_CSS = `
:root { --fg: #1d2330; --muted: #5b6474; --line: #e3e6eb; --bg: #ffffff; --panel: #f7f8fa;
  --pass: #1e7b34; --pass-bg: #e8f5ec; --fail: #b42318; --fail-bg: #fdecea; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.55 "DejaVu Sans", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 24px 64px; }
h1 { font-size: 1.75rem; margin: 0 0 .35em; }
h2 { font-size: 1.2rem; margin: 2.2em 0 .7em; padding-bottom: .3em; border-bottom: 1px solid var(--line); }
p.lead { color: var(--muted); margin: 0 0 .8em; max-width: 72ch; }
nav.toc { font-size: .9rem; color: var(--muted); }
nav.toc a { color: inherit; margin-right: 1em; }
table { border-collapse: collapse; font-size: .92rem; }
th, td { text-align: left; padding: 6px 14px 6px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
table.numbers td.value { font-variant-numeric: tabular-nums; font-weight: 600; }
.verdict { display: inline-block; min-width: 3.6em; text-align: center; border-radius: 4px;
  padding: 0 .5em; font-size: .8rem; font-weight: 700; letter-spacing: .03em; }
tr.pass .verdict { color: var(--pass); background: var(--pass-bg); }
tr.fail .verdict { color: var(--fail); background: var(--fail-bg); }
tr.fail td { color: var(--fail); }
p.tally { font-weight: 600; }
p.tally.all-pass { color: var(--pass); }
p.tally.some-fail { color: var(--fail); }
figure { margin: 0 0 28px; padding: 14px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
figure figcaption { font-weight: 600; margin-bottom: 8px; }
figure figcaption a.permalink { color: var(--muted); text-decoration: none; margin-left: .4em; }
.chart-static svg, .chart-live svg { display: block; max-width: 100%; height: auto; background: #fff; }
.chart-live[hidden], .chart-static[hidden] { display: none; }
p.hint { font-size: .85rem; color: var(--muted); margin: 6px 0 0; }
ul.files { padding-left: 1.2em; }
ul.files li { margin: .25em 0; }
ul.files code { font-size: .9rem; }
footer { margin-top: 48px; font-size: .8rem; color: var(--muted); }
@media print { figure { break-inside: avoid; } .chart-live { display: none !important; } .chart-static { display: block !important; } }
`;
