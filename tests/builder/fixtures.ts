import { createDispute, type DisputeInput, type TimelineEventInput } from 'dispute-timeline';

/** A small valid dispute in its JSON form; tests break one thing at a time. */
export function minimalInput(): DisputeInput {
  return {
    id: 'case',
    title: 'A case',
    timeZone: 'Asia/Karachi',
    actors: [
      { id: 'gov', name: 'Government', kind: 'government', country: 'PK' },
      {
        id: 'reg',
        name: 'Regulator',
        kind: 'regulator',
        country: 'PK',
        memberships: [{ organization: 'gov' }],
      },
      { id: 'co', name: 'Company', kind: 'company', country: 'CA' },
    ],
    sources: [{ id: 'src', publisher: 'Publisher', url: 'https://example.org/report' }],
    demands: [
      {
        id: 'dem',
        date: '2015-07-24',
        by: ['gov'],
        of: ['co'],
        subjects: ['lawful-access'],
        summary: 'Access',
      },
    ],
    responses: [{ id: 'res', date: '2015-11-30', by: ['co'], to: ['dem'], stance: 'refuse', summary: 'No' }],
    deadlines: [
      { id: 'dl1', due: '2015-11-30', setBy: ['reg'], demands: ['dem'], outcome: { kind: 'extended' } },
      { id: 'dl2', due: '2015-12-30', setBy: ['reg'], demands: ['dem'], extends: 'dl1' },
    ],
    events: [
      {
        id: 'e2',
        date: '2015-11-30',
        kind: 'announcement',
        title: 'Company refuses',
        actors: ['co'],
        responses: ['res'],
        sources: [{ source: 'src' }],
        confidence: 'confirmed',
      },
      {
        id: 'e1',
        date: '2015-07',
        kind: 'notification',
        title: 'Regulator notifies',
        actors: ['reg'],
        demands: ['dem'],
        deadlines: ['dl1'],
        sources: [{ source: 'src', quote: 'a quote' }],
        confidence: 'reported',
      },
    ],
    claims: [],
  };
}

/** A valid event of the minimal dispute, as plain data in schema order: the fast path takes it as it is. */
export function plainEvent(id: string): Record<string, unknown> {
  return {
    id,
    date: '2015-07',
    kind: 'notification',
    title: 'Regulator notifies',
    actors: ['reg'],
    sources: [{ source: 'src' }],
    confidence: 'reported',
  };
}

/** A valid statement on `date` by actor `co`, citing source `src`: for disputes that declare just those two. */
export function statementOn(id: string, date: unknown): Record<string, unknown> {
  return {
    id,
    date,
    kind: 'statement',
    title: id,
    actors: ['co'],
    sources: [{ source: 'src' }],
    confidence: 'confirmed',
  };
}

/** A statement on `date` by one company in a Karachi case, as the builder takes an event. */
export const karachiStatement = (id: string, date: TimelineEventInput['date']) =>
  statementOn(id, date) as unknown as TimelineEventInput;

/** Builds a Karachi case of one company, one source and `events` (safeBuild's result). */
export function buildKarachiCase(events: readonly TimelineEventInput[]) {
  let builder = createDispute({ id: 'case', title: 'Case', timeZone: 'Asia/Karachi' })
    .actor({ id: 'co', name: 'Company', kind: 'company' })
    .source({ id: 'src', publisher: 'Publisher' });
  for (const e of events) builder = builder.event(e);
  return builder.safeBuild();
}
