import { createDispute, parseDispute, TimelineError, writeICalendar } from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  saudiBlackberry2010,
} from 'dispute-timeline/datasets';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { ALL_HOSTILE, controlCharactersIn, HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { oneEventDispute } from '../support/disputes.js';
import { heavyRuns } from '../support/runs.js';

interface Entry {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  stamp: string;
}

/** The entries as ical.js reads them. */
function read(text: string): Entry[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      summary: event.summary,
      description: event.description,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('writeICalendar', () => {
  it('is read by ical.js with one entry per deadline and event, all-day for the days the sources give', () => {
    const entries = read(writeICalendar(blackberryPakistan2015));
    expect(entries).toHaveLength(
      blackberryPakistan2015.deadlines.length + blackberryPakistan2015.events.length,
    );
    expect(entries.every((entry) => entry.allDay)).toBe(true);
    const due = entries.find(
      (entry) => entry.uid === 'deadline-deadline-2015-12-30@blackberry-pakistan-2015.dispute-timeline',
    );
    expect(due).toMatchObject({ start: '2015-12-30', end: '2015-12-31' });
    // BlackBerry's announcement is dated in Toronto: its own day there, not the day in Karachi.
    const exit = entries.find((entry) => entry.uid.startsWith('event-blackberry-exit-announced@'));
    expect(exit).toMatchObject({ start: '2015-11-30', end: '2015-12-01' });
  });

  it('names the calendar with the dispute title as ical.js reads it, commas and all, never a backslash', () => {
    for (const dispute of datasets) {
      const calendar = new ICAL.Component(ICAL.parse(writeICalendar(dispute)));
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(dispute.title);
    }
    const hostile = parseDispute(hostileDispute('a, b; c\\ d\ne'));
    const calendar = new ICAL.Component(ICAL.parse(writeICalendar(hostile)));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(hostile.title);
  });

  it('says in each deadline of a chain which deadline it extends and which extends it, as ical.js reads the description', () => {
    const entries = read(writeICalendar(indiaBlackberry2010));
    const description = (id: string) =>
      entries.find((entry) => entry.uid === `deadline-${id}@india-blackberry-2010.dispute-timeline`)
        ?.description ?? '';
    expect(description('deadline-2010-08-31')).toContain('Extended to 2010-10-31.');
    expect(description('deadline-2010-10-31')).toContain('Extends the deadline of 2010-08-31.');
    expect(description('deadline-2010-10-31')).toContain('Extended to 2011-01-31.');
    expect(description('deadline-2011-01-31')).toContain('Extends the deadline of 2010-10-31.');
    expect(description('deadline-2010-09-22')).not.toMatch(/Extend/);
  });

  it('says in its description when an event is only reported or unverified, and only then', () => {
    for (const dispute of datasets) {
      const entries = read(writeICalendar(dispute));
      for (const event of dispute.events) {
        const entry = entries.find((one) => one.uid === `event-${event.id}@${dispute.id}.dispute-timeline`);
        if (event.confidence === 'confirmed') expect(entry?.description).not.toContain('Confidence');
        else expect(entry?.description).toContain(`Confidence: ${event.confidence}, not confirmed.`);
      }
    }
    const saudi = read(writeICalendar(saudiBlackberry2010));
    expect(
      saudi.find((entry) => entry.uid.startsWith('event-citc-notifies-providers@'))?.description,
    ).toContain('Confidence: reported, not confirmed.');
  });

  it('says how each deadline ended and when, in the words ical.js reads back', () => {
    const entries = read(writeICalendar(blackberryPakistan2015));
    const description = (id: string) =>
      entries.find((entry) => entry.uid === `deadline-${id}@blackberry-pakistan-2015.dispute-timeline`)
        ?.description;
    expect(description('deadline-2015-11-30')).toContain('Outcome: extended on 2015-11-30.');
    // The rescission is not dated by the sources: the ending says so in its note.
    expect(description('deadline-2015-12-30')).toContain(
      "Outcome: rescinded. The date of the government's decision is not known",
    );
    const india = read(writeICalendar(indiaBlackberry2010));
    expect(
      india.find((entry) => entry.uid.startsWith('deadline-deadline-2010-10-31@'))?.description,
    ).toContain('Outcome: extended on about 2010-10-12.');
  });

  it('spans every day an imprecise date may stand for: a month, a year, an approximate day', () => {
    const entries = read(writeICalendar(indiaBlackberry2010));
    const byId = (id: string) => entries.find((entry) => entry.uid.startsWith(`event-${id}@`));
    expect(byId('interception-system-ready')).toMatchObject({ start: '2013-07-01', end: '2013-08-01' });
    expect(byId('extension-to-2011-01-31')).toMatchObject({ start: '2010-10-11', end: '2010-10-14' });
    const pakistan = read(writeICalendar(blackberryPakistan2015));
    expect(pakistan.find((entry) => entry.uid.startsWith('event-india-2010-precedent@'))).toMatchObject({
      start: '2010-01-01',
      end: '2011-01-01',
    });
  });

  it("writes a time in Monrovia's 1960 offset of −00:44:30 at its instant, in UTC, as ical.js reads it", () => {
    const late = oneEventDispute(
      { id: 'monrovia', title: 'M', timeZone: 'Africa/Monrovia' },
      '1960-01-01T23:30',
    );
    // 00:14:30 UTC on 2 January: a calendar in Monrovia shows it at 23:30 on the 1st, one elsewhere at its own time.
    expect(read(writeICalendar(late))[0]).toMatchObject({
      start: '1960-01-02T00:14:30Z',
      end: '1960-01-02T00:15:30Z',
      allDay: false,
    });
  });

  it('writes a time known to the minute as an entry at that time, and a day, a month or an approximate time as all-day entries', () => {
    const at = (date: string) =>
      read(writeICalendar(oneEventDispute({ id: 'wa', title: 'W', timeZone: 'America/Sao_Paulo' }, date)))[0];
    // The WhatsApp block of 2 May 2016 began at 14:00 in São Paulo (UTC−3).
    expect(at('2016-05-02T14:00')).toMatchObject({
      start: '2016-05-02T17:00:00Z',
      end: '2016-05-02T17:01:00Z',
    });
    expect(at('2016-05-02T14:00:30')).toMatchObject({
      start: '2016-05-02T17:00:30Z',
      end: '2016-05-02T17:00:31Z',
    });
    expect(at('2016-05-02T14:00:30.250')).toMatchObject({
      start: '2016-05-02T17:00:30Z',
      end: '2016-05-02T17:00:31Z',
    });
    expect(at('2016-05-02T14:00Z')).toMatchObject({ start: '2016-05-02T14:00:00Z', allDay: false });
    expect(at('2016-05-02')).toMatchObject({ start: '2016-05-02', end: '2016-05-03', allDay: true });
    expect(at('2016-05')).toMatchObject({ start: '2016-05-01', end: '2016-06-01', allDay: true });
    expect(at('2016-05-02T14:00/2016-05-03T13:00')).toMatchObject({ allDay: true });
  });

  it('ends every line in CRLF and folds every line at 75 octets, CJK and emoji included, without losing text', () => {
    const title = `${'截止日期延长至十二月三十日，'.repeat(8)} 🇵🇰📱🔒 ${'😀'.repeat(30)} é`;
    const dispute = createDispute({ id: 'folding', title, timeZone: 'Asia/Karachi' })
      .actor({ id: 'gov', name: 'Government', kind: 'government' })
      .source({ id: 'src', publisher: 'Publisher' })
      .event({
        id: 'e',
        date: '2015-11-30',
        kind: 'statement',
        title,
        actors: ['gov'],
        sources: [{ source: 'src' }],
        confidence: 'reported',
      })
      .build();
    const text = writeICalendar(dispute);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\ufffd');
    expect(read(text)[0]?.summary).toBe(title);
  });

  it('escapes TEXT so that ical.js reads back backslashes, semicolons, commas and new lines', () => {
    const title = 'a\\b; c, d\ne: f';
    const dispute = createDispute({ id: 'escapes', title: 'T' })
      .actor({ id: 'gov', name: 'Government', kind: 'government' })
      .source({ id: 'src', publisher: 'P' })
      .event({
        id: 'e',
        date: '2015-11-30',
        kind: 'statement',
        title,
        description: 'x;y',
        actors: ['gov'],
        sources: [{ source: 'src' }],
        confidence: 'reported',
      })
      .build();
    const text = writeICalendar(dispute);
    expect(text).toContain('SUMMARY:a\\\\b\\; c\\, d\\ne: f\r\n');
    expect(read(text)[0]?.summary).toBe(title);
    expect(read(text)[0]?.description.startsWith('x;y\n')).toBe(true);
  });

  it('gives stable, unique UIDs and a DTSTAMP derived from the data, not the clock', () => {
    for (const dispute of datasets) {
      const text = writeICalendar(dispute);
      const entries = read(text);
      expect(new Set(entries.map((entry) => entry.uid)).size).toBe(entries.length);
      for (const entry of entries)
        expect(entry.uid).toMatch(
          new RegExp(`^(deadline|event)-[a-z0-9-]+@${dispute.id}\\.dispute-timeline$`),
        );
      expect(text.match(/^DTSTAMP:\d{8}T\d{6}Z$/gm)).toHaveLength(entries.length);
      expect(writeICalendar(parseDispute(JSON.stringify(dispute)))).toBe(text);
    }
    // The last instant any date stands for: 31 December 2015 in Toronto ends at 04:59:59Z on 1 January.
    expect(read(writeICalendar(blackberryPakistan2015))[0]?.stamp).toBe('2016-01-01T04:59:59Z');
    expect(writeICalendar(blackberryPakistan2015, { stamp: '2026-01-01T00:00:00Z' })).toContain(
      'DTSTAMP:20260101T000000Z\r\n',
    );
  });

  it('writes calendars ical.js reads for random disputes: every entry, folded, with a DTEND after its DTSTART', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = parseDispute(randomDisputeInput(g));
        const expected = dispute.deadlines.length + dispute.events.length;
        if (expected === 0) return;
        const text = writeICalendar(dispute);
        for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const entries = read(text);
        expect(entries).toHaveLength(expected);
        for (const entry of entries) {
          // All-day, or at a time in UTC: never a floating time a calendar would read in its own zone.
          expect(entry.allDay || (entry.start.endsWith('Z') && entry.end.endsWith('Z'))).toBe(true);
          expect(entry.end > entry.start, `${entry.start} ${entry.end}`).toBe(true);
        }
      }),
      heavyRuns(60),
    );
  });

  it('writes a day its zone skipped (Kiritimati went from 30 December 1994 to 1 January 1995) as the day it resolves to', () => {
    const dispute = oneEventDispute(
      { id: 'skipped', title: 'Skipped', timeZone: 'Pacific/Kiritimati' },
      '1994-12-31',
    );
    const [entry] = read(writeICalendar(dispute));
    expect([entry?.start, entry?.end]).toEqual(['1995-01-01', '1995-01-02']);
  });

  it('keeps each deadline of a chain as its own entry, related to the one it extends', () => {
    const text = writeICalendar(blackberryPakistan2015, { events: false });
    expect(read(text).map((entry) => entry.start)).toEqual(['2015-11-30', '2015-12-30']);
    expect(text.replaceAll('\r\n ', '')).toContain(
      'RELATED-TO;RELTYPE=SIBLING:deadline-deadline-2015-11-30@blackberry-pakistan-2015.dispute-timeline\r\n',
    );
  });

  it('refuses bad options and a dispute with nothing to put in a calendar', () => {
    expect(() => writeICalendar(blackberryPakistan2015, { stamp: 'yesterday' })).toThrow(TimelineError);
    expect(() => writeICalendar(blackberryPakistan2015, { events: 'yes' as never })).toThrow(TimelineError);
    const empty = createDispute({ id: 'empty', title: 'Nothing dated' }).build();
    try {
      writeICalendar(empty);
      expect.unreachable();
    } catch (error) {
      expect((error as TimelineError).issues.map((issue) => issue.code)).toEqual(['too-small']);
    }
  });

  it.each([...HOSTILE_STRINGS, ALL_HOSTILE].map((text) => [JSON.stringify(text).slice(0, 50), text]))(
    'writes hostile text %s as escaped TEXT with no control character',
    (_, text) => {
      const ics = writeICalendar(parseDispute(hostileDispute(text)));
      // A tab is white space in TEXT; nothing else below U+0020 may appear.
      expect(controlCharactersIn(ics.replaceAll('\r\n', ''), ['\t'])).toEqual([]);
      for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
      const entries = read(ics);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(controlCharactersIn(entry.summary, ['\t', '\n', '\r'])).toEqual([]);
    },
  );
});
