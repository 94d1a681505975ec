import { parse } from 'csv-parse/sync';
import { createDispute, readCsv, streamCsv, writeCsv } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';

/** The Ides of March, 44 BCE: a date a spreadsheet would read as the sum −44 − 3 − 15 = −62. */
function idesOfMarch() {
  return createDispute({ id: 'ides', title: 'The Ides of March', timeZone: 'UTC' })
    .actor({ id: 'senate', name: 'Senate', kind: 'legislature' })
    .source({ id: 's', publisher: 'Suetonius' })
    .event({
      id: 'e',
      date: '-0044-03-15',
      kind: 'other',
      title: 'Caesar is killed',
      actors: ['senate'],
      sources: [{ source: 's' }],
      confidence: 'reported',
    })
    .build();
}

describe('a date before year 1 in the CSV', () => {
  it('is written guarded like any cell a spreadsheet would evaluate, in every date and instant column', () => {
    const [header, row] = parse(writeCsv(idesOfMarch())) as string[][];
    const at = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(at('date')).toBe("'-0044-03-15");
    expect(at('earliest')).toMatch(/^'-000044-03-15T/);
    expect(at('latest')).toMatch(/^'-000044-03-15T/);
    expect(row?.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('is read back as the date it was', async () => {
    const csv = writeCsv(idesOfMarch());
    expect(readCsv(csv).map((event) => event.date)).toEqual(['-0044-03-15']);
    const streamed: unknown[] = [];
    for await (const event of streamCsv(csv)) streamed.push(event.date);
    expect(streamed).toEqual(['-0044-03-15']);
  });
});
