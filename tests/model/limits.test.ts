/**
 * Every bounded field at its boundary, through every path that reads the bound: the schema of its record, the
 * whole dispute as an object (copied, its events by the fast path), as JSON text (read in place by the fast path),
 * through the builder, and for an event's fields the fast path alone. The bounds come from `LIMITS`
 * (src/model/limits.ts), so a bound changed there moves every boundary below; a new bounded field is one row.
 */
import {
  createDispute,
  DisputeHeaderSchema,
  type DisputeInput,
  RECORD_SCHEMAS,
  type RecordCollection,
  safeParseDispute,
  TimelineEventSchema,
  type TimelineIssue,
} from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { isCertainlyValidEvent } from '../../src/builder/fast-event.js';
import { LIMITS } from '../../src/model/limits.js';
import { minimalInput } from '../builder/fixtures.js';
import { resultIssues } from '../support/issues.js';

/** A bounded field: where it is in the minimal dispute, its bound, and its value at a given size. */
interface Bounded {
  readonly path: readonly [RecordCollection, number, ...(string | number)[]] | readonly [string];
  readonly limit: number;
  readonly value: (size: number) => unknown;
}

const text = (size: number) => 'x'.repeat(size);
const id = (size: number) => `a${'1'.repeat(size - 1)}`;
const url = (size: number) => `https://example.org/${'p'.repeat(size - 20)}`;
const many = (item: unknown) => (size: number) => Array.from({ length: size }, () => structuredClone(item));

// biome-ignore format: one row a field
const BOUNDED: readonly Bounded[] = [
  { path: ['id'], limit: LIMITS.id, value: id },
  { path: ['title'], limit: LIMITS.shortText, value: text },
  { path: ['summary'], limit: LIMITS.longText, value: text },
  { path: ['countries'], limit: LIMITS.countries, value: many('PK') },
  { path: ['actors', 0, 'name'], limit: LIMITS.shortText, value: text },
  { path: ['actors', 0, 'description'], limit: LIMITS.longText, value: text },
  { path: ['actors', 0, 'aliases'], limit: LIMITS.aliases, value: many('another name') },
  { path: ['actors', 0, 'aliases', 0], limit: LIMITS.shortText, value: text },
  { path: ['actors', 0, 'memberships'], limit: LIMITS.memberships, value: many({ organization: 'co' }) },
  { path: ['actors', 1, 'memberships', 0, 'role'], limit: LIMITS.shortText, value: text },
  { path: ['sources', 0, 'publisher'], limit: LIMITS.shortText, value: text },
  { path: ['sources', 0, 'title'], limit: LIMITS.shortText, value: text },
  { path: ['sources', 0, 'author'], limit: LIMITS.shortText, value: text },
  { path: ['sources', 0, 'copyOf'], limit: LIMITS.shortText, value: text },
  { path: ['sources', 0, 'note'], limit: LIMITS.longText, value: text },
  { path: ['sources', 0, 'url'], limit: LIMITS.url, value: url },
  { path: ['demands', 0, 'by'], limit: LIMITS.parties, value: many('gov') },
  { path: ['demands', 0, 'of'], limit: LIMITS.parties, value: many('co') },
  { path: ['demands', 0, 'subjects'], limit: LIMITS.subjects, value: many('lawful-access') },
  { path: ['demands', 0, 'services'], limit: LIMITS.services, value: many('BES') },
  { path: ['demands', 0, 'services', 0], limit: LIMITS.shortText, value: text },
  { path: ['demands', 0, 'summary'], limit: LIMITS.shortText, value: text },
  { path: ['demands', 0, 'consequence'], limit: LIMITS.longText, value: text },
  { path: ['demands', 0, 'justification'], limit: LIMITS.longText, value: text },
  { path: ['demands', 0, 'sources'], limit: LIMITS.citations, value: many({ source: 'src' }) },
  { path: ['responses', 0, 'by'], limit: LIMITS.parties, value: many('co') },
  { path: ['responses', 0, 'to'], limit: LIMITS.parties, value: many('dem') },
  { path: ['responses', 0, 'summary'], limit: LIMITS.shortText, value: text },
  { path: ['responses', 0, 'statement'], limit: LIMITS.longText, value: text },
  { path: ['responses', 0, 'sources'], limit: LIMITS.citations, value: many({ source: 'src' }) },
  { path: ['deadlines', 0, 'setBy'], limit: LIMITS.parties, value: many('reg') },
  { path: ['deadlines', 0, 'demands'], limit: LIMITS.parties, value: many('dem') },
  { path: ['deadlines', 0, 'summary'], limit: LIMITS.shortText, value: text },
  { path: ['deadlines', 0, 'consequence'], limit: LIMITS.longText, value: text },
  { path: ['deadlines', 0, 'sources'], limit: LIMITS.citations, value: many({ source: 'src' }) },
  { path: ['deadlines', 0, 'outcome', 'note'], limit: LIMITS.longText, value: text },
  { path: ['deadlines', 0, 'outcome', 'sources'], limit: LIMITS.citations, value: many({ source: 'src' }) },
  { path: ['events', 0, 'id'], limit: LIMITS.id, value: id },
  { path: ['events', 0, 'title'], limit: LIMITS.shortText, value: text },
  { path: ['events', 0, 'description'], limit: LIMITS.longText, value: text },
  { path: ['events', 0, 'actors'], limit: LIMITS.eventReferences, value: many('co') },
  { path: ['events', 0, 'demands'], limit: LIMITS.eventReferences, value: many('dem') },
  { path: ['events', 0, 'responses'], limit: LIMITS.eventReferences, value: many('res') },
  { path: ['events', 0, 'deadlines'], limit: LIMITS.eventReferences, value: many('dl1') },
  { path: ['events', 0, 'sources'], limit: LIMITS.citations, value: many({ source: 'src' }) },
  { path: ['events', 0, 'sources', 0, 'quote'], limit: LIMITS.longText, value: text },
  { path: ['events', 0, 'sources', 0, 'note'], limit: LIMITS.longText, value: text },
  { path: ['events', 0, 'tags'], limit: LIMITS.tags, value: many('tag') },
  { path: ['events', 0, 'tags', 0], limit: LIMITS.shortText, value: text },
  { path: ['events', 0, 'sequence'], limit: LIMITS.sequence, value: (size) => size },
  { path: ['demands', 0, 'sequence'], limit: LIMITS.sequence, value: (size) => size },
  { path: ['responses', 0, 'sequence'], limit: LIMITS.sequence, value: (size) => size },
  { path: ['deadlines', 0, 'sequence'], limit: LIMITS.sequence, value: (size) => size },
  { path: ['claims', 0, 'id'], limit: LIMITS.id, value: id },
  { path: ['claims', 0, 'topic'], limit: LIMITS.shortText, value: text },
  { path: ['claims', 0, 'statement'], limit: LIMITS.longText, value: text },
  { path: ['claims', 0, 'quantity', 'unit'], limit: LIMITS.shortText, value: text },
  { path: ['claims', 0, 'sources'], limit: LIMITS.citations, value: many({ source: 'src' }) },
];

