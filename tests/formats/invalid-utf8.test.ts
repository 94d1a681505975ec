import { readJsonl, streamCsv, streamJsonl, TimelineError, writeCsv, writeJsonl } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The bytes of `text` with one byte (`0xff`, never UTF-8) put in at the first `needle`, and that byte's offset. */
function withBadByte(text: string, needle: string): { bytes: Uint8Array; byte: number; line: number } {
  const at = text.indexOf(needle);
  const before = utf8(text.slice(0, at));
  const after = utf8(text.slice(at));
  const bytes = new Uint8Array(before.length + 1 + after.length);
  bytes.set(before);
  bytes[before.length] = 0xff;
  bytes.set(after, before.length + 1);
  return { bytes, byte: before.length, line: text.slice(0, at).split('\n').length };
}

/** The bytes cut into chunks of `size`, so that characters fall across chunks. */
const chunksOf = (bytes: Uint8Array, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

async function issuesOf(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return (error as TimelineError).issues;
  }
  throw new Error('expected a TimelineError');
}

async function drain(items: AsyncIterable<unknown>) {
  for await (const _ of items);
}

// A title with characters of two, three and four bytes, so that chunks of 1 to 7 bytes cut them.
const dispute = {
  ...blackberryPakistan2015,
  events: blackberryPakistan2015.events.map((event, i) =>
    i === 0 ? { ...event, title: `Ünïcødé — 中文 😀 ${event.title}` } : event,
  ),
} as typeof blackberryPakistan2015;

const READERS: [string, string, string, (chunks: Uint8Array[]) => Promise<unknown>][] = [
  ['streamCsv', writeCsv(dispute), 'csv-syntax', (chunks) => drain(streamCsv(chunks))],
  ['streamJsonl', writeJsonl(dispute), 'json-syntax', (chunks) => drain(streamJsonl(chunks))],
  ['readJsonl', writeJsonl(dispute), 'json-syntax', (chunks) => readJsonl(chunks)],
];

describe.each(READERS)('%s given bytes', (_, text, code, read) => {
  it('reads a character cut across chunks of any size as that character', async () => {
    for (const size of [1, 2, 3, 5, 7]) await read(chunksOf(utf8(text), size));
  });

  it('reports bytes that are not UTF-8 with their line and byte offset, in chunks of any size', async () => {
    const { bytes, byte, line } = withBadByte(text, 'Interior');
    for (const size of [1, 3, 64, bytes.length]) {
      const issues = await issuesOf(() => read(chunksOf(bytes, size)));
      const found = issues.find((one) => one.message.includes('not UTF-8'));
      expect(found).toMatchObject({ code, path: ['line', line], value: byte });
      expect(found?.message).toBe(`line ${line}: the bytes at offset ${byte} are not UTF-8`);
    }
  });

  it('reports an overlong form, a surrogate and a character cut short at the end', async () => {
    const good = utf8(text);
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe4, 0xb8],
    ]) {
      const bytes = new Uint8Array([...good, ...bad]);
      const issues = await issuesOf(() => read(chunksOf(bytes, 2)));
      expect(issues.find((one) => one.message.includes('not UTF-8'))?.value).toBe(good.length);
    }
  });
});
