/**
 * The writers' escaping, character by character: each character a Markdown cell, a Mermaid line or a JSON line
 * must change is changed to exactly what the writer documents, and its neighbours (the first character outside
 * each range) are left alone. The writers' own tests read whole outputs back; these pin the escapes themselves,
 * so that a dropped character or a shifted range is seen (the mutation scope `escaping`).
 */
import { describe, expect, it } from 'vitest';
import { jsonLine } from '../../../src/formats/support/json-line.js';
import { escapeCell } from '../../../src/formats/support/markdown-escape.js';
import { mermaidText } from '../../../src/formats/support/mermaid-escape.js';

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The characters Markdown, Mermaid and line readers must not see raw: both ends of each range and one inside. */
const HIDDEN = [
  '\u0000',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u000e',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202c',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
];
/** The first character past each of those ranges: shown as itself. */
const SHOWN = [
  '\u007e',
  '\u00a1',
  '\u061b',
  '\u061d',
  '\u200d',
  '\u2010',
  '\u2029',
  '\u202f',
  '\u2065',
  '\u206a',
];

describe('escapeCell (a Markdown table cell)', () => {
  it('writes each Markdown syntax character after a backslash, and leaves letters, digits and other marks alone', () => {
    for (const c of '\\|*_`[]<>&~!#') expect(escapeCell(`a${c}b`)).toBe(`a\\${c}b`);
    expect(escapeCell('~~x~~ *x* _x_ ![x](y) <b>')).toBe(
      '\\~\\~x\\~\\~ \\*x\\* \\_x\\_ \\!\\[x\\](y) \\<b\\>',
    );
    expect(escapeCell('a-b+c.d(e)f=g"h\'i:j;k%l{m}n$o^p@q,r/s?')).toBe(
      'a-b+c.d(e)f=g"h\'i:j;k%l{m}n$o^p@q,r/s?',
    );
  });

  it('writes every control and direction mark as U+FFFD, and the characters just past each range as themselves', () => {
    for (const c of HIDDEN.filter((c) => c !== '\u0085')) expect(escapeCell(`a${c}b`)).toBe('a\ufffdb');
    expect(escapeCell('a\u0085b')).toBe('a\ufffdb');
    for (const c of SHOWN.filter((c) => c !== '\u007e' && c !== '\u2029'))
      expect(escapeCell(`a${c}b`)).toBe(`a${c}b`);
  });

  it('writes each line break as one <br>, a CRLF too, and a tab as a space', () => {
    expect(escapeCell('a\nb\rc\r\nd\u2028e\u2029f')).toBe('a<br>b<br>c<br>d<br>e<br>f');
    expect(escapeCell('a\n\nb')).toBe('a<br><br>b');
    expect(escapeCell('a\tb')).toBe('a b');
  });

  it('keeps spaces at either end visible as character references, and the spaces inside as they are', () => {
    expect(escapeCell('  a  b  ')).toBe('&#32;&#32;a  b&#32;&#32;');
    expect(escapeCell('\ta\u00a0')).toBe('&#32;a&#160;');
    expect(escapeCell('a')).toBe('a');
    expect(escapeCell('')).toBe('');
  });
});

describe('mermaidText (a Mermaid timeline line)', () => {
  it('writes each character that breaks a Mermaid timeline as its entity, and other marks as themselves', () => {
    const entities: Record<string, string> = {
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
    for (const [c, entity] of Object.entries(entities)) expect(mermaidText(`a${c}b`)).toBe(`a${entity}b`);
    expect(mermaidText('%%{init}%% a: b')).toBe('#37;#37;#123;init#125;#37;#37; a#58; b');
    expect(mermaidText("a-b+c.d(e)f=g'h[i]j*k_l~m!n|o")).toBe("a-b+c.d(e)f=g'h[i]j*k_l~m!n|o");
  });

  it('writes text on one line with its spaces collapsed, and an empty or blank text as (untitled)', () => {
    expect(mermaidText(' a \n\t b ')).toBe('a b');
    expect(mermaidText('a\u202eb')).toBe('a\ufffdb');
    expect(mermaidText('')).toBe('(untitled)');
    expect(mermaidText(' \n ')).toBe('(untitled)');
    expect(mermaidText('x')).toBe('x');
  });
});

describe('jsonLine (one line of JSON Lines)', () => {
  it('is JSON.stringify ending in one newline, with the characters a line reader splits on or that hide as \\u escapes', () => {
    for (const c of [...HIDDEN.filter((c) => c.charCodeAt(0) >= 0x7f), '\u2028', '\u2029'])
      expect(jsonLine({ a: `x${c}y` })).toBe(`{"a":"x${hex(c)}y"}\n`);
    for (const c of SHOWN.filter((c) => c !== '\u2029')) expect(jsonLine(`x${c}y`)).toBe(`"x${c}y"\n`);
    expect(jsonLine({ a: 'tab\there', b: [1, null] })).toBe('{"a":"tab\\there","b":[1,null]}\n');
    expect(JSON.parse(jsonLine('\u2028\ufeff'))).toBe('\u2028\ufeff');
  });
});
