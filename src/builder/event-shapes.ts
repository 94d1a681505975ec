import * as z from 'zod/mini';

/**
 * An event copied as one object literal per shape: which of the event schema's optional fields it gives.
 *
 * A copy built field by field (`{}`, then a store per field) keeps four fields in the object and the rest in a
 * second array, and the young generation copies both, twice, before they reach the old one: at a million events
 * that was a quarter of a build. An object literal is made in one piece, with every field in the object, and V8
 * learns from a literal's allocation site that its objects live long, so it makes them in the old generation at
 * once.
 *
 * The literals are derived from the schema's field order, not written out: the 64 ways to give the six optional
 * fields were 9 kB of every bundle that builds a dispute. Each shape's literal is made the first time the shape is
 * met, as the text of a one-line function that V8 compiles with its own allocation site, as it would a literal
 * written in this file. Where code may not be made from text (a Content Security Policy without `unsafe-eval`, or
 * zod's `jitless` setting, which this library obeys as zod does), none is made, and the copy is built field by
 * field. A build asks for the literals only past its first thousand events (fast-event.ts), so that a small
 * dispute, such as a shipped dataset, never makes code from text.
 *
 * @module
 */

/** The event schema's fields, in its order (`FAST_EVENTS` in fast-event.ts checks that the schema agrees). */
export const EVENT_FIELDS = [
  'id',
  'date',
  'kind',
  'title',
  'description',
  'actors',
  'demands',
  'responses',
  'deadlines',
  'sources',
  'confidence',
  'tags',
  'sequence',
] as const;

/** Makes the event of one shape from the values of its fields, by their position in {@link EVENT_FIELDS}. */
type ShapeLiteral = (v: readonly unknown[]) => Record<string, unknown>;

/** The literal of each shape made so far, by mask. */
const literals: (ShapeLiteral | undefined)[] = [];
/** Set once making code from text has been refused: it is not tried again (a refusal may be reported each time). */
let refused = false;

/**
 * The event whose fields are `v`, by their position in the event schema, giving those whose bits are set in
 * `mask` (bit `i` for the `i`-th field), made by its shape's literal; `undefined` when no literal can be made
 * (a bit beyond the schema's fields, or code may not be made from text): the caller builds it field by field.
 */
export function eventOfShape(mask: number, v: readonly unknown[]): Record<string, unknown> | undefined {
  return (literals[mask] ?? literalOf(mask))?.(v);
}

function literalOf(mask: number): ShapeLiteral | undefined {
  if (refused || !Number.isInteger(mask) || mask <= 0 || mask >= 1 << EVENT_FIELDS.length) return undefined;
  if (z.config().jitless === true) return undefined;
  const fields = EVENT_FIELDS.flatMap((key, i) => ((mask & (1 << i)) === 0 ? [] : [`${key}: v[${i}]`]));
  try {
    // The text is made of this file's field names and numbers only, never of input.
    const literal = new Function('v', `return { ${fields.join(', ')} };`) as ShapeLiteral;
    literals[mask] = literal;
    return literal;
  } catch {
    refused = true;
    return undefined;
  }
}
