/**
 * The five cases of the second fact sheet (`facts-more-cases.md`): on each, the library answers its main
 * questions — what came before each deadline, what was pending and which deadline was in force on the sheet's key
 * dates, and how each ended — as the sheet says it happened.
 */
import { demandOutcome, effectiveDeadline, eventsBefore, pendingOn, summarizeCases } from 'dispute-timeline';
import {
  datasets,
  indonesiaBlackberry2009,
  telegramRussia2017,
  twitterNigeria2021,
  whatsappBrazil2015,
  xBrazil2024,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const ids = (labelled: readonly { item: { id: string } }[]) => labelled.map(({ item }) => item.id);
const withTruth = (labelled: readonly { item: { id: string }; truth: string }[]) =>
  labelled.map(({ item, truth }) => [item.id, truth]);

describe('Indonesia and RIM, 2009–2012', () => {
  const dispute = indonesiaBlackberry2009;

  it('dates the three rounds’ deadlines as the sheet does: 16 July 2009 (moved to 26 August), 21 January 2011, 31 December 2011', () => {
    expect(dispute.deadlines.map((d) => [d.due, d.setOn, d.extends ?? null, d.outcome?.kind])).toEqual([
      ['2009-07-16', '2009-07-01', null, 'extended'],
      ['2009-08-26', '2009-07-14', 'deadline-2009-07-16', 'met'],
      ['2011-01-21', '2011-01-07', null, 'met'],
      ['2011-12-31', '2011-09', null, 'missed'],
    ]);
  });

  it('finds the ultimatum, RIM’s agreement, the meeting and the filtering before the deadline of 21 January 2011', () => {
    const before = eventsBefore(dispute, 'deadline-2011-01-21').certain.map((event) => event.id);
    expect(before.slice(-4)).toEqual([
      'filter-ultimatum',
      'rim-agrees-to-filter-event',
      'jakarta-meeting',
      'rim-begins-filtering',
    ]);
  });

  it('has the filter deadline in force on 19 January 2011 and met, a day early, on the 20th', () => {
    const pending = pendingOn(dispute, '2011-01-19');
    expect(withTruth(pending.deadlines)).toEqual([['deadline-2011-01-21', 'yes']]);
    expect(ids(pending.demands)).toContain('pornography-filter');
    expect(effectiveDeadline(dispute, 'pornography-filter', '2011-01-19')?.deadline.due).toBe('2011-01-21');
    // Met on the 20th: still the demand's deadline, in the state ended (met), no longer in force.
    const met = effectiveDeadline(dispute, 'pornography-filter', '2011-01-20')?.state;
    expect([met?.status, met?.ending?.kind]).toEqual(['ended', 'met']);
    expect(demandOutcome(dispute, 'pornography-filter').resolvedOn?.text).toBe('2011-01-20');
  });

  it('lets 31 December 2011 pass without a server in Indonesia, leaving only the coming data-centre rule open', () => {
    expect(pendingOn(dispute, '2012-01-01').deadlines).toEqual([]);
    // Missed as 31 December ended; the demand ends with the minister's word of 18 January 2012 that BBM stays.
    expect(ids(pendingOn(dispute, '2012-01-18').demands)).toEqual(['data-centre-rule']);
    expect(demandOutcome(dispute, 'local-data-centre').status).toBe('missed');
    // The threat of 9 December was made with the date still in force:
    expect(effectiveDeadline(dispute, 'local-data-centre', '2011-12-09')?.deadline.due).toBe('2011-12-31');
  });

  it('dates the service centres’ opening only as the sources bound it: after July 2009, by 17 January 2011', () => {
    const ending = dispute.deadlines.find((d) => d.id === 'deadline-2009-08-26')?.outcome;
    expect([ending?.kind, ending?.on]).toEqual(['met', '2009-07-14/2011-01-17']);
    expect(pendingOn(dispute, '2009-08-27').deadlines.map(({ item, truth }) => [item.id, truth])).toEqual([]);
  });

  it('keeps both months of the four-point agreement, January and September 2011, each with its sources', () => {
    const claims = dispute.claims.filter((c) => c.topic === 'four-point-agreement-date');
    expect(claims.map((c) => c.id)).toEqual([
      'four-point-agreement-january',
      'four-point-agreement-september',
    ]);
  });
});

describe('Nigeria and Twitter, 2021–2022', () => {
  const dispute = twitterNigeria2021;

  it('sets no deadline, as the sheet says: conditions, not a date', () => {
    expect(dispute.deadlines).toEqual([]);
    expect(pendingOn(dispute, '2021-06-10').deadlines).toEqual([]);
  });

  it('has the suspension and the conditions pending on 10 June 2021, the conditions not yet answered', () => {
    const pending = pendingOn(dispute, '2021-06-10');
    expect(withTruth(pending.demands)).toEqual([
      ['suspend-twitter-operations', 'yes'],
      ['conditions-for-return', 'yes'],
    ]);
    expect(ids(pending.unanswered)).toEqual(['conditions-for-return']);
  });

  it('keeps the suspension in force from its announcement on 4 June 2021, the block dated overnight to the 5th', () => {
    expect(pendingOn(dispute, '2021-06-03').demands).toEqual([]);
    expect(withTruth(pendingOn(dispute, '2021-06-04').demands)).toEqual([
      ['suspend-twitter-operations', 'yes'],
    ]);
    const block = dispute.events.find((event) => event.id === 'twitter-blocked');
    expect([block?.kind, block?.date]).toEqual(['enforcement', '2021-06-04/2021-06-05']);
  });

  it('ends the suspension at 00:00 WAT on 13 January 2022 and the conditions, agreed, on the 12th', () => {
    expect(demandOutcome(dispute, 'conditions-for-return').status).toBe('agreed');
    expect(demandOutcome(dispute, 'suspend-twitter-operations').resolvedOn?.text).toBe('2022-01-13T00:00');
    expect(ids(pendingOn(dispute, '2022-01-12').demands)).toEqual(['suspend-twitter-operations']);
    expect(pendingOn(dispute, '2022-01-13').demands).toEqual([]);
  });

  it('counts 223 days from the announcement of 4 June, beside the sources’ 222 and 214', () => {
    const [row] = summarizeCases([dispute]);
    expect([row?.daysToResolutionMin, row?.daysToResolutionMax]).toEqual([223, 223]);
    const claims = dispute.claims.filter((c) => c.topic === 'length-of-suspension');
    expect(claims.map((c) => c.quantity?.low)).toEqual([222, 214]);
  });

  it('keeps both days Twitter asked for talks, 8 or 9 June, as one of two dates', () => {
    expect(dispute.responses.find((r) => r.id === 'twitter-asks-for-talks')?.date).toBe(
      '[2021-06-08,2021-06-09]',
    );
  });
});

describe('Russia and Telegram, 2017–2020', () => {
  const dispute = telegramRussia2017;

  it('keeps both FSB deadlines, 16 and 19 July 2017, as one of two days, both sourced', () => {
    const [fsb] = dispute.deadlines;
    expect([fsb?.due, fsb?.setOn, fsb?.outcome?.kind]).toEqual([
      '[2017-07-16,2017-07-19]',
      '2017-07-12',
      'missed',
    ]);
    // On 17 July the deadline may have passed (16 July) or not (19 July):
    expect(withTruth(pendingOn(dispute, '2017-07-17').deadlines)).toEqual([
      ['deadline-fsb-2017-07', 'maybe'],
    ]);
    expect(pendingOn(dispute, '2017-07-15').deadlines.map(({ truth }) => truth)).toEqual(['yes']);
    expect(pendingOn(dispute, '2017-07-20').deadlines).toEqual([]);
    expect(dispute.claims.filter((c) => c.topic === 'fsb-deadline').map((c) => c.id)).toEqual([
      'fsb-deadline-16-july',
      'fsb-deadline-19-july',
    ]);
  });

  it('finds the request, and nothing of the fine or the courts, before the FSB deadline', () => {
    const before = eventsBefore(dispute, 'deadline-fsb-2017-07');
    expect(before.certain.map((event) => event.id).at(-1)).toBe('fsb-request');
    expect(before.certain.map((event) => event.id)).not.toContain('fine-800000-roubles');
  });

  it('has the 15-day notice in force to 4 April 2018, then enforced by the block from 16 April', () => {
    expect(withTruth(pendingOn(dispute, '2018-04-01').deadlines)).toEqual([['deadline-2018-04-04', 'yes']]);
    // Passed on 4 April (due, no ending yet): still the demand's deadline, not pending, until the block enforces it:
    expect(pendingOn(dispute, '2018-04-05').deadlines).toEqual([]);
    const passed = effectiveDeadline(dispute, 'decryption-keys-15-days', '2018-04-10');
    expect([passed?.deadline.due, passed?.state.status]).toEqual(['2018-04-04', 'passed']);
    const enforced = effectiveDeadline(dispute, 'decryption-keys-15-days', '2018-04-16')?.state;
    expect([enforced?.status, enforced?.ending?.kind]).toEqual(['ended', 'enforced']);
    const before = eventsBefore(dispute, 'deadline-2018-04-04').certain.map((event) => event.id);
    expect(before).toEqual(expect.arrayContaining(['fifteen-day-notice', 'lawyers-letter-to-rkn']));
    expect(before).not.toContain('rkn-sues');
    const ending = dispute.deadlines[1]?.outcome;
    expect([ending?.kind, ending?.on, ending?.event]).toEqual(['enforced', '2018-04-16', 'block-begins']);
  });

  it('keeps the demand pending through the block, and ends it when RKN drops it on 18 June 2020', () => {
    expect(ids(pendingOn(dispute, '2019-01-01').demands)).toEqual(['decryption-keys-15-days']);
    const outcome = demandOutcome(dispute, 'decryption-keys-15-days');
    expect([outcome.status, outcome.resolvedOn?.text]).toEqual(['rescinded', '2020-06-18']);
    expect(pendingOn(dispute, '2020-06-18').demands).toEqual([]);
  });

  it('ends the registration demand with Telegram entered in the register on 28 June 2017', () => {
    const outcome = demandOutcome(dispute, 'register-as-distributor');
    expect([outcome.status, outcome.resolvedOn?.text]).toEqual(['agreed', '2017-06-28']);
  });
});

describe("WhatsApp and Brazil's courts, 2015–2016", () => {
  const dispute = whatsappBrazil2015;

  it('stays the Piauí order before it was enforced: its 24 hours from receipt ran to 20 February 2015', () => {
    expect(dispute.deadlines.map((d) => [d.id, d.outcome?.kind ?? null])).toEqual([
      ['deadline-2015-02-20', null],
    ]);
    expect(eventsBefore(dispute, 'deadline-2015-02-20').certain.map((event) => event.id)).toEqual([
      'piaui-order',
      'piaui-order-served',
    ]);
    const stay = dispute.events.find((event) => event.id === 'piaui-order-suspended');
    expect([stay?.kind, stay?.deadlines]).toEqual(['stay', ['deadline-2015-02-20']]);
  });

  it('orders each day in court as the sources tell it: the writ denied, then the block lifted, on 3 May 2016', () => {
    const day = dispute.events.filter((event) => event.id.startsWith('may-'));
    expect(day.map((event) => [event.id, event.kind])).toEqual([
      ['may-block-ordered', 'order'],
      ['may-block-begins', 'enforcement'],
      ['may-writ-denied', 'ruling'],
      ['may-block-lifted', 'stay'],
    ]);
  });

  it('dates the December 2015 block at midnight on summer time (UTC−2), and every block lifted the same or next day', () => {
    const begins = dispute.events.find((event) => event.id === 'december-block-begins');
    expect(begins?.date).toBe('2015-12-17T00:00');
    expect(dispute.events.filter((event) => event.kind === 'stay').map((event) => event.id)).toEqual([
      'piaui-order-suspended',
      'december-block-lifted',
      'may-block-lifted',
      'july-block-suspended',
    ]);
    // Each block order was carried out (enforced) before a higher court lifted it; the Piauí order, stayed before
    // it was, stays open: no source says the stay was lifted.
    expect(demandOutcome(dispute, 'caxias-block-order').status).toBe('enforced');
    expect(ids(pendingOn(dispute, '2016-07-20').demands)).toEqual(['piaui-suspension-order']);
  });
});

describe('X and Brazil, 2024', () => {
  const dispute = xBrazil2024;

  it('has the 24-hour deadline in force until 20:07 on 29 August 2024, enforced by the suspension of the 30th', () => {
    expect(withTruth(pendingOn(dispute, '2024-08-29').deadlines)).toEqual([['deadline-2024-08-29', 'yes']]);
    expect(pendingOn(dispute, '2024-08-30').deadlines).toEqual([]);
    const [first] = dispute.deadlines;
    expect([first?.due, first?.outcome?.kind, first?.outcome?.on]).toEqual([
      '2024-08-29T20:07',
      'enforced',
      '2024-08-30',
    ]);
    expect(eventsBefore(dispute, 'deadline-2024-08-29').certain.map((event) => event.id)).toEqual([
      'musk-inquiry',
      'secret-order',
      'office-closed',
      'ultimatum-24-hours',
    ]);
  });

  it('meets the second deadline, 21:29 on 20 September, and ends with X back on 8 October 2024', () => {
    expect(dispute.deadlines[1]?.outcome?.kind).toBe('met');
    const outcome = demandOutcome(dispute, 'name-legal-representative');
    expect([outcome.status, outcome.resolvedOn?.text]).toEqual(['agreed', '2024-10-08']);
    expect(ids(pendingOn(dispute, '2024-10-07').demands)).toEqual([
      'comply-with-blocking-orders',
      'name-legal-representative',
    ]);
    expect(pendingOn(dispute, '2024-10-08').demands).toEqual([]);
  });
});

describe('the nine cases side by side (summarizeCases)', () => {
  it('gives per case the days to the first deadline, its moves, how its chain ended and the days to that end', () => {
    const nine = [
      indonesiaBlackberry2009,
      whatsappBrazil2015,
      telegramRussia2017,
      twitterNigeria2021,
      xBrazil2024,
    ];
    const rows = summarizeCases(nine).map((row) => [
      row.dispute,
      row.daysToFirstDeadlineMin,
      row.deadlineMoves,
      row.deadlineEnding,
      row.daysFirstDeadlineToEndMin,
    ]);
    expect(rows).toEqual([
      ['indonesia-blackberry-2009', 15, 1, 'met', -2],
      ['whatsapp-brazil-2015', 8, 0, 'stayed', 5],
      ['telegram-russia-2017', 46, 0, 'missed', 1],
      ['twitter-nigeria-2021', null, null, null, null],
      ['x-brazil-2024', 13, 0, 'enforced', 1],
    ]);
  });

  it('gives the days each first deadline allowed from the day it was set: a day for X, weeks or months elsewhere, none for Nigeria', () => {
    expect(
      summarizeCases(datasets).map((row) => [
        row.dispute,
        row.daysSetToFirstDeadlineMin,
        row.daysSetToFirstDeadlineMax,
      ]),
    ).toEqual([
      ['indonesia-blackberry-2009', 15, 15], // the letter of 1 July 2009, for 16 July
      ['india-blackberry-2010', 19, 19], // 12 August 2010, for 31 August
      ['uae-blackberry-2010', 71, 71], // 1 August 2010, for 11 October
      ['saudi-blackberry-2010', 4, 4], // 2 August 2010, for 6 August
      ['whatsapp-brazil-2015', 0, 2], // served in Piauí on 19 February 2015, due the 20th: counted in São Paulo's days
      ['blackberry-pakistan-2015', 129, 129], // 24 July 2015, for 30 November
      ['telegram-russia-2017', 4, 7], // 12 July 2017, for 16 July (Interfax) or 19 July (TASS)
      ['twitter-nigeria-2021', null, null], // conditions, no date
      ['x-brazil-2024', 1, 1], // 28 August 2024, 24 hours
    ]);
  });
});
