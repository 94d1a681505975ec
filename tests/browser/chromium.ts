/** Debian's Chromium for the browser tests: where it is, the flags that work on these machines, and installing it. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags that work on these machines: without the networking ones Chromium tries to reach Google's services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Installs Debian's Chromium if it is missing: CI starts on a bare machine. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return `${CHROMIUM} present`;
  const started = performance.now();
  // `env` sets the variable past sudo, which resets the environment.
  const command = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  if (process.getuid?.() !== 0) command.unshift('sudo');
  const apt = (args: string[]) =>
    execFileSync(command[0] as string, [...command.slice(1), ...args], { stdio: 'pipe' });
  apt(['update']);
  apt(['install', '-y', 'chromium', 'fonts-dejavu-core']);
  return `installed chromium in ${Math.round(performance.now() - started)} ms`;
}
