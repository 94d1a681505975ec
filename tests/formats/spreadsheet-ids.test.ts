import { readSpreadsheet } from 'dispute-timeline';
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
});
