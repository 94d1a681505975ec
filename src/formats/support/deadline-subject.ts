import type { Deadline } from '../../model/deadline.js';
import type { Dispute } from '../../model/dispute.js';

const summaries = new WeakMap<Pick<Dispute, 'demands'>, ReadonlyMap<string, string>>();

/**
 * What a deadline is for, in words, as every format titles it: its own summary, else the summaries of the demands
 * it enforces (joined by "; "), else its id. A calendar entry titled "Deadline: data" (a demand's id) says
 * nothing a reader can use; the demand's summary does.
 */
export function deadlineSubject(deadline: Deadline, dispute: Pick<Dispute, 'demands'>): string {
  if (deadline.summary !== undefined) return deadline.summary;
  let byDemand = summaries.get(dispute);
  if (byDemand === undefined) {
    byDemand = new Map(dispute.demands.map((demand) => [demand.id as string, demand.summary]));
    summaries.set(dispute, byDemand);
  }
  const known = byDemand;
  const subject = deadline.demands.map((id) => known.get(id) ?? id).join('; ');
  return subject === '' ? deadline.id : subject;
}
