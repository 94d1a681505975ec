/**
 * Every ```ts block of the README and the guides runs: extracted, imports pointed at the sources, each shown
 * result (`//=> value` after a statement) turned into a check, and run with tsx (all blocks in one child process).
 * The full run type-checks them too (code-blocks.slow.test.ts). A block fenced ```ts no-run is only type-checked;
 * one fenced ```ts no-check is neither run nor type-checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_CODES } from 'dispute-timeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocks, FILES, GUIDES, runnable } from './doc-blocks.js';
import {
  type CodeBlock,
  ROOT,
  removeScratchDirs,
  runSnippets,
  scratchDir,
  writeSnippet,
} from './snippets.js';

/** Each runnable block's error, or null, by where it is. */
const results = new Map<string, string | null>();

afterAll(removeScratchDirs);

beforeAll(async () => {
  const dir = scratchDir('blocks');
  const paths = runnable.map((block, i) => writeSnippet(dir, `block-${i}`, block.code, block.where));
  const byPath = await runSnippets(paths, dir);
  paths.forEach((path, i) => {
    results.set((runnable[i] as CodeBlock).where, byPath.get(path) as string | null);
  });
}, 240_000);

describe('the code blocks of the README and the guides', () => {
  it('are found in the README and in every guide', () => {
    const withBlocks = new Set(blocks.map((b) => b.where.split(':')[0]));
    // The contributing and command-line guides are about commands, not code.
    const withoutCode = ['docs/contributing.md', 'docs/cli.md'];
    expect(FILES.filter((file) => !withBlocks.has(file) && !withoutCode.includes(file))).toEqual([]);
  });

  it('link the README to every guide and picture by relative links, which the TypeDoc site makes its own pages', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(GUIDES.filter((guide) => !readme.includes(`](${guide})`))).toEqual([]);
    // TypeDoc turns a relative link to a guide into the guide's page and copies a linked picture into the site;
    // an absolute link would leave the site for a repository home.
    const links = [...readme.matchAll(/\]\(([^)#]+)[^)]*\)/g)].map((match) => match[1] ?? '');
    expect(
      links.filter((link) => !/^docs\/[\w/.-]+\.(md|svg)$/.test(link) && !link.startsWith('https://')),
    ).toEqual([]);
    expect(links.filter((link) => link.includes('github.com/dispute-timeline'))).toEqual([]);
    expect(links.filter((link) => !link.startsWith('https://') && !existsSync(join(ROOT, link)))).toEqual([]);
  });

  it('include every guide in the TypeDoc site', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as {
      projectDocuments: string[];
    };
    expect([...config.projectDocuments].sort()).toEqual(GUIDES);
    expect(GUIDES.every((guide) => existsSync(join(ROOT, guide)))).toBe(true);
  });

  it('show a checked result in the README example that answers "which events came before the deadline"', () => {
    const example = runnable.find((b) => b.where.startsWith('README.md') && b.code.includes('eventsBefore('));
    expect(example?.code).toMatch(/console\.log\(.*\);?[^\n]*\n?\s*\/\/ ?=>/);
  });

  it('trigger every issue code in the errors guide', () => {
    const shown = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8')
      .split('\n')
      .filter((line) => /^\s*\/\/ ?=>/.test(line))
      .join('\n');
    expect(ISSUE_CODES.filter((code) => !shown.includes(`'${code}`))).toEqual([]);
  });

  it.each(runnable.map((b) => b.where))('%s runs and shows true results', (where) => {
    expect(results.get(where)).toBeNull();
  });
});
