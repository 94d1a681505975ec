import { createDispute, query, TimelineError } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeDate } from '../../src/builder/seam.js';
import { readDate } from '../../src/dates/edtf.js';
import { ID_PATTERN } from '../../src/model/ids.js';
import { singleDate } from '../support/edtf-forms.js';
import { sized } from '../support/mode.js';

/** A dispute with one event whose id is `id`, dated 2 December 2015, and another on 30 November. */
function withEventId(id: string) {
  const event = (eventId: string, date: string) => ({
    id: eventId,
    date,
    kind: 'statement' as const,
    title: 'A statement',
    actors: ['gov'],
    sources: [{ source: 'report' }],
    confidence: 'confirmed' as const,
  });
  return createDispute({ id: 'ambiguous', title: 'An event whose id reads as a date', timeZone: 'UTC' })
    .actor({ id: 'gov', name: 'Government', kind: 'government' })
    .source({ id: 'report', publisher: 'Publisher' })
    .event(event(id, '2015-12-02'), event('earlier', '2015-11-30'))
    .build();
}

describe('a date string that is also the id of an event', () => {
  it('is found whatever an EDTF date may start with: a digit, X for an unspecified digit, Y for a long year', () => {
    for (const id of ['2015', '201X', 'X999', 'XX15', 'Y17000']) {
      expect('code' in readDate(id, 'UTC')).toBe(false);
      const dispute = withEventId(id);
      expect(() => query(dispute).events().before(id)).toThrow(TimelineError);
      expect(() => query(dispute).events().before(id)).toThrow('both a date and the id of a record');
    }
  });

  it('is found in a dispute built by hand, which the library validates first', () => {
    const copy = structuredClone(withEventId('X999'));
    expect(() => query(copy).events().before('X999')).toThrow('both a date and the id of a record');
  });

  it('names no event when no event id could be read as a date', () => {
    const dispute = withEventId('statement-1');
    expect(query(dispute).events().before('2015-12-01').count()).toBe(1);
  });

  it('is looked up among the few ids that start as a date can (every id that reads as a date does), not among all', () => {
    const dateChars = fc.constantFrom(...'0123456789XY-.:~?%SE'.split(''));
    const texts = fc.oneof(
      singleDate.map((date) => date.text),
      fc.string({ unit: dateChars, minLength: 1, maxLength: 12 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        if (ID_PATTERN.test(text) && !('code' in readDate(text, 'UTC'))) expect(mayBeDate(text)).toBe(true);
      }),
      { numRuns: sized(500, 20_000) },
    );
  });
});
