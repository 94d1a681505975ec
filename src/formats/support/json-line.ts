/**
 * Characters JSON allows raw in a string but that a line reader splits on (U+0085, U+2028, U+2029: Python's
 * `str.splitlines()`, JavaScript's `u` line terminators), that reorder text (bidi controls), or that hide
 * (C1 controls, the BOM): written as `\u` escapes. JSON itself already escapes the C0 controls.
 */
const UNSAFE_IN_LINE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A value as one line of JSON, ending in `\n`: the same JSON `JSON.stringify` gives, with the characters that
 * could break the line or disguise it escaped, so any line-splitting reader sees exactly one record.
 */
export function jsonLine(value: unknown): string {
  const json = JSON.stringify(value).replace(
    UNSAFE_IN_LINE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
