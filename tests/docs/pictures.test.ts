import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pictures } from '../../scripts/pictures.js';

const DIRECTORY = new URL('../../docs/pictures/', import.meta.url);
const STALE = 'is out of date: run npm run pictures and commit the result';

describe('the pictures in the docs', () => {
  const expected = pictures();

  it('holds one committed file per picture, and no other', () => {
    expect(readdirSync(DIRECTORY).sort()).toEqual(expected.map((picture) => picture.file).sort());
  });

  it('are what the library draws today, byte for byte (in any time zone)', () => {
    for (const { file, svg } of expected)
      expect(readFileSync(new URL(file, DIRECTORY), 'utf8') === svg, `docs/pictures/${file} ${STALE}`).toBe(
        true,
      );
  });

  it('are each shown by the README or a guide', () => {
    const docs = ['README.md', 'docs/rendering.md'].map((path) =>
      readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
    );
    for (const { file } of expected)
      expect(
        docs.some((text) => text.includes(`pictures/${file}`)),
        file,
      ).toBe(true);
  });
});
