import { describeValue, optionsObject } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import { canonicalTimeZone, isTimeZone, zoneNameProblem } from '../../dates/zone.js';
import type { IssuePath } from '../../errors/index.js';

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
