import { deadlineDates } from './deadline-dates.js';
import { deadlineEndings } from './deadline-endings.js';
import { endingEvents } from './ending-events.js';
import { extensionChains } from './extension-chains.js';
import { extensionDates } from './extension-dates.js';
import { lateSources } from './late-sources.js';
import { membershipCycles } from './membership-cycles.js';
import { references } from './references.js';
import { responseAfterDemand } from './response-after-demand.js';
import { restatedResponses } from './restated-responses.js';
import type { Rule } from './rule.js';
import { sequences } from './sequences.js';
import { sharedClaimSources } from './shared-claim-sources.js';
import { undatedEndings } from './undated-endings.js';
import { unsourcedDeadlines } from './unsourced-deadlines.js';

/**
 * The rules that report errors (records that cannot be true), in the order of the issues they report. The next
 * rule is a file beside these, exporting a {@link Rule}, and one line here or in {@link WARNING_RULES}.
 */
export const ERROR_RULES: readonly Rule[] = Object.freeze([
  references,
  responseAfterDemand,
  deadlineDates,
  extensionChains,
  deadlineEndings,
  membershipCycles,
  sequences,
  extensionDates,
  endingEvents,
]);

/**
 * The rules that warn of valid but suspicious data, in the order of their warnings. A build runs them when its
 * warnings are first asked for (see `validate.ts`): most scripts never ask, and a build need not pay for them.
 */
export const WARNING_RULES: readonly Rule[] = Object.freeze([
  restatedResponses,
  lateSources,
  unsourcedDeadlines,
  undatedEndings,
  sharedClaimSources,
]);

/** Every rule validation runs across records, in this order: the errors' rules, then the warnings'. */
export const RULES: readonly Rule[] = Object.freeze([...ERROR_RULES, ...WARNING_RULES]);
