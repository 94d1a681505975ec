import { reportCycles } from '../cycles.js';
import { forEach, type Rule } from './rule.js';

/**
 * Each deadline is extended at most once (`extension-branch`), and following `extends` never comes back to where
 * it started (`extension-cycle`).
 */
export const extensionChains: Rule = {
  reads: ['deadlines'],
  check(records, context) {
    const extendsOf = new Map<string, string>();
    const indexOf = new Map<string, number>();
    const extendedBy = new Map<string, string>();
    forEach(records.deadlines, (deadline, index) => {
      indexOf.set(deadline.id, index);
      if (deadline.extends === undefined) return;
      extendsOf.set(deadline.id, deadline.extends);
      const other = extendedBy.get(deadline.extends);
      if (other === undefined) extendedBy.set(deadline.extends, deadline.id);
      else
        context.error(
          'extension-branch',
          ['deadlines', index, 'extends'],
          `deadlines ${other} and ${deadline.id} both extend ${deadline.extends}`,
        );
    });
    reportCycles(extendsOf, (cycle) => {
      const first = cycle[0] as string;
      context.error(
        'extension-cycle',
        ['deadlines', indexOf.get(first) ?? 0, 'extends'],
        `the extensions loop: ${[...cycle, first].join(' → ')}`,
      );
    });
  },
};
