import { parseDispute, writeHtml, writeICalendar } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { hostileDispute } from '../reliability/hostile.js';

/** URLs the model accepts that carry characters which would disguise or break a printed address. */
const DISGUISED_URLS = [
  'https://example.org/invoice-\u202eexe.pdf',
  'https://example.org/a\u2066b\u2069c\u200f',
  'https://example.org/report?q=\u0085next\u2028line',
  'https://example.org/\u009bc1-control',
  'https://example.org/a path with spaces',
];

const withUrl = (url: string) =>
  parseDispute({
    ...hostileDispute('text'),
    sources: [{ ...hostileDispute('text').sources?.[0], url }],
  } as never);

/** Every control, bidi, separator or space character in a text. */
const unsafe = (text: string) => text.match(/[\p{Cc}\p{Bidi_Control}\u2028\u2029 ]/gu) ?? [];

describe('a source URL with control or bidi characters', () => {
  it.each(DISGUISED_URLS)('is kept as given by the model: %j', (url) => {
    expect(withUrl(url).sources[0]?.url).toBe(url);
  });

  it.each(DISGUISED_URLS)(
    'is written percent-encoded into the HTML href and its printed address: %j',
    (url) => {
      const html = writeHtml(withUrl(url));
      const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1] as string);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(unsafe(href)).toEqual([]);
        // The browser decodes the href to the same URL it would have made of the one given.
        expect(new URL(href.replaceAll('&amp;', '&')).href).toBe(new URL(url).href);
      }
    },
  );

  it.each(DISGUISED_URLS)('is written percent-encoded into the iCalendar description and URL: %j', (url) => {
    const ics = writeICalendar(withUrl(url)).replace(/\r\n /g, '');
    const addresses = [
      ...[...ics.matchAll(/^URL:(.*)$/gm)].map((match) => match[1] as string),
      ...[...ics.matchAll(/<(https:[^>]*)>/g)].map((match) => match[1] as string),
    ];
    expect(addresses.length).toBeGreaterThan(1);
    for (const address of addresses) {
      expect(unsafe(address)).toEqual([]);
      expect(new URL(address.replace(/\\([;,\\])/g, '$1')).href).toBe(new URL(url).href);
    }
  });
});
