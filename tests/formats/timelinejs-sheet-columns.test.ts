import { parse } from 'csv-parse/sync';
import { writeTimelineJsSheet } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/**
 * Every column of the TimelineJS sheet carries the value of its record, read as TimelineJS3 shows it: a
 * positive check per cell, where the hostile-text tests only check that a cell holds nothing dangerous (an
 * empty cell passes those).
 */
const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text a cell shows, its character references decoded (as many times as the writer escaped it). */
function shown(cell: string | undefined): string {
  let text = cell ?? '';
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(ENTITY, (_, ref: string) =>
      ref.startsWith('#x') || ref.startsWith('#X')
        ? String.fromCodePoint(Number.parseInt(ref.slice(2), 16))
        : ref.startsWith('#')
          ? String.fromCodePoint(Number(ref.slice(1)))
          : (NAMED[ref.toLowerCase()] ?? ref),
    );
  }
  return text;
}

describe('writeTimelineJsSheet', () => {
  it.each(datasets.map((dispute) => [dispute.id, dispute] as const))(
    'writes each event of %s with its own title, text, source, caption, credit and lane',
    (_, dispute) => {
      const rows = parse(writeTimelineJsSheet(dispute), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      expect(rows).toHaveLength(dispute.events.length);
      const sources = new Map(dispute.sources.map((source) => [source.id, source]));
      dispute.events.forEach((event, i) => {
        const row = rows[i] ?? {};
        const cited = event.sources.map((citation) => sources.get(citation.source));
        const source = cited.find((one) => one?.url !== undefined) ?? cited[0];
        expect(shown(row['Headline'])).toBe(event.title);
        expect(shown(row['Text'])).toBe(event.description ?? '');
        expect(decodeURI(row['Media'] ?? '')).toBe(source?.url === undefined ? '' : decodeURI(source.url));
        expect(shown(row['Media Credit'])).toBe(source?.publisher ?? '');
        expect(shown(row['Media Caption'])).toBe(source?.title ?? '');
        expect(shown(row['Group'])).toBe(
          dispute.actors.find((actor) => actor.id === event.actors[0])?.name ?? '',
        );
        const text = typeof event.date === 'string' ? event.date : '';
        if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
          const [year, month, day] = text.split('-').map(Number);
          expect([row['Year'], row['Month'], row['Day']].map(Number)).toEqual([year, month, day]);
        }
      });
    },
  );
});
