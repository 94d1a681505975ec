import { issue } from '../_lib/issues.js';
import type { TimelineIssue } from '../errors/index.js';

/**
 * The versions of the JSON form. Version 1 (no `formatVersion` field) gave a deadline's `outcome` as a bare
 * word (`"rescinded"`); version 2 gives it as an object, `{ kind, on?, event?, sources?, note? }`, so that an
 * ending has a date and evidence. {@link serializeDispute} writes the current version first; reading migrates
 * older versions, so every file written before keeps reading.
 */
export const FORMAT_VERSION = 2;

/** The JSON form read: the input itself when it needs no change, else a migrated shallow copy. */
export type Migrated = { readonly value: unknown } | { readonly issues: readonly [TimelineIssue] };

/**
 * Brings a dispute's JSON form to the current version: checks and drops `formatVersion`, and turns a version-1
 * bare-word outcome into `{ kind }` (with no date: version 1 did not record one). The input is never changed:
 * the records that need a change are copied, the others are kept as they are.
 */
export function migrateDispute(input: unknown): Migrated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { value: input };
  const source = input as Record<string, unknown>;
  const hasVersion = Object.hasOwn(source, 'formatVersion');
  const version = hasVersion ? source['formatVersion'] : 1;
  if (version !== 1 && version !== FORMAT_VERSION) {
    const shown = typeof version === 'number' ? String(version) : typeof version;
    return {
      issues: [
        issue(
          'unsupported-format-version',
          ['formatVersion'],
          `format version ${shown.slice(0, 20)} is not one this library reads (1 or ${FORMAT_VERSION}); a newer version needs a newer library`,
          version,
        ),
      ],
    };
  }
  const deadlines = version === 1 ? migrateOutcomes(source['deadlines']) : undefined;
  if (!hasVersion && deadlines === undefined) return { value: input };
  const copy: Record<string, unknown> = { ...source };
  delete copy['formatVersion'];
  if (deadlines !== undefined) copy['deadlines'] = deadlines;
  return { value: copy };
}

/** Version 1 to 2: the deadlines with a bare-word outcome, rewritten; `undefined` when none has one. */
function migrateOutcomes(deadlines: unknown): unknown[] | undefined {
  if (!Array.isArray(deadlines)) return undefined;
  const bare = (deadline: unknown) =>
    typeof deadline === 'object' &&
    deadline !== null &&
    Object.hasOwn(deadline, 'outcome') &&
    typeof (deadline as { outcome: unknown }).outcome === 'string';
  if (!deadlines.some(bare)) return undefined;
  return deadlines.map((deadline: unknown) =>
    bare(deadline)
      ? { ...(deadline as object), outcome: { kind: (deadline as { outcome: string }).outcome } }
      : deadline,
  );
}

/** The JSON Schema of the JSON form with its `formatVersion` field, listed first as it is written. */
export function withFormatVersion(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
  return {
    ...schema,
    properties: {
      formatVersion: {
        description: `The version of the JSON form: ${FORMAT_VERSION} (absent means 1, read by migrating it)`,
        enum: [1, FORMAT_VERSION],
      },
      ...properties,
    },
  };
}
