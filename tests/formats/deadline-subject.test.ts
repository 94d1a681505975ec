import { createDispute, writeICalendar, writePlover, writeTimelineJs } from 'dispute-timeline';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

/** The UAE's suspension as the getting-started guide builds it: a deadline with no summary of its own. */
const uae = createDispute({ id: 'uae-2010', title: 'UAE and BlackBerry, 2010', timeZone: 'Asia/Dubai' })
  .actor(
    { id: 'tra', name: 'Telecommunications Regulatory Authority', kind: 'regulator', country: 'AE' },
    { id: 'rim', name: 'Research In Motion', kind: 'company', country: 'CA' },
  )
  .source({
    id: 'national',
    publisher: 'The National',
    title: 'BlackBerry service suspension withdrawn',
    url: 'https://www.thenationalnews.com/uae/blackberry-service-suspension-withdrawn-1.496591/',
  })
  .demand({
    id: 'compliance',
    date: '2010-08-01',
    by: ['tra'],
    of: ['rim'],
    subjects: ['service-suspension'],
    summary: 'BlackBerry Messenger, e-mail and web browsing to be suspended from 11 October 2010',
  })
  .deadline({
    id: 'suspension',
    due: '2010-10-11',
    setBy: ['tra'],
    demands: ['compliance'],
    sources: [{ source: 'national' }],
  })
  .build();

const SUBJECT = 'BlackBerry Messenger, e-mail and web browsing to be suspended from 11 October 2010';

describe('a deadline without a summary', () => {
  it('is titled by the summary of the demand it enforces in a calendar, not by the demand id', () => {
    const calendar = new ICAL.Component(ICAL.parse(writeICalendar(uae)));
    const titles = calendar.getAllSubcomponents('vevent').map((entry) => new ICAL.Event(entry).summary);
    expect(titles).toEqual([`Deadline: ${SUBJECT}`]);
  });

  it('is titled by the same words in TimelineJS3 and in PLOVER', () => {
    const { events } = JSON.parse(writeTimelineJs(uae)) as { events: { text: { headline: string } }[] };
    expect(events.map((slide) => slide.text.headline)).toEqual([expect.stringContaining(SUBJECT)]);
    const records = writePlover(uae)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { event_text: string[] });
    expect(records.map((record) => record.event_text)).toContainEqual([`Deadline for ${SUBJECT}`]);
  });
});
