import { ConfigError, loadEnvironment, readConfig, type Config } from '../config';
import type { CliIo } from './main';

/**
 * The configuration a command runs with, read as the bot reads it; or, for a bad setting,
 * undefined after one line on stderr naming it (the command then exits 2).
 */
export function cliConfig(command: string, io: CliIo): Config | undefined {
  try {
    return readConfig(loadEnvironment(io.cwd, io.env), io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`vlsa ${command}: configuration error: ${error.message}`);
    return undefined;
  }
}
