import { compareDateOrder, sequenceOf } from '../../model/record-date.js';
import { forEachAnswer, type Rule } from './rule.js';

/**
 * The order within a day agrees with the references: a response dated the same as a demand it answers (the same
 * day, or month…, in the same zone) comes after it, so when either gives a `sequence`, the response's is greater
 * than the demand's (`sequence-conflict`). When neither gives one they are ordered by id, which says nothing of
 * the order of the day.
 */
export const sequences: Rule = {
  reads: ['demands', 'responses'],
  check(records, context) {
    forEachAnswer(records, (response, demand, index) => {
      if (response.sequence === undefined && demand.sequence === undefined) return;
      if (sequenceOf(response) > sequenceOf(demand)) return;
      if (compareDateOrder(context.dateOf(response.date), context.dateOf(demand.date)) !== 0) return;
      context.error(
        'sequence-conflict',
        ['responses', index, 'sequence'],
        `response ${response.id} (sequence ${sequenceOf(response)}) is dated the same as demand ${demand.id} ` +
          `(sequence ${sequenceOf(demand)}) that it answers, so its sequence must be greater`,
        response.sequence ?? null,
      );
    });
  },
};
