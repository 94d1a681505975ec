import {
  CSV_COLUMNS,
  type CsvCollection,
  type DateValue,
  type Dispute,
  eventsBefore,
  formatByName,
  parseDispute,
  streamJsonl,
  TimelineError,
  writeCsv,
  writeJsonlLines,
  writeMarkdown,
  writeMarkdownStream,
} from 'dispute-timeline';
import { blackberryPakistan2015, datasets, indiaBlackberry2010 } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileDispute, hostileText } from '../reliability/hostile.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(200);
const markdown = new MarkdownIt({ html: true });

/** The tables of a Markdown text as markdown-it reads them: rows of cell texts, `<br>` read as a line break. */
function tablesOf(text: string): string[][][] {
  const tables: string[][][] = [];
  let rows: string[][] = [];
  // Undefined out of a row: a paragraph between two tables is no cell.
  let row: string[] | undefined;
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'table_open') rows = [];
    else if (token.type === 'table_close') tables.push(rows);
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') {
      if (row !== undefined) rows.push(row);
      row = undefined;
    } else if (token.type === 'inline' && row !== undefined) {
      let cell = '';
      for (const child of token.children ?? []) {
        if (child.type === 'text') cell += child.content;
        else if (child.type === 'html_inline' && child.content === '<br>') cell += '\n';
        else cell += `[${child.type}]`;
      }
      row.push(cell);
    }
  }
  return tables;
}

/** What a cell shows for a text: line breaks as one, tabs as spaces, other controls replaced. */
const shown = (text: string) =>
  text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
      '\ufffd',
    );