/** The minimal dispute, with a claim, tags and services to bound, and one field set to `value`. */
function disputeWith(path: Bounded['path'], value: unknown): DisputeInput {
  const input = minimalInput() as Record<string, any>;
  input['claims'] = [
    {
      id: 'c1',
      topic: 'users',
      statement: 'About 5,000',
      quantity: { low: 5000, unit: 'users' },
      sources: [{ source: 'src' }],
      confidence: 'reported',
    },
  ];
  input['events'][0].tags = ['tag'];
  input['events'][0].sources = [{ source: 'src' }];
  input['demands'][0].services = ['BES'];
  input['actors'][0].aliases = ['another name'];
  let at: any = input;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    at[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    at = at[key];
  }
  at[path[path.length - 1] as string | number] = value;
  // The event's fields in the schema's order, as the fast path takes them.
  const event = input['events'][0];
  input['events'][0] = Object.fromEntries(
    Object.keys(TimelineEventSchema.shape).flatMap((key) => (key in event ? [[key, event[key]]] : [])),
  );
  return input as DisputeInput;
}

/** The record (or the header) the field is in, for its own schema. */
function recordOf(input: DisputeInput, path: Bounded['path']): { ok: boolean } {
  if (path.length === 1) {
    const { actors, sources, demands, responses, deadlines, events, claims, ...header } =
      input as unknown as Record<string, unknown>;
    return { ok: DisputeHeaderSchema.safeParse(header).success };
  }
  const [collection, index] = path as readonly [RecordCollection, number];
  const record = (input[collection] as unknown[])[index];
  return { ok: RECORD_SCHEMAS[collection].safeParse(record).success };
}

/** Every way to build a dispute from its JSON form, each with its issues when it refuses it. */
const PATHS: Record<string, (input: DisputeInput) => readonly TimelineIssue[]> = {
  'safeParseDispute (an object)': (input) => resultIssues(safeParseDispute(input)),
  'safeParseDispute (JSON text)': (input) => resultIssues(safeParseDispute(JSON.stringify(input))),
  'the builder': (input) => {
    const { actors, sources, demands, responses, deadlines, events, claims, ...header } = input;
    const built = createDispute(header as never)
      .actor(...(actors ?? []))
      .source(...(sources ?? []))
      .demand(...(demands ?? []))
      .response(...(responses ?? []))
      .deadline(...(deadlines ?? []))
      .event(...(events ?? []))
      .claim(...(claims ?? []))
      .safeBuild();
    return resultIssues(built);
  },
};

const name = (row: Bounded) => `${row.path.join('.')} (at most ${row.limit})`;

describe('every bounded field, at its bound from LIMITS', () => {
  it.each(BOUNDED.map((row) => [name(row), row] as const))(
    '%s: its schema accepts the bound and refuses one more',
    (_, row) => {
      expect(recordOf(disputeWith(row.path, row.value(row.limit)), row.path).ok).toBe(true);
      expect(recordOf(disputeWith(row.path, row.value(row.limit + 1)), row.path).ok).toBe(false);
    },
  );

  for (const [way, issues] of Object.entries(PATHS))
    it.each(BOUNDED.map((row) => [name(row), row] as const))(
      `%s: ${way} accepts the bound and refuses one more, there`,
      (_, row) => {
        expect(issues(disputeWith(row.path, row.value(row.limit)))).toEqual([]);
        const refused = issues(disputeWith(row.path, row.value(row.limit + 1)));
        expect(refused.map((found) => [found.code, found.path])).toEqual([['too-large', row.path]]);
      },
    );

  const eventRows = BOUNDED.filter((row) => row.path[0] === 'events');
  it.each(eventRows.map((row) => [name(row), row] as const))(
    '%s: the fast path takes the bound as certainly valid, and not one more',
    (_, row) => {
      const event = (size: number) => (disputeWith(row.path, row.value(size)).events as unknown[])[0];
      expect(isCertainlyValidEvent(event(row.limit))).toBe(true);
      expect(isCertainlyValidEvent(event(row.limit + 1))).toBe(false);
    },
  );

  it('has a row for every bound of LIMITS but the records of a collection (see the reliability tests)', () => {
    const bounds = new Set(BOUNDED.map((row) => row.limit));
    const named = Object.entries(LIMITS).filter(([key]) => key !== 'records');
    expect(named.filter(([, bound]) => !bounds.has(bound))).toEqual([]);
  });
});
