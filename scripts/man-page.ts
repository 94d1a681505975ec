/**
 * The manual page of the CLI (man/dispute-timeline.1, declared as `man` in package.json): each `--help` of
 * `dispute-timeline`, word for word, in roff. Written by `npx tsx scripts/write-man-page.ts`; a test checks it
 * against the help texts, so a change to a command fails until the page is written again.
 */

/** Text safe in roff: backslashes doubled as `\e`, a line that starts with `.` or `'` kept as text. */
function roff(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\\/g, '\\e').replace(/^([.'])/, '\\&$1'))
    .join('\n');
}

/** The page: the program's help as its description, then each command's help in a section of its own. */
export function manPage(
  version: string,
  programHelp: string,
  commands: readonly { name: string; summary: string; help: string }[],
): string {
  const block = (text: string) => ['.nf', roff(text.trimEnd()), '.fi'];
  return [
    `.TH DISPUTE-TIMELINE 1 "" "dispute-timeline ${version}" "User Commands"`,
    '.SH NAME',
    'dispute-timeline \\- timelines of disputes between governments and technology companies',
    '.SH SYNOPSIS',
    '.B dispute-timeline',
    '.I command',
    '[arguments] [options]',
    '.SH DESCRIPTION',
    ...block(programHelp),
    '.SH COMMANDS',
    ...commands.flatMap(({ name, summary, help }) => [`.SS ${name}`, roff(summary), '.PP', ...block(help)]),
    '.SH SEE ALSO',
    "The command-line guide, docs/cli.md, and the library's guides in docs/.",
    '',
  ].join('\n');
}
