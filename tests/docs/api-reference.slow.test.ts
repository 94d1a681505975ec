/**
 * The API reference as TypeDoc builds it: every public export has a summary, a category and an example on the
 * shipped datasets that shows its result; every function documents its parameters, its result and the codes it
 * throws; every example runs, type-checks and shows true results; and nothing but the entry points' own exports
 * is documented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from 'dispute-timeline';
import { ISSUE_CODES } from 'dispute-timeline';
import { ReflectionKind } from 'typedoc';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL } from '../support/mode.js';
import {
  commentsOf,
  DOCUMENTED_KINDS,
  type Export,
  examplesOf,
  exportsOf,
  loadReference,
  type Reference,
  textOf,
} from './reference.js';
import {
  codeBlocks,
  ROOT,
  removeScratchDirs,
  runSnippets,
  scratchDir,
  typeCheckSnippets,
  writeSnippet,
} from './snippets.js';

/** The categories of the reference, in the order typedoc.json lists them. */
const CATEGORIES = ['Model', 'Dates', 'Build', 'Query', 'Formats', 'Datasets', 'Errors'];

let reference: Reference;
let exported: Export[];
let documented: Export[];

afterAll(removeScratchDirs);

beforeAll(async () => {
  reference = await loadReference();
  exported = exportsOf(reference.project);
  documented = exported.filter((e) => DOCUMENTED_KINDS.some((kind) => ReflectionKind[kind] === e.kind));
}, 300_000);

/** The names a module of the source exports, read from its export statements. */
function exportNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      names.push(...statement.exportClause.elements.map((element) => element.name.text));
    } else if (
      (ts.isVariableStatement(statement) || ts.isFunctionDeclaration(statement)) &&
      statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations)
          if (ts.isIdentifier(d.name)) names.push(d.name.text);
      } else if (statement.name) names.push(statement.name.text);
    }
  }
  return names.sort();
}

