import { rangeBefore } from '../../dates/truth.js';
import { forEachAnswer, type Rule, showDate } from './rule.js';

/** A response is not dated before a demand it answers (`response-before-demand`). */
export const responseAfterDemand: Rule = {
  reads: ['demands', 'responses'],
  check(records, context) {
    forEachAnswer(records, (response, demand, index) => {
      if (rangeBefore(context.dateOf(response.date), context.dateOf(demand.date)) !== 'yes') return;
      context.error(
        'response-before-demand',
        ['responses', index, 'date'],
        `response ${response.id} (${showDate(response.date)}) is dated before demand ${demand.id} (${showDate(demand.date)}) that it answers`,
      );
    });
  },
};
