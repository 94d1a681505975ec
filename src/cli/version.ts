import { readFileSync } from 'node:fs';

/**
 * The package's version, from its package.json: the nearest folder above this file whose package.json is
 * dispute-timeline's (the package root, whether this runs from `dist/cli.js` or from the sources).
 */
export function packageVersion(): string {
  let folder = new URL('.', import.meta.url);
  for (let depth = 0; depth < 5; depth++) {
    try {
      const json = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (json.name === 'dispute-timeline' && typeof json.version === 'string') return json.version;
    } catch {
      // No package.json here, or not readable: look one folder up.
    }
    folder = new URL('..', folder);
  }
  return 'unknown';
}
