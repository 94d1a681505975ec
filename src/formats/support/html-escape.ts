/** Text made inert for HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Text made inert for HTML element content only: `&`, `<` and `>` escaped, quotes and apostrophes kept as they
 * are (they mean nothing there). For text a viewer sets as an element's HTML and never puts in an attribute, so
 * that what is written still reads as the text (`Telegram's`, not `Telegram&#39;s`).
 */
export function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Text without the control characters no viewer should receive: C0 and C1 controls (tab, line feed and carriage
 * return kept), bidi controls that would reorder what is shown, line and paragraph separators (as line feeds);
 * lone surrogates replaced by U+FFFD.
 */
export function withoutControls(text: string): string {
  return text
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      '',
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * A URL as an RFC 3986 URI: WHATWG-serialised, then every character a URI may not hold percent-encoded
 * (the model accepts `https://example.org/?q=<a>`; a URI reader would not).
 */
export function asUri(url: string): string {
  let href = url;
  try {
    href = new URL(url).href;
  } catch {
    // a URL the model accepted always parses; keep it as given otherwise
  }
  return href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (character) =>
    encodeURIComponent(character),
  );
}

/** The named references {@link decodeHtml} reads: those {@link escapeHtml} writes, and `&apos;` and `&nbsp;`. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** A character reference {@link decodeHtml} reads: numeric (decimal or hex), or one of {@link NAMED}. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;

/**
 * Text with the character references {@link escapeHtml} writes (and numeric ones, and `&apos;`, `&nbsp;`)
 * decoded: the text that HTML shows. A reference to no character (0, a surrogate, beyond U+10FFFF) and any other
 * `&` are kept as written, not guessed at.
 */
export function decodeHtml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
      ? whole
      : String.fromCodePoint(code);
  });
}

/** A character reference {@link decodeHtml} reads, ending the text: at most ten characters (`&#x10FFFF;`). */
const ENDS_IN_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);$/;

/**
 * Escaped text split on `;`, but not on the `;` that ends a character reference: `AT&amp;T;PTA` is `AT&amp;T`
 * and `PTA`. A `;` inside a part is written `&#59;` ({@link escapeHtmlList}).
 */
export function splitEscaped(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf(';'); at !== -1; at = text.indexOf(';', at + 1)) {
    if (ENDS_IN_REFERENCE.test(text.slice(Math.max(from, at - 10), at + 1))) continue;
    parts.push(text.slice(from, at));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Parts escaped for HTML element content and joined by `;`, each part's own `;` written `&#59;`, as
 * {@link splitEscaped} reads.
 */
export function escapeHtmlList(parts: readonly string[]): string {
  return parts.map((part) => part.split(';').map(escapeHtmlText).join('&#59;')).join(';');
}
