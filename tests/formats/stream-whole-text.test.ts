import { streamCsv, streamJsonl, writeCsv, writeJsonl } from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/**
 * A stream given one whole text (not chunks) still reads it a piece at a time: the first records come before the
 * last rows are read, so that the records of a large text are never all held at once (they were: the whole
 * text went through the parser in one push, and the stream then held every event of it, which made streaming a
 * large string slower per event than reading it whole).
 */
const dispute = generateDispute({ events: 3_000, seed: 5 });

describe.each([
  ['streamCsv', writeCsv(dispute), streamCsv],
  ['streamJsonl', writeJsonl(dispute), streamJsonl],
] as const)('%s of one whole text', (_, text, stream) => {
  it('yields its first record before it has read the rows after the first thousand', async () => {
    const progress: number[] = [];
    const iterator = stream(text, { onProgress: ({ done }) => progress.push(done) });
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(Math.max(...progress)).toBeLessThan(1_000);
    await iterator.return?.();
  });

  it('yields every record, in order, as the same text cut into chunks does', async () => {
    const whole: unknown[] = [];
    for await (const record of stream(text)) whole.push(record);
    const cut: unknown[] = [];
    for await (const record of stream(text.match(/[\s\S]{1,997}/g) ?? [])) cut.push(record);
    expect(whole).toEqual(cut);
    expect(whole.length).toBeGreaterThanOrEqual(3_000);
  });
});

describe('a whole text cut into pieces', () => {
  it('reads a character whose two UTF-16 halves fall in two pieces', async () => {
    // Descriptions of emoji (two UTF-16 units each) over the first piece's end (65,536 units); a title one
    // character longer or not puts the first half of one at the last unit of the piece.
    const withTitle = (title: string) =>
      writeCsv({
        ...dispute,
        events: dispute.events.slice(0, 12).map((event, i) => ({
          ...event,
          title: i === 0 ? title : event.title,
          description: '😀'.repeat(5_000),
        })),
      });
    const csv = [withTitle('T'), withTitle('Tt')].find((text) => {
      const unit = text.charCodeAt(65_535);
      return unit >= 0xd800 && unit <= 0xdbff;
    });
    expect(csv).toBeDefined();
    const descriptions: (string | undefined)[] = [];
    for await (const event of streamCsv(csv as string)) descriptions.push(event.description);
    expect(descriptions).toEqual(Array.from({ length: 12 }, () => '😀'.repeat(5_000)));
  });
});
