/**
 * How to launch the Microsoft 365 Agents Playground against a bot endpoint: shared by
 * `npm start` and the end-to-end tests, so both run it the same way.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(command: string, path: string): boolean {
  return path.split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The command line and environment for the Playground: bound to loopback only (see
 * playground-loopback.js), and, on a machine without xdg-open, with a no-op one first on
 * its PATH (it dies with "spawn xdg-open ENOENT" when it tries to open a browser tab).
 */
export function playgroundLaunch(botEndpoint: string, port: number | string, env: NodeJS.ProcessEnv = process.env): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const path = env.PATH ?? '';
  return {
    command: process.execPath,
    args: [
      '-r',
      join(__dirname, 'playground-loopback.js'),
      // Loaded through tsx's namespaced require, resolved paths carry a `?namespace=` suffix.
      require.resolve('@microsoft/m365agentsplayground/cli.js').replace(/\?.*$/, ''),
      '-e',
      botEndpoint,
      '-c',
      'msteams',
      '-p',
      String(port),
      '--dt',
    ],
    env: { ...env, PATH: onPath('xdg-open', path) ? path : [join(__dirname, 'bin'), path].join(delimiter) },
  };
}

/** The port it really listens on: it takes another one when the requested port is busy. */
export function listeningPort(outputLine: string): string | undefined {
  return /Listening on (\d+)/.exec(outputLine)?.[1];
}
