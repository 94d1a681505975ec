/**
 * The project's research files — the fact sheets the shipped datasets are built from — read from `shared/research/`
 * beside the clone. CI puts a copy of `shared/` beside the repository (`../shared/research`); a worktree nested one
 * level deeper finds the same folder one level up. `DT_RESEARCH_DIR` names the folder directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The research files a dataset may quote: the two fact sheets, the audit of the first four cases, the origin article. */
export const RESEARCH_FILES = Object.freeze([
  'facts.md',
  'facts-more-cases.md',
  'dataset-audit.md',
  'origin-article.txt',
]);

/**
 * The folder holding the research files: `DT_RESEARCH_DIR`, else `shared/research` beside the clone, else the
 * repository's own copy; `null` when none has them.
 */
export function researchDirectory(): string | null {
  const given = process.env['DT_RESEARCH_DIR'];
  if (given !== undefined && given !== '') return existsSync(join(given, 'facts.md')) ? resolve(given) : null;
  let directory = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  for (let up = 0; up < 4; up++) {
    const candidate = join(directory, '..', 'shared', 'research');
    if (existsSync(join(candidate, 'facts.md'))) return resolve(candidate);
    directory = resolve(directory, '..');
  }
  // A clone on its own: the copy kept in the repository (tests/fixtures/research, copied from shared/research).
  const kept = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/research');
  return existsSync(join(kept, 'facts.md')) ? kept : null;
}

/** Each research file's text, by name; throws when a file is missing, since a test that reads them must not pass on nothing. */
export function readResearch(directory: string): Readonly<Record<string, string>> {
  return Object.freeze(
    Object.fromEntries(RESEARCH_FILES.map((name) => [name, readFileSync(join(directory, name), 'utf8')])),
  );
}
