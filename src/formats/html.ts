import { builtDispute } from '../builder/seam.js';
import type { Dispute } from '../model/dispute.js';
import { defineFormat } from './format.js';
import { drawScene } from './render/draw.js';
import { DRAWING_FORMAT_OPTIONS, readSvgOptions, type SvgOptions } from './render/options.js';
import type { MarkDetails, SceneMark } from './render/scene.js';
import { escapeMarkup, FONT_FAMILY, markupText, visibleText } from './render/text.js';
import type { Theme } from './render/theme.js';
import { timelineScene } from './render/timeline-scene.js';
import { asUri } from './support/html-escape.js';

function styles(theme: Theme): string {
  return `:root{color-scheme:${theme.name}}
body{margin:0;background:${theme.background};color:${theme.text};font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif}
main{max-width:1100px;margin:0 auto;padding:16px}
a{color:${theme.mark}}
figure{margin:16px 0;overflow-x:auto}
figure svg{display:block}
figcaption,.note{color:${theme.muted};font-size:14px}
.dt-mark{cursor:pointer;outline:none}
.dt-mark:focus>:not(title):not(text),.dt-mark.dt-active>:not(title):not(text){stroke:${theme.text};stroke-width:2px}
.dt-mark:focus>text,.dt-mark.dt-active>text{text-decoration:underline}
#details{border:2px solid ${theme.grid};border-radius:6px;padding:8px 12px;min-height:4em}
#details h3{margin:0 0 4px;font-size:16px}
#details dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
#details dt{font-weight:bold}
#details dd{margin:0}
blockquote{margin:4px 0 4px 12px;padding-left:8px;border-left:3px solid ${theme.grid}}
table{border-collapse:collapse;width:100%;font-size:14px}
.records{content-visibility:auto;contain-intrinsic-size:auto 2000px}
caption{text-align:left;font-weight:bold;padding:4px 0}
th,td{border:1px solid ${theme.grid};padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:${theme.band}}
.date{font-family:${FONT_FAMILY};white-space:nowrap}
@media print{
body{background:#fff;color:#000;font-size:11pt}
main{max-width:none;padding:0}
#details,figcaption{display:none}
figure{overflow:visible}
figure svg{max-width:100%;height:auto}
a{color:#000}
td a[href]::after{content:" (" attr(href) ")";word-break:break-all}
tr,blockquote{break-inside:avoid}
thead{display:table-header-group}
.records{content-visibility:visible}
}`;
}

/**
 * The page's script: when a mark is hovered, focused or pressed, the details panel shows a copy of its row of
 * the table (the one copy of the text on the page), as a list.
 */
const SCRIPT = `(() => {
  const panel = document.getElementById('details-body');
  const rows = new Map();
  for (const row of document.querySelectorAll('tbody tr[data-key]')) rows.set(row.getAttribute('data-key'), row);
  const terms = Array.from(document.querySelectorAll('thead th'), (th) => th.textContent);
  let active = null;
  const show = (mark) => {
    const row = rows.get(mark.getAttribute('data-key'));
    if (!row) return;
    if (active) active.classList.remove('dt-active');
    active = mark;
    mark.classList.add('dt-active');
    const cells = Array.from(row.children);
    const heading = document.createElement('h3');
    heading.textContent = cells[3].textContent;
    const list = document.createElement('dl');
    cells.forEach((cell, i) => {
      if (i === 3 || cell.childNodes.length === 0) return;
      const term = document.createElement('dt');
      term.textContent = terms[i];
      const value = document.createElement('dd');
      for (const node of cell.childNodes) value.appendChild(node.cloneNode(true));
      list.append(term, value);
    });
    panel.replaceChildren(heading, list);
  };
  const markOf = (event) => (event.target instanceof Element ? event.target.closest('.dt-mark') : null);
  for (const type of ['mouseover', 'focusin', 'click']) {
    document.addEventListener(type, (event) => {
      const mark = markOf(event);
      if (mark) show(mark);
    });
  }
  document.addEventListener('keydown', (event) => {
    const mark = markOf(event);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      show(mark);
    }
  });
})();`;

function sourcesCell(details: MarkDetails): string {
  return details.sources
    .map((source) =>
      source.url === undefined
        ? markupText(source.label)
        : // Percent-encoded: a control or bidi character in the URL would otherwise disguise the printed address.
          `<a href="${escapeMarkup(asUri(source.url))}">${markupText(source.label)}</a>`,
    )
    .join('; ');
}