describe('the API reference', () => {
  it('lists every field of every model type, with its type, whether it is required and its description', () => {
    const objectSchemas = Object.entries(api).filter(
      ([name, value]) =>
        name.endsWith('Schema') &&
        typeof value === 'object' &&
        value !== null &&
        'shape' in value &&
        typeof (value as { shape: unknown }).shape === 'object',
    ) as [string, { shape: Record<string, { description?: string }> }][];
    expect(objectSchemas.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const [schemaName, schema] of objectSchemas) {
      const typeName = schemaName.slice(0, -'Schema'.length);
      const page = exported.find((e) => e.name === `dispute-timeline.${typeName}`);
      if (page === undefined) continue; // a schema without a type of its own name (none today)
      const summary = textOf(page.comment?.summary);
      for (const field of Object.keys(schema.shape)) {
        if (!new RegExp(`^\\| \`${field}\` \\| .+ \\| (required|optional) \\| `, 'm').test(summary))
          missing.push(`${typeName}.${field}`);
      }
    }
    expect(missing).toEqual([]);
    const deadline = exported.find((e) => e.name === 'dispute-timeline.Deadline')?.comment?.summary;
    expect(textOf(deadline)).toMatch(
      /^\| `extends` \| DeadlineId \| optional \| The deadline this one extends/m,
    );
    // The library's own types in a field table are links to their pages.
    expect(
      deadline?.filter((part) => part.kind === 'inline-tag').map((part) => [part.text, 'target' in part]),
    ).toEqual(
      expect.arrayContaining([
        ['DeadlineId', true],
        ['DateValue', true],
        ['DeadlineEnding', true],
      ]),
    );
  });

  it('converts and validates with no TypeDoc warning (broken links, undocumented exports, missing files)', () => {
    expect(reference.warnings).toBe(0);
  });

  it('documents exactly the exports of the three entry points: nothing internal leaks', () => {
    const byModule = (name: string) =>
      exported
        .filter((e) => e.name.startsWith(`${name}.`))
        .map((e) => e.name.slice(name.length + 1))
        .sort();
    expect(byModule('dispute-timeline')).toEqual(exportNames('src/index.ts'));
    expect(byModule('dispute-timeline/datasets')).toEqual(exportNames('src/datasets/index.ts'));
    expect(byModule('dispute-timeline/csv-tables')).toEqual(exportNames('src/csv-tables.ts'));
    expect(documented.length).toBeGreaterThan(100);
  });

  it('gives every exported function, class, variable, type and interface a summary', () => {
    const missing = documented.filter((e) => textOf(e.comment?.summary).trim() === '').map((e) => e.name);
    expect(missing).toEqual([]);
  });

  it('gives every one of them an example on the shipped datasets that shows its result', () => {
    const missing = documented
      .filter((e) => {
        const blocks = commentsOf(e)
          .flatMap(examplesOf)
          .flatMap((example) => codeBlocks(example, e.name));
        return !blocks.some(
          (block) =>
            block.lang === 'ts' &&
            /from '(dispute-timeline\/datasets)'/.test(block.code) &&
            /^\s*\/\/ ?=>/m.test(block.code),
        );
      })
      .map((e) => e.name);
    expect(missing).toEqual([]);
  });

  it('lists every export under one of the categories', () => {
    const outside = documented.filter((e) => !CATEGORIES.includes(e.category ?? '')).map((e) => e.name);
    expect(outside).toEqual([]);
  });

  it('documents every parameter and the result of every function', () => {
    const gaps: string[] = [];
    for (const e of documented.filter((d) => d.kind === 'Function')) {
      e.signatures.forEach((signature, i) => {
        // TypeDoc moves each @param onto its parameter.
        for (const parameter of signature.parameters) {
          if (parameter.text.trim() === '') gaps.push(`${e.name}#${i}: @param ${parameter.name}`);
        }
        const tags = signature.comment?.blockTags ?? [];
        if (!tags.some((tag) => tag.tag === '@returns')) gaps.push(`${e.name}#${i}: @returns`);
      });
    }
    expect(gaps).toEqual([]);
  });

  it('names the error and a documented issue code in every @throws', () => {
    const wrong: string[] = [];
    for (const e of documented) {
      for (const comment of commentsOf(e)) {
        for (const tag of comment.blockTags ?? []) {
          if (tag.tag !== '@throws') continue;
          const text = textOf(tag.content);
          const codes = [...text.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1] as string);
          if (
            !text.startsWith('TimelineError `') ||
            !(ISSUE_CODES as readonly string[]).includes(codes[0] ?? '')
          )
            wrong.push(`${e.name}: @throws ${text.split('\n')[0]}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  describe('its examples', () => {
    const snippets: { name: string; where: string; code: string }[] = [];
    beforeAll(() => {
      for (const e of documented) {
        const seen = new Set<string>();
        for (const example of commentsOf(e).flatMap(examplesOf)) {
          if (seen.has(example)) continue;
          seen.add(example);
          for (const block of codeBlocks(example, `${e.name} @example`, 0)) {
            if (block.lang === 'ts' && !block.flags.includes('no-run'))
              snippets.push({ name: e.name, where: block.where, code: block.code });
          }
        }
      }
    });

    it('run, and show the results the code gives', async () => {
      const dir = scratchDir('api');
      const paths = snippets.map((snippet, i) =>
        writeSnippet(dir, `example-${i}`, snippet.code, snippet.where),
      );
      const results = await runSnippets(paths, dir);
      const failed = paths.flatMap((path, i) => {
        const error = results.get(path) as string | null;
        return error === null ? [] : [`${snippets[i]?.where}: ${error.split('\n').slice(0, 3).join(' | ')}`];
      });
      expect(failed).toEqual([]);
    }, 240_000);

    // Type-checking starts a compiler (about 6 s): under `npm run check` only.
    it.runIf(FULL)(
      'type-check with the project compiler options',
      async () => {
        const errors = await typeCheckSnippets(snippets, scratchDir('api-types'));
        expect(Object.fromEntries(errors)).toEqual({});
      },
      240_000,
    );
  });
});
