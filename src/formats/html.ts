import { builtDispute } from '../builder/seam.js';
import type { Dispute } from '../model/dispute.js';
import { defineFormat } from './format.js';
import { drawScene } from './render/draw.js';
import { DRAWING_FORMAT_OPTIONS, readSvgOptions, type SvgOptions } from './render/options.js';
import type { MarkDetails, SceneCitation, SceneClaims, SceneMark } from './render/scene.js';
import { escapeMarkup, FONT_FAMILY, markupText, visibleText } from './render/text.js';
import type { Theme } from './render/theme.js';
import { claimsOf, timelineScene } from './render/timeline-scene.js';
import { asUri } from './support/html-escape.js';
// The page's script: its source, with its comments, is support/html-page-script.js.
import { HTML_PAGE_SCRIPT } from './support/html-page-script.min.js';

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
.cites{list-style:none;margin:0;padding:0}
.cites li+li{margin-top:6px}
.dt-tools{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:8px 0}
.dt-tools fieldset{display:flex;flex-wrap:wrap;gap:6px;align-items:center;border:1px solid ${theme.grid};border-radius:6px;padding:4px 8px;margin:0}
.dt-tools legend{font-size:13px;color:${theme.muted}}
.dt-tools button,.dt-tools select{font:inherit;font-size:14px;color:${theme.text};background:${theme.band};border:1px solid ${theme.muted};border-radius:4px;padding:2px 8px;max-width:22em}
.dt-tools button:focus-visible,.dt-tools select:focus-visible,#dt-viewport:focus-visible{outline:3px solid ${theme.mark};outline-offset:2px}
#dt-viewport{overflow-x:auto}
#dt-viewport svg{touch-action:pan-y}
#dt-viewport.dt-zoomed svg{cursor:grab}
.dt-zoomed .dt-axis *,.dt-zoomed .dt-lines *,.dt-zoomed .dt-marks *{vector-effect:non-scaling-stroke}
.dt-hidden{display:none}
.dt-outside text{visibility:hidden}
#dt-range,#dt-shown{font-size:14px;color:${theme.muted}}
table{border-collapse:collapse;width:100%;font-size:14px}
.records{content-visibility:auto;contain-intrinsic-size:auto 2000px}
caption{text-align:left;font-weight:bold;padding:4px 0}
th,td{border:1px solid ${theme.grid};padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:${theme.band}}
.date{font-family:${FONT_FAMILY};white-space:nowrap}
@media print{
body{background:#fff;color:#000;font-size:11pt}
main{max-width:none;padding:0}
#details,figcaption,.dt-tools{display:none}
figure{overflow:visible}
figure svg{max-width:100%;height:auto}
a{color:#000}
td a[href]::after{content:" (" attr(href) ")";word-break:break-all}
tr,blockquote{break-inside:avoid}
thead{display:table-header-group}
.records{content-visibility:visible}
}`;
}

/** A source's name, linked to its address when it has one. */
function sourceLink(source: { readonly label: string; readonly url?: string | undefined }): string {
  return source.url === undefined
    ? markupText(source.label)
    : // Percent-encoded: a control or bidi character in the URL would otherwise disguise the printed address.
      `<a href="${escapeMarkup(asUri(source.url))}">${markupText(source.label)}</a>`;
}

/**
 * The citations of a record, each source with what was quoted from it (or noted about it) right under it; a
 * quote that no source gives (a response's own statement) comes first.
 */
function citationsCell(citations: readonly SceneCitation[], quotes: readonly string[] = []): string {
  const cited = new Set(
    citations.flatMap((citation) => (citation.quote === undefined ? [] : [citation.quote])),
  );
  const own = quotes
    .filter((quote) => !cited.has(quote))
    .map((quote) => `<blockquote>${markupText(quote)}</blockquote>`)
    .join('');
  const items = citations.map(
    (citation) =>
      `<li class="cite">${sourceLink(citation)}` +
      (citation.quote === undefined ? '' : `<blockquote>${markupText(citation.quote)}</blockquote>`) +
      (citation.note === undefined ? '' : `<div class="note">${markupText(citation.note)}</div>`) +
      '</li>',
  );
  return `${own}${items.length === 0 ? '' : `<ul class="cites">${items.join('')}</ul>`}`;
}

/** A list as a data attribute's value (JSON), for the page's filters. */
function listAttribute(values: readonly string[]): string {
  return escapeMarkup(JSON.stringify([...new Set(values)]));
}

/**
 * The kinds a mark's record is of, for the kind filter: `deadline` for a deadline however it ended, and both the
 * record's and its event's kind for a demand or response drawn with the event that records it.
 */
function kindsOf(details: MarkDetails): string[] {
  const recorded = /recorded by an event \(([^)]+)\)$/.exec(details.kind)?.[1];
  const own = details.kind.split(',')[0]?.trim() ?? details.kind;
  return recorded === undefined ? [own] : [own, recorded];
}

function tableRow(mark: SceneMark, id: string): string {
  const { details } = mark;
  return (
    `<tr data-key="${escapeMarkup(mark.key)}" data-kinds="${listAttribute(kindsOf(details))}" data-actors="${listAttribute(details.actors)}" data-sources="${listAttribute(details.citations.map((citation) => citation.label))}">` +
    `<td class="date" id="${id}-date">${markupText(details.date)}</td>` +
    `<td>${markupText(details.kind)}</td><td>${markupText(details.actors.join(', '))}</td>` +
    `<th scope="row" id="${id}-what">${markupText(mark.label)}</th><td>${citationsCell(details.citations, details.quotes)}</td></tr>`
  );
}

/** The claims of the sources, by topic: where two sources disagree, their claims are rows side by side. */
function claimsSection(groups: readonly SceneClaims[], title: string): string {
  if (groups.length === 0) return '';
  const rows = groups.flatMap((group) =>
    group.claims.map(
      (claim, i) =>
        `<tr data-sources="${listAttribute(claim.citations.map((citation) => citation.label))}">` +
        `<td>${markupText(group.topic)}${group.claims.length > 1 && i === 0 ? ` <span class="note">(${group.claims.length} claims)</span>` : ''}</td>` +
        `<th scope="row">${markupText(claim.statement)}</th>` +
        `<td class="date">${claim.date === undefined ? '' : markupText(claim.date)}</td>` +
        `<td>${citationsCell(claim.citations)}</td></tr>`,
    ),
  );
  const count = groups.reduce((sum, group) => sum + group.claims.length, 0);
  return `<section class="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">What the sources claim</h2>
<p class="note">Where sources disagree, each claim is listed with the sources that make it; none is picked.</p>
<table>
<caption>${markupText(`${title}: ${count} claims on ${groups.length} topics`)}</caption>
<thead><tr><th scope="col">Topic</th><th scope="col">Claim</th><th scope="col">Made on</th><th scope="col">Sources, each with its words</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
`;
}

/** A filter's choices: every value once, in the order first met. */
function filterSelect(name: string, label: string, all: string, values: readonly string[]): string {
  const options = [...new Set(values)]
    .map((value) => `<option value="${escapeMarkup(value)}">${markupText(value)}</option>`)
    .join('');
  return `<label>${label} <select data-filter="${name}"><option value="">${all}</option>${options}</select></label>`;
}

/**
 * A self-contained HTML page of a dispute's timeline: the SVG picture of {@link writeSvg}, whose time axis
 * zooms and pans (buttons; `+`, `−`, `0` and the arrow keys; Ctrl and the wheel; a pinch; a drag), filters by
 * actor, kind and source that hide the other records in the picture and the table alike, the details of each
 * record shown on hover and on keyboard focus (Tab to a mark: its date with its precision, actors, and each
 * source linked with the words quoted from it), a table of the same records as the accessible alternative, a
 * table of the sources' claims by topic, and print styles. Everything is inline and no framework is used: the
 * page makes no request to any host (its Content-Security-Policy forbids it). Text from the data is shown as
 * text, never as markup.
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
  const claims = claimsOf(built);
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
<div class="dt-tools">
<fieldset><legend>Time axis</legend>
<button type="button" data-action="zoom-out">− Zoom out</button>
<button type="button" data-action="zoom-in">+ Zoom in</button>
<button type="button" data-action="pan-left">◀ Earlier</button>
<button type="button" data-action="pan-right">Later ▶</button>
<button type="button" data-action="zoom-reset">Whole timeline</button>
<output id="dt-range" for="dt-viewport"></output>
</fieldset>
<fieldset><legend>Show only</legend>
${filterSelect(
  'actor',
  'Actor',
  'All actors',
  marks.flatMap((mark) => mark.details.actors),
)}
${filterSelect(
  'kind',
  'Kind',
  'All kinds',
  marks.flatMap((mark) => kindsOf(mark.details)),
)}
${filterSelect(
  'source',
  'Source',
  'All sources',
  [
    ...marks.flatMap((mark) => mark.details.citations),
    ...claims.flatMap((group) => group.claims.flatMap((claim) => claim.citations)),
  ].map((citation) => citation.label),
)}
<output id="dt-shown" aria-live="polite"></output>
</fieldset>
</div>
<figure>
<div id="dt-viewport" tabindex="0" role="region" aria-label="The timeline: + and − zoom the time axis, the arrow keys move along it, 0 shows it whole" aria-describedby="dt-help">
${svg}
</div>
<figcaption id="dt-help">Hover over a mark, or press Tab to move from one to the next, to see its details below. Zoom the time axis with the buttons, the + and − keys, Ctrl and the mouse wheel, or a pinch; move along it with the arrow keys, Shift and the wheel, or a drag. The table after it lists the same records, each source with its words.</figcaption>
</figure>
<section id="details" aria-live="polite" aria-labelledby="details-heading">
<h2 id="details-heading">Details</h2>
<div id="details-body"><p>No mark chosen yet.</p></div>
</section>
<section class="records" aria-labelledby="records-heading">
<h2 id="records-heading">The records, as a table</h2>
<table>
<caption>${markupText(`${visibleText(built.title)}: ${marks.length} records in timeline order`)}</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col">Actors</th><th scope="col">What happened</th><th scope="col">Sources, each with its words</th></tr></thead>
<tbody>
${marks.map((mark, i) => tableRow(mark, `${scene.idPrefix}-row-${i}`)).join('\n')}
</tbody>
</table>
</section>
${claimsSection(claims, visibleText(built.title))}</main>
<script>${HTML_PAGE_SCRIPT}</script>
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
    'a self-contained HTML page: the SVG timeline with zoom and filters, details on hover and focus, tables of the records and claims, print styles',
  mediaType: 'text/html',
  extension: '.html',
  options: DRAWING_FORMAT_OPTIONS,
  write: (dispute, options) => writeHtml(dispute, options as SvgOptions),
});
