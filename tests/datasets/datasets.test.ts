import {
  type Dispute,
  deadlineChain,
  demandOutcome,
  effectiveDeadline,
  parseDispute,
  pendingOn,
  RECORD_SCHEMAS,
  responsesTo,
  serializeDispute,
} from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  indonesiaBlackberry2009,
  saudiBlackberry2010,
  telegramRussia2017,
  twitterNigeria2021,
  uaeBlackberry2010,
  whatsappBrazil2015,
  xBrazil2024,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** The five cases of the second fact sheet, exported by name. */
const MORE = [
  indonesiaBlackberry2009,
  whatsappBrazil2015,
  telegramRussia2017,
  twitterNigeria2021,
  xBrazil2024,
];

const dateText = (value: unknown) =>
  typeof value === 'string' ? value : (value as { value: string } | undefined)?.value;
const eventDate = (dispute: Dispute, id: string) => dateText(dispute.events.find((e) => e.id === id)?.date);
const dues = (dispute: Dispute, id: string) => deadlineChain(dispute, id).map((d) => d.due);

describe('the shipped datasets', () => {
  it('ships the nine cases in the list, by the year they began, each valid and re-validating from its own JSON', () => {
    expect(datasets.map((d) => d.id)).toEqual([
      'indonesia-blackberry-2009',
      'india-blackberry-2010',
      'uae-blackberry-2010',
      'saudi-blackberry-2010',
      'whatsapp-brazil-2015',
      'blackberry-pakistan-2015',
      'telegram-russia-2017',
      'twitter-nigeria-2021',
      'x-brazil-2024',
    ]);
    // The five of the second fact sheet are in the list, as the same objects their names export.
    for (const dispute of MORE) expect(datasets).toContain(dispute);
    expect(Object.isFrozen(datasets)).toBe(true);
    for (const dispute of datasets) expect(parseDispute(serializeDispute(dispute))).toEqual(dispute);
  });

  it('cites at least one source with a URL for every event', () => {
    for (const dispute of datasets) {
      const withUrl = new Set(dispute.sources.filter((s) => s.url !== undefined).map((s) => s.id as string));
      for (const event of dispute.events) {
        expect(event.sources.length, `${dispute.id}/${event.id}`).toBeGreaterThan(0);
        expect(
          event.sources.some((c) => withUrl.has(c.source)),
          `${dispute.id}/${event.id} cites no source with a URL`,
        ).toBe(true);
      }
    }
  });

  it('gives every record an id in lowercase kebab-case, unique across its dispute', () => {
    for (const dispute of datasets) {
      const ids = Object.keys(RECORD_SCHEMAS).flatMap((collection) =>
        dispute[collection as keyof typeof RECORD_SCHEMAS].map((record) => record.id as string),
      );
      for (const id of ids) expect(id, dispute.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(ids).size, dispute.id).toBe(ids.length);
    }
  });

  it('uses only http(s) URLs', () => {
    for (const dispute of datasets) {
      for (const source of dispute.sources) if (source.url) expect(source.url).toMatch(/^https?:\/\//);
    }
  });
});

describe('Pakistan 2015', () => {
  it('dates the deadlines 30 November and 30 December 2015, the second extending the first, then rescinded', () => {
    expect(dues(blackberryPakistan2015, 'deadline-2015-11-30')).toEqual(['2015-11-30', '2015-12-30']);
    expect(blackberryPakistan2015.deadlines.map((d) => d.outcome?.kind)).toEqual(['extended', 'rescinded']);
  });

  it('dates the extension 30 November and leaves the day of the rescission undated, as no source gives it', () => {
    const [first, second] = blackberryPakistan2015.deadlines;
    expect(first?.outcome).toMatchObject({
      kind: 'extended',
      on: '2015-11-30',
      event: 'pta-extends-deadline',
    });
    expect(second?.outcome?.on).toBeUndefined();
    expect(second?.outcome?.event).toBe('rescission-announced');
    expect(second?.outcome?.note).toContain('not known');
  });

  it('dates the demand for access to BES traffic July 2015, as Reuters and The Verge do, before the deadline it has', () => {
    const demand = blackberryPakistan2015.demands.find((d) => d.id === 'bes-traffic-access');
    expect(demand?.date).toBe('2015-07');
    expect(demand?.sources?.map((c) => c.source)).toEqual([
      'reuters-2015-11-30',
      'reuters-2015-12-31',
      'verge-2015-11-30',
      'mashable-origin',
    ]);
    // The deadline set on 24 July enforces a demand made by then (July), and the answers agree on that day.
    expect(effectiveDeadline(blackberryPakistan2015, 'bes-traffic-access', '2015-07-24')?.deadline.id).toBe(
      'deadline-2015-11-30',
    );
    expect(
      pendingOn(blackberryPakistan2015, '2015-07-31').demands.map(({ item, truth }) => [item.id, truth]),
    ).toEqual([
      ['bes-traffic-access', 'yes'],
      ['bes-shutdown-order', 'yes'],
    ]);
  });

  it("answers the demand for access four months later, with BlackBerry's exit of 30 November, never before it", () => {
    const timing = responsesTo(blackberryPakistan2015, 'bes-traffic-access').map(({ response, days }) => [
      response.id,
      days,
    ]);
    expect(timing).toEqual([
      ['blackberry-exit', { min: 122, max: 152 }],
      ['blackberry-delays-exit', { min: 122, max: 152 }],
      ['blackberry-stays', { min: 153, max: 184 }],
    ]);
  });

  it('orders the three records of 30 November as the sources tell them: the exit, the extension, the delayed exit', () => {
    const day = blackberryPakistan2015.events.filter(
      (event) => eventDate(blackberryPakistan2015, event.id) === '2015-11-30',
    );
    expect(day.map((event) => [event.id, event.sequence])).toEqual([
      ['blackberry-exit-announced', 1],
      ['pta-extends-deadline', 2],
      ['blackberry-exit-delayed', 3],
    ]);
  });

  it('leaves no demand unanswered once BlackBerry delays its exit to the extended shutdown date', () => {
    expect(pendingOn(blackberryPakistan2015, '2015-12-01').unanswered).toEqual([]);
    expect(pendingOn(blackberryPakistan2015, '2015-11-29').unanswered.map(({ item }) => item.id)).toEqual([
      'bes-traffic-access',
      'bes-shutdown-order',
    ]);
  });

  it('dates the order 24 July, the exit and the same-day extension 30 November, the rescission 31 December', () => {
    expect(eventDate(blackberryPakistan2015, 'interior-ministry-decision')).toBe('2015-07-24');
    expect(eventDate(blackberryPakistan2015, 'blackberry-exit-announced')).toBe('2015-11-30');
    expect(eventDate(blackberryPakistan2015, 'pta-extends-deadline')).toBe('2015-11-30');
    expect(eventDate(blackberryPakistan2015, 'blackberry-exit-delayed')).toBe('2015-11-30');
    expect(eventDate(blackberryPakistan2015, 'rescission-announced')).toBe('2015-12-31');
  });

  it('records the disagreeing counts of affected customers, each with its source', () => {
    const claims = blackberryPakistan2015.claims.filter((c) => c.topic === 'affected-bes-customers');
    expect(claims.map((c) => c.quantity?.unit)).toEqual(['companies', 'users', 'users', 'users']);
    expect(claims.find((c) => c.id === 'affected-origin-article')?.confidence).toBe('confirmed');
  });
});

describe('India 2010', () => {
  it('dates the India deadlines 31 August 2010, 31 October 2010 and 31 January 2011, each extending the last', () => {
    expect(dues(indiaBlackberry2010, 'deadline-2010-08-31')).toEqual([
      '2010-08-31',
      '2010-10-31',
      '2011-01-31',
    ]);
    expect(indiaBlackberry2010.deadlines.find((d) => d.id === 'deadline-2011-01-31')?.extends).toBe(
      'deadline-2010-10-31',
    );
  });

  it('dates the demand 12 August 2010, the order to operators 13 February 2011 and the end July 2013', () => {
    expect(eventDate(indiaBlackberry2010, 'mha-demands-bes-bbm-access')).toBe('2010-08-12');
    expect(eventDate(indiaBlackberry2010, 'dot-orders-suspension')).toBe('2011-02-13');
    expect(indiaBlackberry2010.events.at(-1)?.date).toBe('2013-07');
  });
  it('sets the India deadlines on 12 August 2010, 30 August 2010 and about 12 October 2010', () => {
    const byId = (id: string) => indiaBlackberry2010.deadlines.find((d) => d.id === id);
    expect(byId('deadline-2010-08-31')?.setOn).toBe('2010-08-12');
    expect(byId('deadline-2010-10-31')?.setOn).toBe('2010-08-30');
    expect(byId('deadline-2011-01-31')?.setOn).toBe('2010-10-12~');
  });

  it('records the first two India deadlines as extended, and 31 January 2011 as passed without being met', () => {
    const outcomes = indiaBlackberry2010.deadlines
      .filter((d) => d.demands.some((id) => id === 'bes-bbm-access'))
      .map((d) => [d.id, d.outcome?.kind, d.outcome?.on]);
    expect(outcomes).toEqual([
      ['deadline-2010-08-31', 'extended', '2010-08-30'],
      ['deadline-2010-10-31', 'extended', '2010-10-12~'],
      ['deadline-2011-01-31', 'missed', undefined],
    ]);
    expect(effectiveDeadline(indiaBlackberry2010, 'bes-bbm-access', '2011-01-31')?.deadline.id).toBe(
      'deadline-2011-01-31',
    );
    // No deadline is in force once the last one was missed: RIM said in October 2011 it was under none. The
    // demand's deadline is still the last one set, in the state `ended: missed`.
    for (const date of ['2011-10-28', '2013-08-01']) {
      const state = effectiveDeadline(indiaBlackberry2010, 'bes-bbm-access', date)?.state;
      expect([state?.status, state?.ending?.kind]).toEqual(['ended', 'missed']);
      expect(pendingOn(indiaBlackberry2010, date).deadlines).toEqual([]);
    }
  });

  it('extends the deadline of the operators’ legal intervention capability with the reprieve, as the sources say', () => {
    expect(
      effectiveDeadline(indiaBlackberry2010, 'legal-intervention-capability', '2010-09-15')?.deadline.id,
    ).toBe('deadline-2010-10-31');
    expect(
      effectiveDeadline(indiaBlackberry2010, 'legal-intervention-capability', '2010-12-01')?.deadline.id,
    ).toBe('deadline-2011-01-31');
  });

  it('dates the compliance report on the interception upgrade 22 September 2010, set no later than 19 September', () => {
    expect(indiaBlackberry2010.deadlines.find((d) => d.id === 'deadline-2010-09-22')?.due).toBe('2010-09-22');
    expect(eventDate(indiaBlackberry2010, 'dot-orders-interception-upgrade')).toBe('2010-08-12/2010-09-19');
    // Set by DoT between 12 August and the report of 19 September: not yet on 11 August, maybe on 15 September.
    expect(effectiveDeadline(indiaBlackberry2010, 'interception-upgrade', '2010-08-11')).toBeNull();
    expect(effectiveDeadline(indiaBlackberry2010, 'interception-upgrade', '2010-09-15')?.truth).toBe('maybe');
  });

  it('records the date of the 60-day reprieve as each source gives it: 30 August, or 31 August in Business Standard', () => {
    expect(eventDate(indiaBlackberry2010, 'sixty-day-reprieve')).toBe('2010-08-30');
    const claims = indiaBlackberry2010.claims.filter((c) => c.topic === 'reprieve-date');
    expect(claims.map((c) => [c.id, c.sources.map((cited) => cited.source)])).toEqual([
      ['reprieve-30-august', ['independent-60-day-reprieve', 'silicon-republic-2010-08-31']],
      ['reprieve-31-august', ['business-standard-reprieve']],
    ]);
  });

  it("dates RIM's own statements in Waterloo: 12 or 13 August 2010, and the week before 31 January 2011", () => {
    const response = (id: string) => indiaBlackberry2010.responses.find((r) => r.id === id)?.date;
    expect(response('rim-lawful-access-principles')).toEqual({
      value: '2010-08-12/2010-08-13',
      timeZone: 'America/Toronto',
    });
    expect(response('rim-keys-with-enterprises')).toEqual({
      value: '2011-01-24/2011-01-30',
      timeZone: 'America/Toronto',
    });
    // Never before the government statement it answers:
    const principles = responsesTo(indiaBlackberry2010, 'bes-bbm-access').find(
      ({ response }) => response.id === 'rim-lawful-access-principles',
    );
    expect(principles?.days).toEqual({ min: 0, max: 2 });
  });

  it('dates the Mumbai facility report 28 October 2011 and the Mumbai server report February 2012', () => {
    expect(eventDate(indiaBlackberry2010, 'mumbai-facility-reported')).toBe('2011-10-28');
    expect(eventDate(indiaBlackberry2010, 'mumbai-server-reported')).toBe('2012-02');
    expect(eventDate(indiaBlackberry2010, 'interception-system-ready')).toBe('2013-07');
  });
});

describe('UAE and Saudi Arabia 2010', () => {
  it('dates the UAE suspension 11 October 2010, withdrawn on 8 October, with no event on a day nothing happened', () => {
    expect(uaeBlackberry2010.deadlines.map((d) => [d.due, d.outcome?.kind, d.outcome?.on])).toEqual([
      ['2010-10-11', 'rescinded', '2010-10-08'],
    ]);
    expect(uaeBlackberry2010.events.map((e) => dateText(e.date))).toEqual(['2010-08-01', '2010-10-08']);
  });

  it('keeps the Saudi requirements open after BBM is allowed to continue, as the CITC says work continues', () => {
    expect(pendingOn(saudiBlackberry2010, '2010-08-11').demands.map(({ item }) => item.id)).toEqual([
      'remaining-requirements',
    ]);
    expect(demandOutcome(saudiBlackberry2010, 'organisational-requirements').status).toBe('rescinded');
    expect(demandOutcome(saudiBlackberry2010, 'remaining-requirements').status).toBe('open');
  });

  it('keeps the two accounts of what the Saudi suspension covered as a pair of claims, each with its copy', () => {
    const claims = saudiBlackberry2010.claims.filter((c) => c.topic === 'scope-of-suspension');
    expect(claims.map((c) => [c.id, c.sources.map((cited) => cited.source)])).toEqual([
      ['scope-all-blackberry-services', ['daijiworld-arab-news']],
      ['scope-messenger-only', ['dow-jones-copy-2010-08-07']],
    ]);
  });

  it('dates the Saudi block 6 August 2010, extended to 9 August, and BBM allowed on 10 August', () => {
    expect(dues(saudiBlackberry2010, 'deadline-2010-08-06')).toEqual(['2010-08-06', '2010-08-09']);
    expect(eventDate(saudiBlackberry2010, 'bbm-allowed-to-continue')).toBe('2010-08-10');
  });

  it('dates the UAE decision 1 August 2010 and keeps the "October 10" standfirst as a claim beside 11 October', () => {
    expect(eventDate(uaeBlackberry2010, 'tra-announces-suspension')).toBe('2010-08-01');
    const claims = uaeBlackberry2010.claims.filter((c) => c.topic === 'suspension-date');
    expect(claims.map((c) => [c.id, c.confidence])).toEqual([
      ['suspension-date-11-october', 'confirmed'],
      ['suspension-date-10-october', 'confirmed'],
    ]);
  });

  it('dates the Saudi notice 2 August, the announcement 3 August and the extension 7 August 2010', () => {
    expect(eventDate(saudiBlackberry2010, 'citc-notifies-providers')).toBe('2010-08-02');
    expect(eventDate(saudiBlackberry2010, 'citc-announces-block')).toBe('2010-08-03');
    expect(eventDate(saudiBlackberry2010, 'deadline-extended-to-monday')).toBe('2010-08-07');
    expect(saudiBlackberry2010.deadlines.map((d) => [d.setOn, d.outcome?.kind, d.outcome?.on])).toEqual([
      ['2010-08-02', 'extended', '2010-08-07'],
      ['2010-08-07', 'rescinded', '2010-08-10'],
    ]);
  });

  it('marks the Saudi rows read only in copies as reported, citing copies that name their original', () => {
    const copies = new Set(
      saudiBlackberry2010.sources.filter((s) => s.copyOf !== undefined).map((s) => s.id as string),
    );
    expect(saudiBlackberry2010.sources.find((s) => s.id === 'daijiworld-arab-news')?.copyOf).toBe(
      'Arab News',
    );
    const citingCopies = saudiBlackberry2010.events.filter((e) =>
      e.sources.some((c) => copies.has(c.source)),
    );
    expect(citingCopies.map((e) => [e.id, e.confidence])).toEqual([
      ['citc-notifies-providers', 'reported'],
      ['citc-announces-block', 'reported'],
      ['deadline-extended-to-monday', 'reported'],
    ]);
  });

  it('keeps the server inside the kingdom only as a reported claim', () => {
    const claims = saudiBlackberry2010.claims.filter((c) =>
      c.statement.includes('server inside the kingdom'),
    );
    expect(claims.map((c) => c.confidence)).toEqual(['reported']);
  });
});
