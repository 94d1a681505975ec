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
  extensionDates,
  endingEvents,
  // Warnings: valid but suspicious data.
  restatedResponses,
  lateSources,
  unsourcedDeadlines,
  undatedEndings,
  sharedClaimSources,
]);
