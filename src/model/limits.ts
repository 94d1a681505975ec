/**
 * Every bound of the model, in one place: the schemas read them here, and so do the fast path of validation
 * (`builder/fast-event.ts`) and the JSON Schema (written from the schemas). Change a bound here and every path
 * accepts the new one; `tests/model/limits.test.ts` checks each at its boundary, through each path.
 */
export const LIMITS = Object.freeze({
  /** Characters of a short text: a name, a title, a label, a tag. */
  shortText: 500,
  /** Characters of a long text: a statement, a quote, a description, a note. */
  longText: 20_000,
  /** Characters of an id. */
  id: 128,
  /** Characters of a URL. */
  url: 2048,
  /** Citations of one record. */
  citations: 1000,
  /** Ids in each of an event's lists of actors, demands, responses and deadlines. */
  eventReferences: 1000,
  /** Ids in each of the lists of a demand (`by`, `of`), a response (`by`, `to`) and a deadline (`setBy`, `demands`). */
  parties: 100,
  /** An event's tags. */
  tags: 100,
  /** An actor's other names. */
  aliases: 100,
  /** An actor's memberships. */
  memberships: 100,
  /** The subjects of one demand. */
  subjects: 20,
  /** The services one demand names. */
  services: 100,
  /** The countries of a dispute. */
  countries: 300,
  /** The highest `sequence` of a record: its order among the records of the same date. */
  sequence: 1_000_000,
  /** The records of one collection of a dispute: far above any real case, a guard against runaway input. */
  records: 5_000_000,
});

/** The characters an id may start with, as the inside of a regular-expression class. */
const ID_FIRST = 'A-Za-z0-9';
/** The characters an id may hold after its first, as the inside of a regular-expression class. */
const ID_REST = 'A-Za-z0-9._:-';

/** What every id matches (at most {@link LIMITS}.id characters): letters, digits, `.`, `_`, `:`, `-`, starting with a letter or digit. */
export const ID_PATTERN: RegExp = new RegExp(`^[${ID_FIRST}][${ID_REST}]*$`);

/**
 * The id pattern as a table of the ASCII codes, for a check that reads a million ids a build: bit 1 when the
 * character may start an id, bit 2 when it may follow. Made from the same classes as {@link ID_PATTERN}; a
 * character outside ASCII is in neither (a check that reads this table leaves such an id to the pattern).
 */
export const ID_CHARACTERS: Readonly<Uint8Array> = /* @__PURE__ */ (() => {
  const first = new RegExp(`^[${ID_FIRST}]$`);
  const rest = new RegExp(`^[${ID_REST}]$`);
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const c = String.fromCharCode(code);
    table[code] = (first.test(c) ? 1 : 0) | (rest.test(c) ? 2 : 0);
  }
  return table;
})();

/** The characters an id may hold, in words, for messages. */
export const ID_IN_WORDS = `1–${LIMITS.id} letters, digits, ".", "_", "-" or ":", starting with a letter or digit`;
