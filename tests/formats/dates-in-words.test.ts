import { FORMATS, parseDispute } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/**
 * Pakistan's case as a researcher would record it where sources disagree, with the sets the modelling guide
 * recommends: the exit announced on one of two days (in Waterloo), the extended deadline due on one of two
 * days, and the first deadline extended on one of two days.
 */
function withSets() {
  const json = JSON.parse(JSON.stringify(blackberryPakistan2015));
  const [first, second] = json.deadlines;
  first.outcome.on = '[2015-11-29,2015-11-30]';
  second.due = '[2015-12-30,2015-12-31]';
  const rescission = json.events.find((event: { id: string }) => event.id === 'rescission-announced');
  rescission.date = { value: '[2015-12-30,2015-12-31]', timeZone: 'America/Toronto' };
  return parseDispute(json);
}

/** The text of a format's output as a reader sees it: iCalendar's lines unfolded and its commas unescaped. */
const readable = (text: string) => text.replace(/\r\n[ \t]/g, '').replaceAll('\\,', ',');

/** The formats that say a date in words (the others give the EDTF text itself, or instants). */
const IN_WORDS = ['timelinejs', 'timelinejs-sheet', 'vis-timeline', 'ical', 'plover'];

describe('a set of dates in words', () => {
  const dispute = withSets();

  // The text formats: png and pdf are the svg picture, which is among them.
  it.each(
    FORMATS.filter((format) => format.output === 'text').map((format) => [format.name, format] as const),
  )('%s never writes a set as an interval from the set to itself', (_, format) => {
    const text = readable(String(format.write(dispute)));
    expect(text).not.toMatch(/[\]}] to [[{]/);
    expect(text).not.toContain('[2015-12-30,2015-12-31] to');
  });

  it.each(IN_WORDS)(
    '%s says a set as one of its members, in the same words as every other format',
    (name) => {
      const format = FORMATS.find((one) => one.name === name);
      const text = readable(String(format?.write(dispute)));
      expect(text).toContain('one of 2015-12-30, 2015-12-31');
    },
  );

  it.each(['vis-timeline', 'timelinejs', 'ical'])(
    "%s says which deadline one extends, due on one of two days, and when a deadline's ending was",
    (name) => {
      const format = FORMATS.find((one) => one.name === name);
      const text = readable(String(format?.write(dispute)));
      expect(text).toContain('Outcome: extended on one of 2015-11-29, 2015-11-30.');
    },
  );
});
