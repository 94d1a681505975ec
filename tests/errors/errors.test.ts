import { formatIssues, formatPath, ISSUE_CODES, TimelineError } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';

describe('TimelineError', () => {
  it('carries its issues, frozen, and a readable message', () => {
    const error = new TimelineError([
      { code: 'missing-field', path: ['events', 0, 'title'], message: 'title is required' },
    ]);
    expect(error.name).toBe('TimelineError');
    expect(error.message).toBe('missing-field at events[0].title: title is required');
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('formats odd path parts and escapes control characters', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['a-b', 0, 'c'])).toBe('["a-b"][0].c');
    expect(formatIssues([{ code: 'invalid-date', path: ['x'], message: 'bad \u001b[2J' }])).toBe(
      'invalid-date at x: bad \\u001b[2J',
    );
  });

  it('documents a stable list of codes', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(ISSUE_CODES).toContain('extension-cycle');
  });
});
