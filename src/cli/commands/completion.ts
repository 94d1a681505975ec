import { type CommandSpec, defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { shown } from '../shown.js';
import { didYouMean } from '../suggest.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

/**
 * `dispute-timeline completion bash|zsh|fish`: a shell completion script, made from the same command
 * definitions as `--help`. Made from a function that lists the commands, so that this file does not import the
 * list it is on.
 */
export function completionCommand(commands: () => readonly CommandSpec[]): CommandSpec {
  return defineCommand({
    name: 'completion',
    summary: 'a completion script for bash, zsh or fish',
    usage: ['completion <bash|zsh|fish>'],
    description: [
      'Prints a script that completes the commands and their options. Load it from your shell’s start-up file: ' +
        'bash: eval "$(dispute-timeline completion bash)"; zsh: eval "$(dispute-timeline completion zsh)"; ' +
        'fish: dispute-timeline completion fish | source.',
    ],
    arguments: [{ name: '<bash|zsh|fish>', description: 'the shell to complete in' }],
    positionals: { min: 1, max: 1 },
    options: [],
    examples: [
      'completion bash >> ~/.bash_completion',
      'completion fish > ~/.config/fish/completions/dispute-timeline.fish',
    ],
    async run(context) {
      const shell = context.args.positionals[0] as string;
      if (!(SHELLS as readonly string[]).includes(shell))
        throw new UsageError(
          `no completion for the shell ${shown(shell)}${didYouMean(shell, SHELLS)}; the shells are bash, zsh and fish`,
        );
      await context.out.write(completionScript(shell as (typeof SHELLS)[number], commands()));
      return 0;
    },
  });
}

/** The words to complete after each command: its options, long and short. */
function optionWords(command: CommandSpec): string[] {
  return command.options.flatMap((option) => [
    `--${option.name}`,
    ...(option.short === undefined ? [] : [`-${option.short}`]),
  ]);
}

/** A completion script for a shell, from the commands' definitions. */
export function completionScript(shell: 'bash' | 'zsh' | 'fish', commands: readonly CommandSpec[]): string {
  const names = commands.map((command) => command.name);
  if (shell === 'fish') {
    const lines = [
      '# dispute-timeline completion for fish',
      'complete -c dispute-timeline -f',
      ...commands.map(
        (command) =>
          `complete -c dispute-timeline -n __fish_use_subcommand -a ${command.name} -d ${fishQuote(command.summary)}`,
      ),
      ...commands.flatMap((command) =>
        command.options.map(
          (option) =>
            `complete -c dispute-timeline -n '__fish_seen_subcommand_from ${command.name}' -l ${option.name}` +
            (option.short === undefined ? '' : ` -s ${option.short}`) +
            (option.value === undefined ? '' : ' -r -F') +
            ` -d ${fishQuote(option.description)}`,
        ),
      ),
    ];
    return `${lines.join('\n')}\n`;
  }
  const cases = commands
    .map((command) => `    ${command.name}) words="${optionWords(command).join(' ')}" ;;`)
    .join('\n');
  const body = [
    '_dispute_timeline() {',
    '  local cur command words',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not a template
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not a template
    '  command="${COMP_WORDS[1]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=( $(compgen -W "${names.join(' ')} --help --version" -- "$cur") )`,
    '    return',
    '  fi',
    '  case "$command" in',
    cases,
    '    *) words="" ;;',
    '  esac',
    '  if [[ "$cur" == -* ]]; then',
    '    COMPREPLY=( $(compgen -W "$words" -- "$cur") )',
    '  else',
    '    COMPREPLY=( $(compgen -f -- "$cur") )',
    '  fi',
    '}',
  ];
  if (shell === 'zsh')
    return `# dispute-timeline completion for zsh\nautoload -U +X bashcompinit && bashcompinit\n${body.join('\n')}\ncomplete -o filenames -F _dispute_timeline dispute-timeline\n`;
  return `# dispute-timeline completion for bash\n${body.join('\n')}\ncomplete -o filenames -F _dispute_timeline dispute-timeline\n`;
}

function fishQuote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
