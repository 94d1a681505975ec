/** Debian's Chromium for the browser tests: where it is, the flags that work on these machines, and installing it. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

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

/** A headless Chromium with a fresh profile (in `profile`, to remove after), in a zone far from the data's. */
export async function launchChromium(
  prefix: string,
): Promise<{ readonly context: BrowserContext; readonly profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timezoneId: 'Pacific/Kiritimati',
    viewport: { width: 1280, height: 900 },
  });
  return { context, profile };
}

/** Opens a page, recording every problem (a CSP violation is a console error) and every request. */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ readonly page: Page; readonly problems: string[]; readonly requests: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}
