import { reportCycles } from '../cycles.js';
import { forEach, type Rule } from './rule.js';

/** No actor is, through its memberships, a member of itself (`membership-cycle`). */
export const membershipCycles: Rule = {
  reads: ['actors'],
  check(records, context) {
    const indexOf = new Map<string, number>();
    const edges = new Map<string, string[]>();
    forEach(records.actors, (actor, index) => {
      indexOf.set(actor.id, index);
      if (actor.memberships !== undefined)
        edges.set(
          actor.id,
          actor.memberships.map((membership) => membership.organization),
        );
    });
    reportCycles(edges, (cycle) => {
      const first = cycle[0] as string;
      context.error(
        'membership-cycle',
        ['actors', indexOf.get(first) ?? 0, 'memberships'],
        `the memberships loop: ${[...cycle, first].join(' → ')}`,
      );
    });
  },
};
