import type * as z from 'zod/mini';
import { nearest } from '../_lib/nearest.js';
import type { IssuePath } from '../errors/index.js';
import { DisputeHeaderSchema, RECORD_SCHEMAS, type RecordCollection } from '../model/dispute.js';

/** Zod's own description of a schema: enough of it to walk from a schema to the one a path leads to. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodMiniType>;
  readonly element?: z.ZodMiniType;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema inside optional, default, readonly and pipe wrappers. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The object schemas a path leads to from `schema` (several, through a union). */
function schemasAt(schema: z.ZodMiniType, path: IssuePath): z.ZodMiniType[] {
  const expand = (list: z.ZodMiniType[]) =>
    list.flatMap((s) => {
      const inner = unwrap(s);
      const def = defOf(inner);
      return def.type === 'union' ? (def.options ?? []).map(unwrap) : [inner];
    });
  let current = expand([schema]);
  for (const part of path) {
    const next: z.ZodMiniType[] = [];
    for (const s of current) {
      const def = defOf(s);
      if (typeof part === 'number' && def.element !== undefined) next.push(def.element);
      if (typeof part === 'string' && def.shape !== undefined && Object.hasOwn(def.shape, part))
        next.push(def.shape[part] as z.ZodMiniType);
    }
    current = expand(next);
  }
  return current;
}

/**
 * The known field nearest to an unknown one (`tittle` → `title`), for a record of `collection` (or the
 * dispute's header, for `undefined`), at `path` inside it; undefined when none is near.
 */
export function nearestField(
  collection: RecordCollection | undefined,
  path: IssuePath,
  key: string,
): string | undefined {
  const root = collection === undefined ? DisputeHeaderSchema : RECORD_SCHEMAS[collection];
  const fields = new Set<string>(
    collection === undefined && path.length === 0 ? Object.keys(RECORD_SCHEMAS) : [],
  );
  for (const schema of schemasAt(root, path)) {
    const { shape } = defOf(schema);
    if (shape !== undefined) for (const field of Object.keys(shape)) fields.add(field);
  }
  return nearest(key, fields);
}
