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
  saudiBlackberry2010,
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
 * The records the fact sheet rates "confirmed (copy)", read only in a syndicated copy or an aggregator: `reported`,
 * each with why. Every other record is stated in a published page it cites, so it is `confirmed`, even when the
 * outlet cites unnamed sources (the sheet's "confirmed (unnamed-source reports)").
 */
const REPORTED: Record<string, Record<string, string>> = {
  'india-blackberry-2010': {},
  'uae-blackberry-2010': {},
  'saudi-blackberry-2010': {
    'citc-notifies-providers': 'a copy of Arab News',
    'citc-announces-block': 'a copy of Arab News',
    'deadline-extended-to-monday': 'a copy of Dow Jones Newswires',
    'server-inside-the-kingdom': 'a copy of Dow Jones Newswires (the sheet: "confirmed (copy)")',
    'scope-all-blackberry-services': 'a copy of Arab News',
    'scope-messenger-only': 'a copy of Dow Jones Newswires',
  },
  'blackberry-pakistan-2015': {},
  'indonesia-blackberry-2009': {
    'import-ban-deadline': 'a copy of Financial24',
    'government-softens': 'a copy of an unnamed outlet',
    'local-server-wanted': 'a copy of AP',
    'rim-begins-filtering': 'a copy of an unnamed outlet',
    'rim-letter-fully-addressed': 'a copy of Bloomberg',
    'progress-meeting': 'a copy of AFP',
    'router-in-singapore': 'a copy of AFP',
  },
  'whatsapp-brazil-2015': {
    'adpf-403-filed': 'a copy of the STF note',
    'fourth-block-order': 'a copy of AFP',
  },
  'telegram-russia-2017': {
    'registration-demanded': 'a copy of Meduza',
    'zharov-open-letter': 'a copy of TASS',
    'protocol-announced': 'a copy of a Ukrainian or Russian report',
    'fine-upheld': 'a copy of RIA Novosti',
    'ip-blocking': 'a copy of Reuters and another outlet',
    'durov-asks-unblocking': 'a copy of The Independent',
    'fsb-deadline-16-july': 'a copy of Interfax',
    'unblock-explained': 'a copy of Sputnik Mundo',
  },
  'twitter-nigeria-2021': {
    'ten-of-twelve-conditions': 'a copy of an unnamed outlet',
    'legal-entity-reported': 'a copy of the BBC',
  },
  'x-brazil-2024': {
    'x-blocked': 'a copy of Reuters and Lusa',
    'first-panel-upholds': 'a copy of Reuters and Bloomberg',
    'starlink-complies': 'a copy of Estadão',
    'users-20-million': 'a copy of Reuters',
    'users-22-million': 'a copy of AFP',
  },
};

describe('confidence as the fact sheet defines it', () => {
  it('marks no shipped record unverified, since each cites a page that states it', () => {
    const unverified = datasets.flatMap((dispute) =>
      rated(dispute).filter((record) => record.confidence === 'unverified'),
    );
    expect(unverified.map((record) => record.id)).toEqual([]);
  });

  it('marks reported exactly the records read only in copies or aggregators', () => {
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
      'blackberry-consumer-lawful-access',
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

  it("dates Pakistan's demand for BES traffic in July 2015, in Pakistan, by the PTA, as Reuters and The Verge do", () => {
    const demand = blackberryPakistan2015.demands.find((d) => d.id === 'bes-traffic-access');
    expect([demand?.date, zoneOf(blackberryPakistan2015, 'bes-traffic-access'), demand?.by]).toEqual([
      '2015-07',
      'Asia/Karachi',
      ['pta'],
    ]);
  });

  it("reads BlackBerry's two posts of 30 November 2015 in Pakistan's day, where the sources place them", () => {
    for (const id of [
      'blackberry-exit',
      'blackberry-delays-exit',
      'blackberry-exit-announced',
      'blackberry-exit-delayed',
    ])
      expect(zoneOf(blackberryPakistan2015, id), id).toBe('Asia/Karachi');
  });
});

describe('records known only from a report', () => {
  /** Each record whose sources give only the day a report published it, with the range it is dated by. */
  const REPORT_DATED: readonly [Dispute, string, string][] = [
    [blackberryPakistan2015, 'pta-directs-operators', '2015-07/2015-07-24'],
    [indiaBlackberry2010, 'rim-bbm-access-promise', '2010-08-12/2010-08-17'],
    [indiaBlackberry2010, 'interception-upgrade', '2010-08-12/2010-09-19'],
    [indiaBlackberry2010, 'dot-orders-interception-upgrade', '2010-08-12/2010-09-19'],
    [indiaBlackberry2010, 'rim-no-master-key', '2010-08-12/2010-09-19'],
    [indiaBlackberry2010, 'rim-has-no-master-key', '2010-08-12/2010-09-19'],
    [indiaBlackberry2010, 'rim-letter-to-sibal', '2010-10-12~/2011-01-24'],
    [indiaBlackberry2010, 'rim-writes-to-sibal', '2010-10-12~/2011-01-24'],
    [indiaBlackberry2010, 'rim-keys-with-enterprises', '2011-01-24/2011-01-30'],
    [indiaBlackberry2010, 'rim-lawful-access-principles', '2010-08-12/2010-08-13'],
    [saudiBlackberry2010, 'rim-single-enterprise-solution', '2010-08-02/2010-08-10'],
  ];

  it('dates each by a range ending on the report day (or the week a report names), never by one day', () => {
    // Each range starts where the sources bound it: the demand a response answers, the statement that made DoT
    // tell the operators (12 August 2010), the deadline a letter speaks of, a month the sources give.
    for (const [dispute, id, range] of REPORT_DATED) {
      const record = [...dispute.demands, ...dispute.responses, ...dispute.events].find((r) => r.id === id);
      const text = typeof record?.date === 'object' ? record.date.value : record?.date;
      expect(text, `${dispute.id}/${id}`).toBe(range);
      expect(parseDate(range).kind, `${dispute.id}/${id}`).toBe('interval');
    }
  });

  it('sets India’s 22 September 2010 compliance report no later than the report of 19 September', () => {
    const deadline = indiaBlackberry2010.deadlines.find((d) => d.id === 'deadline-2010-09-22');
    expect(deadline?.setOn).toBe('2010-08-12/2010-09-19');
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

  it('dates every ending, or says in a note why its date is not known (a missed deadline ends as its day ends)', () => {
    for (const dispute of datasets) {
      for (const deadline of dispute.deadlines) {
        const ending = deadline.outcome;
        if (ending === undefined || ending.on !== undefined || ending.kind === 'missed') continue;
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
