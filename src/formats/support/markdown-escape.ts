/**
 * Escaping of a Markdown table cell, apart from the writer so that mutation testing can aim at it (the
 * `escaping` scope of stryker.config.mjs).
 */

/** Markdown syntax characters, escaped with a backslash so that they show as themselves. */
const SYNTAX = /[\\|*_`[\]<>&~!#]/g;
/** Controls and invisible direction marks, which a cell must not carry: shown as the replacement character. */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A cell's text as Markdown: syntax escaped, line breaks as `<br>`, controls replaced, spaces at the ends kept visible. */
export function escapeCell(text: string): string {
  const escaped = text
    .replace(/\t/g, ' ')
    .replace(CONTROL, '\ufffd')
    .replace(SYNTAX, '\\$&')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
  // Parsers trim a cell's whitespace: keep it at either end as character references.
  return escaped.replace(/^\s+|\s+$/g, (spaces) =>
    Array.from(spaces, (c) => `&#${c.codePointAt(0)};`).join(''),
  );
}
