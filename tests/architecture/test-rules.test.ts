import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Rules the test suite keeps so that a green run means something: fast-check counts a run interrupted by
 * its time limit option as a pass unless `markInterruptAsFailure` is set beside it.
 */
const TESTS = fileURLToPath(new URL('..', import.meta.url));

function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the test suite', () => {
  it('counts a property run cut short by its time limit as a failure, never as a pass', () => {
    const offenders = testFiles(TESTS).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          line.includes('interruptAfterTimeLimit') && !line.includes('markInterruptAsFailure: true')
            ? [`${path.slice(TESTS.length)}:${index + 1}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
