import { readdirSync, readFileSync } from 'node:fs';
import {
  createDispute,
  ISSUE_CODES,
  type IssueCode,
  type IssuePath,
  parseDispute,
  safeParseDispute,
  TimelineError,
  type TimelineIssue,
} from 'dispute-timeline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { thrownIssues } from '../support/issues.js';
import { FULL, sized } from '../support/mode.js';
import { prototypeChanges, snapshotPrototypes } from './prototypes.js';

/** How many records and fields the generated documents hold: full size under `npm run check`. */
const BIG_RECORDS = sized(2_000, 100_000);
const BIG_FIELDS = sized(4_000, 200_000);

interface Expected {
  readonly code: IssueCode;
  readonly path: IssuePath;
}

const corpus = new URL('./corpus/', import.meta.url);
const manifest = JSON.parse(
  readFileSync(new URL('./corpus.manifest.json', import.meta.url), 'utf8'),
) as Record<string, { readonly about: string; readonly expect: readonly Expected[] }>;
// The corpus folder also holds a biome.json that keeps Biome from formatting or parsing the documents.
const files = readdirSync(corpus)
  .filter((file) => file !== 'biome.json')
  .sort();

let prototypes: ReturnType<typeof snapshotPrototypes>;
beforeAll(() => {
  prototypes = snapshotPrototypes();
});
afterEach(() => {
  expect(prototypeChanges(prototypes)).toEqual([]);
});

/** The checks every rejected input passes: stable codes, paths of names and positions, short messages. */
function expectWellFormed(issues: readonly TimelineIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const part of issue.path) expect(['string', 'number']).toContain(typeof part);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeLessThan(1000);
  }
}

/** Whether the issues hold one with this code and path (a plain loop: some lists hold 200,000 issues). */
function hasIssue(issues: readonly TimelineIssue[], { code, path }: Expected): boolean {
  return issues.some(
    (issue) =>
      issue.code === code &&
      issue.path.length === path.length &&
      issue.path.every((part, i) => part === path[i]),
  );
}

function expectIssues(issues: readonly TimelineIssue[], expected: readonly Expected[]): void {
  for (const one of expected) {
    if (!hasIssue(issues, one)) expect(issues.slice(0, 20)).toContainEqual(expect.objectContaining(one));
  }
}

describe('the check for polluted prototypes', () => {
  it('notices a property added to Object.prototype, and one changed on Array.prototype', () => {
    const before = snapshotPrototypes();
    const proto = Object.prototype as Record<string, unknown>;
    const join = Array.prototype.join;
    try {
      proto['polluted'] = true;
      Array.prototype.join = () => 'joined';
      expect(prototypeChanges(before)).toEqual(
        expect.arrayContaining(['Object.prototype.polluted was added', 'Array.prototype.join was changed']),
      );
    } finally {
      delete proto['polluted'];
      Array.prototype.join = join;
    }
    expect(prototypeChanges(before)).toEqual([]);
  });
});

