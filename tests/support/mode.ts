/**
 * `npm test` runs a fast representative of every check; `npm run check` (and CI) sets `DT_FULL=1` and runs them
 * all at full size: every time zone, the full-size generated documents, type-checked docs, `*.slow.test.ts`.
 */
export const FULL = process.env['DT_FULL'] === '1';

/** A size for a test: `fast` under `npm test`, `full` under `npm run check`. */
export function sized(fast: number, full: number): number {
  return FULL ? full : fast;
}
