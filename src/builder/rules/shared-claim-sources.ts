import { forEach, type Rule, type StreamCheck, type Valid } from './rule.js';

/**
 * Warns of two claims on one topic that cite the same source (`shared-claim-source`): claims on a topic are set
 * side by side as accounts that may differ, and one source behind both is one account, not two. A stream checks
 * each claim as it comes, keeping for each topic the sources cited (not the claims).
 */
export const sharedClaimSources: Rule = {
  reads: ['claims'],
  check(records, context) {
    const check = claimCheck();
    forEach(records.claims, (claim, index) => check('claims', index, claim, context));
  },
  stream(held, context) {
    const check = claimCheck();
    forEach(held.claims, (claim, index) => check('claims', index, claim, context));
    return check;
  },
};

/** The check of each claim in turn, keeping for each topic the first claim that cited each source. */
function claimCheck(): StreamCheck {
  const firstCiting = new Map<string, Map<string, string>>();
  return (collection, index, record, context) => {
    if (collection !== 'claims') return;
    const claim = record as Valid<'claims'>;
    const cited = firstCiting.get(claim.topic) ?? new Map<string, string>();
    firstCiting.set(claim.topic, cited);
    const own = new Set<string>();
    claim.sources.forEach((citation, k) => {
      if (own.has(citation.source)) return;
      own.add(citation.source);
      const other = cited.get(citation.source);
      if (other === undefined) {
        cited.set(citation.source, claim.id);
        return;
      }
      context.warning(
        'shared-claim-source',
        ['claims', index, 'sources', k, 'source'],
        `claims ${other} and ${claim.id} on "${claim.topic}" both cite ${citation.source}: ` +
          'one source behind both sides is one account; cite the source each side comes from',
        citation.source,
      );
    });
  };
}
