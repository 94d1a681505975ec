/**
 * Every ```ts block of the README and the guides but those fenced ```ts no-check type-checks with the project's
 * compiler options (a compiler start, about 6 s: the full run only; code-blocks.test.ts runs the blocks).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checked } from './doc-blocks.js';
import { removeScratchDirs, scratchDir, typeCheckSnippets } from './snippets.js';

afterAll(removeScratchDirs);

describe('the code blocks of the README and the guides', () => {
  it('type-check with the project compiler options', async () => {
    const errors = await typeCheckSnippets(checked, scratchDir('blocks-types'));
    expect(Object.fromEntries(errors)).toEqual({});
  }, 240_000);
});
