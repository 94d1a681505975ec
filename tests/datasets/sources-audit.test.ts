/**
 * The datasets say only what their sources say: the confidence of each record follows the fact sheet's
 * definitions, dates are read in the zone their source gives them in, and every ending of a deadline is dated as
 * its sources date it (or says that they do not).
 */
import { type Confidence, type Dispute, parseDate } from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  uaeBlackberry2010,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** Every record of a dataset that carries a confidence: its events and claims. */
function rated(dispute: Dispute): { id: string; confidence: Confidence; sources: readonly string[] }[] {
  return [...dispute.events, ...dispute.claims].map((record) => ({
    id: record.id,
    confidence: record.confidence,
    sources: record.sources.map((citation) => citation.source as string),
  }));
}

/**
 * The records the fact sheet rates "confirmed (copy)" or reads from unnamed sources: `reported`, each with why.
 * Every other record is stated in a published page it cites, so it is `confirmed`.
 */
const REPORTED: Record<string, Record<string, string>> = {
  'india-blackberry-2010': {
    'mumbai-server-reported': 'unnamed sources (New Indian Express)',
    'facility-set-up-earlier-this-year': 'the WSJ read through domain-b and ZDNet',
    'facility-set-up-january-2011': 'the WSJ account read through silicon.co.uk',
    'mumbai-server-february-2012': 'unnamed sources (New Indian Express)',
    'mumbai-server-april-2012': 'MediaNama citing the Times of India',
    'outcome-origin-article': 'the origin article says "reportedly"',
  },
  'uae-blackberry-2010': {},
  'saudi-blackberry-2010': {
    'citc-notifies-providers': 'a copy of Arab News',
    'citc-announces-block': 'a copy of Arab News',
    'deadline-extended-to-monday': 'a copy of Dow Jones Newswires',
    'server-inside-the-kingdom': 'an unnamed source, in a copy',
  },
  'blackberry-pakistan-2015': {},
};

describe('confidence as the fact sheet defines it', () => {
  it('marks no shipped record unverified, since each cites a page that states it', () => {
    const unverified = datasets.flatMap((dispute) =>
      rated(dispute).filter((record) => record.confidence === 'unverified'),
    );
    expect(unverified.map((record) => record.id)).toEqual([]);
  });

  it('marks reported exactly the records read in copies, aggregators or from unnamed sources', () => {
    for (const dispute of datasets) {
      const reported = rated(dispute)
        .filter((record) => record.confidence === 'reported')
        .map((record) => record.id);
      expect(reported.sort(), dispute.id).toEqual(Object.keys(REPORTED[dispute.id] ?? {}).sort());
    }
  });

  it('marks reported every record that cites only copies of another outlet', () => {
    for (const dispute of datasets) {
      const copies = new Set(
        dispute.sources.filter((s) => s.copyOf !== undefined).map((s) => s.id as string),
      );
      for (const record of rated(dispute).filter((r) => r.sources.every((id) => copies.has(id))))
        expect(record.confidence, `${dispute.id}/${record.id}`).toBe('reported');
    }
  });

  it('marks confirmed the claims found in a cited page, even those the fact sheet judges wrong', () => {
    const confidence = (dispute: Dispute, id: string) => rated(dispute).find((r) => r.id === id)?.confidence;
    expect(confidence(blackberryPakistan2015, 'affected-origin-article')).toBe('confirmed');
    expect(confidence(blackberryPakistan2015, 'exit-date-31-december')).toBe('confirmed');
    expect(confidence(blackberryPakistan2015, 'stay-announced-monday')).toBe('confirmed');
    expect(confidence(uaeBlackberry2010, 'suspension-date-10-october')).toBe('confirmed');
    expect(confidence(indiaBlackberry2010, 'reprieve-31-august')).toBe('confirmed');
  });
});

describe('the zones dates are read in', () => {
  const zoneOf = (dispute: Dispute, id: string) => {
    const record = [...dispute.responses, ...dispute.events, ...dispute.demands].find((r) => r.id === id);
    return typeof record?.date === 'object' ? record.date.timeZone : dispute.timeZone;
  };

  it("reads RIM's statements dated by the day an Indian report published them in India's zone", () => {
    for (const id of [
      'rim-bbm-access-promise',
      'rim-no-master-key',
      'rim-letter-to-sibal',
      'rim-has-no-master-key',
      'rim-writes-to-sibal',
    ])
      expect(zoneOf(indiaBlackberry2010, id), id).toBe('Asia/Kolkata');
  });

  it("reads RIM's statements dated by their own day in Waterloo, Ontario", () => {
    for (const id of ['rim-lawful-access-principles', 'rim-holds-no-bes-keys', 'rim-keys-with-enterprises'])
      expect(zoneOf(indiaBlackberry2010, id), id).toBe('America/Toronto');
  });

  it('writes out the zone of every RIM response in India, never leaving it to the dispute’s default', () => {
    for (const response of indiaBlackberry2010.responses)
      expect(typeof response.date, response.id).toBe('object');
  });

  it("dates Pakistan's demand for BES traffic by BlackBerry's account in Waterloo, its only source", () => {
    expect(zoneOf(blackberryPakistan2015, 'bes-traffic-access')).toBe('America/Toronto');
  });
});

describe('dates as approximate as their sources', () => {
  it('dates the origin article around 30 November to 1 December 2015, approximately, in both cases citing it', () => {
    for (const dispute of [blackberryPakistan2015, indiaBlackberry2010]) {
      const origin = dispute.sources.find((s) => s.id === 'mashable-origin');
      expect(origin?.published, dispute.id).toBe('2015-11-30~/2015-12-01~');
      expect(parseDate(origin?.published as string).approximate).toBe(true);
    }
  });
});

describe('the endings of deadlines', () => {
  it('ties every ending to an event that concerns the deadline, and cites a source for it', () => {
    for (const dispute of datasets) {
      for (const deadline of dispute.deadlines) {
        const ending = deadline.outcome;
        if (ending === undefined) continue;
        const event = dispute.events.find((e) => e.id === ending.event);
        expect(event?.deadlines, `${dispute.id}/${deadline.id}`).toContain(deadline.id);
        expect(ending.sources?.length, `${dispute.id}/${deadline.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('dates every ending, or says in a note why its date is not known', () => {
    for (const dispute of datasets) {
      for (const deadline of dispute.deadlines) {
        const ending = deadline.outcome;
        if (ending === undefined || ending.on !== undefined) continue;
        expect(ending.note, `${dispute.id}/${deadline.id}`).toMatch(/not known/);
      }
    }
  });

  it('dates each extension’s ending the day the extension was set', () => {
    for (const dispute of datasets) {
      for (const extension of dispute.deadlines.filter((d) => d.extends !== undefined)) {
        const extended = dispute.deadlines.find((d) => d.id === extension.extends);
        expect(extended?.outcome?.kind, `${dispute.id}/${extended?.id}`).toBe('extended');
        expect(extended?.outcome?.on, `${dispute.id}/${extended?.id}`).toBe(extension.setOn);
      }
    }
  });
});
