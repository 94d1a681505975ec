/**
 * Every human-facing output keeps the sources' claims: where sources disagree (the extended shutdown date of
 * the Pakistan case: 30 December, or 31 December as two outlets give it), each output shows both claims, each
 * with the sources that make it, in the form the format allows.
 */
import { toTimelineJs, writeHtml, writeMarkdown, writeMermaid, writeSvg, writeText } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const claim = (id: string) => {
  const found = blackberryPakistan2015.claims.find((one) => one.id === id);
  if (found === undefined) throw new Error(`no claim ${id}`);
  return found;
};
const thirtieth = claim('exit-date-30-december');
const thirtyFirst = claim('exit-date-31-december');

/** Text with its markup removed, entities read and every run of white space one space. */
function plain(text: string): string {
  return text
    .replace(/<\/?a\b[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the claims of disagreeing sources', () => {
  it('are in the text table (what `show` prints): both dates, each claim with its sources and their words', () => {
    const text = writeText(blackberryPakistan2015, { width: 80 });
    const after = plain(text.slice(text.indexOf('CLAIMS OF THE SOURCES')));
    expect(after).toContain(`${thirtieth.statement} (2015-11-30)`);
    expect(after).toContain(`${thirtyFirst.statement} Sources: nine.com.au; mag92`);
    expect(after).toContain(
      'Sources: Reuters; BBC; Mashable “BlackBerry will be leaving the country on December 30',
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // A query's events are shown alone, as the deadlines are.
    expect(writeText(blackberryPakistan2015, { events: blackberryPakistan2015.events })).not.toContain(
      'CLAIMS',
    );
    expect(writeText(blackberryPakistan2015, { claims: false })).not.toContain('CLAIMS');
  });

  it('follow the Markdown table of the events, each with its sources and their words', () => {
    const markdown = writeMarkdown(blackberryPakistan2015);
    expect(markdown).toContain(
      `| extended-shutdown-date | ${thirtyFirst.statement.replace(/:/g, ':')} |  | nine.com.au; mag92 |`,
    );
    const row = markdown.split('\n').find((line) => line.includes(thirtieth.statement));
    expect(row).toContain('| 2015-11-30 | Reuters; BBC; Mashable “BlackBerry will be leaving the country');
    expect(writeMarkdown(blackberryPakistan2015, { claims: false })).not.toContain(thirtieth.statement);
    expect(writeMarkdown(blackberryPakistan2015, { collection: 'claims' }).split('\n')[0]).toBe(
      '| topic | statement | date | citations |',
    );
  });

  it('are the last section of the Mermaid timeline, a period per topic', () => {
    const mermaid = writeMermaid(blackberryPakistan2015);
    const section = mermaid.slice(mermaid.indexOf('    section Claims of the sources'));
    expect(section).toContain('extended-shutdown-date : The extended shutdown date');
    expect(section).toContain('30 December 2015. (Reuters#59; BBC#59; Mashable)');
    expect(section).toContain('Some outlets give 31 December 2015 as the new shutdown date.');
    expect(section).toContain('(nine.com.au#59; mag92)');
  });

  it('are on the title slide of the TimelineJS3 timeline, each source linked with its words', () => {
    const text = plain(toTimelineJs(blackberryPakistan2015).title.text.text ?? '');
    expect(text).toContain('Claims of the sources');
    expect(text).toContain(`${thirtieth.statement} (2015-11-30) Sources: Reuters; BBC; Mashable “BlackBerry`);
    expect(text).toContain(`${thirtyFirst.statement} Sources: nine.com.au; mag92`);
  });

  it('are under the SVG figure and in the HTML page, each claim with its sources', () => {
    const svg = plain(writeSvg(blackberryPakistan2015));
    expect(svg).toContain(thirtieth.statement);
    expect(svg).toContain(`${thirtyFirst.statement} — nine.com.au; mag92`);
    const html = writeHtml(blackberryPakistan2015);
    const claims = plain(html.slice(html.indexOf('<section class="claims"')));
    expect(claims).toContain(`${thirtyFirst.statement} nine.com.au mag92`);
    expect(claims).toContain(thirtieth.statement);
    expect(claims).toContain('BlackBerry will be leaving the country on December 30');
  });
});
