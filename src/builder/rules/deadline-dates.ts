import { rangeBefore } from '../../dates/truth.js';
import { forEach, type Rule, showDate } from './rule.js';

/**
 * A deadline does not fall due before a demand it is for was made (`deadline-before-demand`), nor before it was
 * set (`deadline-set-after-due`).
 */
export const deadlineDates: Rule = {
  reads: ['demands', 'deadlines'],
  check(records, context) {
    const demands = new Map(records.demands.records.map((demand) => [demand.id as string, demand]));
    forEach(records.deadlines, (deadline, index) => {
      const due = context.dateOf(deadline.due);
      for (const demandId of deadline.demands) {
        const demand = demands.get(demandId);
        if (demand !== undefined && rangeBefore(due, context.dateOf(demand.date)) === 'yes')
          context.error(
            'deadline-before-demand',
            ['deadlines', index, 'due'],
            `deadline ${deadline.id} falls due (${showDate(deadline.due)}) before demand ${demandId} was made (${showDate(demand.date)})`,
          );
      }
      if (deadline.setOn !== undefined && rangeBefore(due, context.dateOf(deadline.setOn)) === 'yes')
        context.error(
          'deadline-set-after-due',
          ['deadlines', index, 'setOn'],
          `deadline ${deadline.id} was set (${showDate(deadline.setOn)}) after it fell due (${showDate(deadline.due)})`,
        );
    });
  },
};
