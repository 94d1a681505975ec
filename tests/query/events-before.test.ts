import { createDispute, eventsBefore, TimelineError, type TimelineEventInput } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

describe('eventsBefore', () => {
  it('lists the events certainly before Pakistan’s 30 December 2015 deadline', () => {
    const { certain, possible } = eventsBefore(blackberryPakistan2015, 'deadline-2015-12-30');
    // The PTA's letters, sent in July and reported on 24 July, head the day of the order.
    expect(certain.map((e) => e.id)).toEqual([
      'india-2010-precedent',
      'pta-directs-operators',
      'interior-ministry-decision',
      'pta-affected-users',
      'blackberry-exit-announced',
      'pta-extends-deadline',
      'blackberry-exit-delayed',
    ]);
    expect(possible).toEqual([]);
  });

  it('accepts the deadline record as well as its id', () => {
    const deadline = blackberryPakistan2015.deadlines[1]!;
    expect(eventsBefore(blackberryPakistan2015, deadline)).toEqual(
      eventsBefore(blackberryPakistan2015, deadline.id),
    );
  });

  it('returns maybe-before events separately when the event has month precision', () => {
    const event = (id: string, date: string): TimelineEventInput => ({
      id,
      date,
      kind: 'statement',
      title: id,
      actors: ['a'],
      sources: [{ source: 's' }],
      confidence: 'confirmed',
    });
    const dispute = createDispute({ id: 'x', title: 'x', timeZone: 'Asia/Karachi' })
      .actor({ id: 'a', name: 'A', kind: 'company' })
      .source({ id: 's', publisher: 'S' })
      .demand({ id: 'd', date: '2015-07', by: ['a'], of: ['a'], subjects: ['other'], summary: 'd' })
      .deadline({ id: 'dl', due: '2015-12-30', setBy: ['a'], demands: ['d'] })
      .event(
        event('july', '2015-07'),
        event('december', '2015-12'),
        event('same-day', '2015-12-30'),
        event('after', '2015-12-31'),
      )
      .build();
    const { certain, possible } = eventsBefore(dispute, 'dl');
    expect(certain.map((e) => e.id)).toEqual(['july']);
    expect(possible.map((e) => e.id)).toEqual(['december', 'same-day']);
  });

  it('throws unknown-reference for a deadline the dispute does not have', () => {
    try {
      eventsBefore(blackberryPakistan2015, 'deadline-1999-01-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TimelineError);
      expect((error as TimelineError).issues[0]).toMatchObject({
        code: 'unknown-reference',
        path: ['deadline'],
      });
    }
  });

  it('returns frozen lists', () => {
    const result = eventsBefore(blackberryPakistan2015, 'deadline-2015-12-30');
    expect(Object.isFrozen(result.certain)).toBe(true);
    expect(Object.isFrozen(result)).toBe(true);
  });
});
