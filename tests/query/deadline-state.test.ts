/**
 * A deadline's whole life: not yet set, pending, stayed, passed with no ending recorded, ended (how, when, on
 * what evidence) — on the shipped cases and a court case — and every deadline answer saying which.
 */
import {
  before,
  businessDaysBetween,
  countdown,
  type Dispute,
  daysBetween,
  deadlineState,
  demandOutcome,
  effectiveDeadline,
  parseDispute,
  pendingOn,
  query,
  relate,
  responsesTo,
  safeParseDispute,
  serializeDispute,
  summarizeCases,
  TimelineError,
} from 'dispute-timeline';
import {
  datasets,
  indiaBlackberry2010 as india,
  blackberryPakistan2015 as pakistan,
  uaeBlackberry2010 as uae,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/in-process.js';
import { courtCaseBuilder } from '../support/court-case.js';

/** A copy of a shipped case with one deadline changed by `change` (through its JSON form). */
function withDeadline(
  dispute: Dispute,
  id: string,
  change: (deadline: Record<string, unknown>) => void,
): Dispute {
  const json = JSON.parse(serializeDispute(dispute)) as { deadlines: Record<string, unknown>[] };
  const deadline = json.deadlines.find((d) => d['id'] === id);
  if (deadline === undefined) throw new Error(`no deadline ${id}`);
  change(deadline);
  return parseDispute(json);
}
const withoutOutcome = (dispute: Dispute, id: string) =>
  withDeadline(dispute, id, (d) => delete d['outcome']);
const withoutSetOn = (dispute: Dispute, id: string) => withDeadline(dispute, id, (d) => delete d['setOn']);

describe('deadlineState on the shipped cases', () => {
  it('calls India’s 22 September 2010 report passed (no ending recorded), and 31 January 2011 missed, in 2013', () => {
    const state = deadlineState(india, 'deadline-2010-09-22', '2013-08-01');
    expect([state.status, state.truth, state.possible]).toEqual(['passed', 'yes', { passed: 'yes' }]);
    // The audited records say the 31 January 2011 deadline was reached and missed: ended, not merely passed.
    const missed = deadlineState(india, 'deadline-2011-01-31', '2013-08-01');
    expect([missed.status, missed.truth, missed.ending?.kind]).toEqual(['ended', 'yes', 'missed']);
    // As the records stood before the audit (no ending recorded), it is passed: due, and not in force.
    const unrecorded = deadlineState(
      withoutOutcome(india, 'deadline-2011-01-31'),
      'deadline-2011-01-31',
      '2013-08-01',
    );
    expect([unrecorded.status, unrecorded.possible]).toEqual(['passed', { passed: 'yes' }]);
    expect(query(india).deadlines().inForce('2013-08-01').possible().count()).toBe(0);
    expect(pendingOn(india, '2013-08-01').deadlines).toEqual([]);
  });

  it('calls the UAE deadline ended: rescinded on 8 October 2010, on 9 October, with its evidence', () => {
    const state = deadlineState(uae, 'deadline-2010-10-11', '2010-10-09');
    expect([state.status, state.truth]).toEqual(['ended', 'yes']);
    expect([state.ending?.kind, state.ending?.on?.text, state.ending?.event?.id]).toEqual([
      'rescinded',
      '2010-10-08',
      'suspension-withdrawn',
    ]);
    expect(deadlineState(uae, 'deadline-2010-10-11', '2010-10-07').status).toBe('pending');
  });

  it('says maybe, not yes, before the earliest evidence of a deadline with no setOn', () => {
    // India's 22 September 2010 compliance report, first reported on 19 September, as if its setOn were not given
    // (the audited records give 2010-08-12/2010-09-19), asked about on 11 August.
    const unset = withoutSetOn(india, 'deadline-2010-09-22');
    expect(deadlineState(unset, 'deadline-2010-09-22', '2010-08-11').possible).toEqual({
      'not-yet-set': 'maybe',
      pending: 'maybe',
    });
    expect(deadlineState(unset, 'deadline-2010-09-22', '2010-09-19').status).toBe('pending');
    // As shipped: certainly not yet set before 12 August, maybe set by 1 September, set by 19 September.
    expect(deadlineState(india, 'deadline-2010-09-22', '2010-08-11').possible).toEqual({
      'not-yet-set': 'yes',
    });
    expect(deadlineState(india, 'deadline-2010-09-22', '2010-09-01').possible).toEqual({
      'not-yet-set': 'maybe',
      pending: 'maybe',
    });
    expect(deadlineState(india, 'deadline-2010-09-22', '2010-09-19').status).toBe('pending');
  });

  it('calls a deadline an extension superseded ended, and names the extension', () => {
    const state = deadlineState(india, 'deadline-2010-08-31', '2010-09-15');
    expect([state.status, state.ending?.kind, state.supersededBy?.id]).toEqual([
      'ended',
      'extended',
      'deadline-2010-10-31',
    ]);
  });

  it('says which state in every deadline answer: effectiveDeadline, countdown and summarizeCases', () => {
    expect(effectiveDeadline(uae, 'suspend-blackberry-services', '2010-10-09')?.state.status).toBe('ended');
    expect(effectiveDeadline(india, 'bes-bbm-access', '2013-08-01')?.state.status).toBe('ended');
    const unrecorded = withoutOutcome(india, 'deadline-2011-01-31');
    expect(effectiveDeadline(unrecorded, 'bes-bbm-access', '2013-08-01')?.state.status).toBe('passed');
    const last = countdown(india, 'bes-bbm-access').at(-1);
    expect(last?.effective?.state.ending?.kind).toBe('missed');
    expect(countdown(unrecorded, 'bes-bbm-access').at(-1)?.effective?.state.status).toBe('passed');
    expect(
      summarizeCases(datasets).map((row) => [
        row.finalDeadline,
        row.finalDeadlineStatus,
        row.finalDeadlineEnding,
      ]),
    ).toEqual([
      ['deadline-2009-08-26', 'ended', 'met'], // Indonesia: the service centres, by the extended date
      ['deadline-2011-01-31', 'ended', 'missed'],
      ['deadline-2010-10-11', 'ended', 'rescinded'],
      ['deadline-2010-08-09', 'ended', 'rescinded'],
      ['deadline-2015-02-20', 'stayed', null], // WhatsApp: the Piauí order, suspended on appeal and never reinstated
      ['deadline-2015-12-30', 'ended', 'rescinded'],
      // Telegram's, Nigeria's and X's first demands had no deadline of their own.
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });
});

describe('a stayed deadline', () => {
  // The May 2016 block: a 72-hour deadline set by the order, stayed on 3 May, and (for the test) back in force on 4 May.
  const dispute = courtCaseBuilder()
    .deadline({
      id: 'block-72h',
      due: '2016-05-05',
      setOn: '2016-04-26',
      setBy: ['montalvao'],
      demands: ['block-order'],
    })
    .event({
      id: 'stay-ends',
      date: '2016-05-04',
      kind: 'stay-lifted',
      title: 'The stay is lifted (made up for the test)',
      actors: ['tj-se'],
      deadlines: ['block-72h'],
      sources: [{ source: 'mundiware' }],
      confidence: 'unverified',
    })
    .build();

  it('is stayed from the stay to its lifting, neither pending nor passed, and in force again after', () => {
    expect(deadlineState(dispute, 'block-72h', '2016-05-02').status).toBe('pending');
    const stayed = deadlineState(dispute, 'block-72h', '2016-05-03');
    expect([stayed.status, stayed.truth, stayed.stay?.stayed.id]).toEqual(['stayed', 'yes', 'block-lifted']);
    expect(query(dispute).deadlines().inForce('2016-05-03').possible().count()).toBe(0);
    expect(deadlineState(dispute, 'block-72h', '2016-05-04').status).toBe('pending');
    expect(deadlineState(dispute, 'block-72h', '2016-05-06').status).toBe('passed');
  });
});

describe('demandOutcome and the deadline endings agree', () => {
  it('refuses a deadline recorded as met by an event of kind rescission: the records contradict each other', () => {
    const json = JSON.parse(serializeDispute(uae));
    json.deadlines[0].outcome.kind = 'met';
    const result = safeParseDispute(json);
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['ending-event-conflict', ['deadlines', 0, 'outcome', 'kind']],
    ]);
  });

  it('takes the kind of the deadline ending that names the resolving event, not the event’s kind', () => {
    // The UAE's deadline, recorded as met by its ending's event made an agreement (which may record any ending):
    const json = JSON.parse(serializeDispute(uae));
    json.deadlines[0].outcome.kind = 'met';
    const event = json.events.find((e: { id: string }) => e.id === json.deadlines[0].outcome.event);
    event.kind = 'agreement';
    const met = parseDispute(json);
    expect(demandOutcome(met, 'suspend-blackberry-services').status).toBe('met');
    expect(deadlineState(met, 'deadline-2010-10-11', '2010-10-09').ending?.kind).toBe('met');
    expect(demandOutcome(uae, 'suspend-blackberry-services').status).toBe('rescinded');
  });
});

describe('the CLI says which state', () => {
  it('query --effective-deadline: ended, rescinded 8 October, in the UAE on 9 October', async () => {
    const run = await runMain([
      'query',
      'uae-blackberry-2010',
      '--effective-deadline',
      'suspend-blackberry-services',
      '--on',
      '2010-10-09',
    ]);
    expect(run.stdout).toContain('state: ended: rescinded 2010-10-08');
    expect(run.stdout).not.toContain('No deadline had been set');
    const json = await runMain([
      'query',
      'india-blackberry-2010',
      '--effective-deadline',
      'bes-bbm-access',
      '--on',
      '2013-08-01',
      '--json',
    ]);
    expect(JSON.parse(json.stdout).state).toMatchObject({ status: 'ended', ending: { kind: 'missed' } });
  });

  it('deadlines: each deadline’s state as the records stand', async () => {
    const run = await runMain(['deadlines', 'india-blackberry-2010', '--json']);
    const states = JSON.parse(run.stdout).deadlines.map((d: { id: string; state: string }) => [
      d.id,
      d.state,
    ]);
    expect(states).toEqual([
      ['deadline-2010-08-31', 'ended: superseded by deadline-2010-10-31'],
      ['deadline-2010-09-22', 'passed (no ending recorded)'],
      ['deadline-2010-10-31', 'ended: superseded by deadline-2011-01-31'],
      ['deadline-2011-01-31', 'ended: missed (on a date not recorded)'],
    ]);
  });
});

describe('answers that agree: timing against the deadline, and records by id', () => {
  it('gives how many days before (or after) the deadline each response came, calendar and business', () => {
    const rows = responsesTo(india, 'bes-bbm-access');
    const letter = rows.find((row) => row.response.id === 'rim-letter-to-sibal');
    expect([letter?.deadline?.id, letter?.daysBeforeDeadline, letter?.businessDaysBeforeDeadline]).toEqual([
      'deadline-2011-01-31',
      // The letter is dated from about 12 October 2010 to 24 January 2011 (the audited records): 7 to 112 days.
      { min: 7, max: 112 },
      { min: 5, max: 80 },
    ]);
    // BlackBerry's statement of July 2013, long after the last deadline was missed: negative, a range for a month.
    const last = rows.at(-1);
    expect(last?.deadlineStatus).toBe('ended');
    expect((last?.daysBeforeDeadline?.max ?? 0) < 0).toBe(true);
    expect(
      (last?.daysBeforeDeadline?.max ?? 0) - (last?.daysBeforeDeadline?.min ?? 0),
    ).toBeGreaterThanOrEqual(30);
  });

  it('reads a record id given to before, relate, daysBetween and businessDaysBetween with the dispute', () => {
    expect(before('deadline-2015-12-30', pakistan).truth('2015-12-01')).toBe('yes');
    expect(relate('pta-extends-deadline', 'deadline-2015-12-30', 'before', pakistan)).toBe('yes');
    expect(daysBetween('pta-extends-deadline', 'deadline-2015-12-30', pakistan)).toEqual({
      min: 30,
      max: 30,
    });
    expect(businessDaysBetween('pta-extends-deadline', 'deadline-2015-12-30', pakistan)).toEqual({
      min: 22,
      max: 22,
    });
  });

  it('says "did you mean" for a wrong id in a query, as validation does', () => {
    const issue = (run: () => unknown) => {
      try {
        run();
        return undefined;
      } catch (error) {
        return error instanceof TimelineError ? `${error.issues[0].code}: ${error.issues[0].message}` : error;
      }
    };
    expect(issue(() => daysBetween('pta-extends-deadlin', 'deadline-2015-12-30', pakistan))).toBe(
      'unknown-reference: the dispute has no record "pta-extends-deadlin"; did you mean "pta-extends-deadline"?',
    );
    expect(issue(() => effectiveDeadline(india, 'bes-bbm-acess', '2010-09-01'))).toContain(
      'did you mean "bes-bbm-access"?',
    );
  });
});
