/**
 * A small court case for the tests of the court kinds and the order of a day: WhatsApp's block in Brazil of
 * May 2016, from the fact sheet (facts-more-cases.md, section 3). On 3 May the duty appeals judge first kept the
 * block, then the block was lifted: two records of one day whose ids sort the other way round.
 */
import { createDispute, type Dispute, type DisputeBuilder } from 'dispute-timeline';

/** The case's builder, so that a test may add to it. */
export function courtCaseBuilder(): DisputeBuilder {
  return createDispute({
    id: 'whatsapp-block-2016',
    title: 'WhatsApp blocked in Brazil, May 2016',
    timeZone: 'America/Maceio',
    countries: ['BR'],
  })
    .actor(
      {
        id: 'montalvao',
        name: 'Marcel Maia Montalvão',
        kind: 'judge',
        country: 'BR',
        memberships: [{ organization: 'lagarto-court', role: 'Judge' }],
      },
      { id: 'lagarto-court', name: 'Court of Lagarto, Sergipe', kind: 'court', country: 'BR' },
      {
        id: 'tj-se',
        name: 'Tribunal de Justiça de Sergipe',
        kind: 'court',
        country: 'BR',
        aliases: ['TJ-SE'],
      },
      { id: 'whatsapp', name: 'WhatsApp', kind: 'company', country: 'US' },
    )
    .source(
      {
        id: 'boing-boing',
        publisher: 'Boing Boing',
        url: 'https://boingboing.net/2016/05/02/brazil-judge-orders-whatsapp-b.html',
        published: '2016-05-02',
      },
      {
        id: 'mundiware',
        publisher: 'A Tarde',
        url: 'https://atr.mundiware.com/digital/justica-derruba-bloqueio-e-whatsapp-volta-a-funcionar-775893',
        copyOf: 'Estadão',
      },
    )
    .demand({
      id: 'block-order',
      date: '2016-04-26',
      by: ['montalvao'],
      of: ['whatsapp'],
      subjects: ['service-suspension'],
      summary: 'Block WhatsApp nationwide for 72 hours',
      sources: [{ source: 'boing-boing', quote: 'The ruling, issued on April 26, became public today' }],
    })
    .event(
      {
        id: 'writ-denied',
        date: '2016-05-03',
        sequence: 1,
        kind: 'ruling',
        title: "The duty appeals judge denies WhatsApp's writ: the block stays",
        actors: ['tj-se', 'whatsapp'],
        demands: ['block-order'],
        sources: [{ source: 'mundiware' }],
        confidence: 'reported',
      },
      {
        id: 'block-lifted',
        date: '2016-05-03',
        sequence: 2,
        kind: 'stay',
        title: 'On reconsideration, the TJ-SE lifts the block after about 24 hours',
        actors: ['tj-se'],
        demands: ['block-order'],
        sources: [{ source: 'mundiware' }],
        confidence: 'reported',
      },
      {
        id: 'block-begins',
        date: '2016-05-02',
        kind: 'enforcement',
        title: 'The operators block WhatsApp at 14:00',
        actors: ['whatsapp'],
        demands: ['block-order'],
        sources: [{ source: 'boing-boing' }],
        confidence: 'confirmed',
      },
    );
}

/** The case, built. */
export function courtCase(): Dispute {
  return courtCaseBuilder().build();
}
