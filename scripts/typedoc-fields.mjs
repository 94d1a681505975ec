// @ts-check
/**
 * A TypeDoc plugin: the page of every model type lists its fields — name, type, whether it is required, and the
 * description written in the zod schema with `.describe()` — read from the schemas themselves, so nothing is
 * written twice. A type `X` (or `XInput`) gets the fields of the exported object schema `XSchema`.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { Converter, ReflectionKind } from 'typedoc';

const ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));

/** @param {import('typedoc').Application} app */
export async function load(app) {
  // TypeDoc awaits a plugin's load, but not its event listeners: read the schemas here.
  /** @type {Record<string, unknown>} */
  const exports = await tsImport(ENTRY, import.meta.url);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const names = namesOfSchemas(exports);
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      const base = reflection.name.endsWith('Input')
        ? reflection.name.slice(0, -'Input'.length)
        : reflection.name;
      const schema = exports[`${base}Schema`];
      if (!isObjectSchema(schema) || reflection.comment === undefined) continue;
      const side = reflection.name.endsWith('Input') ? 'input' : 'output';
      reflection.comment.summary.push({ kind: 'text', text: `\n\n${fieldsTable(schema, names, side)}` });
    }
  });
}

/** @typedef {{ _zod: { def: any, optin?: string, optout?: string }, description?: string }} Zod */

/** @param {unknown} value @returns {value is Zod} */
function isZod(value) {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** @param {unknown} value @returns {value is Zod} */
function isObjectSchema(value) {
  return isZod(value) && value._zod.def.type === 'object';
}

/** The name of each exported schema's type, by its definition (a `.describe()`d copy shares its definition). */
function namesOfSchemas(/** @type {Record<string, unknown>} */ exports) {
  const names = new Map();
  for (const [name, value] of Object.entries(exports)) {
    if (name.endsWith('Schema') && isZod(value)) names.set(value._zod.def, name.slice(0, -'Schema'.length));
  }
  return names;
}

/** The Markdown table of an object schema's fields. */
function fieldsTable(/** @type {Zod} */ schema, /** @type {Map<unknown, string>} */ names, side) {
  const rows = Object.entries(schema._zod.def.shape).map(([key, field]) => {
    const optional = side === 'input' ? field._zod.optin === 'optional' : field._zod.optout === 'optional';
    const type = typeText(unwrap(field), names, side);
    return `| \`${key}\` | ${cell(`\`${type}\``)} | ${optional ? 'optional' : 'required'} | ${cell(describe(field))} |`;
  });
  return [
    '**Fields** (from the zod schema):',
    '',
    '| field | type | | description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** A field without its optional/default wrappers. */
function unwrap(/** @type {Zod} */ schema) {
  let inner = schema;
  while (['optional', 'default', 'prefault', 'readonly', 'nonoptional'].includes(inner._zod.def.type)) {
    inner = inner._zod.def.innerType;
  }
  return inner;
}

/** A schema's description, or its wrapped schema's. */
function describe(/** @type {Zod} */ schema) {
  let inner = schema;
  for (;;) {
    if (typeof inner.description === 'string') return inner.description;
    const next = inner._zod.def.innerType ?? inner._zod.def.in;
    if (!isZod(next)) return '';
    inner = next;
  }
}

/** The type of a schema as TypeScript would write it, with the library's own type names. */
function typeText(/** @type {Zod} */ schema, /** @type {Map<unknown, string>} */ names, side) {
  const def = schema._zod.def;
  const named = names.get(def);
  if (named !== undefined) return named;
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
    case 'array': {
      const element = typeText(def.element, names, side);
      return /[ |]/.test(element) ? `(${element})[]` : `${element}[]`;
    }
    case 'union':
      return def.options.map((o) => typeText(o, names, side)).join(' | ');
    case 'nullable':
      return `${typeText(def.innerType, names, side)} | null`;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return typeText(def.innerType, names, side);
    case 'pipe':
      return typeText(side === 'input' ? def.in : def.out, names, side);
    case 'record':
      return `Record<${typeText(def.keyType, names, side)}, ${typeText(def.valueType, names, side)}>`;
    case 'object':
      return `{ ${Object.entries(def.shape)
        .map(
          ([key, field]) =>
            `${key}${field._zod.optout === 'optional' ? '?' : ''}: ${typeText(field, names, side)}`,
        )
        .join('; ')} }`;
    default:
      return 'unknown';
  }
}

/** Text safe in a Markdown table cell. */
function cell(/** @type {string} */ text) {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
