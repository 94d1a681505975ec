/** The ```ts blocks of the README and the guides, which code-blocks.test.ts runs and the full run type-checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CodeBlock, codeBlocks, ROOT } from './snippets.js';

export const GUIDES = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => `docs/${name}`);
export const FILES = ['README.md', ...GUIDES];

export const blocks: CodeBlock[] = FILES.flatMap((file) =>
  codeBlocks(readFileSync(join(ROOT, file), 'utf8'), file).filter(
    (b) => b.lang === 'ts' || b.lang === 'typescript',
  ),
);
export const runnable = blocks.filter((b) => !b.flags.includes('no-run') && !b.flags.includes('no-check'));
export const checked = blocks.filter((b) => !b.flags.includes('no-check'));
