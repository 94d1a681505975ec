/**
 * Imports snippet files one after the other in this process and writes each one's error (or null) as JSON.
 * Usage: `node --import tsx tests/docs/run-batch.ts <list.json> <results.json>`; used by `runSnippets` in snippets.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [listFile, resultFile] = process.argv.slice(2) as [string, string];
const paths = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
const results: Record<string, string | null> = {};
const log = console.log;
console.log = () => {}; // the snippets' own output is not the runner's
for (const path of paths) {
  try {
    await import(pathToFileURL(path).href);
    results[path] = null;
  } catch (error) {
    results[path] = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
}
console.log = log;
writeFileSync(resultFile, JSON.stringify(results));
