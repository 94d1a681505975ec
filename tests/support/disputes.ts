/** Small disputes the tests build around one demand, so that each test states only what it is about. */
import {
  createDispute,
  type DateValue,
  type Dispute,
  type DisputeBuilder,
  type DisputeHeaderInput,
  parseDispute,
  serializeDispute,
} from 'dispute-timeline';

/**
 * A builder for a dispute between a government (`gov`) and a company (`co`) over one demand for lawful access,
 * made on `date`: add deadlines, responses or events to it, then build.
 */
export function oneDemandDispute(
  header: DisputeHeaderInput,
  demand: { id: string; date: string },
): DisputeBuilder {
  return createDispute(header)
    .actor(
      { id: 'gov', name: 'Government', kind: 'government' },
      { id: 'co', name: 'Company', kind: 'company' },
    )
    .demand({
      id: demand.id,
      date: demand.date,
      by: ['gov'],
      of: ['co'],
      subjects: ['lawful-access'],
      summary: 'Access',
    });
}

/**
 * A dispute of one event, `e`: an order by a government (`gov`, named `actorName`) on `date`, citing one source
 * (`src`). For the tests of how a format writes one date, or one name.
 */
export function oneEventDispute(
  header: DisputeHeaderInput,
  date: DateValue,
  actorName = 'Government',
): Dispute {
  return createDispute(header)
    .actor({ id: 'gov', name: actorName, kind: 'government' })
    .source({ id: 'src', publisher: 'P' })
    .event({
      id: 'e',
      date,
      kind: 'order',
      title: 'Order',
      actors: ['gov'],
      sources: [{ source: 'src' }],
      confidence: 'reported',
    })
    .build();
}

/**
 * The Pakistan case with BlackBerry's two posts of 30 November 2015 (their events and responses) dated in
 * Waterloo, Ontario, and the PTA's letters on the day of their report, 24 July, as the first edition of the dataset
 * had them. A day in Waterloo straddles two of Karachi's, which is what the tests of the predicates reason about;
 * the shipped dataset now reads those posts in Pakistan's day, where the sources place them.
 */
export function pakistanWithWaterlooPosts(pakistan: Dispute): Dispute {
  const WATERLOO = [
    'blackberry-exit-announced',
    'blackberry-exit-delayed',
    'blackberry-exit',
    'blackberry-delays-exit',
  ];
  const inWaterloo = <T extends { id: string; date: unknown }>(record: T): T =>
    WATERLOO.includes(record.id)
      ? { ...record, date: { value: '2015-11-30', timeZone: 'America/Toronto' } }
      : record;
  const json = JSON.parse(serializeDispute(pakistan)) as {
    events: { id: string; date: unknown }[];
    responses: { id: string; date: unknown }[];
  };
  json.events = json.events.map((event) =>
    event.id === 'pta-directs-operators' ? { ...event, date: '2015-07-24' } : inWaterloo(event),
  );
  json.responses = json.responses.map(inWaterloo);
  return parseDispute(JSON.stringify(json));
}
