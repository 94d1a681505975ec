/**
 * Validation time at n and 4n, beside plain JSON.parse of the same text as a baseline: when validation is
 * linear, its ratio to the baseline stays about the same from n to 4n. Run with `npx vitest bench --run`.
 */
import { parseDispute, safeParseDispute } from 'dispute-timeline';
import { bench, describe } from 'vitest';
import {
  duplicateIds,
  extensionChain,
  extensionLoop,
  manyEvents,
  membershipBackEdges,
  unknownReferences,
} from '../reliability/crafted.js';

const N = 10_000;

const inputs: readonly [name: string, make: (n: number) => unknown, valid: boolean][] = [
  ['a valid dispute of n events', manyEvents, true],
  ['a valid chain of n extensions', extensionChain, true],
  ['a loop of n extensions', extensionLoop, false],
  ['n / 10 actors with 10 membership back edges each', (n) => membershipBackEdges(n / 10), false],
  ['n records sharing one id', duplicateIds, false],
  ['n references to undeclared ids', unknownReferences, false],
];

for (const [name, make, valid] of inputs) {
  for (const n of [N, 4 * N]) {
    const text = JSON.stringify(make(n));
    describe(`${name}, n = ${n} (${(text.length / 1e6).toFixed(1)} MB)`, () => {
      bench('JSON.parse (baseline)', () => {
        JSON.parse(text);
      });
      bench(valid ? 'parseDispute' : 'safeParseDispute (rejects it)', () => {
        if (valid) parseDispute(text);
        else if (safeParseDispute(text).success) throw new Error('expected the input to be rejected');
      });
    });
  }
}
