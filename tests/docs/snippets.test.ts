/** The snippet runner itself: what it extracts, how it rewrites a snippet, and that a wrong result fails. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeBlocks,
  instrument,
  removeScratchDirs,
  rewriteImports,
  runSnippets,
  scratchDir,
  writeSnippet,
} from './snippets.js';

/** Small programs run in one batch, each with what its error must contain (`null`: it must pass). */
const CASES = {
  'passes when every shown result is what the code gives': {
    code: [
      "import { formatPath } from 'dispute-timeline';",
      "formatPath(['events', 3, 'date']); //=> 'events[3].date'",
      'const list = [1, 2, 3];',
      '//=> [1, 2, 3]',
      'console.log(list.length);',
      '// => 3',
      'list.map((x) => [x, x * 2]);',
      '//=> [[1, 2],',
      '//    [2, 4], [3, 6]]',
      'list;',
      '//=> [1, ...]',
    ].join('\n'),
    error: null,
  },
  'fails when a shown result is not what the code gives': {
    code: "import { formatPath } from 'dispute-timeline';\nformatPath(['events', 3]);\n//=> 'events.3'\n",
    error: "self-test line 3: the snippet shows 'events.3', but the code gives 'events[3]'",
  },
  'fails when a shown result is never reached': {
    code: 'if (Math.max(1, 2) === 1) {\n  console.log(1);\n  //=> 1\n}\n',
    error: 'self-test line 3: the shown result is never reached',
  },
  'fails when the snippet throws': {
    code: "import { parseDate } from 'dispute-timeline';\nparseDate('2015-02-30');\n",
    error: 'impossible-date',
  },
} as const;

const results = new Map<string, string | null>();

afterAll(removeScratchDirs);

beforeAll(async () => {
  const dir = scratchDir('self');
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  const paths = names.map((name, i) => writeSnippet(dir, `self-${i}`, CASES[name].code, 'self-test'));
  const byPath = await runSnippets(paths, dir);
  names.forEach((name, i) => {
    results.set(name, byPath.get(paths[i] as string) as string | null);
  });
}, 120_000);

describe('documentation snippets', () => {
  it('finds fenced blocks with their language, flags and line', () => {
    const blocks = codeBlocks(
      '# Title\n\n```ts\nconst a = 1;\n```\n\ntext\n\n```ts no-run\nx();\n```\n',
      'guide.md',
    );
    expect(blocks).toEqual([
      { where: 'guide.md:3', lang: 'ts', flags: [], code: 'const a = 1;\n' },
      { where: 'guide.md:9', lang: 'ts', flags: ['no-run'], code: 'x();\n' },
    ]);
  });

  it('points the package imports at the sources', () => {
    const code = rewriteImports(
      'import { parseDate } from \'dispute-timeline\';\nimport { datasets } from "dispute-timeline/datasets";\n',
    );
    expect(code).toMatch(/from '\/.*\/src\/index\.ts'/);
    expect(code).toMatch(/from '\/.*\/src\/datasets\/index\.ts'/);
  });

  it('turns a shown result into a check of the statement before it', () => {
    const code = instrument('const a = [1, 2];\na.length;\n//=> 2\n', 'x');
    expect(code).toContain('__docs.check("x line 3", (a.length), () => (2))');
  });

  it('refuses a shown result that follows nothing it can check', () => {
    expect(() => instrument('//=> 1\n', 'x')).toThrow('must follow a statement');
    expect(() => instrument('for (;;) break;\n//=> 1\n', 'x')).toThrow('must follow an expression');
  });

  it.each(Object.entries(CASES))('%s', (name, { error }) => {
    const got = results.get(name);
    if (error === null) expect(got).toBeNull();
    else expect(got).toContain(error);
  });
});
