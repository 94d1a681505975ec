/**
 * Writes the reference part of docs/cli.md from the CLI's `--help` texts (run after changing a command or adding a
 * format): `npx tsx scripts/write-cli-docs.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { COMMANDS } from '../src/cli/commands.js';
import { commandHelp, programHelp } from '../src/cli/help.js';
import { BEGIN, cliReference, END } from './cli-reference.js';

const path = 'docs/cli.md';
const guide = readFileSync(path, 'utf8');
const start = guide.indexOf(BEGIN);
const end = guide.indexOf(END);
if (start === -1 || end === -1) throw new Error(`${path} has no generated part between ${BEGIN} and ${END}`);
const reference = cliReference(
  programHelp(COMMANDS),
  COMMANDS.map((command) => ({ name: command.name, help: commandHelp(command) })),
);
writeFileSync(path, guide.slice(0, start) + reference + guide.slice(end + END.length));
console.log(`wrote the reference part of ${path}`);
