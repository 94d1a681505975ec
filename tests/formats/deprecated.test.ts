import {
  type Dispute,
  formatICalendar,
  formatMermaid,
  formatPlover,
  formatTimelineJs,
  formatTimelineText,
  formatVisTimeline,
  readJsonLines,
  readJsonl,
  renderCasesSvg,
  renderHtml,
  renderSvg,
  serializeDispute,
  streamJsonLines,
  streamJsonl,
  type TimelineError,
  writeCasesSvg,
  writeHtml,
  writeICalendar,
  writeJson,
  writeJsonLines,
  writeJsonl,
  writeJsonlLines,
  writeMermaid,
  writePlover,
  writeSvg,
  writeText,
  writeTimelineJs,
  writeVisTimeline,
} from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** Everything an async iterator yields. */
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The issues a call throws, as `code at path` lines; none when it returns. */
function issuesOf(call: () => unknown): string[] {
  try {
    call();
    return [];
  } catch (error) {
    return (error as TimelineError).issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`);
  }
}

describe('the deprecated names of the formats', () => {
  it('write what their new names write, with and without options, for every shipped dataset', () => {
    for (const dispute of datasets) {
      const at = dispute.id;
      expect(formatTimelineText(dispute), at).toBe(writeText(dispute));
      expect(formatTimelineText(dispute, { width: 70, heading: false })).toBe(
        writeText(dispute, { width: 70, heading: false }),
      );
      if (dispute.deadlines.length > 0)
        expect(formatICalendar(dispute, { events: false })).toBe(writeICalendar(dispute, { events: false }));
      // Nigeria has no deadline: a calendar of deadlines only would be empty, which both names refuse alike.
      else {
        expect(issuesOf(() => writeICalendar(dispute, { events: false }))).toEqual([
          'too-small at deadlines',
        ]);
        expect(issuesOf(() => formatICalendar(dispute, { events: false }))).toEqual([
          'too-small at deadlines',
        ]);
      }
      expect(formatICalendar(dispute)).toBe(writeICalendar(dispute));
      expect(formatMermaid(dispute)).toBe(writeMermaid(dispute));
      expect(formatPlover(dispute)).toBe(writePlover(dispute));
      expect(formatTimelineJs(dispute)).toBe(writeTimelineJs(dispute));
      expect(formatVisTimeline(dispute, { pointPrecision: 'month' })).toBe(
        writeVisTimeline(dispute, { pointPrecision: 'month' }),
      );
      expect(renderSvg(dispute, { theme: 'dark' })).toBe(writeSvg(dispute, { theme: 'dark' }));
      expect(renderHtml(dispute)).toBe(writeHtml(dispute));
      expect(serializeDispute(dispute, { indent: 0 })).toBe(writeJson(dispute, { indent: 0 }));
      expect(serializeDispute(dispute)).toBe(writeJson(dispute));
    }
    expect(renderCasesSvg(datasets, { anchor: 'first-demand' })).toBe(
      writeCasesSvg(datasets, { anchor: 'first-demand' }),
    );
  });

  it('keep their old results: writeJsonLines gives lines, readJsonLines a promise even for a whole text', async () => {
    const dispute = blackberryPakistan2015;
    const lines = writeJsonLines(dispute);
    expect(typeof lines).not.toBe('string');
    expect([...lines]).toEqual([...writeJsonlLines(dispute)]);
    const text = writeJsonl(dispute);
    const promised = readJsonLines(text);
    expect(promised).toBeInstanceOf(Promise);
    expect(await promised).toEqual(readJsonl(text));
    expect(await readJsonLines(writeJsonlLines(dispute))).toEqual(dispute);
    expect(await all(streamJsonLines(text))).toEqual(await all(streamJsonl(text)));
  });

  it('throw what their new names throw', async () => {
    const bad = { id: 'not a dispute' } as unknown as Dispute;
    const messageOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(messageOf(() => formatTimelineText(bad))).toBe(messageOf(() => writeText(bad)));
    expect(messageOf(() => serializeDispute(bad))).toBe(messageOf(() => writeJson(bad)));
    expect(messageOf(() => renderSvg(bad))).toBe(messageOf(() => writeSvg(bad)));
    expect(messageOf(() => writeJson(bad))).not.toBe('no error');
    const rejected = await readJsonLines('{"collection":"events"}').catch((error: Error) => error.message);
    expect(rejected).toBe(messageOf(() => readJsonl('{"collection":"events"}')));
  });
});
