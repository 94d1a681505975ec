import {
  createDispute,
  disputeJsonSchema,
  EdtfSchema,
  parseDispute,
  serializeDispute,
  type TimelineEventInput,
} from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';

const precisions = fc.oneof(
  fc.constant(''),
  fc.constant('-XX'),
  fc.integer({ min: 1, max: 12 }).map((m) => `-${String(m).padStart(2, '0')}`),
  fc.integer({ min: 1, max: 28 }).map((d) => `-03-${String(d).padStart(2, '0')}`),
);
const dates = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), precisions, fc.constantFrom('', '?', '~', '%'))
  .map(([year, rest, qualifier]) => `${year}${rest}${qualifier}`);
const zones = fc.constantFrom(undefined, 'Asia/Karachi', 'America/Toronto', 'Pacific/Kiritimati');

const randomDispute = fc
  .record({
    events: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
        date: dates,
        zone: zones,
        title: fc.string({ minLength: 1, maxLength: 30 }),
      }),
      {
        selector: (e) => e.id,
        maxLength: 30,
      },
    ),
    timeZone: fc.constantFrom('UTC', 'Asia/Kolkata', 'Pacific/Pago_Pago'),
  })
  .map(({ events, timeZone }) =>
    createDispute({ id: 'random', title: 'Random', timeZone })
      .actor({ id: 'act', name: 'Actor', kind: 'company' })
      .source({ id: 'src', publisher: 'Publisher', url: 'https://example.org/' })
      .event(
        ...events.map(
          (e): TimelineEventInput => ({
            id: `e-${e.id}`,
            date: e.zone === undefined ? e.date : { value: e.date, timeZone: e.zone },
            kind: 'statement',
            title: e.title,
            actors: ['act'],
            sources: [{ source: 'src' }],
            confidence: 'confirmed',
          }),
        ),
      )
      .build(),
  );

describe('the JSON form', () => {
  it('round-trips a dataset: parse(serialize(d)) equals d and serializes to the same text', () => {
    const text = serializeDispute(blackberryPakistan2015);
    const back = parseDispute(text);
    expect(back).toEqual(blackberryPakistan2015);
    expect(serializeDispute(back)).toBe(text);
  });

  it('round-trips random disputes with random precisions and zones (property)', () => {
    fc.assert(
      fc.property(randomDispute, (dispute) => {
        const text = serializeDispute(dispute);
        expect(parseDispute(text)).toEqual(dispute);
        expect(serializeDispute(parseDispute(text), { indent: 0 })).toBe(
          serializeDispute(dispute, { indent: 0 }),
        );
      }),
      heavyRuns(100),
    );
  });

  it('writes one line with indent 0 and ends with a newline', () => {
    const text = serializeDispute(blackberryPakistan2015, { indent: 0 });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.trimEnd().includes('\n')).toBe(false);
  });

  it('generates the JSON Schema from the zod schemas', () => {
    const schema = disputeJsonSchema() as {
      properties: Record<string, { items?: { required?: string[] } }>;
      required: string[];
    };
    expect(schema.required).toEqual(['id', 'title']);
    expect(schema.properties['events']?.items?.required).toEqual(
      expect.arrayContaining(['id', 'date', 'kind', 'title', 'actors', 'sources', 'confidence']),
    );
    expect(JSON.stringify(schema)).toContain('"additionalProperties":false');
  });

  it('checks EDTF strings in the schema itself', () => {
    expect(EdtfSchema.safeParse('2015-02-30').success).toBe(false);
    expect(EdtfSchema.safeParse('2015-02-28').success).toBe(true);
  });
});
