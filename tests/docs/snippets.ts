/**
 * Documentation snippets as programs: extracts code blocks from Markdown, rewrites the package's imports to the
 * sources, turns every shown result (`//=> value`) into a check, and runs the results with tsx in one child process.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RUNTIME = join(ROOT, 'tests/docs/runtime.ts');
const BATCH = join(ROOT, 'tests/docs/run-batch.ts');

/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  /** Where it is, for messages: `docs/dates.md:42` (the line of the opening fence). */
  readonly where: string;
  /** The fence's language, `ts`. */
  readonly lang: string;
  /** Words after the language: `no-run` keeps a block from running. */
  readonly flags: readonly string[];
  readonly code: string;
}

/** Every fenced block of a Markdown text, with the line of its opening fence. */
export function codeBlocks(markdown: string, name: string, firstLine = 1): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(\w+)?\s*(.*)$/.exec(lines[i] as string);
    if (open === null) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j] as string)) body.push(lines[j++] as string);
    blocks.push({
      where: `${name}:${i + firstLine}`,
      lang: open[1] ?? '',
      flags: (open[2] ?? '').split(/\s+/).filter(Boolean),
      code: `${body.join('\n')}\n`,
    });
    i = j;
  }
  return blocks;
}

/** Points `dispute-timeline` and its subpaths at the sources, as a user's install would. */
export function rewriteImports(code: string): string {
  return code
    .replace(/from\s+(['"])dispute-timeline\/datasets\1/g, `from '${join(ROOT, 'src/datasets/index.ts')}'`)
    .replace(/from\s+(['"])dispute-timeline\/csv-tables\1/g, `from '${join(ROOT, 'src/csv-tables.ts')}'`)
    .replace(/from\s+(['"])dispute-timeline\1/g, `from '${join(ROOT, 'src/index.ts')}'`);
}

/** A shown result: `//=> value` or `// => value`, after a statement or alone on the line below it. */
const SHOWN = /^\/\/\s?=>\s?(.*)$/;

/**
 * Rewrites every statement followed by a shown result into a check of that result:
 * - `console.log(x); //=> v` checks the logged value and still prints it;
 * - `expression; //=> v` checks the expression's value;
 * - `const name = …; //=> v` checks the variable.
 * The shown value must be a JavaScript expression (a literal). Checks that are never reached fail the snippet.
 */
export function instrument(code: string, where: string): string {
  const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStatement(node)) statements.push(node);
    node.forEachChild(visit);
  };
  file.forEachChild(visit);

  const edits: { start: number; end: number; text: string }[] = [];
  const ids: string[] = [];
  const all = comments(code);
  for (const [index, comment] of all.entries()) {
    const shown = SHOWN.exec(comment.text);
    if (shown === null) continue;
    let expected = (shown[1] ?? '').trim();
    // A long result continues on the following comment lines: `//    ['b', 2]]`.
    for (let next = index + 1; !isExpression(expected) && next < all.length; next++) {
      const more = all[next] as { pos: number; text: string };
      if (
        SHOWN.test(more.text) ||
        !/^\s*$/.test(code.slice(all[next - 1]!.pos, more.pos).replace(/^[^\n]*/, ''))
      )
        break;
      expected += ` ${more.text.slice(2).trim()}`;
    }
    // `[a, b, ...]` shows the first elements of a longer list.
    expected = expected.replace(/(,|\[)\s*\.\.\.\s*(?=\])/g, '$1 __docs.REST');
    const line = file.getLineAndCharacterOfPosition(comment.pos).line + 1;
    const id = `${where} line ${line}`;
    // The innermost statement that ends right before the comment, with only blanks and comments in between.
    const target = statements
      .filter(
        (s) => s.end <= comment.pos && /^(\s|\/\/(?!\s?=>)[^\n]*)*$/.test(code.slice(s.end, comment.pos)),
      )
      .sort((a, b) => b.end - a.end || b.getStart() - a.getStart())[0];
    if (target === undefined) throw new Error(`${id}: a shown result (//=>) must follow a statement`);
    const want = `() => (${expected})`;
    if (ts.isExpressionStatement(target)) {
      const e = target.expression;
      // `console.log(x)` checks `x`, and still prints it.
      const logged =
        ts.isCallExpression(e) && e.expression.getText(file) === 'console.log' && e.arguments.length === 1
          ? e.arguments[0]
          : undefined;
      const value = (logged ?? e).getText(file);
      const print = logged === undefined ? '' : ', true';
      edits.push({
        start: e.getStart(file),
        end: e.end,
        text: `__docs.check(${JSON.stringify(id)}, (${value}), ${want}${print})`,
      });
    } else if (
      ts.isVariableStatement(target) &&
      target.declarationList.declarations.length === 1 &&
      ts.isIdentifier(target.declarationList.declarations[0]!.name)
    ) {
      const name = target.declarationList.declarations[0]!.name.text;
      edits.push({
        start: target.end,
        end: target.end,
        text: ` __docs.check(${JSON.stringify(id)}, ${name}, ${want});`,
      });
    } else {
      throw new Error(`${id}: a shown result (//=>) must follow an expression, a console.log or a const`);
    }
    ids.push(id);
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return (
    // Imports are hoisted, so `start()` runs after the snippet's imports and before its first statement.
    `import '${RUNTIME}';\ndeclare const __docs: any;\n__docs.start();\n${out}\n` +
    `__docs.finish(${JSON.stringify(ids)});\nexport {};\n`
  );
}

/** Whether a text is one complete JavaScript expression. */
function isExpression(text: string): boolean {
  const out = ts.transpileModule(`(${text});`, { reportDiagnostics: true, fileName: 'e.ts' });
  return text.trim() !== '' && (out.diagnostics ?? []).length === 0;
}

/** The single-line comments of a program, found by the parser (so `//` inside a string is not one). */
function comments(code: string): { pos: number; text: string }[] {
  const found: { pos: number; text: string }[] = [];
  const file = ts.createSourceFile('c.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia || seen.has(range.pos)) continue;
      seen.add(range.pos);
      found.push({ pos: range.pos, text: code.slice(range.pos, range.end) });
    }
  };
  // Every token, closing braces and the end of the file included, so that a comment closing a block is found.
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(code, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(code, node.end));
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return found.sort((a, b) => a.pos - b.pos);
}

/**
 * A new scratch folder for snippet files, under the repository's ignored `.tmp/` so that the compiler finds
 * `node_modules` and the tsconfig paths of `dispute-timeline` as a user's project would.
 */
export function scratchDir(prefix: string): string {
  const parent = join(ROOT, '.tmp', 'docs');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${prefix}-`));
  scratchDirs.push(dir);
  return dir;
}

const scratchDirs: string[] = [];

/** Removes the scratch folders made in this process: call it in `afterAll`. */
export function removeScratchDirs(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Type-checks snippets as they are written (imports of `dispute-timeline` resolved by the tsconfig paths), with
 * the project's compiler options; answers the errors of each snippet, by its `where`.
 */
export function typeCheckSnippets(
  snippets: readonly { where: string; code: string }[],
  dir: string,
): Promise<Map<string, string[]>> {
  const byFile = new Map<string, string>();
  snippets.forEach((snippet, i) => {
    const name = `typed-${i}.ts`;
    byFile.set(name, snippet.where);
    writeFileSync(join(dir, name), `${snippet.code}\nexport {};\n`);
  });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: relative(dir, join(ROOT, 'tsconfig.json')),
      // A snippet may show a value without using it.
      compilerOptions: { noUnusedLocals: false, noUnusedParameters: false, incremental: false },
      include: ['typed-*.ts'],
    }),
  );
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  return new Promise((done) => {
    execFile(
      process.execPath,
      [tsc, '-p', dir, '--pretty', 'false'],
      { cwd: ROOT, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout) => {
        const errors = new Map<string, string[]>();
        for (const line of stdout.split('\n')) {
          const match = /(typed-\d+\.ts)\((\d+),\d+\): (error .*)$/.exec(line);
          if (match === null) continue;
          const where = byFile.get(match[1] as string) ?? (match[1] as string);
          errors.set(where, [...(errors.get(where) ?? []), `line ${match[2]}: ${match[3]}`]);
        }
        if (errors.size === 0 && /error TS/.test(stdout)) errors.set('(tsc)', [stdout]);
        done(errors);
      },
    );
  });
}

/** Writes a snippet, instrumented and with its imports rewritten, as `name.ts` in `dir`. */
export function writeSnippet(dir: string, name: string, code: string, where: string): string {
  const path = join(dir, `${name}.ts`);
  writeFileSync(path, instrument(rewriteImports(code), where));
  return path;
}

/**
 * Runs snippet files in one child process, imported one after the other (one tsx start-up instead of one per
 * snippet); answers each file's error, or null when it ran and every shown result held. The child inherits the
 * environment, `TZ` included, so the snippets run in the machine's time zone as a user's code would. Every path
 * gets an entry.
 */
export function runSnippets(paths: readonly string[], dir: string): Promise<Map<string, string | null>> {
  const list = join(dir, 'batch.json');
  const out = join(dir, 'results.json');
  writeFileSync(list, JSON.stringify(paths));
  return new Promise((done, failed) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', BATCH, list, out],
      { cwd: ROOT, timeout: 240_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, _stdout, stderr) => {
        if (error !== null) return failed(new Error(`the snippet runner failed: ${stderr}`));
        const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string | null>;
        done(
          new Map(
            paths.map((path) => [path, path in results ? (results[path] as string | null) : 'not run']),
          ),
        );
      },
    );
  });
}
