import { describeValue, optionsObject } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import { canonicalTimeZone, isTimeZone, zoneNameProblem } from '../../dates/zone.js';
import type { IssuePath } from '../../errors/index.js';
import type { Dispute } from '../../model/dispute.js';
import { type DisputeIndex, indexOf } from './dispute-index.js';

/** A time zone given in options: a known IANA name, or absent. */
export function zoneOption(options: unknown, fallback: string, path: IssuePath = ['options']): string {
  const zone = optionsObject(options, path)['timeZone'];
  if (zone === undefined) return fallback;
  if (typeof zone !== 'string' || !isTimeZone(zone)) {
    const problem = typeof zone === 'string' ? zoneNameProblem(zone) : undefined;
    fail(
      'invalid-argument',
      [...path, 'timeZone'],
      problem ?? `${describeValue(zone)} is not an IANA time zone`,
      zone,
    );
  }
  return canonicalTimeZone(zone);
}

/**
 * The dispute given as options (`before(ref, dispute)`), indexed, so that a string names one of its records
 * first; `undefined` for options that are not a dispute (`{ timeZone }`).
 */
export function disputeOption(options: unknown): DisputeIndex | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const value = options as Record<string, unknown>;
  const looksBuilt =
    typeof value['id'] === 'string' && Array.isArray(value['events']) && Array.isArray(value['deadlines']);
  return looksBuilt ? indexOf(options as Dispute, ['options']) : undefined;
}
