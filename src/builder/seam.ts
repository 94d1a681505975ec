/**
 * What the layers above the builder (the query engine, the formats) need from validation, and all they may import
 * of it: whether a dispute was built here (and the dispute a function was handed, validated when it was not), the
 * instants of the dates validation read, the rules' warnings, and the validators a reader of a format calls. The architecture
 * test (`tests/architecture/layers.test.ts`) fails on an import of any other module of `builder/` from outside it,
 * but the builder's public faces (`builder.ts`, `json.ts`).
 */

export {
  builtDateLikeEvents,
  builtEventActors,
  builtEventInstants,
  builtWarnings,
  isBuilt,
  mayBeDate,
} from './built.js';
export type { EventActorNumbers } from './event-actors.js';
export {
  beginValidation,
  type DisputeHeader,
  type IncrementalOptions,
  type IncrementalResult,
  type IncrementalValidation,
  type ValidItem,
} from './incremental.js';
export { validateRecord } from './record.js';
export { builtDispute, type Validation, validateDispute } from './validate.js';
