/**
 * The HTML helpers the writers share (the HTML page, the viewers' JSON, the TimelineJS sheet), pinned value by
 * value: each character they change is changed to exactly what they document, and each character reference
 * `decodeHtml` reads, or refuses to guess at, is checked at both ends of its range (the mutation scope
 * `escaping`).
 */
import { describe, expect, it } from 'vitest';
import {
  asUri,
  decodeHtml,
  escapeHtml,
  escapeHtmlList,
  escapeHtmlText,
  splitEscaped,
  withoutControls,
} from '../../../src/formats/support/html-escape.js';

describe('escapeHtml and escapeHtmlText', () => {
  it('write the five characters HTML reads as markup as their references, and escapeHtmlText only &, < and >', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    expect(escapeHtmlText(`a&b<c>d"e'f`)).toBe(`a&amp;b&lt;c&gt;d"e'f`);
  });
});

describe('withoutControls', () => {
  it('writes a line or paragraph separator as a line feed', () => {
    expect(withoutControls('a\u2028b\u2029c')).toBe('a\nb\nc');
  });

  it('drops C0 and C1 controls and direction marks, and keeps tab, line feed and carriage return', () => {
    expect(withoutControls('a\u0000b\u0008c\u001fd\u007fe\u009ff\u200eg\u202eh\u2066i')).toBe('abcdefghi');
    expect(withoutControls('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('writes a lone high or low surrogate as U+FFFD and keeps a pair that makes one character', () => {
    expect(withoutControls('a\ud800b')).toBe('a\ufffdb');
    expect(withoutControls('a\udc00b')).toBe('a\ufffdb');
    expect(withoutControls('end\ud83d')).toBe('end\ufffd');
    expect(withoutControls('a\ud83d\ude00b')).toBe('a\ud83d\ude00b');
  });
});

describe('asUri', () => {
  it("gives the URL's WHATWG serialisation: scheme and host in lower case, a space in the path percent-encoded", () => {
    expect(asUri('HTTPS://Example.ORG/a b')).toBe('https://example.org/a%20b');
  });

  it('percent-encodes the characters a URI may not hold that WHATWG leaves raw (| ^ { } in a fragment)', () => {
    expect(asUri('https://example.org/a|b#x{y}|z^w')).toBe('https://example.org/a%7Cb#x%7By%7D%7Cz%5Ew');
  });

  it('keeps what does not parse as a URL as written, with the characters a URI may not hold percent-encoded', () => {
    expect(asUri('not a url')).toBe('not%20a%20url');
  });
});

describe('decodeHtml', () => {
  it('reads the named references escapeHtml writes, and &apos; and &nbsp;', () => {
    expect(decodeHtml('&amp;&lt;&gt;&quot;&apos;&#39;&nbsp;')).toBe(`&<>"''\u00a0`);
  });

  it('reads decimal and hexadecimal references, in either case of x', () => {
    expect(decodeHtml('&#65;&#x42;&#X43;&#x1F600;')).toBe('ABC\u{1f600}');
  });

  it('reads the last code point before the surrogates, the first after them, and U+10FFFF', () => {
    expect(decodeHtml('&#xD7FF;|&#xE000;|&#x10FFFF;|&#1;')).toBe('\ud7ff|\ue000|\u{10ffff}|\u0001');
  });

  it('keeps a reference to no character as written: 0, a surrogate at either end, beyond U+10FFFF', () => {
    for (const reference of ['&#0;', '&#x0;', '&#xD800;', '&#55296;', '&#xDFFF;', '&#57343;', '&#x110000;'])
      expect(decodeHtml(`a${reference}b`)).toBe(`a${reference}b`);
  });

  it('keeps an & that starts no reference it reads, and text without any & as it is', () => {
    expect(decodeHtml('AT&T &copy; &amp')).toBe('AT&T &copy; &amp');
    expect(decodeHtml('plain text')).toBe('plain text');
  });
});

describe('splitEscaped and escapeHtmlList', () => {
  it('splits on every ; but the one that ends a character reference', () => {
    expect(splitEscaped('a;b;c')).toEqual(['a', 'b', 'c']);
    expect(splitEscaped('AT&amp;T;PTA')).toEqual(['AT&amp;T', 'PTA']);
    expect(splitEscaped('x&#59;y;&#x10FFFF;;z')).toEqual(['x&#59;y', '&#x10FFFF;', 'z']);
    expect(splitEscaped('one')).toEqual(['one']);
    expect(splitEscaped('a;')).toEqual(['a', '']);
    expect(splitEscaped(';a')).toEqual(['', 'a']);
  });

  it("writes each part's own ; as &#59; and joins the parts by ;, which splitEscaped and decodeHtml read back", () => {
    const parts = ['AT&T; Canada', '<b>', 'plain'];
    const written = escapeHtmlList(parts);
    expect(written).toBe('AT&amp;T&#59; Canada;&lt;b&gt;;plain');
    expect(splitEscaped(written).map(decodeHtml)).toEqual(parts);
  });
});
