/**
 * One set of questions for every place the built library runs (an ESM and a CJS consumer of the packed tarball,
 * a page in Chromium), and the answers the sources give to them, so that every build answers the same.
 */

import {
  disputeJsonSchema,
  eventsBefore,
  formatPath,
  parseDispute,
  query,
  TimelineError,
} from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';

export const DEADLINE = 'deadline-2015-12-30';

/** A date that does not exist, and an event without a kind or a source. */
export const BAD_DOCUMENT = { id: 'x', title: 'x', events: [{ id: 'e', date: '2015-02-30' }] };

/** The names {@link ANSWERS_SOURCE} needs from `dispute-timeline`. */
export const LIBRARY_NAMES = 'eventsBefore, formatPath, parseDispute, query, serializeDispute, TimelineError';

/**
 * JavaScript that defines `answers`, given in scope the {@link LIBRARY_NAMES}, `blackberryPakistan2015` and
 * `datasets` from `dispute-timeline/datasets`, `pakistanJson` (the shipped JSON file of that dataset) and `schema`
 * (the shipped JSON Schema).
 */
export const ANSWERS_SOURCE = `
const before = eventsBefore(blackberryPakistan2015, ${JSON.stringify(DEADLINE)});
let rejected = 'accepted';
try {
  parseDispute(${JSON.stringify(BAD_DOCUMENT)});
} catch (error) {
  rejected = {
    isTimelineError: error instanceof TimelineError,
    issues: error.issues.map((issue) => issue.code + ' at ' + formatPath(issue.path)),
  };
}
const fromJsonFile = parseDispute(pakistanJson);
const answers = {
  certain: before.certain.map((event) => event.id),
  possible: before.possible.map((event) => event.id),
  eventsByMonth: query(blackberryPakistan2015).events().countBy('month'),
  datasets: datasets.map((dispute) => dispute.id),
  frozen: Object.isFrozen(blackberryPakistan2015.events),
  rejected,
  jsonFileCertain: eventsBefore(fromJsonFile, ${JSON.stringify(DEADLINE)}).certain.map((event) => event.id),
  jsonFileSameAsModule: serializeDispute(fromJsonFile) === serializeDispute(blackberryPakistan2015),
  schema,
};
`;

/** The `answers` of {@link ANSWERS_SOURCE}. */
export interface Answers {
  readonly certain: readonly string[];
  readonly possible: readonly string[];
  readonly eventsByMonth: Readonly<Record<string, number>>;
  readonly datasets: readonly string[];
  readonly frozen: boolean;
  readonly rejected: unknown;
  readonly jsonFileCertain: readonly string[];
  readonly jsonFileSameAsModule: boolean;
  readonly schema: unknown;
}

/** What {@link ANSWERS_SOURCE} answers when run on the sources. */
export function expectedAnswers(): Answers {
  const before = eventsBefore(blackberryPakistan2015, DEADLINE);
  let rejected: unknown = 'accepted';
  try {
    parseDispute(BAD_DOCUMENT);
  } catch (error) {
    rejected = error instanceof TimelineError && {
      isTimelineError: true,
      issues: error.issues.map((issue) => `${issue.code} at ${formatPath(issue.path)}`),
    };
  }
  return {
    certain: before.certain.map((event) => event.id),
    possible: before.possible.map((event) => event.id),
    eventsByMonth: query(blackberryPakistan2015).events().countBy('month'),
    datasets: datasets.map((dispute) => dispute.id),
    frozen: true,
    rejected,
    jsonFileCertain: before.certain.map((event) => event.id),
    jsonFileSameAsModule: true,
    schema: disputeJsonSchema(),
  };
}
