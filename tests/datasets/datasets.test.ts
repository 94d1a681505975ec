import { type Dispute, deadlineChain, parseDispute, serializeDispute } from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  saudiBlackberry2010,
  uaeBlackberry2010,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const dateText = (value: unknown) =>
  typeof value === 'string' ? value : (value as { value: string } | undefined)?.value;
const eventDate = (dispute: Dispute, id: string) => dateText(dispute.events.find((e) => e.id === id)?.date);
const dues = (dispute: Dispute, id: string) => deadlineChain(dispute, id).map((d) => d.due);

describe('the shipped datasets', () => {
  it('ships the four cases, each valid and re-validating from its own JSON', () => {
    expect(datasets.map((d) => d.id).sort()).toEqual([
      'blackberry-pakistan-2015',
      'india-blackberry-2010',
      'saudi-blackberry-2010',
      'uae-blackberry-2010',
    ]);
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

  it('uses only http(s) URLs', () => {
    for (const dispute of datasets) {
      for (const source of dispute.sources) if (source.url) expect(source.url).toMatch(/^https?:\/\//);
    }
  });
});

describe('Pakistan 2015', () => {
  it('dates the deadlines 30 November and 30 December 2015, the second extending the first, then rescinded', () => {
    expect(dues(blackberryPakistan2015, 'deadline-2015-11-30')).toEqual(['2015-11-30', '2015-12-30']);
    expect(blackberryPakistan2015.deadlines.map((d) => d.outcome)).toEqual(['extended', 'rescinded']);
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
    expect(claims.find((c) => c.id === 'affected-origin-article')?.confidence).toBe('unverified');
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
});

describe('UAE and Saudi Arabia 2010', () => {
  it('dates the UAE suspension 11 October 2010, withdrawn on 8 October', () => {
    expect(uaeBlackberry2010.deadlines.map((d) => [d.due, d.outcome])).toEqual([['2010-10-11', 'rescinded']]);
    expect(uaeBlackberry2010.events.map((e) => dateText(e.date))).toContain('2010-10-08');
  });

  it('dates the Saudi block 6 August 2010, extended to 9 August, and BBM allowed on 10 August', () => {
    expect(dues(saudiBlackberry2010, 'deadline-2010-08-06')).toEqual(['2010-08-06', '2010-08-09']);
    expect(eventDate(saudiBlackberry2010, 'bbm-allowed-to-continue')).toBe('2010-08-10');
  });
});
