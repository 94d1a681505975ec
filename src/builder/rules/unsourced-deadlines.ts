import { forEach, type Rule } from './rule.js';

/**
 * Warns of a deadline with neither `setOn` nor sources (`unsourced-deadline`): nothing says when it was set or
 * who reported it, so its state before it fell due is a guess from the demand it enforces.
 */
export const unsourcedDeadlines: Rule = {
  reads: ['deadlines'],
  check(records, context) {
    forEach(records.deadlines, (deadline, index) => {
      if (deadline.setOn !== undefined || (deadline.sources?.length ?? 0) > 0) return;
      context.warning(
        'unsourced-deadline',
        ['deadlines', index],
        `deadline ${deadline.id} gives neither when it was set (setOn) nor a source: ` +
          'cite the source that reports it, and its setOn when the source gives it',
        deadline.id,
      );
    });
  },
};
