import {
  createDispute,
  type Dispute,
  readSpreadsheet,
  TIMELINEJS_SHEET_COLUMNS,
  writeTimelineJsSheet,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asUri } from '../../src/formats/support/html-escape.js';
import { HOSTILE_STRINGS, hostileText } from '../reliability/hostile.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(150);

/** A dispute of one event whose texts, actor's name and source are the ones given. */
function sheetDispute(texts: {
  name: string;
  title: string;
  description: string;
  publisher: string;
  url: string;
}) {
  return createDispute({ id: 'case', title: 'Case' })
    .actor({ id: 'who', name: texts.name, kind: 'company' })
    .source({ id: 'src', publisher: texts.publisher, url: texts.url })
    .event({
      id: 'e1',
      date: '2015-07-24',
      kind: 'statement',
      title: texts.title,
      description: texts.description,
      actors: ['who'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    })
    .build();
}

/** The sheet written from the dispute, read back as a new dispute. */
function roundTrip(dispute: Dispute): Dispute {
  return readSpreadsheet(writeTimelineJsSheet(dispute), {
    dispute: { id: 'back', title: 'Back' },
    columns: TIMELINEJS_SHEET_COLUMNS,
    actorKind: 'company',
  });
}

/** What a reader of cells gets back: the text without the whitespace at its ends. */
const trimmed = (text: string) => text.trim();

/** Hostile URLs the model accepts: spaces, markup, quotes, `;`, `&`, `%`, non-ASCII in path, query and fragment. */
const hostileUrl = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      ' ',
      '<',
      '>',
      '"',
      "'",
      ';',
      '&',
      '%',
      '%20',
      'é',
      '\u3000',
      '/',
      '?',
      '#',
      '=',
      '|',
      '{',
      '`',
    ),
    {
      maxLength: 24,
    },
  )
  .map((parts) => `https://example.org/${parts.join('')}`);

/** Hostile text with the separators and references the Group column is read by put in: `;`, `&#59;`, `&amp;`. */
const hostileName = fc
  .tuple(hostileText, fc.constantFrom(';', '&#59;', '&amp;', ' ; ', 'AT&T', '&', '&#x3b;'), hostileText)
  .map(([a, b, c]) => `${a}${b}${c}`.slice(0, 500));

describe('the TimelineJS sheet read back by readSpreadsheet', () => {
  it('gives back "AT&T" as one actor, and a name with a real ";" whole', () => {
    for (const name of ['AT&T', 'Ministry; of Interior', 'A &amp; B', '&#59;', 'R&D;x']) {
      const back = roundTrip(
        sheetDispute({ name, title: 'T', description: 'D', publisher: 'P', url: 'https://example.org/' }),
      );
      expect(back.actors.map((actor) => actor.name)).toEqual([name]);
    }
  });

  it('decodes the character references it wrote in Headline, Text and Media Credit', () => {
    const texts = {
      name: 'Gov <x>',
      title: 'AT&T <b>says</b> "no" & \'yes\'',
      description: '&lt;already&gt; & escaped &#x3C;',
      publisher: 'Dawn & <The News>',
      url: 'https://example.org/',
    };
    const back = roundTrip(sheetDispute(texts));
    expect(back.events[0]?.title).toBe(texts.title);
    expect(back.events[0]?.description).toBe(texts.description);
    expect(back.sources[0]?.publisher).toBe(texts.publisher);
  });

  it('writes a source URL with a space percent-encoded in Media, and reads that URL back', () => {
    const url = 'https://example.org/a report.pdf?q=a b';
    const dispute = sheetDispute({ name: 'G', title: 'T', description: 'D', publisher: 'P', url });
    const media = writeTimelineJsSheet(dispute).split('\r\n')[1] ?? '';
    expect(media).toContain('https://example.org/a%20report.pdf?q=a%20b');
    expect(roundTrip(dispute).sources.map((source) => source.url)).toEqual([
      'https://example.org/a%20report.pdf?q=a%20b',
    ]);
  });

  it('keeps every hostile string through the sheet and back, in every text column', () => {
    for (const text of HOSTILE_STRINGS) {
      const texts = {
        name: text,
        title: text,
        description: text,
        publisher: text,
        url: 'https://example.org/',
      };
      const back = roundTrip(sheetDispute(texts));
      expect([back.events[0]?.title, back.events[0]?.description]).toEqual([trimmed(text), trimmed(text)]);
      expect(back.actors.map((actor) => actor.name)).toEqual([trimmed(text)]);
      expect(back.sources[0]?.publisher).toBe(trimmed(text));
    }
  });

  it('keeps an apostrophe that starts a name after a line break (the writer marks no such cell)', () => {
    const name = "\n'\u001b; ";
    const dispute = createDispute({ id: 'apostrophe', title: 'Apostrophe', timeZone: 'UTC' })
      .actor({ id: 'a', name, kind: 'company' })
      .source({ id: 's', publisher: 'P', url: 'https://example.org/' })
      .event({
        id: 'e',
        date: '2015-01-01',
        kind: 'statement',
        title: 'T',
        actors: ['a'],
        sources: [{ source: 's' }],
        confidence: 'confirmed',
      })
      .build();
    const read = roundTrip(dispute);
    expect(read.actors.map((actor) => actor.name)).toEqual([name.trim()]);
  });

  it('reads back exactly what it wrote, for random hostile names, texts and URLs', () => {
    fc.assert(
      fc.property(hostileName, hostileName, hostileText, hostileUrl, (name, title, publisher, url) => {
        fc.pre([name, title, publisher].every((text) => text.trim() !== ''));
        let dispute: Dispute;
        try {
          dispute = sheetDispute({ name, title, description: title, publisher, url });
        } catch {
          fc.pre(false);
          return;
        }
        const back = roundTrip(dispute);
        const [event, source] = [dispute.events[0], dispute.sources[0]];
        expect(back.events[0]?.title).toBe(trimmed(event?.title ?? ''));
        expect(back.events[0]?.description).toBe(trimmed(event?.description ?? ''));
        expect(back.actors.map((actor) => actor.name)).toEqual([trimmed(dispute.actors[0]?.name ?? '')]);
        // The URL as the URI the sheet writes: the same address, a space in it as %20.
        expect(back.sources.map((one) => one.url)).toEqual([asUri(source?.url ?? '')]);
        expect(back.sources[0]?.publisher).toBe(trimmed(source?.publisher ?? ''));
      }),
      RUNS,
    );
  });
});
