/**
 * Research question: across the nine shipped cases, how long did governments wait between their first demand and
 * their first deadline, how many times did that deadline move, how did it end (met, missed, rescinded, enforced by
 * a block, stayed by a court…), and how long after it fell due did it end?
 *
 * Every number is a column of `summarizeCases`, counted in calendar days in each case's own zone, as the fewest
 * and the most days the sources' dates allow (a demand known only to its month gives a range). A case without a
 * deadline (Nigeria, 2021: conditions, no date) keeps its row, with empty cells: nothing is made up for it.
 *
 * Writes the table as CSV (for R's read_csv or pandas' read_csv: empty cells are NA) and as an SVG figure.
 *
 * Run: npx tsx examples/05-deadlines-compared.ts [output folder, default .tmp]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaseSummary, summarizeCases } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';

const folder = process.argv[2] ?? '.tmp';
const rows = summarizeCases(datasets);

// ---- The table: one row per case, the columns a researcher compares. ----

const COLUMNS: readonly [string, (row: CaseSummary) => string | number | null][] = [
  ['case', (row) => row.dispute],
  ['title', (row) => row.title],
  ['first_demand_made_on', (row) => row.madeOn],
  ['first_deadline', (row) => row.firstDeadline],
  ['first_deadline_due', (row) => row.firstDeadlineDue],
  ['days_demand_to_deadline_min', (row) => row.daysToFirstDeadlineMin],
  ['days_demand_to_deadline_max', (row) => row.daysToFirstDeadlineMax],
  ['days_given_min', (row) => row.daysSetToFirstDeadlineMin],
  ['days_given_max', (row) => row.daysSetToFirstDeadlineMax],
  ['deadline_moves', (row) => row.deadlineMoves],
  ['deadline_ending', (row) => row.deadlineEnding],
  ['deadline_ended_on', (row) => row.deadlineEndedOn],
  ['days_deadline_to_end_min', (row) => row.daysFirstDeadlineToEndMin],
  ['days_deadline_to_end_max', (row) => row.daysFirstDeadlineToEndMax],
];

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; null as an empty cell. */
const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csv = [COLUMNS.map(([name]) => name), ...rows.map((row) => COLUMNS.map(([, get]) => get(row)))]
  .map((cells) => `${cells.map(field).join(',')}\r\n`)
  .join('');

// ---- The figure: each case on one line, day 0 = its first deadline. ----

const WIDTH = 680;
const LABEL = 172; // the case's id, left of the plot
const RIGHT = 172; // moves and ending, right of the plot
const TOP = 96;
const ROW = 30;
const plotLeft = LABEL;
const plotRight = WIDTH - RIGHT;

/** Days on a symmetric log scale: hours-long ultimatums and year-long sagas on one axis. */
const scaled = (days: number) => Math.sign(days) * Math.log10(1 + Math.abs(days));
const known = (value: number | null): value is number => value !== null;
const lowest = Math.min(
  0,
  ...rows
    .map((row) => row.daysToFirstDeadlineMax)
    .filter(known)
    .map((d) => -d),
);
const highest = Math.max(0, ...rows.map((row) => row.daysFirstDeadlineToEndMax).filter(known));
const from = scaled(lowest) - 0.15;
const to = scaled(highest) + 0.15;
const x = (days: number) => plotLeft + ((scaled(days) - from) / (to - from)) * (plotRight - plotLeft);
const xmlText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const span = (min: number, max: number) => (min === max ? `${min}` : `${min} to ${max}`);

