/**
 * Mermaid 11 itself, under jsdom, reading a `timeline` diagram back: the periods and events it understood, its
 * entities decoded (`#58;` → `:`), as the format notes describe (`mermaidAPI.getDiagramFromText` then
 * `db.getTasks()`).
 */
import { JSDOM } from 'jsdom';

/** What Mermaid read: the title, and each period with its section and events. */
export interface MermaidReading {
  readonly title: string;
  readonly periods: readonly {
    readonly section: string;
    readonly period: string;
    readonly events: readonly string[];
  }[];
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Mermaid keeps an entity as `ﬂ°°58¶ß` (a number) or `ﬂ°lt¶ß` (a name) until it draws: decode both. */
function decode(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (whole, name: string) => NAMED[name] ?? whole)
    .trim();
}

type MermaidModule = typeof import('mermaid');
let loaded: Promise<MermaidModule['default']> | undefined;

async function mermaid(): Promise<MermaidModule['default']> {
  loaded ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    const globals = globalThis as Record<string, unknown>;
    globals['window'] ??= dom.window;
    globals['document'] ??= dom.window.document;
    const module = (await import('mermaid')).default;
    module.initialize({ startOnLoad: false });
    return module;
  })();
  return loaded;
}

/** Parses a diagram with Mermaid and returns what it read. */
export async function readMermaid(text: string): Promise<MermaidReading> {
  const diagram = await (await mermaid()).mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as {
    getTasks(): { section: string; task: string; events: string[] }[];
    getCommonDb(): { getDiagramTitle(): string };
  };
  return {
    title: decode(db.getCommonDb().getDiagramTitle()),
    periods: db.getTasks().map((task) => ({
      section: decode(task.section),
      period: decode(task.task),
      events: task.events.map(decode),
    })),
  };
}
