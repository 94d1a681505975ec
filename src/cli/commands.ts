import type { CommandSpec } from './command.js';
import { completionCommand } from './commands/completion.js';
import { deadlinesCommand } from './commands/deadlines.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { listCommand } from './commands/list.js';
import { queryCommand } from './commands/query.js';
import { schemaCommand } from './commands/schema.js';
import { showCommand } from './commands/show.js';
import { validateCommand } from './commands/validate.js';

/** Every command, in the order `--help` lists them. Adding one is a file in `commands/` and a line here. */
export const COMMANDS: readonly CommandSpec[] = Object.freeze([
  listCommand,
  showCommand,
  queryCommand,
  deadlinesCommand,
  exportCommand,
  importCommand,
  validateCommand,
  schemaCommand,
  completionCommand(() => COMMANDS),
]);

/** The command a name (or an alias's first word) stands for. */
export function commandNamed(name: string): CommandSpec | undefined {
  return COMMANDS.find(
    (command) => command.name === name || command.aliases?.some((alias) => alias.split(' ')[0] === name),
  );
}
