/**
 * Every field that refers to another record, written out here by hand (not read from the library's own table):
 * a dangling id and an id of the wrong kind in each are refused with `unknown-reference` at the field's path.
 * A reference check dropped from the builder fails this table in `npm test`.
 */
import { safeParseDispute, type TimelineIssue } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { minimalInput } from './fixtures.js';

type Mutable = any;

/** One reference field: where it is, how to put an id in it, and an existing id of another kind. */
interface Row {
  readonly field: string;
  readonly path: readonly (string | number)[];
  readonly put: (input: Mutable, id: string) => void;
  /** An id that exists but names a record of another kind than the field takes. */
  readonly wrongKind: string;
}

const CLAIM = {
  id: 'claim',
  topic: 'when',
  statement: 'It happened',
  sources: [{ source: 'src' }],
  confidence: 'reported',
};

const TABLE: readonly Row[] = [
  {
    field: 'actors.memberships.organization',
    path: ['actors', 1, 'memberships', 0, 'organization'],
    put: (i, id) => (i.actors[1].memberships[0].organization = id),
    wrongKind: 'src',
  },
  {
    field: 'demands.by',
    path: ['demands', 0, 'by', 0],
    put: (i, id) => (i.demands[0].by = [id]),
    wrongKind: 'dem',
  },
  {
    field: 'demands.of',
    path: ['demands', 0, 'of', 0],
    put: (i, id) => (i.demands[0].of = [id]),
    wrongKind: 'dem',
  },
  {
    field: 'demands.sources.source',
    path: ['demands', 0, 'sources', 0, 'source'],
    put: (i, id) => (i.demands[0].sources = [{ source: id }]),
    wrongKind: 'gov',
  },
  {
    field: 'responses.by',
    path: ['responses', 0, 'by', 0],
    put: (i, id) => (i.responses[0].by = [id]),
    wrongKind: 'res',
  },
  {
    field: 'responses.to',
    path: ['responses', 0, 'to', 0],
    put: (i, id) => (i.responses[0].to = [id]),
    wrongKind: 'res',
  },
  {
    field: 'responses.sources.source',
    path: ['responses', 0, 'sources', 0, 'source'],
    put: (i, id) => (i.responses[0].sources = [{ source: id }]),
    wrongKind: 'dem',
  },
  {
    field: 'deadlines.setBy',
    path: ['deadlines', 0, 'setBy', 0],
    put: (i, id) => (i.deadlines[0].setBy = [id]),
    wrongKind: 'dl2',
  },
  {
    field: 'deadlines.demands',
    path: ['deadlines', 0, 'demands', 0],
    put: (i, id) => (i.deadlines[0].demands = [id]),
    wrongKind: 'gov',
  },
  {
    field: 'deadlines.extends',
    path: ['deadlines', 1, 'extends'],
    put: (i, id) => (i.deadlines[1].extends = id),
    wrongKind: 'dem',
  },
  {
    field: 'deadlines.sources.source',
    path: ['deadlines', 0, 'sources', 0, 'source'],
    put: (i, id) => (i.deadlines[0].sources = [{ source: id }]),
    wrongKind: 'e1',
  },
  {
    field: 'events.actors',
    path: ['events', 0, 'actors', 0],
    put: (i, id) => (i.events[0].actors = [id]),
    wrongKind: 'e1',
  },
  {
    field: 'events.demands',
    path: ['events', 1, 'demands', 0],
    put: (i, id) => (i.events[1].demands = [id]),
    wrongKind: 'res',
  },
  {
    field: 'events.responses',
    path: ['events', 0, 'responses', 0],
    put: (i, id) => (i.events[0].responses = [id]),
    wrongKind: 'dem',
  },
  {
    field: 'events.deadlines',
    path: ['events', 1, 'deadlines', 0],
    put: (i, id) => (i.events[1].deadlines = [id]),
    wrongKind: 'dem',
  },
  {
    field: 'events.sources.source',
    path: ['events', 0, 'sources', 0, 'source'],
    put: (i, id) => (i.events[0].sources = [{ source: id }]),
    wrongKind: 'co',
  },
  {
    field: 'claims.sources.source',
    path: ['claims', 0, 'sources', 0, 'source'],
    put: (i, id) => (i.claims = [{ ...CLAIM, sources: [{ source: id }] }]),
    wrongKind: 'gov',
  },
];

function issuesOf(input: unknown): readonly TimelineIssue[] {
  const result = safeParseDispute(input);
  return result.success ? [] : result.error.issues;
}

describe('every reference field', () => {
  it('accepts the fixture, with a claim, as it is', () => {
    const input = minimalInput() as Mutable;
    input.claims = [CLAIM];
    expect(issuesOf(input)).toEqual([]);
  });

  it.each(TABLE.map((row) => [row.field, row] as const))(
    'refuses a dangling id and an id of the wrong kind in %s with unknown-reference at its path',
    (_, row) => {
      for (const id of ['nobody-declares-this', row.wrongKind]) {
        const input = minimalInput() as Mutable;
        row.put(input, id);
        expect(issuesOf(input)).toContainEqual(
          expect.objectContaining({ code: 'unknown-reference', path: [...row.path] }),
        );
      }
    },
  );
});