function tableRow(mark: SceneMark, id: string): string {
  const { details } = mark;
  const quotes = details.quotes.map((quote) => `<blockquote>${markupText(quote)}</blockquote>`).join('');
  return (
    `<tr data-key="${escapeMarkup(mark.key)}"><td class="date" id="${id}-date">${markupText(details.date)}</td>` +
    `<td>${markupText(details.kind)}</td><td>${markupText(details.actors.join(', '))}</td>` +
    `<th scope="row" id="${id}-what">${markupText(mark.label)}</th><td>${quotes}</td><td>${sourcesCell(details)}</td></tr>`
  );
}

/**
 * A self-contained HTML page of a dispute's timeline: the SVG picture of {@link writeSvg}, the details of each
 * record shown on hover and on keyboard focus (Tab to a mark: its date with its precision, actors, quotes and
 * source links), a table of the same records as the accessible alternative, and print styles. Everything is
 * inline: the page makes no request to any host (its Content-Security-Policy forbids it). Text from the data
 * is shown as text, never as markup.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - as {@link writeSvg} takes them: width, theme, lanes, which records, the date range
 * @returns the HTML document, ending in a newline
 * @throws {@link TimelineError} `invalid-argument` for bad options (a `from` or `to` that is not a date among them); `unknown-reference` for an event in
 * `options.events` that is not the dispute's; the dispute's own issues (such as `missing-field`) when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { writeHtml } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const html = writeHtml(uaeBlackberry2010);
 * html.startsWith('<!doctype html>');
 * //=> true
 * html.match(/<tr data-key="event:/g)?.length; // one table row per event
 * //=> 1
 * /<script src|<link rel="stylesheet"/.test(html); // nothing loaded from elsewhere
 * //=> false
 * ```
 */
export function writeHtml(dispute: Dispute, options: SvgOptions = {}): string {
  const built = builtDispute(dispute);
  const checked = readSvgOptions(built, options);
  const scene = timelineScene(built, checked);
  const marks = sortedMarks([...(scene.strip?.marks ?? []), ...scene.lanes.flatMap((lane) => lane.marks)]);
  // Each mark is named by its row of the table, what happened and when: the page holds its text once.
  const rowIds = new Map(marks.map((mark, i) => [mark.key, `${scene.idPrefix}-row-${i}`]));
  const labelledBy = (key: string) => `${rowIds.get(key)}-what ${rowIds.get(key)}-date`;
  const svg = drawScene(scene, { theme: checked.theme, interactive: true, labelledBy }).trimEnd();
  const title = markupText(built.title);
  const summary = built.summary === undefined ? '' : `<p>${markupText(built.summary)}</p>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>
${styles(checked.theme)}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
${summary}<p class="note">${markupText(scene.notes.join(' '))}</p>
<figure>
${svg}
<figcaption>Hover over a mark, or press Tab to move from one to the next, to see its details below. The table after it lists the same records.</figcaption>
</figure>
<section id="details" aria-live="polite" aria-labelledby="details-heading">
<h2 id="details-heading">Details</h2>
<div id="details-body"><p>No mark chosen yet.</p></div>
</section>
<section class="records" aria-labelledby="records-heading">
<h2 id="records-heading">The records, as a table</h2>
<table>
<caption>${markupText(`${visibleText(built.title)}: ${marks.length} records in timeline order`)}</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col">Actors</th><th scope="col">What happened</th><th scope="col">Quoted</th><th scope="col">Sources</th></tr></thead>
<tbody>
${marks.map((mark, i) => tableRow(mark, `${scene.idPrefix}-row-${i}`)).join('\n')}
</tbody>
</table>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * Marks in the order of the picture, left to right, and at one place in the records' order within their date
 * (`sequence`): the table reads as the timeline does.
 */
function sortedMarks(marks: readonly SceneMark[]): SceneMark[] {
  return [...marks].sort(
    (a, b) =>
      Math.min(a.x0, a.x1) - Math.min(b.x0, b.x1) ||
      (a.sequence ?? 0) - (b.sequence ?? 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The self-contained HTML page. */
export const htmlFormat = defineFormat({
  name: 'html',
  description:
    'a self-contained HTML page: the SVG timeline, details on hover and focus, a table, print styles',
  mediaType: 'text/html',
  extension: '.html',
  options: DRAWING_FORMAT_OPTIONS,
  write: (dispute, options) => writeHtml(dispute, options as SvgOptions),
});
