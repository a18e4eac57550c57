/** The report page's own style and script: inline, so the file needs no network at all. */

export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --bg: #fff; --soft: #f5f5f2;
  --high: #a4001d; --medium: #7a4a00; --low: #0b5a86; --info: #4d4d4d;
  --del-bg: #fde8e8; --ins-bg: #e3f4e6; font-size: 16px; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-top: 2px solid var(--ink); padding-top: .75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
a { color: #0645ad; } a:focus-visible, input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.meta { color: var(--muted); margin: 0; }
.sev { display: inline-block; min-width: 4.6rem; text-align: center; font-weight: 700; font-size: .75rem; letter-spacing: .04em;
  padding: .1rem .35rem; border-radius: .25rem; border: 1px solid currentColor; background: var(--bg); }
.sev-high { color: var(--high); } .sev-medium { color: var(--medium); } .sev-low { color: var(--low); } .sev-info { color: var(--info); }
.kind { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
.findings { list-style: none; padding: 0; margin: 0; }
.findings li { padding: .5rem .25rem; border-bottom: 1px solid var(--line); }
.findings li:target { background: #fff7d6; }
.words { display: block; margin: .25rem 0 0 5.2rem; font-size: .95rem; }
.id { color: var(--muted); font-size: .8rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
del { background: var(--del-bg); color: #6b0010; text-decoration: line-through; text-decoration-thickness: 2px; }
ins { background: var(--ins-bg); color: #0c4a1a; text-decoration: underline; text-decoration-thickness: 2px; }
del::before { content: "[−"; font-weight: 700; text-decoration: none; } del::after { content: "]"; }
ins::before { content: "[+"; font-weight: 700; } ins::after { content: "]"; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
.summary { width: auto; min-width: 60%; }
.summary td, .summary th { text-align: right; } .summary th:first-child, .summary td:first-child { text-align: left; }
.summary thead th { white-space: nowrap; } .summary tbody th, .summary tfoot th { font-weight: 400; min-width: 12ch; }
.scroll { overflow-x: auto; }
.new { display: inline-block; font-weight: 700; font-size: .75rem; padding: .1rem .35rem; border-radius: .25rem; color: #fff; background: #1a1a1a; }
tbody.fold td { text-align: center; background: var(--soft); }
tbody.fold button { font: inherit; font-size: .9rem; background: none; border: 0; color: #0645ad; text-decoration: underline; cursor: pointer; padding: .25rem; }
@media screen { .js tbody.same:not(.open) { display: none; } }
.side { table-layout: fixed; font-size: .95rem; }
.side td { width: 50%; }
.side tr:target td { background: #fff7d6; }
.role { display: block; color: var(--muted); font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; }
.only { color: var(--muted); font-style: italic; }
.badge { display: inline-block; margin: .2rem .25rem 0 0; padding: 0 .35rem; border-radius: .25rem; font-size: .75rem; font-weight: 700;
  border: 1px solid currentColor; text-decoration: none; }
#filters { position: sticky; top: 0; z-index: 1; background: var(--soft); border: 1px solid var(--line); padding: .5rem .75rem; margin: 1rem 0; }
#filters fieldset { border: 0; display: inline; padding: 0; margin: 0 1rem 0 0; }
#filters legend { font-weight: 700; float: left; margin-right: .5rem; }
#filters label { margin-right: .6rem; white-space: nowrap; }
.top li { margin: .3rem 0; }
@media (max-width: 700px) {
  main { padding: .5rem; }
  .side, .side tbody, .side tr, .side td { display: block; width: 100%; }
  .side thead { display: none; }
  .side td::before { content: attr(data-side); display: block; font-weight: 700; font-size: .75rem; color: var(--muted); }
  .words { margin-left: 0; }
  .side caption { display: block; }
  .summary th, .summary td { padding: .3rem .25rem; font-size: .9rem; }
  .side tbody.same.open, .side tbody.fold { display: block; }
  #filters { position: static; }
  #filters fieldset { display: block; margin: 0 0 .25rem; }
}
@media print {
  #filters { display: none; }
  [hidden] { display: revert !important; }
  tbody.fold { display: none; }
  h2 { break-before: page; }
  a { color: inherit; }
}
`;

/**
 * Folds runs of unchanged paragraphs behind a button, and filters findings by severity, kind
 * and (in a check) newness; the page works, unfolded and unfiltered, without it.
 */
export const REPORT_JS = `
(() => {
  document.documentElement.classList.add('js');
  for (const body of document.querySelectorAll('tbody.same')) {
    const n = body.dataset.rows;
    const fold = document.createElement('tbody');
    fold.className = 'fold';
    fold.innerHTML = '<tr><td colspan="2"><button type="button" aria-expanded="false"></button></td></tr>';
    const button = fold.querySelector('button');
    const label = () => { button.textContent = (body.classList.contains('open') ? 'Hide ' : 'Show ') + n + ' unchanged paragraphs'; };
    button.addEventListener('click', () => {
      body.classList.toggle('open');
      button.setAttribute('aria-expanded', String(body.classList.contains('open')));
      label();
    });
    label();
    body.before(fold);
  }
  const form = document.getElementById('filters');
  if (!form) return;
  const apply = () => {
    const severities = new Set(Array.from(form.querySelectorAll('input[name="severity"]:checked'), (i) => i.value));
    const kind = form.elements.namedItem('kind').value;
    const onlyNew = form.querySelector('input[name="new"]:checked') !== null;
    let shown = 0;
    for (const el of document.querySelectorAll('[data-finding]')) {
      const visible = severities.has(el.dataset.severity) && (kind === 'all' || el.dataset.kind === kind) && (!onlyNew || el.dataset.new === 'true');
      el.hidden = !visible;
      if (visible) shown++;
    }
    document.getElementById('shown').textContent = String(shown);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
})();
`;