describe('writeMarkdown', () => {
  it('writes one GFM table per collection that markdown-it reads with the same cell text, for every dataset', () => {
    for (const dispute of datasets) {
      for (const collection of Object.keys(CSV_COLUMNS) as CsvCollection[]) {
        const columns = CSV_COLUMNS[collection];
        const tables = tablesOf(writeMarkdown(dispute, { collection, columns }));
        // The whole events table is followed by the sources' claims, a table of their own.
        expect(tables).toHaveLength(collection === 'events' && dispute.claims.length > 0 ? 2 : 1);
        if (tables.length === 2)
          expect(tables[1]?.slice(1).map((cells) => cells[1])).toEqual(
            dispute.claims.map((claim) => shown(claim.statement)),
          );
        const [header, ...body] = tables[0] as string[][];
        expect(header).toEqual(columns);
        expect(body.map((cells) => cells[0])).toEqual(
          ((collection === 'dispute' ? [dispute] : dispute[collection]) as readonly { id: string }[]).map(
            (record) => record.id,
          ),
        );
      }
      const [, ...events] = tablesOf(writeMarkdown(dispute))[0] as string[][];
      expect(events.map((cells) => cells[2])).toEqual(dispute.events.map((event) => shown(event.title)));
    }
  });

  it('shows any text as itself: no markup, link, entity or broken row, for hostile text', () => {
    const check = (text: string) => {
      const dispute = parseDispute(hostileDispute(text));
      const tables = tablesOf(writeMarkdown(dispute, { columns: ['title', 'description', 'tags'] }));
      expect(tables).toHaveLength(dispute.claims.length > 0 ? 2 : 1);
      expect(tables[0]?.slice(1)).toEqual(
        dispute.events.map((event) => [
          shown(event.title),
          shown(event.description ?? ''),
          event.tags === undefined ? '' : shown(JSON.stringify(event.tags)),
        ]),
      );
      const html = markdown.render(writeMarkdown(dispute, { columns: ['title'] }));
      expect(html.replace(/<\/?(table|thead|tbody|tr|th|td|br|p)>/g, '')).not.toMatch(/<[a-z]/i);
    };
    for (const text of HOSTILE_STRINGS) check(text);
    fc.assert(fc.property(hostileText, check), RUNS);
  });

  it('shows the events it is given, names for actors and the zone of a date local to another zone', () => {
    const { possible } = eventsBefore(blackberryPakistan2015, 'deadline-2015-11-30');
    const [, ...rows] = tablesOf(
      writeMarkdown(blackberryPakistan2015, { events: possible }),
    )[0] as string[][];
    // BlackBerry's posts of 30 November are read in Pakistan's day; its statement of 31 December, in Waterloo.
    expect(rows.map((cells) => cells[0])).toEqual(['2015-11-30', '2015-11-30', '2015-11-30']);
    expect(rows[0]?.[3]).toBe('BlackBerry, Marty Beard');
    const [, ...after] = tablesOf(
      writeMarkdown(blackberryPakistan2015, { events: blackberryPakistan2015.events.slice(-1) }),
    )[0] as string[][];
    expect(after.map((cells) => cells[0])).toEqual(['2015-12-31 (America/Toronto)']);
  });

  it('names the actors who made, received, answered and set each demand, response and deadline, as it names an event’s', () => {
    const table = (collection: 'demands' | 'responses' | 'deadlines') => {
      const [header, ...rows] = tablesOf(
        writeMarkdown(blackberryPakistan2015, { collection }),
      )[0] as string[][];
      return rows.map((cells) => Object.fromEntries((header ?? []).map((name, i) => [name, cells[i]])));
    };
    expect(table('demands').find((row) => row['id'] === 'bes-traffic-access')).toMatchObject({
      by: 'Pakistan Telecommunication Authority',
      of: 'BlackBerry',
    });
    expect(table('responses').find((row) => row['id'] === 'blackberry-stays')?.['by']).toBe(
      'BlackBerry, Marty Beard',
    );
    expect(table('deadlines').find((row) => row['id'] === 'deadline-2015-12-30')?.['set_by']).toBe(
      'Pakistan Telecommunication Authority',
    );
  });

  it('shows beside every date of a demand, response, deadline, claim or source the zone it is local to, as the events table does', () => {
    const shownDate = (value: DateValue | undefined, dispute: Dispute) =>
      value === undefined
        ? ''
        : typeof value === 'string'
          ? value
          : value.timeZone === dispute.timeZone
            ? value.value
            : `${value.value} (${value.timeZone})`;
    const cells = (dispute: Dispute, collection: CsvCollection, column: string) =>
      (tablesOf(writeMarkdown(dispute, { collection, columns: ['id', column] }))[0] ?? [])
        .slice(1)
        .map((cell) => cell[1]);
    for (const dispute of datasets) {
      expect(cells(dispute, 'demands', 'date')).toEqual(
        dispute.demands.map((d) => shownDate(d.date, dispute)),
      );
      expect(cells(dispute, 'responses', 'date')).toEqual(
        dispute.responses.map((r) => shownDate(r.date, dispute)),
      );
      expect(cells(dispute, 'deadlines', 'due')).toEqual(
        dispute.deadlines.map((d) => shownDate(d.due, dispute)),
      );
      expect(cells(dispute, 'deadlines', 'set_on')).toEqual(
        dispute.deadlines.map((d) => shownDate(d.setOn, dispute)),
      );
      expect(cells(dispute, 'sources', 'published')).toEqual(
        dispute.sources.map((s) => shownDate(s.published, dispute)),
      );
      expect(cells(dispute, 'claims', 'date')).toEqual(dispute.claims.map((c) => shownDate(c.date, dispute)));
    }
    // BlackBerry's refusal of 31 January 2011 is dated in Waterloo, not in India.
    const [, ...rows] = tablesOf(
      writeMarkdown(indiaBlackberry2010, { collection: 'responses' }),
    )[0] as string[][];
    expect(rows.find((cells) => cells[0] === 'rim-keys-with-enterprises')?.[1]).toBe(
      '2011-01-24/2011-01-30 (America/Toronto)',
    );
  });

  it('rejects an unknown collection, column or event with a TimelineError', () => {
    const dispute = indiaBlackberry2010;
    for (const options of [
      { collection: 'notes' },
      { columns: ['nope'] },
      { columns: [] },
      { columns: 'title' },
      { collection: 'actors', events: [] },
      { events: [{ id: 'nope' }] },
      { events: [null] },
    ]) {
      expect(() => writeMarkdown(dispute, options as never)).toThrow(TimelineError);
    }
    expect(() => writeMarkdown({} as never)).toThrow(TimelineError);
  });

  it('refuses a columns list with a hole or a name of no column with invalid-argument, as the CSV writer does', () => {
    const holed: unknown[] = ['title', 'title'];
    delete holed[0];
    for (const columns of [holed, ['title', 'nope']]) {
      for (const write of [writeMarkdown, writeCsv]) {
        let thrown: unknown;
        try {
          write(blackberryPakistan2015, { columns } as never);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(TimelineError);
        expect((thrown as TimelineError).issues[0]?.code).toBe('invalid-argument');
      }
    }
  });

  it('is the registry entry markdown', () => {
    expect(formatByName('markdown')?.write(blackberryPakistan2015)).toBe(
      writeMarkdown(blackberryPakistan2015),
    );
  });
});

describe('writeMarkdownStream', () => {
  it('writes the table of any collection from the items of streamJsonl as writeMarkdown writes it', async () => {
    for (const collection of ['events', 'actors', 'deadlines', 'claims'] as const) {
      let text = '';
      for await (const line of writeMarkdownStream(streamJsonl(writeJsonlLines(indiaBlackberry2010)), {
        collection,
      }))
        text += line;
      expect(text, collection).toBe(writeMarkdown(indiaBlackberry2010, { collection }));
    }
  });

  it('refuses the events option at once: a stream writes every event', () => {
    expect(() => writeMarkdownStream([], { events: blackberryPakistan2015.events } as never)).toThrow(
      /a stream writes every event/,
    );
  });
});
