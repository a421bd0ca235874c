// What a command may touch of the outside world, injectable so tests run the CLI in-process.
import { resolve } from 'node:path';
import { writeContainedFile } from '../fs/workspace.js';
import { IncompleteError } from './errors.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  /** Carries the report (or plan, or snapshot) unless --output names a file; nothing else is written here. */
  stdout: OutputStream;
  /** Progress, warnings and errors. */
  stderr: OutputStream;
  /**
   * Read for the CLI's own settings (NO_COLOR, AZURE_TENANT_ID, AZURE_AUTHORITY_HOST). The Azure SDK's
   * credential chain reads process.env itself, as it does in any program.
   */
  env: Readonly<Record<string, string | undefined>>;
  /** Base for relative paths; process.cwd() by default. */
  cwd: string;
  /** The evaluation time (expiry rules); the current time by default. */
  now: () => Date;
}

/** Writes the command's result to --output (creating its folder) or to stdout. */
export async function writeResult(io: CliIo, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, output);
  try {
    // The user chose the folder; the file itself is never written through a symlink (O_NOFOLLOW).
    await writeContainedFile(path, text, { what: '--output' });
  } catch (error) {
    throw new IncompleteError((error as Error).message);
  }
}

/** Adapters a test may replace; the defaults are the real ones. */
export interface CliDeps {
  createCredential: import('./live.js').CredentialFactory;
  git: import('./repository.js').GitReader;
}
