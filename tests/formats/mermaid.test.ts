import { writeMermaid } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/formats/render/text.js';

/**
 * A fast reading of Mermaid's timeline syntax, for `npm test`: each `period : event` line and each `: event`
 * continuation, entities decoded. Mermaid itself reads the same text back in `mermaid.slow.test.ts`.
 */
function entries(text: string): string[] {
  // The timeline's sections, up to the claims, which follow in a section of their own.
  const timeline = text.split('\n    section Claims of the sources\n')[0] ?? '';
  return timeline
    .split('\n')
    .filter((line) => line.includes(' : ') || /^\s+: /.test(line))
    .map((line) =>
      line
        .slice(line.indexOf(': ') + 2)
        .replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .trim(),
    );
}

describe('writeMermaid', () => {
  it.each(datasets.map((dispute) => [dispute.id, dispute] as const))(
    'names every event and every deadline of %s once',
    (_, dispute) => {
      const written = entries(writeMermaid(dispute));
      expect(written).toHaveLength(dispute.events.length + dispute.deadlines.length);
      const titles = dispute.events.map((event) => visibleText(event.title));
      for (const title of titles) expect(written).toContain(title);
      const deadlines = written.filter((entry) => !titles.includes(entry));
      expect(deadlines).toHaveLength(dispute.deadlines.length);
      for (const entry of deadlines) expect(entry).toMatch(/^Deadline/);
      for (const deadline of dispute.deadlines) {
        const summary = visibleText(deadline.summary ?? '');
        expect(deadlines.filter((entry) => entry.includes(summary)).length).toBeGreaterThan(0);
      }
    },
  );
});
