/** Small disputes the tests build around one demand, so that each test states only what it is about. */
import {
  createDispute,
  type DateValue,
  type Dispute,
  type DisputeBuilder,
  type DisputeHeaderInput,
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
