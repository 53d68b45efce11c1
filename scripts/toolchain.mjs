// Helpers for `npm start` and `npm test`: they run on a fresh clone with nothing but Node.js,
// so they bring pnpm, and for tests Chromium and PostgreSQL, themselves.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
const PNPM_VERSION = JSON.parse(
  execFileSync('node', ['-p', 'JSON.stringify(require("./package.json").packageManager)'], { cwd: root }).toString(),
).split('@')[1];

export function log(message) {
  console.log(`\n\x1b[1m▶ ${message}\x1b[0m`);
}

export function fail(message) {
  console.error(`\n\x1b[31m✖ ${message}\x1b[0m`);
  process.exit(1);
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

export async function runOrFail(command, args, options = {}) {
  const code = await run(command, args, options);
  if (code !== 0) fail(`${command} ${args.join(' ')} exited with ${code}`);
}

function version(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Puts the pinned pnpm on PATH: the one installed, if it is that version, else a copy installed
 * from the npm registry into node_modules/.tools.
 */
export async function ensurePnpm() {
  if (version('pnpm') === PNPM_VERSION) return;
  const prefix = join(root, 'node_modules', '.tools');
  const bin = join(prefix, 'node_modules', '.bin');
  process.env.PATH = `${bin}${delimiter}${process.env.PATH}`;
  if (version('pnpm') === PNPM_VERSION) return;
  log(`installing pnpm ${PNPM_VERSION}`);
  await runOrFail('npm', ['install', '--no-save', '--no-package-lock', '--prefix', prefix, `pnpm@${PNPM_VERSION}`]);
}

export async function installDependencies() {
  await ensurePnpm();
  log('installing dependencies (pnpm install --frozen-lockfile)');
  await runOrFail('pnpm', ['install', '--frozen-lockfile']);
}

const isRoot = () => process.getuid?.() === 0;
const hasApt = () => existsSync('/usr/bin/apt-get');
let aptUpdated = false;

/** Installs Debian packages when we may (root on Debian); otherwise stops naming the command to run. */
async function aptInstall(packages, why) {
  if (!isRoot() || !hasApt()) {
    fail(`${why} is missing. Install it with:\n  sudo apt-get install -y ${packages.join(' ')}`);
  }
  log(`installing ${packages.join(', ')} with apt-get (${why})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    await runOrFail('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  await runOrFail('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

export async function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  // Fonts so Chinese text renders in the screenshots kept as test artifacts.
  await aptInstall(['chromium', 'fonts-noto-cjk'], 'Chromium (for the end-to-end tests)');
  if (!existsSync(path)) fail(`Chromium is still not at ${path}; set CHROMIUM_PATH`);
  return path;
}

function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

export async function ensurePostgres() {
  let bin = postgresBin();
  if (!bin) {
    await aptInstall(['postgresql'], 'PostgreSQL (for the API suite on PostgreSQL)');
    bin = postgresBin();
  }
  if (!bin) fail('PostgreSQL binaries not found under /usr/lib/postgresql after installing');
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts a throw-away PostgreSQL cluster in a temp folder on a free port; PostgreSQL refuses to
 * run as root, so as root it runs as the `postgres` user. Returns its URL and a stop function
 * that removes everything.
 */
export async function startThrowawayPostgres() {
  const bin = await ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'zdyq-pg-'));
  const port = await freePort();
  const asUser = isRoot() ? ['runuser', '-u', 'postgres', '--'] : [];
  if (isRoot()) {
    chmodSync(dir, 0o777);
  }
  const exec = (tool, args) => {
    const [command, ...rest] = [...asUser, join(bin, tool), ...args];
    return run(command, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  const data = join(dir, 'data');
  if ((await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'])) !== 0) {
    fail('initdb failed');
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  if ((await exec('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'])) !== 0) {
    fail(`PostgreSQL did not start; see ${join(dir, 'log')}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
