/**
 * Escaping of a Mermaid `timeline` line, apart from the writer so that mutation testing can aim at it (the
 * `escaping` scope of stryker.config.mjs).
 */
import { visibleText } from '../render/text.js';

/**
 * Characters that break a Mermaid `timeline` and the entity each is written as: `:` splits an event, `#` starts
 * an entity (and a line starting with it is dropped), `;` ends one, `%` starts a comment or directive, `<` `>`
 * `&` `"` and the backtick would be read as markup.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  ':': '#58;',
  '#': '#35;',
  ';': '#59;',
  '%': '#37;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#38;',
  '"': '#34;',
  '`': '#96;',
  '{': '#123;',
  '}': '#125;',
};

/** Text for a Mermaid line: one line, every breaking character written as its entity, never empty. */
export function mermaidText(text: string): string {
  const shown = visibleText(text).replace(/[:#;%<>&"`{}]/g, (c) => ESCAPES[c] ?? c);
  return shown === '' ? '(untitled)' : shown;
}