describe('the corpus of malformed documents', () => {
  it('holds at least 100 documents, each under 100 kB, each listed in the manifest with what it must give', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(Object.keys(manifest).sort()).toEqual(files);
    for (const file of files) {
      expect(file).toMatch(/^\d{3}-[a-z0-9-]+\.json$/);
      expect(readFileSync(new URL(file, corpus)).length).toBeLessThan(100_000);
      expect(manifest[file]?.expect.length, file).toBeGreaterThan(0);
    }
  });

  it('covers every code that a document can give', () => {
    const covered = new Set(Object.values(manifest).flatMap((entry) => entry.expect.map((e) => e.code)));
    // A document of the corpus is JSON: a CSV text's syntax has tests of its own (tests/formats/csv.test.ts).
    // The warnings (valid but suspicious data) never reject a document: tests/builder/warnings.test.ts has them.
    const notFromDocuments = new Set<IssueCode>([
      'invalid-argument',
      'csv-syntax',
      'missing-dependency',
      'restated-response',
      'late-source',
      'unsourced-deadline',
      'undated-ending',
      'shared-claim-source',
      'unmapped-column',
      'ambiguous-list',
      'ignored-cell',
    ]);
    expect(ISSUE_CODES.filter((code) => !covered.has(code) && !notFromDocuments.has(code))).toEqual([]);
  });

  // Under `npm test`, one document for each code and every fifth other; under `npm run check`, every one.
  const codesSeen = new Set<string>();
  const checked = FULL
    ? files
    : files.filter((file, i) => {
        const codes = (manifest[file]?.expect ?? [])
          .map((e) => e.code)
          .filter((code) => !codesSeen.has(code));
        for (const code of codes) codesSeen.add(code);
        return codes.length > 0 || i % 5 === 0;
      });

  describe.each(checked)('%s', (file) => {
    const text = readFileSync(new URL(file, corpus), 'utf8');
    const expected = manifest[file]?.expect ?? [];

    it('is rejected by parseDispute with a TimelineError carrying the expected code and path', () => {
      const issues = thrownIssues(() => parseDispute(text));
      expectWellFormed(issues);
      expectIssues(issues, expected);
    });

    it('is rejected by safeParseDispute with the same issues, as text and as a parsed value', () => {
      const fromText = safeParseDispute(text);
      expect(fromText.success).toBe(false);
      if (fromText.success) return;
      expect(fromText.error).toBeInstanceOf(TimelineError);
      expectIssues(fromText.error.issues, expected);
      expect(fromText.error.issues).toEqual(thrownIssues(() => parseDispute(text)));
      let value: unknown;
      try {
        // JSON.parse refuses a byte-order mark, which parseDispute reads past: the value is the document after it.
        value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
      } catch {
        expect(fromText.error.issues.map((i) => i.code)).toEqual(['json-syntax']);
        return;
      }
      // A string is read as JSON text, so a document that is a JSON string cannot be handed over as a value.
      if (typeof value === 'string') return;
      const fromValue = safeParseDispute(value);
      expect(fromValue.success ? [] : fromValue.error.issues).toEqual(fromText.error.issues);
    });
  });
});

/** A huge text: 10 MB in the full run, 2 MB under `npm test` (the name says which). */
const MB = sized(2, 10);
const HUGE = 'x'.repeat(MB * 1024 * 1024);

function minimal(): Record<string, any> {
  return {
    id: 'case',
    title: 'A case',
    actors: [{ id: 'co', name: 'Company', kind: 'company' }],
    sources: [{ id: 'src', publisher: 'Publisher', url: 'https://example.org/' }],
    events: [
      {
        id: 'e1',
        date: '2015-07-24',
        kind: 'statement',
        title: 'A statement',
        actors: ['co'],
        sources: [{ source: 'src' }],
        confidence: 'confirmed',
      },
    ],
  };
}

