/**
 * Hostile text for testing every text output of the library: terminal escape sequences, C1 controls,
 * bidirectional overrides, markup, quotes, line breaks, lone surrogates, and URLs that are not http(s).
 * Exporters reuse these: build {@link hostileDispute} with each of {@link HOSTILE_STRINGS}, render it, and check
 * the output with {@link controlCharactersIn} (for terminals) or by reading it back (for lossless formats).
 */
import type { DisputeInput } from 'dispute-timeline';
import fc from 'fast-check';

/** Strings that try to escape the text they are put in. Each is short enough for any text field (500). */
export const HOSTILE_STRINGS: readonly string[] = [
  '\u001b[2J\u001b[H screen cleared',
  '\u001b[31mred\u001b[0m and \u001b[1mbold\u001b[0m',
  '\u001b]0;window title set by the data\u0007',
  '\u001b]8;;https://evil.example/\u0007a hidden link\u001b]8;;\u0007',
  '\u009b2J C1 control sequence introducer',
  '\u009d0;C1 operating system command\u009c',
  'bell\u0007 backspace\b\b\b carriage\rreturn',
  'NUL\u0000 DEL\u007f NEL\u0085 vertical\u000btab form\u000cfeed',
  'right-to-left override \u202eelif.exe\u202c and embedding \u202bx\u202c',
  'isolates \u2066a\u2069 \u2067b\u2069 \u2068c\u2069 and marks \u200e\u200f\u061c',
  'line\nbreak, windows\r\nbreak, unicode\u2028line\u2029paragraph',
  '<script>alert("xss")</script>',
  '"><img src=x onerror=alert(1)>',
  `"double" 'single' \`backtick\` \\backslash\\ /slash/`,
  '"}],"injected":true,"x":[{"',
  'javascript:alert(document.cookie)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the hostile text here
  '${process.exit(1)} {{constructor.constructor("alert(1)")()}} %s%n%x',
  'lone surrogates \ud800 and \udfff, a pair 😀, zero-width\u200djoiner, BOM\ufeff',
  '../../../../etc/passwd',
  '  \t leading and trailing whitespace \t  ',
  '- [link](javascript:alert(1)) | table | cell |\n# heading',
  '&lt;already&gt; &amp; escaped &#x3C;',
  // Markdown and GFM inline syntax: strike-through, emphasis, strong, images, autolinks, code, footnotes
  '~~struck~~ ~single~ *em* **strong** _under_ __double__ ***both***',
  '![an image](https://evil.example/x.png) [a link](https://evil.example) <https://evil.example> www.evil.example',
  '`code` ``two`` [^note] \\*escaped\\* \\_ # not a heading ## \\# 1. not a list + plus = equals',
  '| a | b |\n| --- | --- |\n> quote\n---\n***\n    indented code',
];

/** One string holding every hostile string, cut to the 500 characters a short text may have. */
export const ALL_HOSTILE = HOSTILE_STRINGS.join(' ').slice(0, 500);

/** Source URLs that must be rejected with `invalid-url`: only absolute http(s) URLs are links. */
export const NON_HTTP_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  'ftp://example.org/report',
  '//evil.example/protocol-relative',
  '/relative/path',
  'example.org/no-scheme',
];

/** An http(s) URL that is valid but still carries markup and quotes in its query. */
export const HOSTILE_HTTP_URL = 'https://example.org/a?q=<script>alert("x")</script>&r=\'"';

/** Characters that must never reach a terminal: C0 and C1 controls, DEL, bidi controls, line separators. */
const CONTROL = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

/**
 * The control characters in a text, as `U+XXXX at index`, leaving out the ones allowed (by default, `\n`).
 * Empty when the text is safe to print.
 */
export function controlCharactersIn(text: string, allowed: readonly string[] = ['\n']): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CONTROL)) {
    if (allowed.includes(match[0])) continue;
    found.push(
      `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at ${match.index}`,
    );
  }
  return found;
}

/** A fast-check arbitrary of text mixing hostile strings, hostile characters and plain words, 1–500 characters. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.constantFrom(
        '\u001b',
        '\u009b',
        '\u0000',
        '\n',
        '\r',
        '\u202e',
        '\u2066',
        '"',
        "'",
        '<',
        '>',
        '&',
        '\\',
      ),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ maxLength: 20 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join('').slice(0, 500))
  .filter((text) => text.length > 0);

/**
 * A valid dispute in its JSON form with `text` in every text field: the dispute's title and summary, actors'
 * names, aliases, roles and descriptions, sources' publishers, titles, authors and notes, every summary,
 * statement, consequence, justification, quote and note, events' titles, descriptions and tags, claims' topics
 * and statements, and the unit of a figure. Its one URL is {@link HOSTILE_HTTP_URL}.
 *
 * @param text - 1 to 500 characters
 */
export function hostileDispute(text: string): DisputeInput {
  const cite = [{ source: 'src', quote: text, note: text }];
  return {
    id: 'hostile',
    title: text,
    summary: text,
    timeZone: 'Asia/Karachi',
    countries: ['PK'],
    actors: [
      { id: 'gov', name: text, kind: 'government', country: 'PK', aliases: [text], description: text },
      { id: 'co', name: text, kind: 'company', memberships: [{ organization: 'gov', role: text }] },
    ],
    sources: [
      {
        id: 'src',
        publisher: text,
        title: text,
        url: HOSTILE_HTTP_URL,
        published: '2015-07-24',
        author: text,
        copyOf: text,
        note: text,
      },
    ],
    demands: [
      {
        id: 'dem',
        date: '2015-07-24',
        by: ['gov'],
        of: ['co'],
        subjects: ['lawful-access'],
        services: [text],
        summary: text,
        consequence: text,
        justification: text,
        sources: cite,
      },
    ],
    responses: [
      {
        id: 'res',
        date: { value: '2015-11-30', timeZone: 'America/Toronto' },
        by: ['co'],
        to: ['dem'],
        stance: 'refuse',
        summary: text,
        statement: text,
        sources: cite,
      },
    ],
    deadlines: [
      {
        id: 'dl',
        due: '2015-11-30',
        setBy: ['gov'],
        demands: ['dem'],
        summary: text,
        consequence: text,
        sources: cite,
      },
    ],
    events: [
      {
        id: 'e1',
        date: '2015-07',
        kind: 'notification',
        title: text,
        description: text,
        actors: ['gov', 'co'],
        demands: ['dem'],
        deadlines: ['dl'],
        sources: cite,
        confidence: 'reported',
        tags: [text],
      },
      {
        id: 'e2',
        date: { value: '2015-11-30', timeZone: 'America/Toronto' },
        kind: 'announcement',
        title: text,
        actors: ['co'],
        responses: ['res'],
        sources: cite,
        confidence: 'confirmed',
      },
    ],
    claims: [
      {
        id: 'claim',
        topic: text,
        statement: text,
        quantity: { low: 1, high: 2, qualifier: 'about', unit: text },
        date: '2015-07-24',
        sources: cite,
        confidence: 'confirmed',
      },
    ],
  };
}

/** How many text fields {@link hostileDispute} fills: a check that a format shows or keeps each of them. */
export function countTextFields(dispute: unknown, text: string): number {
  if (dispute === text) return 1;
  if (typeof dispute !== 'object' || dispute === null) return 0;
  return Object.values(dispute).reduce<number>((sum, value) => sum + countTextFields(value, text), 0);
}
