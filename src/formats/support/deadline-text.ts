/**
 * A deadline's headline for a viewer: `Deadline: <what>`, or the text alone when it already starts with the word
 * (`Deadline moved 90 days…` is not written `Deadline: Deadline moved 90 days…`).
 */
export function deadlineHeadline(what: string): string {
  return /^deadline\b/i.test(what) ? what : `Deadline: ${what}`;
}
