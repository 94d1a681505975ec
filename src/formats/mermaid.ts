import { builtDispute } from '../builder/seam.js';
import type { ParsedDate } from '../dates/edtf.js';
import { wallClockAt } from '../dates/wall-clock.js';
import { textInZone } from '../dates/words/index.js';
import { deadlineLine } from '../model/deadline-words.js';
import type { Dispute } from '../model/dispute.js';
import { compareTimelineOrder, dateOf } from '../model/record-date.js';
import { defineFormat } from './format.js';
import { mermaidText } from './support/mermaid-escape.js';

/** One entry of the diagram: its period (the date as the source gives it) and what happened. */
interface Entry {
  readonly id: string;
  readonly sequence: number | undefined;
  readonly date: ParsedDate;
  readonly section: string;
  readonly period: string;
  readonly text: string;
}

/**
 * The year a date's section is: the year it is written with, else (`201X`, `../2011-01-31`, a set of dates) the
 * year of the first instant it may stand for, in its own zone.
 */
function sectionOf(date: ParsedDate): string {
  const written = /^-?\d{4}/.exec(date.text)?.[0];
  if (written !== undefined) return written;
  const first = Number.isFinite(date.earliest) ? date.earliest : date.end.earliest;
  if (!Number.isFinite(first)) return date.text;
  const { year } = wallClockAt(first, date.timeZone);
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

/**
 * Writes a dispute's events and deadlines as a Mermaid `timeline` diagram: the dispute's title, a section per
 * year (the year a date is written with, else the first it may fall in), a period per date as the source gives
 * it (with its zone's city when it is not the dispute's), and the events of that date; then a last section,
 * `Claims of the sources`, with a period per topic and each source's claim on it (its statement and the sources
 * that make it), so that sources that disagree stand side by side. Every character that would break the diagram — `:` `#` `;` `%` `<` `>` `&` `"`, the
 * backtick, braces — is written as Mermaid's entity (`#58;` for `:`), and line breaks as spaces, so what Mermaid
 * reads back is what the dispute says.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the diagram text, lines joined with `\n`, ending in a newline
 * @throws {@link TimelineError} `missing-field`, `invalid-date` or another of the dispute's own issues (with
 * paths starting at `dispute`) when it is not a valid dispute, for example a hand-made object
 *
 * @example
 * ```ts
 * import { writeMermaid } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * writeMermaid(uaeBlackberry2010).split('\n').slice(0, 4);
 * //=> ['timeline',
 * //    '    title The United Arab Emirates and BlackBerry, 2010',
 * //    '    section 2010',
 * //    '        2010-08-01 : TRA tells Etisalat and du that BlackBerry Messenger, e-mail and browsing will be suspended from 11 October']
 * ```
 */
export function writeMermaid(dispute: Dispute): string {
  const built = builtDispute(dispute);
  const zone = built.timeZone ?? 'UTC';
  const entry = (id: string, date: ParsedDate, text: string, sequence: number | undefined): Entry => ({
    id,
    sequence,
    date,
    section: mermaidText(sectionOf(date)),
    period: mermaidText(textInZone(date.text, date.timeZone, zone)),
    text: mermaidText(text),
  });
  const entries = [
    ...built.events.map((event) => entry(event.id, dateOf(event, built), event.title, event.sequence)),
    ...built.deadlines.map((deadline) => {
      // A summary that starts with the word is not headed `Deadline: Deadline moved 90 days…`.
      return entry(deadline.id, dateOf(deadline, built), deadlineLine(deadline), deadline.sequence);
    }),
  ].sort(compareTimelineOrder);
  const lines = ['timeline', `    title ${mermaidText(built.title)}`];
  let section: string | undefined;
  let period: string | undefined;
  for (const one of entries) {
    if (one.section !== section) {
      section = one.section;
      period = undefined;
      lines.push(`    section ${section}`);
    }
    if (one.period === period) lines.push(`        ${' '.repeat(period.length)} : ${one.text}`);
    else lines.push(`        ${one.period} : ${one.text}`);
    period = one.period;
  }
  lines.push(...claimLines(built));
  return `${lines.join('\n')}\n`;
}

/** The section the sources' claims are in, after the years. */
export const CLAIMS_SECTION = 'Claims of the sources';

/**
 * The sources' claims as a last section: a period per topic, and each claim of it (its statement, then the
 * sources that make it) as one of its events, so that two sources that disagree stand side by side.
 */
function claimLines(dispute: Dispute): string[] {
  if (dispute.claims.length === 0) return [];
  const publishers = new Map(dispute.sources.map((source) => [source.id as string, source.publisher]));
  const byTopic = new Map<string, string[]>();
  for (const claim of dispute.claims) {
    const sources = [
      ...new Set(claim.sources.map((citation) => publishers.get(citation.source) ?? citation.source)),
    ];
    byTopic.set(claim.topic, [
      ...(byTopic.get(claim.topic) ?? []),
      mermaidText(`${claim.statement} (${sources.join('; ')})`),
    ]);
  }
  const lines = [`    section ${mermaidText(CLAIMS_SECTION)}`];
  for (const [topic, claims] of byTopic) {
    const period = mermaidText(topic);
    for (const [i, claim] of claims.entries())
      lines.push(`        ${i === 0 ? period : ' '.repeat(period.length)} : ${claim}`);
  }
  return lines;
}

/** The Mermaid timeline text. */
export const mermaidFormat = /* @__PURE__ */ defineFormat({
  name: 'mermaid',
  description: 'a Mermaid timeline diagram of the events and deadlines, every breaking character escaped',
  mediaType: 'text/vnd.mermaid',
  extension: '.mmd',
  write: (dispute) => writeMermaid(dispute),
});
