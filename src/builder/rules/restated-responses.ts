import { restates } from '../../model/restatement.js';
import { forEach, type Rule } from './rule.js';

/**
 * Warns of an event that only restates a response (`restated-response`): it restates it (`restates` in
 * `model/restatement.ts`: linked to it, on the same dates, by one who gave it), it is of kind `response`, it
 * concerns nothing the response does not (the response, the demands it answers, their deadlines), and it cites
 * no source the response does not. Such an event is the response counted twice; an event that adds a happening,
 * a record or a source keeps its own place. Whole disputes only: a stream has the events after the responses.
 */
export const restatedResponses: Rule = {
  reads: ['responses', 'deadlines', 'events'],
  check(records, context) {
    const responses = new Map(records.responses.records.map((response) => [response.id as string, response]));
    if (responses.size === 0) return;
    const deadlinesOf = new Map<string, string[]>();
    for (const deadline of records.deadlines.records)
      for (const demand of deadline.demands)
        deadlinesOf.set(demand, [...(deadlinesOf.get(demand) ?? []), deadline.id]);
    forEach(records.events, (event, index) => {
      if (event.kind !== 'response' || event.responses?.length !== 1) return;
      const response = responses.get(event.responses[0] as string);
      if (response === undefined) return;
      if (
        !restates(event, event.responses, response, context.dateOf(event.date), context.dateOf(response.date))
      )
        return;
      const demands = new Set<string>(response.to);
      const deadlines = new Set(response.to.flatMap((demand) => deadlinesOf.get(demand) ?? []));
      const cited = new Set((response.sources ?? []).map((citation) => citation.source as string));
      if ((event.demands ?? []).some((demand) => !demands.has(demand))) return;
      if ((event.deadlines ?? []).some((deadline) => !deadlines.has(deadline))) return;
      if (event.sources.some((citation) => !cited.has(citation.source))) return;
      context.warning(
        'restated-response',
        ['events', index],
        `event ${event.id} only restates response ${response.id} (the same date, the same maker, no other record ` +
          'or source): counted beside the response it is one happening twice; drop the event, or give it what it ' +
          'adds (the source that reports it, its own kind)',
        event.id,
      );
    });
  },
};
