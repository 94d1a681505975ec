/**
 * The reference part of the CLI guide (docs/cli.md): each `--help` of `dispute-timeline`, word for word. The guide
 * is written by `npx tsx scripts/write-cli-docs.ts`; tests/cli/cli.test.ts checks it against the built binary's
 * `--help`, so a change to a command (or a format added to the registry) fails the test until the guide is
 * written again.
 */

/** Where the generated part starts and ends in docs/cli.md. */
export const BEGIN = '<!-- BEGIN: generated from --help by scripts/write-cli-docs.ts; do not edit -->';
export const END = '<!-- END: generated from --help -->';

/** The generated part, from the help texts: the program's, then each command's. */
export function cliReference(
  programHelp: string,
  commands: readonly { name: string; help: string }[],
): string {
  const block = (text: string) => `\`\`\`text\n${text.trimEnd()}\n\`\`\``;
  return [
    BEGIN,
    '',
    '### dispute-timeline --help',
    '',
    block(programHelp),
    ...commands.flatMap(({ name, help }) => ['', `### dispute-timeline ${name} --help`, '', block(help)]),
    '',
    END,
  ].join('\n');
}
