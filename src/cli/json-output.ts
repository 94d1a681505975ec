/**
 * JSON for scripts (`--json`): indented, one document, ending in a newline. Characters that JSON allows raw but
 * a terminal would act on (C1 controls, bidirectional overrides, line and paragraph separators) are written
 * as `\u` escapes: the same JSON, harmless on a screen.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  )}\n`;
}
