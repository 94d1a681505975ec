import {
  type Dispute,
  FORMATS,
  parseDispute,
  readCsv,
  readJsonl,
  streamCsv,
  streamJsonl,
  writeCsv,
  writeJson,
  writeJsonl,
} from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import { describe, it } from 'vitest';
import { expectLinear } from '../support/linear.js';
import { sized } from '../support/mode.js';
import { ALL_HOSTILE, HOSTILE_HTTP_URL, HOSTILE_STRINGS } from './hostile.js';

/*
 * Every format's writer, and the readers of the JSON, JSON Lines and CSV forms, whole and streamed, measured at
 * n and 4n (a minute's work, so under `npm run check`; linear-shapes.slow.test.ts has the shapes that
 * were quadratic). The bound is a
 * ratio (×6, where linear work gives about ×4 and quadratic ×16), never a time: see tests/support/linear.ts.
 */
const TIMEOUT = 120_000;

const generatedBySize = new Map<number, Dispute>();
/** A generated dispute of `n` events, made once for every test that asks for it. */
function generated(n: number): Dispute {
  let dispute = generatedBySize.get(n);
  if (dispute === undefined) {
    dispute = generateDispute({ events: n, seed: 11 });
    generatedBySize.set(n, dispute);
  }
  return dispute;
}

async function drain(iterator: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of iterator);
}

describe('every writer stays linear', () => {
  // png and pdf are the svg writer's picture drawn by a rasterizer whose cost follows the picture's area: they are
  // measured below at a smaller size and, for png, a screen's resolution.
  it.each(
    FORMATS.filter((format) => format.output === 'text').map((format) => [format.name, format] as const),
  )(
    'writes %s for a generated dispute',
    async (name, format) => {
      await expectLinear(name, generated, (d) => format.write(d), sized(1_000, 4_000));
    },
    TIMEOUT,
  );

  it.each([
    ['pdf', {}],
    ['png', { dpi: 48 }],
  ] as const)(
    'draws %s for a generated dispute (a picture of at most 48 lines a lane, so its area stays bounded)',
    async (name, options) => {
      const format = FORMATS.find((one) => one.name === name);
      if (format === undefined) throw new Error(`no format ${name}`);
      await expectLinear(name, generated, (d) => format.write(d, options as never), sized(250, 1_000));
    },
    TIMEOUT,
  );
});

const hostileBySize = new Map<number, Dispute>();
/**
 * `n` events whose every text is hostile (markup, quotes, controls, `;` and `&`), by actors with hostile names,
 * citing sources with a hostile URL: the shape that makes escaping work hardest.
 */
function hostile(n: number): Dispute {
  let dispute = hostileBySize.get(n);
  if (dispute === undefined) {
    dispute = parseDispute({
      id: 'hostile',
      title: ALL_HOSTILE,
      timeZone: 'Asia/Karachi',
      actors: HOSTILE_STRINGS.slice(0, 5).map((name, i) => ({
        id: `a${i}`,
        name: `${name} ${i}`,
        kind: 'company',
      })),
      sources: Array.from({ length: 20 }, (_, i) => ({
        id: `s${i}`,
        publisher: HOSTILE_STRINGS[i % HOSTILE_STRINGS.length],
        url: `${HOSTILE_HTTP_URL}&n=${i} a b`,
      })),
      events: Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        date: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 16),
        kind: 'statement',
        title: HOSTILE_STRINGS[i % HOSTILE_STRINGS.length],
        description: ALL_HOSTILE,
        actors: [`a${i % 5}`, `a${(i + 1) % 5}`],
        sources: [{ source: `s${i % 20}` }],
        confidence: 'confirmed',
        tags: ['a;b', '<t>'],
      })),
    });
    hostileBySize.set(n, dispute);
  }
  return dispute;
}

describe('every writer stays linear on hostile text', () => {
  it.each(
    FORMATS.filter((format) => format.output === 'text').map((format) => [format.name, format] as const),
  )(
    'writes %s for a dispute whose every text is hostile',
    async (name, format) => {
      await expectLinear(`${name} (hostile text)`, hostile, (d) => format.write(d), sized(250, 1_000));
    },
    TIMEOUT,
  );
});

describe('every reader stays linear', () => {
  it(
    'parses the JSON form, reads the JSON Lines and the CSV it writes, whole and as streams',
    async () => {
      // A reader holds all it reads, and from about 5,000 events that outgrows V8's young generation: every
      // reader's time per event steps up once there (readCsv's from 3.3 to 5.9 µs between 4,000 and 16,000 events,
      // then flat to 64,000). Measured across that step, linear work looks like ×6 to ×7; so both sizes sit past it.
      const n = sized(1_000, 16_000);
      const json = (size: number) => JSON.parse(writeJson(generated(size))) as unknown;
      await expectLinear('parseDispute', json, (value) => parseDispute(value), n);
      const jsonl = (size: number) => writeJsonl(generated(size));
      await expectLinear('readJsonl', jsonl, (text) => readJsonl(text), n);
      await expectLinear('streamJsonl', jsonl, (text) => drain(streamJsonl(text)), n);
      const csv = (size: number) => writeCsv(generated(size));
      await expectLinear('readCsv', csv, (text) => readCsv(text), n);
      await expectLinear('streamCsv', csv, (text) => drain(streamCsv(text)), n);
    },
    TIMEOUT,
  );
});
