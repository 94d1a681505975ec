import {
  eventsBefore,
  formatTimelineText,
  query,
  safeParseDispute,
  serializeDispute,
} from 'dispute-timeline';
import { blackberryPakistan2015, uaeBlackberry2010 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { issueLineWithMessage, resultIssues, thrownIssues } from '../support/issues.js';

const uae = () => JSON.parse(serializeDispute(uaeBlackberry2010));

/** The issues of a document, as `code at path: message`. */
const problems = (json: unknown): string[] => resultIssues(safeParseDispute(json)).map(issueLineWithMessage);

/** The issues a call throws, as `code at path: message`. */
const thrown = (call: () => unknown): string[] => thrownIssues(call).map(issueLineWithMessage);

describe('an unknown field', () => {
  it('suggests the nearest known field of the dispute, of a record and of a nested object', () => {
    const json = uae();
    json.tittle = json.title;
    delete json.title;
    json.event = [];
    json.sources[0].ulr = json.sources[0].url;
    delete json.sources[0].url;
    json.actors[0].memberships = [{ organisation: 'tra' }];
    expect(problems(json)).toEqual(
      expect.arrayContaining([
        'unknown-field at tittle: unknown field "tittle"; did you mean "title"?',
        'unknown-field at event: unknown field "event"; did you mean "events"?',
        'unknown-field at sources[0].ulr: unknown field "ulr"; did you mean "url"?',
        'unknown-field at actors[0].memberships[0].organisation: unknown field "organisation"; did you mean "organization"?',
      ]),
    );
  });

  it('suggests nothing when no known field is near', () => {
    const json = uae();
    json.wholly = 'unrelated';
    expect(problems(json)).toEqual(['unknown-field at wholly: unknown field "wholly"']);
  });
});

describe('an unknown id', () => {
  it('suggests the nearest id of the kind the reference needs, not of another kind', () => {
    const json = uae();
    json.events[0].actors = ['etisalatt'];
    json.events[1].sources[0].source = 'daily-star';
    expect(problems(json)).toEqual([
      'unknown-reference at events[0].actors[0]: no actor has id "etisalatt"; did you mean "etisalat"?',
      'unknown-reference at events[1].sources[0].source: no source has id "daily-star"; did you mean "daily-star-afp"?',
    ]);
  });

  it('names both kinds, with their articles, when the id is of the wrong kind', () => {
    const json = uae();
    json.events[0].actors = ['daily-star-afp'];
    expect(problems(json)).toEqual([
      'unknown-reference at events[0].actors[0]: "daily-star-afp" is a source, not an actor',
    ]);
  });
});

describe('eventsBefore given a date where a deadline id belongs', () => {
  it('lists the deadline ids and names query().before(date)', () => {
    expect(thrown(() => eventsBefore(blackberryPakistan2015, '2015-12-30'))).toEqual([
      'unknown-reference at deadline: "2015-12-30" is a date, not a deadline id (its deadlines are ' +
        '"deadline-2015-11-30", "deadline-2015-12-30"); for the events before a date, use ' +
        'query(dispute).events().before("2015-12-30")',
    ]);
    // What the message suggests works:
    expect(query(blackberryPakistan2015).events().before('2015-12-30').count()).toBeGreaterThan(0);
  });

  it('suggests the nearest deadline id for a misspelt one', () => {
    expect(thrown(() => eventsBefore(blackberryPakistan2015, 'deadline-2015-12-3'))[0]).toContain(
      'did you mean "deadline-2015-12-30"?',
    );
  });
});

describe('checks of the model', () => {
  it('reports a deadline due certainly before the demand it is for was made', () => {
    const json = uae();
    json.deadlines[0].due = '2010-07-31';
    delete json.deadlines[0].setOn;
    expect(problems(json)).toEqual([
      'deadline-before-demand at deadlines[0].due: deadline deadline-2010-10-11 falls due (2010-07-31) before demand suspend-blackberry-services was made (2010-08-01)',
    ]);
  });

  it('accepts a deadline due on the day of its demand, or whose dates only may be in the wrong order', () => {
    const json = uae();
    json.deadlines[0].due = '2010-08-01';
    expect(problems(json)).toEqual([]);
    json.deadlines[0].due = '2010-08';
    json.deadlines[0].setOn = '2010';
    expect(problems(json)).toEqual([]);
  });

  it('reports a deadline set certainly after it fell due', () => {
    const json = uae();
    json.deadlines[0].setOn = '2010-10-12';
    delete json.deadlines[0].outcome.on; // its rescission (8 October) would come before it was set, too
    expect(problems(json)).toEqual([
      'deadline-set-after-due at deadlines[0].setOn: deadline deadline-2010-10-11 was set (2010-10-12) after it fell due (2010-10-11)',
    ]);
  });

  it('reports a figure whose low value is above its high value, and accepts equal ones', () => {
    const json = uae();
    json.claims[2].quantity = { low: 500_000, high: 400_000, unit: 'users' };
    expect(problems(json)).toEqual([
      'inverted-range at claims[2].quantity.low: the low figure 500000 is above the high figure 400000: swap them',
    ]);
    json.claims[2].quantity = { low: 400_000, high: 400_000, unit: 'users' };
    expect(problems(json)).toEqual([]);
  });
});

describe('a text option below its documented minimum', () => {
  it.each([10, 59, 1001, -1])('formatTimelineText refuses a width of %s columns', (width) => {
    expect(thrown(() => formatTimelineText(blackberryPakistan2015, { width }))).toEqual([
      expect.stringMatching(/^invalid-argument at options\.width: the table is 60 to 1000 columns wide/),
    ]);
  });

  it('formatTimelineText accepts the bounds, 60 and 1000', () => {
    expect(formatTimelineText(blackberryPakistan2015, { width: 60 })).toContain('\n');
    expect(formatTimelineText(blackberryPakistan2015, { width: 1000 })).toContain('\n');
  });
});