/** Documents too large to commit, generated here: each with what it must give. */
const generated: readonly [name: string, make: () => string, code: IssueCode, path: IssuePath][] = [
  [`a ${MB} MB title`, () => JSON.stringify({ ...minimal(), title: HUGE }), 'too-large', ['title']],
  [`a ${MB} MB id`, () => JSON.stringify({ ...minimal(), id: HUGE }), 'too-large', ['id']],
  [
    `a ${MB} MB date`,
    () => {
      const d = minimal();
      d['events'][0].date = `2015-07-24${HUGE}`;
      return JSON.stringify(d);
    },
    'invalid-date',
    ['events', 0, 'date'],
  ],
  [
    `a ${MB} MB time zone`,
    () => JSON.stringify({ ...minimal(), timeZone: HUGE }),
    'invalid-time-zone',
    ['timeZone'],
  ],
  [
    `a ${MB} MB URL`,
    () => {
      const d = minimal();
      d['sources'][0].url = `https://example.org/${HUGE}`;
      return JSON.stringify(d);
    },
    'too-large',
    ['sources', 0, 'url'],
  ],
  [
    `a ${MB} MB reference to an unknown actor`,
    () => {
      const d = minimal();
      d['events'][0].actors = [HUGE];
      return JSON.stringify(d);
    },
    'unknown-reference',
    ['events', 0, 'actors', 0],
  ],
  [
    `two records sharing a ${MB} MB id`,
    () => {
      const d = minimal();
      d['actors'] = [
        { id: HUGE, name: 'A', kind: 'company' },
        { id: HUGE, name: 'B', kind: 'company' },
      ];
      return JSON.stringify(d);
    },
    'duplicate-id',
    ['actors', 1, 'id'],
  ],
  [`a ${MB} MB field name`, () => JSON.stringify({ ...minimal(), [HUGE]: 1 }), 'unknown-field', [HUGE]],
  [
    `a ${MB} MB quote`,
    () => {
      const d = minimal();
      d['events'][0].sources = [{ source: 'src', quote: HUGE }];
      return JSON.stringify(d);
    },
    'too-large',
    ['events', 0, 'sources', 0, 'quote'],
  ],
  [
    '100,000 nested lists as the document',
    () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'wrong-type',
    [],
  ],
  [
    '100,000 nested objects as the document',
    () => `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
    'unknown-field',
    ['a'],
  ],
  [
    '100,000 nested lists as a title',
    () => `{"id":"case","title":${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}`,
    'wrong-type',
    ['title'],
  ],
  [
    '100,000 nested objects as a date',
    () => {
      const d = JSON.stringify(minimal());
      return d.replace('"2015-07-24"', `${'{"value":'.repeat(100_000)}"2015"${'}'.repeat(100_000)}`);
    },
    'wrong-type',
    ['events', 0, 'date', 'value'],
  ],
  [
    '100,000 nested lists as an event',
    () => `{"id":"case","title":"t","events":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`,
    'wrong-type',
    ['events', 0],
  ],
  [
    '100,000 opening brackets that never close',
    () => `{"id":"case","title":${'['.repeat(100_000)}`,
    'json-syntax',
    [],
  ],
  [
    `${BIG_RECORDS.toLocaleString('en')} duplicate ids`,
    () => {
      const d = minimal();
      d['actors'] = Array.from({ length: BIG_RECORDS }, () => ({
        id: 'co',
        name: 'Company',
        kind: 'company',
      }));
      return JSON.stringify(d);
    },
    'duplicate-id',
    ['actors', BIG_RECORDS - 1, 'id'],
  ],
  [
    `${BIG_FIELDS.toLocaleString('en')} unknown fields in one record`,
    () => {
      const d = minimal();
      for (let i = 0; i < BIG_FIELDS; i++) d['events'][0][`field${i}`] = i;
      return JSON.stringify(d);
    },
    'unknown-field',
    ['events', 0, `field${BIG_FIELDS - 1}`],
  ],
  [
    `${BIG_FIELDS.toLocaleString('en')} unknown fields in the header`,
    () => {
      const d = minimal();
      for (let i = 0; i < BIG_FIELDS; i++) d[`field${i}`] = i;
      return JSON.stringify(d);
    },
    'unknown-field',
    [`field${BIG_FIELDS - 1}`],
  ],
];

describe('generated documents too large to commit', () => {
  it.each(generated)('rejects %s with a TimelineError whose issues stay small', (_, make, code, path) => {
    const text = make();
    const issues = thrownIssues(() => parseDispute(text));
    expectIssues(issues, [{ code, path }]);
    expect(issues.filter((issue) => issue.message.length >= 1000)).toEqual([]);
    const result = safeParseDispute(text);
    expect(result.success ? 0 : result.error.issues.length).toBe(issues.length);
  });

  it('reports deeply nested values handed to the builder as data, not as a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep, list: [deep] };
    const result = createDispute({ id: 'case', title: deep as string })
      .actor(deep as never)
      .event({ ...minimal()['events'][0], date: deep, sources: [deep] } as never)
      .safeBuild();
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'wrong-type', path: ['title'] }),
        expect.objectContaining({ code: 'missing-field', path: ['actors', 0, 'id'] }),
        expect.objectContaining({ code: 'missing-field', path: ['events', 0, 'sources', 0, 'source'] }),
      ]),
    );
  });
});
