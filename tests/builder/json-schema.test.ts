import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { disputeJsonSchema, type IssueCode, parseDispute, serializeDispute } from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { inputJsonSchema } from '../../src/builder/json-schema.js';
import { migrateDispute } from '../../src/builder/migrate.js';
import { DisputeSchema } from '../../src/model/dispute.js';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(100);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schema = disputeJsonSchema();
const validate = ajv.compile(schema);
const valid = (value: unknown) => validate(JSON.parse(JSON.stringify(value)));

/** Reasons a JSON Schema cannot express: they relate records to each other, or compare two values. */
const BETWEEN_RECORDS: readonly IssueCode[] = [
  'duplicate-id',
  'unknown-reference',
  'extension-cycle',
  'extension-branch',
  'membership-cycle',
  'response-before-demand',
  'deadline-before-demand',
  'deadline-set-after-due',
  'ending-before-set',
  'ending-before-due',
  'ending-conflict',
  'inverted-range',
  'sequence-conflict',
  'extension-not-later',
  'met-after-due',
  'ending-event-conflict',
];
/** Documents rejected for a reason about one value that a pattern cannot express, and why. */
const BEYOND_A_PATTERN: Readonly<Record<string, string>> = {
  '123-event-interval-backwards.json': 'an interval ending before it starts compares two dates',
};

const manifest = JSON.parse(
  readFileSync(new URL('../reliability/corpus.manifest.json', import.meta.url), 'utf8'),
) as Record<string, { readonly expect: readonly { readonly code: IssueCode }[] }>;

describe('the JSON Schema of a dispute', () => {
  it('is a valid draft 2020-12 schema that compiles in ajv strict mode', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts every dataset, and random and hostile disputes the library accepts', () => {
    for (const dispute of datasets) expect(valid(dispute), dispute.id).toBe(true);
    for (const text of HOSTILE_STRINGS) expect(valid(parseDispute(hostileDispute(text)))).toBe(true);
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = parseDispute(randomDisputeInput(g));
        expect(valid(JSON.parse(serializeDispute(dispute))), JSON.stringify(validate.errors)).toBe(true);
      }),
      RUNS,
    );
  });

  it('rejects every document of the malformed corpus that the library rejects for a reason a schema can express', () => {
    const accepted: string[] = [];
    for (const [file, { expect: expected }] of Object.entries(manifest)) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(new URL(`../reliability/corpus/${file}`, import.meta.url), 'utf8'));
      } catch {
        continue; // not JSON at all: nothing for a schema to read
      }
      // The schema is of the current version of the JSON form: the corpus's version-1 documents are migrated first.
      const migrated = migrateDispute(value);
      if ('value' in migrated) value = migrated.value;
      const expressible = expected.some((issue) => !BETWEEN_RECORDS.includes(issue.code));
      if (expressible && !(file in BEYOND_A_PATTERN) && validate(value)) accepted.push(file);
      if (!expressible || file in BEYOND_A_PATTERN) expect(validate(value), `${file} is accepted`).toBe(true);
    }
    expect(accepted).toEqual([]);
  });

  it('gives dates, zones, ids and URLs a pattern: an event dated 12/30/2015 no longer passes', () => {
    const dispute = JSON.parse(serializeDispute(blackberryPakistan2015));
    const withDate = (date: unknown) => ({ ...dispute, events: [{ ...dispute.events[0], date }] });
    expect(validate(withDate('12/30/2015'))).toBe(false);
    expect(validate(withDate('2015-02-30'))).toBe(false);
    expect(validate(withDate({ value: '2015-11-30', timeZone: '+05:00' }))).toBe(false);
    expect(validate(withDate('2015-11-30'))).toBe(true);
    expect(validate({ ...dispute, id: 'has spaces' })).toBe(false);
    const withUrl = (url: string) => ({ ...dispute, sources: [{ ...dispute.sources[0], url }] });
    expect(validate(withUrl('ftp://example.org/'))).toBe(false);
    expect(validate(withUrl('javascript:alert(1)'))).toBe(false);
    expect(validate(withUrl(' https://example.org/'))).toBe(true); // the library trims it, as browsers do
  });

  it("is what zod's own converter writes from the dispute schema, key for key, before the zone names are listed", () => {
    const zods = z.toJSONSchema(DisputeSchema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
    });
    expect(JSON.stringify(inputJsonSchema(DisputeSchema), null, 1)).toBe(JSON.stringify(zods, null, 1));
  });

  it('refuses a kind of schema it does not convert, rather than write a wrong schema', () => {
    expect(() => inputJsonSchema(z.tuple([z.string()]))).toThrow(/a tuple schema is not converted/);
    expect(() => inputJsonSchema(z.object({ a: z.string() }))).toThrow(/a non-strict object/);
    expect(() => inputJsonSchema(z.email())).toThrow(/email string is not converted/);
  });

  it('gives no caller a part it shares with the schemas: a changed result leaves the next one as it was', () => {
    const first = disputeJsonSchema() as { properties: { id: { pattern: string } } };
    first.properties.id.pattern = 'changed';
    expect((disputeJsonSchema() as typeof first).properties.id.pattern).not.toBe('changed');
  });

  it('lists in its description what only the library checks', () => {
    for (const code of BETWEEN_RECORDS) expect(schema['description']).toContain(code);
  });
});
