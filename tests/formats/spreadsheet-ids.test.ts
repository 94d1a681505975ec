import { readSpreadsheet } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('readSpreadsheet ids', () => {
  it('reserves the ids the sheet gives before making any up for rows without one', () => {
    const sheet = [
      'Id,Date,Headline,Link',
      ',2015-07-24,Same,https://example.org/a',
      'same,2015-07-25,Other,https://example.org/b',
    ].join('\r\n');
    const dispute = readSpreadsheet(sheet, {
      dispute: { id: 'sheet', title: 'A sheet', timeZone: 'UTC' },
      columns: { id: 'Id', date: 'Date', title: 'Headline', sources: 'Link' },
    });
    expect(dispute.events.map((event) => [event.id, event.title])).toEqual([
      ['same-2', 'Same'],
      ['same', 'Other'],
    ]);
  });

  it('makes an id of at most 60 characters from a long title, cut after a whole word', () => {
    const sheet = [
      'Date,Headline,Link',
      '2014-04-02,Constitutional Court rules the block violates free expression,https://example.org/a',
      `2014-04-03,${'a'.repeat(70)} and more,https://example.org/b`,
      '2014-04-04,Block lifted,https://example.org/c',
    ].join('\r\n');
    const dispute = readSpreadsheet(sheet, {
      dispute: { id: 'sheet', title: 'A sheet', timeZone: 'UTC' },
      columns: { date: 'Date', title: 'Headline', sources: 'Link' },
    });
    expect(dispute.events.map((event) => event.id)).toEqual([
      'constitutional-court-rules-the-block-violates-free',
      'a'.repeat(60),
      'block-lifted',
    ]);
  });

  it('makes of a title of words the longest run of its first words that fits in 60 characters (property)', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,15}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', ', ', ' – '),
        (words, gap) => {
          const dispute = readSpreadsheet(
            ['Date,Headline,Link', `2014-04-02,"${words.join(gap)}",https://example.org/a`].join('\r\n'),
            {
              dispute: { id: 'sheet', title: 'A sheet', timeZone: 'UTC' },
              columns: { date: 'Date', title: 'Headline', sources: 'Link' },
            },
          );
          let fits = 1;
          while (fits < words.length && words.slice(0, fits + 1).join('-').length <= 60) fits++;
          expect(dispute.events[0]?.id).toBe(words.slice(0, fits).join('-'));
        },
      ),
    );
  });
});
