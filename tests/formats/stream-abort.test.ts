import { readJsonl, streamCsv, streamJsonl, TimelineError, writeCsv, writeJsonl } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** An input of chunks that records whether it was closed, and can wait forever before a chunk. */
function trackedInput(chunks: readonly string[], stallAt = Number.POSITIVE_INFINITY) {
  const state = { closed: false, asked: 0 };
  const iterator: AsyncIterableIterator<string> = {
    [Symbol.asyncIterator]: () => iterator,
    next: () => {
      const at = state.asked++;
      if (at >= stallAt) return new Promise(() => {});
      return Promise.resolve(
        at < chunks.length ? { done: false, value: chunks[at] as string } : { done: true, value: undefined },
      );
    },
    return: () => {
      state.closed = true;
      return Promise.resolve({ done: true, value: undefined });
    },
  };
  return { input: iterator, state };
}

const lines = (text: string) => text.split(/(?<=\n)/);

const STREAMS: [
  string,
  string[],
  (input: AsyncIterable<string>, signal?: AbortSignal) => AsyncIterableIterator<unknown>,
][] = [
  [
    'streamCsv',
    lines(writeCsv(blackberryPakistan2015)),
    (input, signal) => streamCsv(input, signal ? { signal } : {}),
  ],
  [
    'streamJsonl',
    lines(writeJsonl(blackberryPakistan2015)),
    (input, signal) => streamJsonl(input, signal ? { signal } : {}),
  ],
];

describe.each(STREAMS)('%s', (_, chunks, stream) => {
  it('closes its input when return() is called before the first next()', async () => {
    const { input, state } = trackedInput(chunks);
    await stream(input).return?.();
    expect(state.closed).toBe(true);
    expect(state.asked).toBe(0);
  });

  it('closes its input when the consumer breaks out of the loop', async () => {
    const { input, state } = trackedInput(chunks);
    for await (const _ of stream(input)) break;
    expect(state.closed).toBe(true);
  });

  it('rejects with the signal reason and closes its input when aborted while it waits for a chunk', async () => {
    const { input, state } = trackedInput(chunks, 3);
    const controller = new AbortController();
    const items = stream(input, controller.signal);
    const pending = (async () => {
      for await (const _ of items);
    })();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reason = new Error('stopped by the user');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(state.closed).toBe(true);
  });

  it('rejects with an AbortError when the signal was aborted before it began, and closes its input', async () => {
    const { input, state } = trackedInput(chunks);
    const items = stream(input, AbortSignal.abort());
    await expect(items.next()).rejects.toMatchObject({ name: 'AbortError' });
    expect(state.closed).toBe(true);
  });

  it('stops between the items of one chunk once aborted', async () => {
    const controller = new AbortController();
    const items = stream(trackedInput([chunks.join('')]).input, controller.signal);
    await items.next();
    controller.abort();
    await expect(items.next()).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the signal option', () => {
  it('is refused with invalid-argument when it is not an AbortSignal, by every reader that takes it', async () => {
    const bad = { signal: 'stop' } as unknown as { signal: AbortSignal };
    expect(() => streamCsv([], bad)).toThrow(TimelineError);
    expect(() => streamJsonl([], bad)).toThrow(TimelineError);
    await expect(readJsonl([], bad)).rejects.toMatchObject({
      issues: [{ code: 'invalid-argument', path: ['options', 'signal'] }],
    });
  });

  it('stops readJsonl reading chunks, with the signal reason', async () => {
    const { input, state } = trackedInput(lines(writeJsonl(blackberryPakistan2015)), 2);
    const controller = new AbortController();
    const reading = readJsonl(input, { signal: controller.signal });
    controller.abort('enough');
    await expect(reading).rejects.toBe('enough');
    expect(state.closed).toBe(true);
  });
});
