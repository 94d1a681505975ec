/**
 * The events CSV of every shipped dataset as its users read it outside JavaScript: R's readr and pandas, from
 * Debian's packages (`r-cran-readr`, `r-cran-jsonlite`, `python3-pandas`; `npm run test:consumers`). Each is
 * told to read every column as text, as the formats guide says; the rows and every value must be ours. Read
 * with their default type guessing, the rows and ids must still be ours (no row broken or merged).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, type CsvCollection, parseDispute, writeCsv } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';

// Debian's interpreters, not whatever python3 is first on PATH (a pyenv one has no pandas).
const RSCRIPT = '/usr/bin/Rscript';
const PYTHON = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'csv-consumers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLLECTIONS = Object.keys(CSV_COLUMNS) as CsvCollection[];
// Hostile text too, but for what no file can carry: UTF-8 has no lone surrogates, and R's strings no NUL.
const hostile = HOSTILE_STRINGS.filter((text) => !/[\u0000\ud800-\udfff]/.test(text)).map((text, i) =>
  parseDispute({ ...hostileDispute(text), id: `hostile-${i}` }),
);
const files = [...datasets, ...hostile].flatMap((dispute) =>
  COLLECTIONS.map((collection) => {
    const path = join(dir, `${dispute.id}-${collection}.csv`);
    const csv = writeCsv(dispute, { collection });
    writeFileSync(path, csv, 'utf8');
    return {
      name: `${dispute.id} ${collection}`,
      path,
      expected: parse(csv, { columns: true }) as Record<string, string>[],
    };
  }),
);

const R_AS_TEXT = `
args <- commandArgs(trailingOnly = TRUE)
for (path in args) {
  df <- readr::read_csv(path, col_types = readr::cols(.default = "c"), na = character(), trim_ws = FALSE, progress = FALSE)
  typed <- suppressMessages(readr::read_csv(path, progress = FALSE, show_col_types = FALSE))
  cat(jsonlite::toJSON(list(rows = df, n_typed = nrow(typed), ids_typed = I(as.character(typed$id)),
    problems = nrow(readr::problems(df))), dataframe = "rows", auto_unbox = TRUE, na = "string"), "\\n")
}
`;

const PANDAS_AS_TEXT = `
import json, sys
import pandas
for path in sys.argv[1:]:
    df = pandas.read_csv(path, dtype=str, keep_default_na=False)
    typed = pandas.read_csv(path)
    print(json.dumps({"rows": df.to_dict(orient="records"), "n_typed": len(typed),
                      "ids_typed": [str(v) for v in typed["id"]]}, ensure_ascii=False))
`;

function script(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

interface Read {
  readonly rows: Record<string, string>[];
  readonly n_typed: number;
  readonly ids_typed: string[];
  readonly problems?: number;
}

function run(command: string, args: string[]): Read[] {
  const out = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Read);
}

describe.runIf(existsSync(RSCRIPT))("R's readr", () => {
  const reads = existsSync(RSCRIPT)
    ? run(RSCRIPT, [script('read.R', R_AS_TEXT), ...files.map((f) => f.path)])
    : [];
  it.each(files.map((file, i) => [file.name, i] as const))('reads %s with our rows and values', (_, i) => {
    const file = files[i];
    const read = reads[i];
    expect(read?.problems).toBe(0);
    // jsonlite writes a data frame of no rows as an empty list.
    expect(read?.rows ?? []).toEqual(file?.expected);
    expect(read?.n_typed).toBe(file?.expected.length);
    expect(read?.ids_typed).toEqual(file?.expected.map((row) => row['id']));
  });
});

describe.runIf(existsSync(PYTHON))('pandas', () => {
  const reads = existsSync(PYTHON) ? run(PYTHON, ['-c', PANDAS_AS_TEXT, ...files.map((f) => f.path)]) : [];
  it.each(files.map((file, i) => [file.name, i] as const))('reads %s with our rows and values', (_, i) => {
    const file = files[i];
    const read = reads[i];
    expect(read?.rows).toEqual(file?.expected);
    expect(read?.n_typed).toBe(file?.expected.length);
    expect(read?.ids_typed).toEqual(file?.expected.map((row) => row['id']));
  });
});
