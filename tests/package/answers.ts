/**
 * One set of questions for every place the built library runs (an ESM and a CJS consumer of the packed tarball,
 * a page in Chromium), and the answers written out here, so that every build answers as the sources say.
 */

import { disputeJsonSchema } from 'dispute-timeline';

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

/** Pakistan's events certainly before its 30 December 2015 deadline, as the fact sheet dates them. */
const CERTAIN = [
  'india-2010-precedent',
  'pta-directs-operators',
  'interior-ministry-decision',
  'pta-affected-users',
  'blackberry-exit-announced',
  'pta-extends-deadline',
  'blackberry-exit-delayed',
] as const;

/**
 * What {@link ANSWERS_SOURCE} must answer, written here (not computed by the sources, which could share a bug
 * with the build): only the JSON Schema is the generated artefact itself.
 */
export function expectedAnswers(): Answers {
  return {
    certain: CERTAIN,
    possible: [],
    eventsByMonth: { '2010-01/2010-12': 1, '2015-07': 3, '2015-11': 3, '2015-12': 1 },
    datasets: [
      'indonesia-blackberry-2009',
      'india-blackberry-2010',
      'uae-blackberry-2010',
      'saudi-blackberry-2010',
      'whatsapp-brazil-2015',
      'blackberry-pakistan-2015',
      'telegram-russia-2017',
      'twitter-nigeria-2021',
      'x-brazil-2024',
    ],
    frozen: true,
    rejected: {
      isTimelineError: true,
      issues: [
        'impossible-date at events[0].date',
        'missing-field at events[0].kind',
        'missing-field at events[0].title',
        'missing-field at events[0].actors',
        'missing-field at events[0].sources',
        'missing-field at events[0].confidence',
      ],
    },
    jsonFileCertain: CERTAIN,
    jsonFileSameAsModule: true,
    schema: disputeJsonSchema(),
  };
}
