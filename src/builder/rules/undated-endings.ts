import { forEach, type Rule } from './rule.js';

/**
 * Warns of a deadline's ending that nothing dates (`undated-ending`): no `on`, no event, and no `note` saying why
 * the date is not known. Its demand's outcome then has no date either. A `missed` ending is dated by the deadline
 * (it was missed as its due date ended), and an `extended` one by the extension recorded (when it was set): neither
 * is reported.
 */
export const undatedEndings: Rule = {
  reads: ['deadlines'],
  check(records, context) {
    const extended = new Set(records.deadlines.records.map((deadline) => deadline.extends));
    forEach(records.deadlines, (deadline, index) => {
      const ending = deadline.outcome;
      if (ending === undefined || ending.kind === 'missed') return;
      if (ending.kind === 'extended' && extended.has(deadline.id)) return;
      if (ending.on !== undefined || ending.event !== undefined || ending.note !== undefined) return;
      context.warning(
        'undated-ending',
        ['deadlines', index, 'outcome'],
        `deadline ${deadline.id} ended "${ending.kind}" on no date the records give: ` +
          'add its date (on) or the event that records it, or a note saying why the sources do not date it',
        ending.kind,
      );
    });
  },
};
