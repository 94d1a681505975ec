import { createDispute, formatTimelineText } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const HOSTILE =
  '\u001b[31mred\u001b[0m <script>alert(1)</script> "quoted" \'single\'\nnew line\u202eevil\u0007bell';

describe('formatTimelineText', () => {
  it('prints the title, the zone and one row per event with its date as the source gives it', () => {
    const text = formatTimelineText(blackberryPakistan2015, { width: 120 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Pakistan and BlackBerry Enterprise Service, 2015');
    expect(lines[1]).toBe('Dates are local to Asia/Karachi unless marked.');
    expect(text).toContain('2015-11-30 (Toronto)');
    expect(text).toMatch(/^2015-12-31 \(Toronto\)\s+rescission\s+BlackBerry/m);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps every line within the width', () => {
    for (const width of [60, 80, 100, 140]) {
      const lines = formatTimelineText(blackberryPakistan2015, { width }).split('\n');
      for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(width);
    }
  });

  it('prints only the events it is given, without a heading when asked', () => {
    const events = blackberryPakistan2015.events.slice(0, 1);
    const text = formatTimelineText(blackberryPakistan2015, { events, heading: false });
    expect(text.split('\n')[0]).toMatch(/^DATE/);
    expect(text.split('\n').filter((line) => /^\d{4}/.test(line))).toHaveLength(1);
  });

  it('lets no control character or escape sequence from the data reach the terminal', () => {
    const dispute = createDispute({ id: 'hostile', title: HOSTILE })
      .actor({ id: 'a', name: HOSTILE, kind: 'company' })
      .source({ id: 's', publisher: HOSTILE })
      .event({
        id: 'e',
        date: '2015-01-01',
        kind: 'statement',
        title: HOSTILE,
        actors: ['a'],
        sources: [{ source: 's' }],
        confidence: 'confirmed',
      })
      .build();
    const text = formatTimelineText(dispute, { width: 200 });
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.split('\n').filter((line) => line.includes('new line'))).not.toHaveLength(0);
    expect(text).toContain('␛[31mred');
  });
});
