/**
 * The package and browser tests read the built `dist/`. CI builds it in `npm run check` just before; on a
 * working copy it may be missing or older than the sources, and testing a stale build would test the wrong code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root: string = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** What the build reads: a change in any of them makes `dist/` stale. */
const BUILD_INPUTS = ['src', 'scripts', 'tsup.config.ts', 'package.json', 'tsconfig.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Why `dist/` must be rebuilt, or `undefined` when it is newer than every build input. */
export function staleReason(): string | undefined {
  const built = filesUnder(join(root, 'dist'));
  if (!built.some((file) => file.endsWith('index.js'))) return 'dist/ has not been built';
  const oldestOutput = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const newer = BUILD_INPUTS.flatMap((input) => filesUnder(join(root, input))).find(
    (file) => statSync(file).mtimeMs > oldestOutput,
  );
  return newer === undefined ? undefined : `${newer.slice(root.length + 1)} is newer than dist/`;
}

/** Runs `npm run build` when `dist/` is missing or stale; answers what it did, for the test log. */
export function ensureBuilt(): string {
  const reason = staleReason();
  if (reason === undefined) return 'dist/ is up to date; not rebuilt';
  const started = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  return `${reason}: rebuilt in ${Math.round(performance.now() - started)} ms`;
}

/**
 * The environment for a child `npm` or `node`: without the variables `npm run` sets for this package, which would
 * point an `npm install` in another folder back at this repository (`npm_config_local_prefix`) or make `npx` run
 * this script's command (`npm_config_call`).
 */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^(npm_package_|npm_lifecycle_|npm_command$|npm_config_local_prefix$|npm_config_call$|INIT_CWD$)/i.test(
        key,
      )
    )
      continue;
    env[key] = value;
  }
  env['npm_config_update_notifier'] = 'false';
  return env;
}
