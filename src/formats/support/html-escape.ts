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
