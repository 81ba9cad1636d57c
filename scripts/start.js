'use strict';
/* global AbortSignal -- Node 20 has it; the shared ESLint globals list does not. */
/**
 * `npm start`.
 * - With BOT_ID configured (App Service, or real Teams through a tunnel): runs the compiled bot
 *   (dist/, from `npm run build`) alone, forwarding signals and exiting with its code. A development
 *   install rebuilds dist/ first when a source file is newer; a production install never compiles.
 * - Without BOT_ID (a fresh clone): runs the bot in anonymous local mode and, once it is
 *   healthy, the Microsoft 365 Agents Playground connected to it. Stops both when either stops.
 * Settings: PORT (bot, default 3978), PLAYGROUND_PORT (default 56150), and whatever the bot
 * reads from env/.env.<TEAMSFX_ENV or local>, its .user file and .localConfigs.
 */
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, readdirSync, rmSync, statSync } = require('node:fs');
const { constants: { signals } } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const SOURCE_ENTRY = join(ROOT, 'src', 'index.ts');
const COMPILED_ENTRY = join(ROOT, 'dist', 'src', 'index.js');
const HEALTH_TIMEOUT_MS = 60_000;

/** A production install (development packages pruned, see infra/azure.bicep) has no tsx: then only the compiled dist/ can run. */
function installed(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}
const DEVELOPMENT_INSTALL = installed('tsx/cjs/api');

/** The bot's own reading of the env files, so this script and the bot agree on BOT_ID and PORT. */
function botModule(name) {
  if (DEVELOPMENT_INSTALL) return require('tsx/cjs/api').require(`../src/${name}.ts`, module.filename);
  return require(join(ROOT, 'dist', 'src', `${name}.js`));
}

function newestSourceMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * dist/ ready to run. A development install rebuilds it when a source file is newer (so a tunnel
 * session never runs yesterday's code); a production install was built once by the deploy.
 */
function ensureCompiled() {
  const stale = !existsSync(COMPILED_ENTRY) || (DEVELOPMENT_INSTALL && newestSourceMs(join(ROOT, 'src')) > statSync(COMPILED_ENTRY).mtimeMs);
  if (!stale) return true;
  if (!DEVELOPMENT_INSTALL) {
    process.stderr.write('start: dist/ is missing: run `npm run build` before deploying (the production install has no TypeScript)\n');
    return false;
  }
  process.stderr.write('start: building dist/ (npm run build)\n');
  // As `npm run build` does: output of a moved or deleted source would stay behind and be loaded (text/en.js before text/en/).
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  return spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' }).status === 0;
}

const children = new Set();
let exiting = false;

function alive(child) {
  return child.exitCode === null && child.signalCode === null;
}

function exitCode(code, signal) {
  if (code !== null) return code;
  return 128 + (signals[signal] ?? 0);
}

/** Starts a child; when any child stops, the others are stopped and this process exits with its code. */
function run(name, command, args, options) {
  const child = spawn(command, args, options);
  children.add(child);
  child.once('error', (error) => {
    process.stderr.write(`start: cannot run ${name}: ${error.message}\n`);
    shutDown(1);
  });
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (!exiting) process.stderr.write(`start: ${name} stopped (${signal ?? `exit code ${code}`})\n`);
    shutDown(exitCode(code, signal));
  });
  return child;
}

function shutDown(code) {
  if (!exiting) {
    exiting = true;
    process.exitCode = code;
  }
  for (const child of children) if (alive(child)) child.kill('SIGTERM');
  if (children.size === 0) process.exit(process.exitCode);
}

function forwardSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!exiting) process.exitCode = exitCode(null, signal);
      exiting = true;
      for (const child of children) if (alive(child)) child.kill(signal);
    });
  }
}

/** With BOT_ID (App Service, or Teams through a tunnel) the compiled bot; locally the sources through tsx. */
function startBot(env, compiled) {
  const args = compiled ? [COMPILED_ENTRY] : ['-r', require.resolve('tsx/cjs'), SOURCE_ENTRY];
  return run('the bot', process.execPath, args, { stdio: 'inherit', env });
}

async function waitForHealth(url, bot) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline && alive(bot)) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return false;
}

function startPlayground(botPort, playgroundPort) {
  const { playgroundLaunch, listeningPort } = require('tsx/cjs/api').require('./playground.ts', module.filename);
  const { command, args, env } = playgroundLaunch(`http://127.0.0.1:${botPort}/api/messages`, playgroundPort);
  const playground = run('the Agents Playground', command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let announced = false;
  playground.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const port = listeningPort(chunk.toString());
    if (port && !announced) {
      announced = true;
      process.stdout.write(`\n  Agents Playground: http://localhost:${port}\n  (bot on http://127.0.0.1:${botPort}, Ctrl+C stops both)\n\n`);
    }
  });
}

async function main() {
  forwardSignals();
  const settings = botModule('config').loadEnvironment(process.cwd());
  if (settings.BOT_ID) {
    if (!ensureCompiled()) process.exit(1);
    startBot(process.env, true);
    return;
  }
  if (!DEVELOPMENT_INSTALL) {
    process.stderr.write('start: without BOT_ID the bot runs in local mode, which needs the development install (`npm install`)\n');
    process.exit(1);
  }
  const botPort = settings.PORT ?? '3978';
  const bot = startBot({ ...process.env, PORT: botPort }, false);
  if (!(await waitForHealth(`http://127.0.0.1:${botPort}/healthz`, bot))) {
    if (alive(bot)) {
      process.stderr.write(`start: the bot did not answer http://127.0.0.1:${botPort}/healthz within ${HEALTH_TIMEOUT_MS / 1000} s\n`);
      shutDown(1);
    }
    return;
  }
  if (!exiting) startPlayground(botPort, process.env.PLAYGROUND_PORT ?? '56150');
}

void main();
