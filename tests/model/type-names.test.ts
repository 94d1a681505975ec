/**
 * What an editor shows and what a type error says, read from the TypeScript compiler as an editor reads it: the
 * model's types by their names (`Deadline`, `Dispute`, `CountryCode`), not the structures they expand to, and a
 * query refusing an event's id where a deadline belongs. The type tests (`*.test-d.ts`) check what the types are;
 * this checks what they are called.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILE = `${ROOT}tests/model/__type-names__.ts`;
const SOURCE = `import { createDispute, eventsBefore, type CountryCode, type TimelineEventInput } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
export const dispute = blackberryPakistan2015;
export const deadline = dispute.deadlines[0];
export const countries = dispute.countries;
export const before = eventsBefore(dispute, dispute.deadlines[0]?.id ?? 'deadline-2015-11-30');
export const wrongId = eventsBefore(dispute, dispute.events[0]!.id);
export const country: CountryCode = 'XX';
export const event: TimelineEventInput = { id: 'e1', date: '2015-07', kind: 'statement', title: 't', actors: [] };
export const built = createDispute({ id: 'c', title: 'c' }).event({ id: 'e2' });
`;

let service: ts.LanguageService;
let program: ts.Program;

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${ROOT}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [FILE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === FILE ? SOURCE : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === FILE || ts.sys.fileExists(name),
    readFile: (name) => (name === FILE ? SOURCE : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  service = ts.createLanguageService(host);
  const built = service.getProgram();
  if (built === undefined) throw new Error('no program');
  program = built;
}, 120_000);

/** What an editor shows on hovering the first occurrence of `name` in the source. */
function hover(name: string): string {
  const info = service.getQuickInfoAtPosition(FILE, SOURCE.indexOf(name));
  return ts.displayPartsToString(info?.displayParts);
}

/** The compiler's messages on the line that holds `text`. */
function errorsAt(text: string): string {
  const line = SOURCE.slice(0, SOURCE.indexOf(text)).split('\n').length - 1;
  const file = program.getSourceFile(FILE);
  return program
    .getSemanticDiagnostics(file)
    .filter((d) => d.start !== undefined && file?.getLineAndCharacterOfPosition(d.start).line === line)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    .join('\n');
}

describe('the names editors and type errors give the model types', () => {
  it('show a dispute, a deadline and a list of countries by their names', () => {
    expect(hover('dispute =')).toBe('const dispute: Dispute');
    expect(hover('deadline =')).toBe('const deadline: Deadline | undefined');
    expect(hover('countries =')).toBe('const countries: readonly CountryCode[] | undefined');
    expect(hover('before =')).toBe('const before: EventsBefore');
  });

  it('say a country code is not assignable to CountryCode, not to 249 codes', () => {
    expect(errorsAt("country: CountryCode = 'XX'")).toContain(
      `Type '"XX"' is not assignable to type 'CountryCode'.`,
    );
  });

  it('name TimelineEventInput when an event misses fields', () => {
    expect(errorsAt('export const event')).toContain("from type 'TimelineEventInput': sources, confidence");
    expect(errorsAt("event({ id: 'e2' })")).toContain(
      "is not assignable to parameter of type 'TimelineEventInput'",
    );
  });

  it("refuse an event's id where a query takes a deadline, naming both", () => {
    expect(errorsAt('export const wrongId')).toContain(
      "Argument of type 'EventId' is not assignable to parameter of type 'Deadline | DeadlineId'.",
    );
  });
});
