/**
 * Writes man/dispute-timeline.1 from the CLI's `--help` texts (run after changing a command or adding a format):
 * `npx tsx scripts/write-man-page.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { COMMANDS } from '../src/cli/commands.js';
import { commandHelp, programHelp } from '../src/cli/help.js';
import { manPage } from './man-page.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
mkdirSync('man', { recursive: true });
writeFileSync(
  'man/dispute-timeline.1',
  manPage(
    version,
    programHelp(COMMANDS),
    COMMANDS.map((command) => ({ name: command.name, summary: command.summary, help: commandHelp(command) })),
  ),
);
console.log('wrote man/dispute-timeline.1');
