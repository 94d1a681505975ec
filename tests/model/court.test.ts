/**
 * Court disputes and the order of a day: the court's event and actor kinds, their PLOVER and CAMEO coding, and
 * `sequence`, which every timeline order honours and validation checks against the references.
 */
import {
  ActorKindSchema,
  EventKindSchema,
  formatMermaid,
  formatPath,
  formatTimelineText,
  inTimelineOrder,
  query,
  renderHtml,
  SequenceSchema,
  safeParseDispute,
  serializeDispute,
  toPloverRecords,
  writeMarkdown,
} from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { courtCase, courtCaseBuilder } from '../support/court-case.js';

function problems(json: unknown): string[] {
  const result = safeParseDispute(json);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.code} at ${formatPath(issue.path)}`);
}

describe('the court kinds', () => {
  it('has event kinds for a filing, a hearing, a ruling, an appeal, a stay and its lifting', () => {
    for (const kind of ['filing', 'hearing', 'ruling', 'appeal', 'stay', 'stay-lifted', 'order'])
      expect(EventKindSchema.safeParse(kind).success, kind).toBe(true);
  });

  it('has actor kinds for a court and a judge', () => {
    expect(ActorKindSchema.safeParse('court').success).toBe(true);
    expect(ActorKindSchema.safeParse('judge').success).toBe(true);
    expect(
      query(courtCase())
        .events()
        .byActorKind('court')
        .toArray()
        .map((e) => e.id),
    ).toEqual(['writ-denied', 'block-lifted']);
  });

  it('codes each court kind in PLOVER, with its CAMEO code and the legal context', () => {
    const dispute = courtCaseBuilder()
      .event(
        {
          id: 'writ-filed',
          date: '2016-05-02',
          kind: 'filing',
          title: 'WhatsApp files an urgent writ',
          actors: ['whatsapp'],
          demands: ['block-order'],
          sources: [{ source: 'mundiware' }],
          confidence: 'reported',
        },
        {
          id: 'appeal',
          date: '2016-05-03',
          kind: 'appeal',
          title: 'WhatsApp asks for reconsideration',
          actors: ['whatsapp'],
          demands: ['block-order'],
          sources: [{ source: 'mundiware' }],
          confidence: 'reported',
        },
        {
          id: 'hearing',
          date: '2016-05-03',
          kind: 'hearing',
          title: 'A hearing',
          actors: ['tj-se', 'whatsapp'],
          demands: ['block-order'],
          sources: [{ source: 'mundiware' }],
          confidence: 'reported',
        },
        {
          id: 'lift-ended',
          date: '2016-05-04',
          kind: 'stay-lifted',
          title: 'The block is back in force',
          actors: ['tj-se'],
          demands: ['block-order'],
          sources: [{ source: 'mundiware' }],
          confidence: 'reported',
        },
      )
      .build();
    const coded = new Map(
      toPloverRecords(dispute)
        .filter((record) => record.id.includes(':events:'))
        .map((record) => [
          record.id.split(':').at(-1),
          [record.event[0], record.mode?.[0] ?? null, record.cameo_code, record.context.includes('legal')],
        ]),
    );
    expect(Object.fromEntries(coded)).toEqual({
      'block-begins': ['COERCE', 'withhold', '17', false],
      'writ-filed': ['ACCUSE', 'disapprove', '115', true],
      'writ-denied': ['REQUEST', 'change', '1042', true],
      'block-lifted': ['CONCEDE', null, '08', true],
      appeal: ['ACCUSE', 'disapprove', '115', true],
      hearing: ['CONSULT', 'third-party', '04', true],
      'lift-ended': ['REQUEST', 'change', '1042', true],
    });
    const judge = toPloverRecords(dispute).find((record) => record.id.endsWith(':demands:block-order'));
    expect(judge?.actor).toEqual([{ code: 'BRA', sector: 'JUD', entity_text: 'Marcel Maia Montalvão' }]);
  });

  it("gives no REQUEST for a court's order in a case about a demand it did not make, and keeps the judge's own order a REQUEST", () => {
    // Hypothetical steps, not from the sources: the appeals court vacating a hearing, and the judge who made the
    // block order ordering it again.
    const dispute = courtCaseBuilder()
      .event(
        {
          id: 'hearing-vacated',
          date: '2016-05-04',
          kind: 'order',
          title: 'The TJ-SE vacates the hearing set for 5 May',
          actors: ['tj-se', 'whatsapp'],
          demands: ['block-order'],
          sources: [{ source: 'mundiware' }],
          confidence: 'reported',
        },
        {
          id: 'no-demand-order',
          date: '2016-05-04',
          kind: 'order',
          title: 'The TJ-SE sets the schedule of the case',
          actors: ['tj-se'],
          sources: [{ source: 'mundiware' }],
          confidence: 'reported',
        },
        {
          id: 'order-again',
          date: '2016-05-05',
          kind: 'order',
          title: 'The Lagarto judge orders the block again',
          actors: ['montalvao', 'whatsapp'],
          demands: ['block-order'],
          sources: [{ source: 'boing-boing' }],
          confidence: 'reported',
        },
      )
      .build();
    const records = toPloverRecords(dispute);
    const ids = records.map((record) => record.id.split(':').at(-1));
    expect(ids).not.toContain('hearing-vacated');
    expect(ids).not.toContain('no-demand-order');
    expect(records.filter((record) => /vacates|schedule/.test(record.event_text[0] ?? ''))).toEqual([]);
    const again = records.find((record) => record.id.endsWith(':events:order-again'));
    expect([
      again?.event[0],
      again?.mode?.[0],
      again?.actor.map((one) => one.entity_text),
      again?.recipient?.map((one) => one.entity_text),
    ]).toEqual(['REQUEST', 'change', ['Marcel Maia Montalvão'], ['WhatsApp']]);
  });
});

describe('the order of a day (sequence)', () => {
  it('is a whole number from 0', () => {
    expect(SequenceSchema.safeParse(0).success).toBe(true);
    expect(SequenceSchema.safeParse(1.5).success).toBe(false);
    expect(SequenceSchema.safeParse(-1).success).toBe(false);
  });

  it('orders the records of one day in the built dispute and in the queries, before their ids', () => {
    const dispute = courtCase();
    expect(dispute.events.map((event) => event.id)).toEqual(['block-begins', 'writ-denied', 'block-lifted']);
    expect(
      query(dispute)
        .events()
        .on('2016-05-03')
        .toArray()
        .map((event) => event.id),
    ).toEqual(['writ-denied', 'block-lifted']);
    expect(
      inTimelineOrder([
        { id: 'a', date: '2016-05-03', sequence: 2 },
        { id: 'b', date: '2016-05-03', sequence: 1 },
        { id: 'c', date: '2016-05-03' },
      ]).map((record) => record.id),
    ).toEqual(['c', 'b', 'a']);
  });

  it('is kept by the JSON form, and orders events given in any order', () => {
    const json = JSON.parse(serializeDispute(courtCase()));
    json.events.reverse();
    expect(problems(json)).toEqual([]);
    const read = safeParseDispute(json);
    expect(read.success && read.data.events.map((event) => [event.id, event.sequence])).toEqual([
      ['block-begins', undefined],
      ['writ-denied', 1],
      ['block-lifted', 2],
    ]);
  });

  it('orders the text timeline (show), Markdown, Mermaid and the HTML table', () => {
    const dispute = courtCase();
    const inOrder = (text: string) =>
      text.indexOf("denies WhatsApp's writ") < text.indexOf('lifts the block');
    expect(inOrder(formatTimelineText(dispute, { width: 200 }))).toBe(true);
    expect(inOrder(writeMarkdown(dispute))).toBe(true);
    expect(inOrder(formatMermaid(dispute))).toBe(true);
    const html = renderHtml(dispute);
    const table = html.slice(html.indexOf('<table'));
    expect(inOrder(table)).toBe(true);
  });

  it("reports a response numbered at or before its demand's on the same day", () => {
    const json = JSON.parse(serializeDispute(courtCase()));
    json.demands[0].sequence = 2;
    json.responses = [
      {
        id: 'whatsapp-refuses',
        date: '2016-04-26',
        sequence: 1,
        by: ['whatsapp'],
        to: ['block-order'],
        stance: 'refuse',
        summary: 'WhatsApp says it does not have the data',
      },
    ];
    expect(problems(json)).toEqual(['sequence-conflict at responses[0].sequence']);
    json.responses[0].sequence = 3;
    expect(problems(json)).toEqual([]);
    // On another day, the sequences say nothing of their order.
    json.responses[0].sequence = 1;
    json.responses[0].date = '2016-04-27';
    expect(problems(json)).toEqual([]);
  });
});
