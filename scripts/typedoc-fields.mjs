// @ts-check
/**
 * A TypeDoc plugin: the page of every model type lists its fields — name, type, whether it is required, and the
 * description written in the zod schema with `z.describe()` — read from the schemas themselves, so nothing is
 * written twice. The types named in the table link to their pages. A type `X` (or `XInput`) gets the fields of
 * the exported object schema `XSchema`.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { Converter, ReflectionKind } from 'typedoc';
import { globalRegistry } from 'zod/mini';

const ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));

/** @param {import('typedoc').Application} app */
export async function load(app) {
  // TypeDoc awaits a plugin's load, but not its event listeners: read the schemas here.
  /** @type {Record<string, unknown>} */
  const exports = await tsImport(ENTRY, import.meta.url);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    /** @type {Map<string, import('typedoc').Reflection>} */
    const types = new Map();
    for (const reflection of context.project.getReflectionsByKind(
      ReflectionKind.Interface | ReflectionKind.TypeAlias,
    ))
      types.set(reflection.name, reflection);
    const names = namesOfSchemas(exports, types);
    for (const reflection of types.values()) {
      const base = reflection.name.endsWith('Input')
        ? reflection.name.slice(0, -'Input'.length)
        : reflection.name;
      const schema = exports[`${base}Schema`];
      if (!isObjectSchema(schema) || reflection.comment === undefined) continue;
      const side = reflection.name.endsWith('Input') ? 'input' : 'output';
      reflection.comment.summary.push(...fieldsTable(schema, names, side));
    }
  });
}

/** @typedef {{ _zod: { def: any, optin?: string, optout?: string, parent?: Zod } }} Zod */

