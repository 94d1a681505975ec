import * as library from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { hostileArguments } from './hostile-arguments.js';

const safeFunctions = Object.entries(library).filter(
  ([name, value]) => name.startsWith('safe') && typeof value === 'function',
) as [string, (...args: unknown[]) => unknown][];

/** What a safe function must answer: a result object, with a TimelineError when it failed. */
function expectResult(result: unknown, what: string): void {
  expect(typeof result, what).toBe('object');
  const { success } = result as { success: unknown };
  expect(typeof success, what).toBe('boolean');
  if (success === false) {
    const { error } = result as { error: unknown };
    expect(error, what).toBeInstanceOf(library.TimelineError);
    for (const issue of (error as library.TimelineError).issues)
      expect(issue.message.length, what).toBeLessThanOrEqual(500);
  }
}

describe('every safe… function', () => {
  it('is found among the exports: safeParseDate, safeParseDispute, safeUpdateDispute', () => {
    expect(safeFunctions.map(([name]) => name).sort()).toEqual([
      'safeParseDate',
      'safeParseDispute',
      'safeUpdateDispute',
    ]);
  });

  const seconds: readonly (readonly [string, unknown])[] = [
    ...hostileArguments(),
    ['a built dispute', blackberryPakistan2015],
    ['a recipe', () => {}],
  ];

  it.each(safeFunctions)(
    '%s never throws, whatever its two arguments, and answers a result',
    (name, safe) => {
      for (const [firstName, first] of [
        ...hostileArguments(),
        ['a built dispute', blackberryPakistan2015] as const,
      ])
        for (const [secondName, second] of seconds) {
          const what = `${name}(${firstName}, ${secondName})`;
          let result: unknown;
          expect(() => {
            result = safe(first, second);
          }, what).not.toThrow();
          expectResult(result, what);
        }
    },
  );

  it('builder.safeBuild never throws for a hostile header, a hostile record or a hostile set()', () => {
    for (const [name, value] of hostileArguments()) {
      const builders = [
        () => library.createDispute(value as never),
        () => library.createDispute({ id: 'case', title: 'A case' }).event(value as never),
        () => library.createDispute({ id: 'case', title: 'A case' }).set(value as never),
        () => library.editDispute(blackberryPakistan2015).claim(value as never, value as never),
      ];
      for (const make of builders) {
        let result: unknown;
        expect(() => {
          result = make().safeBuild();
        }, name).not.toThrow();
        expectResult(result, name);
      }
    }
  });
});
