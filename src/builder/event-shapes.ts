/**
 * An event copied as one object literal per shape: which of the event schema's optional fields it gives.
 *
 * A copy built field by field (`{}`, then a store per field) keeps four fields in the object and the rest in a
 * second array, and the young generation copies both, twice, before they reach the old one: at a million events
 * that was a quarter of a build. An object literal is made in one piece, with every field in the object, and V8
 * learns from a literal's allocation site that its objects live long, so it makes them in the old generation at
 * once. The literals below are the 64 ways to give the six optional fields (`description`, `demands`,
 * `responses`, `deadlines`, `tags`, `sequence`) beside the seven required ones, in the schema's order. A test
 * checks each against the schema's field order; a shape not listed (the schema grew) is built field by field.
 *
 * @module
 */

/**
 * The event whose fields are `v`, by their position in the event schema, giving those whose bits are set in
 * `mask` (bit `i` for the `i`-th field); `undefined` for a shape not written out here.
 */
export function eventOfShape(mask: number, v: readonly unknown[]): Record<string, unknown> | undefined {
  // biome-ignore format: one line per shape
  switch (mask) {
    case 1583: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], sources: v[9], confidence: v[10] };
    case 1599: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], sources: v[9], confidence: v[10] };
    case 1647: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], sources: v[9], confidence: v[10] };
    case 1663: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], sources: v[9], confidence: v[10] };
    case 1711: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], sources: v[9], confidence: v[10] };
    case 1727: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], sources: v[9], confidence: v[10] };
    case 1775: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10] };
    case 1791: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10] };
    case 1839: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 1855: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 1903: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 1919: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 1967: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 1983: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 2031: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 2047: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10] };
    case 3631: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], sources: v[9], confidence: v[10], tags: v[11] };
    case 3647: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], sources: v[9], confidence: v[10], tags: v[11] };
    case 3695: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], sources: v[9], confidence: v[10], tags: v[11] };
    case 3711: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], sources: v[9], confidence: v[10], tags: v[11] };
    case 3759: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], sources: v[9], confidence: v[10], tags: v[11] };
    case 3775: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], sources: v[9], confidence: v[10], tags: v[11] };
    case 3823: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10], tags: v[11] };
    case 3839: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10], tags: v[11] };
    case 3887: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 3903: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 3951: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 3967: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 4015: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 4031: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 4079: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 4095: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11] };
    case 5679: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5695: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5743: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5759: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5807: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5823: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5871: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5887: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5935: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5951: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 5999: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 6015: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 6063: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 6079: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 6127: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 6143: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], sequence: v[12] };
    case 7727: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7743: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7791: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7807: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7855: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7871: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7919: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7935: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7983: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 7999: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 8047: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 8063: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 8111: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 8127: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 8175: return { id: v[0], date: v[1], kind: v[2], title: v[3], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    case 8191: return { id: v[0], date: v[1], kind: v[2], title: v[3], description: v[4], actors: v[5], demands: v[6], responses: v[7], deadlines: v[8], sources: v[9], confidence: v[10], tags: v[11], sequence: v[12] };
    default: return undefined;
  }
}
