import fc from 'fast-check';
import { FULL } from './mode.js';

// A property test that gives no `numRuns` checks fast-check's 100 cases in the full run (`npm run check`, and so
// CI) and 40 under `npm test`, as `heavyRuns` cuts those that give one: each `npm test` draws new cases.
fc.configureGlobal({ numRuns: FULL ? 100 : 40 });
