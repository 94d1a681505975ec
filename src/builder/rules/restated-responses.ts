import { restates } from '../../model/restatement.js';
import { forEach, type Rule, type RuleContext, type Valid, type ValidRecords } from './rule.js';

/**
 * Warns of an event that only restates a response (`restated-response`): it restates it (`restates` in
 * `model/restatement.ts`: linked to it, on the same dates, by one who gave it), it is of kind `response`, it
 * concerns nothing the response does not (the response, the demands it answers, their deadlines), and it cites
 * no source the response does not. Such an event is the response counted twice; an event that adds a happening,
 * a record or a source keeps its own place. A stream checks each event as it comes, against the responses and
 * deadlines before it.
 */
export const restatedResponses: Rule = {
  reads: ['responses', 'deadlines', 'events'],
  check(records, context) {
    const check = restatedCheck(records, context);
    if (check !== undefined) forEach(records.events, (event, index) => check(event, index, context));
  },
  stream(held, context) {
    const check = restatedCheck(held, context);
    return (collection, index, record, eventContext) => {
      if (collection === 'events') check?.(record as Valid<'events'>, index, eventContext);
    };
  },
};

/** The check of each event against the responses and deadlines; `undefined` when there is no response. */
function restatedCheck(
  records: ValidRecords,
  context: RuleContext,
): ((event: Valid<'events'>, index: number, context: RuleContext) => void) | undefined {
  const responses = new Map(records.responses.records.map((response) => [response.id as string, response]));
  if (responses.size === 0) return undefined;
  const deadlinesOf = new Map<string, string[]>();
  for (const deadline of records.deadlines.records)
    for (const demand of deadline.demands)
      deadlinesOf.set(demand, [...(deadlinesOf.get(demand) ?? []), deadline.id]);
  const responseDates = new Map([...responses].map(([id, response]) => [id, context.dateOf(response.date)]));
  return (event, index, eventContext) => {
    if (event.kind !== 'response' || event.responses?.length !== 1) return;
    const response = responses.get(event.responses[0] as string);
    if (response === undefined) return;
    const responseDate = responseDates.get(response.id) ?? eventContext.dateOf(response.date);
    if (!restates(event, event.responses, response, eventContext.dateOf(event.date), responseDate)) return;
    const demands = new Set<string>(response.to);
    const deadlines = new Set(response.to.flatMap((demand) => deadlinesOf.get(demand) ?? []));
    const cited = new Set((response.sources ?? []).map((citation) => citation.source as string));
    if ((event.demands ?? []).some((demand) => !demands.has(demand))) return;
    if ((event.deadlines ?? []).some((deadline) => !deadlines.has(deadline))) return;
    if (event.sources.some((citation) => !cited.has(citation.source))) return;
    eventContext.warning(
      'restated-response',
      ['events', index],
      `event ${event.id} only restates response ${response.id} (the same date, the same maker, no other record ` +
        'or source): counted beside the response it is one happening twice; drop the event, or give it what it ' +
        'adds (the source that reports it, its own kind)',
      event.id,
    );
  };
}
