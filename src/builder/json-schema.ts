import * as z from 'zod/mini';

/** A JSON Schema, or a part of one. */
type JsonSchema = Record<string, unknown>;

/** What is read of a zod schema: its definition, traits and checks (zod's `_zod`, typed to what is read here). */
interface Internals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly { readonly _zod: Internals }[];
    readonly [field: string]: unknown;
  };
  readonly traits: ReadonlySet<string>;
  readonly optin?: 'optional';
}

type Schema = z.core.$ZodType;

/** The bounds a number format sets: `z.int()` is a safe integer. */
const FORMAT_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/**
 * The JSON Schema (draft 2020-12) of the values a zod schema accepts as input: what zod's `toJSONSchema` writes
 * with `io: 'input'`, for the kinds of schema the model is made of (objects, strings, numbers, enums, lists,
 * unions, optional fields, defaults and pipes). zod's own converter handles every kind in one table a bundler
 * cannot prune (some 21 kB minified of every bundle holding {@link disputeJsonSchema}); a kind not handled here
 * throws, and a test holds the output equal to zod's, key for key.
 */
export function inputJsonSchema(schema: Schema): JsonSchema {
  // A copy by JSON, as zod's: the parts taken from metadata are not shared with the registry.
  return JSON.parse(
    JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...convert(schema) }),
  ) as JsonSchema;
}

function convert(schema: Schema): JsonSchema {
  const internals = schema._zod as unknown as Internals;
  const def = internals.def;
  const own: JsonSchema = {};
  let inner: Schema | undefined;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'array': {
      const { min, max, int, format, patterns } = bounds(internals);
      if (def.type === 'array') {
        if (min !== undefined) own['minItems'] = min;
        if (max !== undefined) own['maxItems'] = max;
        own['type'] = 'array';
        own['items'] = convert(def['element'] as Schema);
      } else if (def.type === 'number') {
        own['type'] = int ? 'integer' : 'number';
        if (min !== undefined) own['minimum'] = min;
        if (max !== undefined) own['maximum'] = max;
      } else {
        own['type'] = 'string';
        if (min !== undefined) own['minLength'] = min;
        if (max !== undefined) own['maxLength'] = max;
        if (format !== undefined) own['format'] = format;
        if (patterns.length === 1) own['pattern'] = patterns[0];
        else if (patterns.length > 1) own['allOf'] = patterns.map((pattern) => ({ pattern }));
      }
      break;
    }
    case 'object': {
      const shape = def['shape'] as Record<string, Schema>;
      if ((def['catchall'] as Schema | undefined)?._zod.def.type !== 'never')
        unsupported('a non-strict object');
      const required = Object.keys(shape).filter((key) => inputOptin(shape[key]!) === undefined);
      own['type'] = 'object';
      own['properties'] = Object.fromEntries(
        Object.entries(shape).map(([key, field]) => [key, convert(field)]),
      );
      if (required.length > 0) own['required'] = required;
      own['additionalProperties'] = false;
      break;
    }
    case 'enum': {
      const values = Object.values(def['entries'] as object);
      if (!values.every((value) => typeof value === 'string')) unsupported('an enum of numbers');
      own['type'] = 'string';
      own['enum'] = values;
      break;
    }
    case 'union':
      own[def['inclusive'] === false ? 'oneOf' : 'anyOf'] = (def['options'] as Schema[]).map(convert);
      break;
    case 'never':
      own['not'] = {};
      break;
    case 'default':
      own['default'] = JSON.parse(JSON.stringify(def['defaultValue']));
      inner = def['innerType'] as Schema;
      break;
    case 'optional':
      inner = def['innerType'] as Schema;
      break;
    case 'pipe':
      inner = pipeInput(def);
      break;
    default:
      unsupported(`a ${def.type} schema`);
  }
  Object.assign(own, z.globalRegistry.get(schema));
  // An input's default (or example) is that of the output, which a transform makes another value.
  if (isTransforming(schema, new Set())) {
    delete own['default'];
    delete own['examples'];
  }
  // A wrapper is the schema it wraps, its own keys first and winning, as zod flattens it.
  return inner === undefined ? own : { ...own, ...convert(inner), ...own };
}

/** The bounds and patterns of a string, number or list: its checks folded, its own format first. */
function bounds(internals: Internals): {
  min?: number;
  max?: number;
  int: boolean;
  format?: string;
  patterns: string[];
} {
  let min: number | undefined;
  let format: string | undefined;
  let max: number | undefined;
  let int = false;
  const patterns: string[] = [];
  const atLeast = (value: number) => {
    if (min === undefined || value > min) min = value;
  };
  const atMost = (value: number) => {
    if (max === undefined || value < max) max = value;
  };
  const checks = internals.def.checks ?? [];
  for (const { def } of internals.traits.has('$ZodCheck')
    ? [internals, ...checks.map((c) => c._zod)]
    : checks.map((c) => c._zod)) {
    const value = def['value'] as number;
    switch (def['check']) {
      case 'min_length':
        atLeast(def['minimum'] as number);
        break;
      case 'max_length':
        atMost(def['maximum'] as number);
        break;
      case 'greater_than':
      case 'less_than':
        if (def['inclusive'] !== true) unsupported('an exclusive bound');
        (def['check'] === 'greater_than' ? atLeast : atMost)(value);
        break;
      case 'number_format': {
        const range =
          FORMAT_RANGES[def['format'] as string] ?? unsupported(`a ${String(def['format'])} number`);
        int = true;
        atLeast(range[0]);
        atMost(range[1]);
        break;
      }
      case 'string_format':
        // A regular expression is a pattern, not a format; a URL is JSON Schema's `uri`.
        if (def['format'] === 'url') format = 'uri';
        else if (def['format'] !== 'regex') unsupported(`a ${String(def['format'])} string`);
        if (def['pattern'] instanceof RegExp) patterns.push(def['pattern'].source);
        break;
      case 'describe':
      case 'meta':
      case 'custom':
        break;
      default:
        unsupported(`a ${String(def['check'])} check`);
    }
  }
  return {
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(format === undefined ? {} : { format }),
    int,
    patterns,
  };
}

/** The schema a pipe reads its input with: its first stage, unless that is a transform. */
function pipeInput(def: Internals['def']): Schema {
  const first = def['in'] as Schema;
  return first._zod.traits.has('$ZodTransform') ? (def['out'] as Schema) : first;
}

/** Whether a field may be left out of the input (a transform's optionality is not its input's). */
function inputOptin(schema: Schema): 'optional' | undefined {
  const { def, optin } = schema._zod as unknown as Internals;
  return def.type === 'pipe' && (def['in'] as Schema)._zod.traits.has('$ZodTransform')
    ? inputOptin(def['out'] as Schema)
    : optin;
}

/** Whether a schema, or one it holds, transforms the value it reads. */
function isTransforming(schema: Schema, seen: Set<Schema>): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = (schema._zod as unknown as Internals).def;
  const holds = (child: unknown) => isTransforming(child as Schema, seen);
  switch (def.type) {
    case 'transform':
      return true;
    case 'array':
      return holds(def['element']);
    case 'optional':
    case 'default':
      return holds(def['innerType']);
    case 'pipe':
      return schema._zod.traits.has('$ZodCodec') || holds(def['in']) || holds(def['out']);
    case 'object':
      return Object.values(def['shape'] as object).some(holds);
    case 'union':
      return (def['options'] as unknown[]).some(holds);
    default:
      return false;
  }
}

function unsupported(what: string): never {
  throw new Error(`inputJsonSchema: ${what} is not converted; add it (see zod's json-schema-processors)`);
}
