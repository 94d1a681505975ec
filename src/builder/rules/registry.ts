import { deadlineDates } from './deadline-dates.js';
import { deadlineEndings } from './deadline-endings.js';
import { extensionChains } from './extension-chains.js';
import { membershipCycles } from './membership-cycles.js';
import { references } from './references.js';
import { responseAfterDemand } from './response-after-demand.js';
import type { Rule } from './rule.js';
import { sequences } from './sequences.js';

/**
 * Every rule validation runs across records, in this order (the order of the issues they report). The next rule
 * is a file beside these, exporting a {@link Rule}, and one line here.
 */
export const RULES: readonly Rule[] = Object.freeze([
  references,
  responseAfterDemand,
  deadlineDates,
  extensionChains,
  deadlineEndings,
  membershipCycles,
  sequences,
]);
