import { compareDateOrder, sequenceOf } from '../../model/record-date.js';
import { forEach, type Rule } from './rule.js';

/**
 * The order within a day agrees with the references: a response dated the same as a demand it answers (the same
 * day, or month…, in the same zone) comes after it, so when either gives a `sequence`, the response's is greater
 * than the demand's (`sequence-conflict`). When neither gives one they are ordered by id, which says nothing of
 * the order of the day.
 */
export const sequences: Rule = {
  name: 'sequences',
  description:
    'a response dated the same as a demand it answers is numbered after it, when either is numbered',
  reads: ['demands', 'responses'],
  check(records, context) {
    const demands = new Map(records.demands.records.map((demand) => [demand.id as string, demand]));
    forEach(records.responses, (response, index) => {
      for (const demandId of response.to) {
        const demand = demands.get(demandId);
        if (demand === undefined) continue;
        if (response.sequence === undefined && demand.sequence === undefined) continue;
        if (sequenceOf(response) > sequenceOf(demand)) continue;
        if (compareDateOrder(context.dateOf(response.date), context.dateOf(demand.date)) !== 0) continue;
        context.error(
          'sequence-conflict',
          ['responses', index, 'sequence'],
          `response ${response.id} (sequence ${sequenceOf(response)}) is dated the same as demand ${demandId} ` +
            `(sequence ${sequenceOf(demand)}) that it answers, so its sequence must be greater`,
          response.sequence ?? null,
        );
      }
    });
  },
};