/** @param {unknown} value @returns {value is Zod} */
function isZod(value) {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** @param {unknown} value @returns {value is Zod} */
function isObjectSchema(value) {
  return isZod(value) && value._zod.def.type === 'object';
}

/** The type a schema's values have when it is not the schema's name without `Schema`. */
const TYPE_OF_SCHEMA = { CountrySchema: 'CountryCode' };

/**
 * The documented type of each exported schema (`DeadlineIdSchema` → the `DeadlineId` page), by schema: a schema
 * made from another by `.check(…)` (a description, a limit) is found through its parent.
 */
function namesOfSchemas(
  /** @type {Record<string, unknown>} */ exports,
  /** @type {Map<string, import('typedoc').Reflection>} */ types,
) {
  /** @type {Map<unknown, import('typedoc').Reflection>} */
  const names = new Map();
  for (const [name, value] of Object.entries(exports)) {
    if (!name.endsWith('Schema') || !isZod(value)) continue;
    const type = types.get(TYPE_OF_SCHEMA[name] ?? name.slice(0, -'Schema'.length));
    if (type !== undefined) names.set(value, type);
  }
  return names;
}

/** The page of a schema's type, if it has one, looking through the schemas it was made from. */
function pageOf(/** @type {Zod} */ schema, /** @type {Map<unknown, import('typedoc').Reflection>} */ names) {
  for (let inner = schema; inner !== undefined; inner = inner._zod.parent) {
    const page = names.get(inner);
    if (page !== undefined) return page;
  }
  return undefined;
}

/**
 * The comment parts of a Markdown table of an object schema's fields: the type names are links to their pages.
 * @returns {import('typedoc').CommentDisplayPart[]}
 */
function fieldsTable(
  /** @type {Zod} */ schema,
  /** @type {Map<unknown, import('typedoc').Reflection>} */ names,
  side,
) {
  /** @type {import('typedoc').CommentDisplayPart[]} */
  const parts = [
    {
      kind: 'text',
      text: [
        '\n\n**Fields** (from the zod schema):',
        '',
        '| field | type | presence | description |',
        '| --- | --- | --- | ---',
      ].join('\n'),
    },
  ];
  for (const [key, field] of Object.entries(schema._zod.def.shape)) {
    const optional = side === 'input' ? field._zod.optin === 'optional' : field._zod.optout === 'optional';
    parts.push({ kind: 'text', text: ` |\n| \`${key}\` | ` });
    for (const piece of typeParts(unwrap(field), names, side)) {
      if (typeof piece === 'string') parts.push({ kind: 'text', text: cell(`\`${piece}\``) });
      else parts.push({ kind: 'inline-tag', tag: '@linkcode', text: piece.name, target: piece });
    }
    parts.push({
      kind: 'text',
      text: ` | ${optional ? 'optional' : 'required'} | ${cell(sentence(describe(field)))}`,
    });
  }
  parts.push({ kind: 'text', text: ' |' });
  return parts;
}

/**
 * A description as the table's cells begin, with a capital: the schemas' own words for a field (`a deadline id`,
 * `the deadline, in one line`) also begin the messages of its issues, so they are written in lower case.
 */
function sentence(/** @type {string} */ text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field without its optional/default wrappers. */
function unwrap(/** @type {Zod} */ schema) {
  let inner = schema;
  while (['optional', 'default', 'prefault', 'readonly', 'nonoptional'].includes(inner._zod.def.type)) {
    inner = inner._zod.def.innerType;
  }
  return inner;
}

/** A schema's description (zod's registry holds it), or its wrapped schema's. */
function describe(/** @type {Zod} */ schema) {
  let inner = schema;
  for (;;) {
    const description = globalRegistry.get(inner)?.description;
    if (typeof description === 'string') return description;
    const next = inner._zod.def.innerType ?? inner._zod.def.in;
    if (!isZod(next)) return '';
    inner = next;
  }
}

/**
 * The type of a schema as TypeScript would write it: text, and the library's own types as their pages (adjacent
 * texts joined).
 */
function typeParts(
  /** @type {Zod} */ schema,
  /** @type {Map<unknown, import('typedoc').Reflection>} */ names,
  side,
) {
  /** @type {(string | import('typedoc').Reflection)[]} */
  const out = [];
  for (const piece of typePieces(schema, names, side)) {
    if (typeof piece === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}

/** @returns {(string | import('typedoc').Reflection)[]} */
function typePieces(
  /** @type {Zod} */ schema,
  /** @type {Map<unknown, import('typedoc').Reflection>} */ names,
  side,
) {
  const page = pageOf(schema, names);
  if (page !== undefined) return [page];
  const def = schema._zod.def;
  const join = (/** @type {Zod[]} */ list, /** @type {string} */ separator) =>
    list.flatMap((item, index) => [...(index === 0 ? [] : [separator]), ...typePieces(item, names, side)]);
  switch (def.type) {
    case 'array': {
      const element = typePieces(def.element, names, side);
      const plain = element.length === 1 && typeof element[0] !== 'string';
      const text = element.map((piece) => (typeof piece === 'string' ? piece : piece.name)).join('');
      return plain || !/[ |]/.test(text) ? [...element, '[]'] : ['(', ...element, ')[]'];
    }
    case 'union':
      return join(def.options, ' | ');
    case 'nullable':
      return [...typePieces(def.innerType, names, side), ' | null'];
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return typePieces(def.innerType, names, side);
    case 'pipe':
      return typePieces(side === 'input' ? def.in : def.out, names, side);
    case 'object':
      return [
        '{ ',
        ...Object.entries(def.shape).flatMap(([key, field], index) => [
          `${index === 0 ? '' : '; '}${key}${field._zod.optout === 'optional' ? '?' : ''}: `,
          ...typePieces(field, names, side),
        ]),
        ' }',
      ];
    default:
      return [typeText(schema, side)];
  }
}

/** The type of a schema that is not one of the library's own, as TypeScript would write it. */
function typeText(/** @type {Zod} */ schema, side) {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'null':
    case 'undefined':
    case 'unknown':
    case 'any':
      return def.type;
    case 'literal':
      return def.values.map((v) => JSON.stringify(v)).join(' | ');
    case 'enum':
      return Object.values(def.entries)
        .map((v) => JSON.stringify(v))
        .join(' | ');
    case 'record':
      return `Record<${typeText(def.keyType, side)}, ${typeText(def.valueType, side)}>`;
    default:
      return 'unknown';
  }
}

/** Text safe in a Markdown table cell. */
function cell(/** @type {string} */ text) {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