const height = TOP + rows.length * ROW + 40;
const svg: string[] = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans Mono, monospace" font-size="11" role="img" aria-labelledby="title desc">`,
  `<title id="title">The first deadline of nine cases: from the first demand to it, and on to its end</title>`,
  `<desc id="desc">For each case, calendar days from its first demand to its first deadline (day 0), and from day 0 to the day the deadline's chain ended, with how many times it moved and how it ended. ${xmlText(
    rows
      .map((row) =>
        row.firstDeadline === null
          ? `${row.dispute}: no deadline`
          : `${row.dispute}: ${span(row.daysToFirstDeadlineMin ?? 0, row.daysToFirstDeadlineMax ?? 0)} days to the deadline, moved ${row.deadlineMoves} times, ${row.deadlineEnding}`,
      )
      .join('; '),
  )}.</desc>`,
  `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
  `<text x="12" y="22" font-size="13" font-weight="bold" fill="#111827">The first deadline of nine cases, day 0 = its due date</text>`,
  `<text x="12" y="40" fill="#374151">Calendar days in each case's zone, on a log scale either side of day 0; a bar spans</text>`,
  `<text x="12" y="54" fill="#374151">the fewest to the most days the sources' dates allow.</text>`,
  `<rect x="12" y="62" width="14" height="8" fill="#2563eb"/><text x="30" y="70" fill="#111827">first demand</text>`,
  `<path d="M 134 62 l 10 0 l -5 9 z" fill="#b91c1c"/><text x="150" y="70" fill="#111827">first deadline (day 0)</text>`,
  `<rect x="320" y="62" width="14" height="8" fill="#d97706"/><text x="338" y="70" fill="#111827">when its chain ended</text>`,
];
// Ticks: day 0 and the powers of ten within the domain, either side.
for (const days of [-1000, -100, -10, 0, 10, 100, 1000]) {
  const at = scaled(days);
  if (at < from || at > to) continue;
  const tx = x(days).toFixed(1);
  svg.push(
    `<line x1="${tx}" y1="${TOP - 8}" x2="${tx}" y2="${TOP + rows.length * ROW}" stroke="${days === 0 ? '#b91c1c' : '#d1d5db'}" stroke-width="${days === 0 ? 1.5 : 1}"/>`,
    `<text x="${tx}" y="${TOP - 12}" text-anchor="middle" fill="#374151">${days === 0 ? 'day 0' : days > 0 ? `+${days}` : `\u2212${-days}`}</text>`,
  );
}
rows.forEach((row, i) => {
  const y = TOP + i * ROW + ROW / 2;
  svg.push(
    `<text x="12" y="${y + 4}" fill="#111827"><title>${xmlText(row.title)}</title>${xmlText(row.dispute)}</text>`,
  );
  if (row.firstDeadline === null) {
    svg.push(
      `<text x="${plotLeft + 8}" y="${y + 4}" fill="#374151" font-style="italic">no deadline: conditions, no date</text>`,
    );
    return;
  }
  const bar = (min: number, max: number, colour: string, what: string) => {
    const x0 = Math.min(x(min), x(max));
    const width = Math.max(4, Math.abs(x(max) - x(min)));
    svg.push(
      `<rect x="${(x0 - (width === 4 ? 2 : 0)).toFixed(1)}" y="${y - 5}" width="${width.toFixed(1)}" height="10" fill="${colour}"><title>${xmlText(`${row.dispute}: ${what}`)}</title></rect>`,
    );
  };
  const demandMin = -(row.daysToFirstDeadlineMax ?? 0);
  const demandMax = -(row.daysToFirstDeadlineMin ?? 0);
  svg.push(
    `<line x1="${x(demandMax).toFixed(1)}" y1="${y}" x2="${x(0).toFixed(1)}" y2="${y}" stroke="#6b7280" stroke-width="1.5"/>`,
  );
  bar(
    demandMin,
    demandMax,
    '#2563eb',
    `first demand ${span(-demandMax, -demandMin)} days before the deadline`,
  );
  const endMin = row.daysFirstDeadlineToEndMin;
  const endMax = row.daysFirstDeadlineToEndMax;
  if (endMin !== null && endMax !== null) {
    svg.push(
      `<line x1="${x(0).toFixed(1)}" y1="${y}" x2="${x(endMin).toFixed(1)}" y2="${y}" stroke="#6b7280" stroke-width="1.5" stroke-dasharray="3 2"/>`,
    );
    bar(endMin, endMax, '#d97706', `${row.deadlineEnding} ${span(endMin, endMax)} days after day 0`);
  }
  svg.push(
    `<path d="M ${(x(0) - 5).toFixed(1)} ${y - 11} l 10 0 l -5 9 z" fill="#b91c1c"><title>${xmlText(`${row.dispute}: ${row.firstDeadlineDue}`)}</title></path>`,
    `<text x="${plotRight + 10}" y="${y + 4}" fill="#111827">${row.deadlineMoves === 0 ? 'never moved' : `moved ${row.deadlineMoves}\u00d7`}, ${xmlText(row.deadlineEnding ?? 'open')}</text>`,
  );
});
svg.push(
  `<text x="12" y="${height - 14}" fill="#374151">From summarizeCases over the datasets of dispute-timeline.</text>`,
  '</svg>',
);

mkdirSync(folder, { recursive: true });
const csvPath = join(folder, 'deadlines-compared.csv');
const svgPath = join(folder, 'deadlines-compared.svg');
writeFileSync(csvPath, csv);
writeFileSync(svgPath, `${svg.join('\n')}\n`);

// ---- And on the console. ----

const range = (min: number | null, max: number | null) =>
  min === null || max === null ? '—' : min === max ? `${min}` : `${min}..${max}`;
const header = ['case', 'demand→deadline', 'given', 'moves', 'ending', 'deadline→end'];
const table = rows.map((row) => [
  row.dispute,
  range(row.daysToFirstDeadlineMin, row.daysToFirstDeadlineMax),
  range(row.daysSetToFirstDeadlineMin, row.daysSetToFirstDeadlineMax),
  row.deadlineMoves === null ? '—' : String(row.deadlineMoves),
  row.deadlineEnding ?? 'no deadline',
  range(row.daysFirstDeadlineToEndMin, row.daysFirstDeadlineToEndMax),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
for (const line of [header, ...table])
  console.log(line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log(`\nWrote ${csvPath} (${rows.length} rows) and ${svgPath}.`);
