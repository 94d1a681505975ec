import { rangeBefore } from '../../dates/truth.js';
import { forEach, type Rule, showDate } from './rule.js';

/** A response is not dated before a demand it answers (`response-before-demand`). */
export const responseAfterDemand: Rule = {
  name: 'response-after-demand',
  description: 'a response is not dated before a demand it answers',
  reads: ['demands', 'responses'],
  check(records, context) {
    const demands = new Map(records.demands.records.map((demand) => [demand.id as string, demand]));
    forEach(records.responses, (response, index) => {
      for (const demandId of response.to) {
        const demand = demands.get(demandId);
        if (demand === undefined) continue;
        if (rangeBefore(context.dateOf(response.date), context.dateOf(demand.date)) !== 'yes') continue;
        context.error(
          'response-before-demand',
          ['responses', index, 'date'],
          `response ${response.id} (${showDate(response.date)}) is dated before demand ${demandId} (${showDate(demand.date)}) that it answers`,
        );
      }
    });
  },
};
