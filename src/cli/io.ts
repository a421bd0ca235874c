// What a command may touch of the outside world, injectable so tests run the CLI in-process.
import { resolve } from 'node:path';
import { writeContainedFile } from '../fs/workspace.js';
import { IncompleteError, UsageError } from './errors.js';

/** Every --format value of any command: `-o json` (the az CLI's habit) means a format, not a file named json. */
const FORMAT_NAMES = ['text', 'json', 'sarif', 'markdown', 'md', 'az', 'terraform', 'tf', 'table', 'tsv', 'yaml'];

/** Refuses `--output json` and friends before anything is written; `./json` still writes a file named json. */
export function checkOutputPath(output: string): void {
  const bare = output.trim().toLowerCase();
  if (FORMAT_NAMES.includes(bare)) {
    throw new UsageError(
      `--output takes a file name, and ${JSON.stringify(output)} is a format: use --format ${bare === 'md' ? 'markdown' : bare === 'tf' ? 'terraform' : bare} ` +
        `(stdout), or --output ./${output} for a file of that name.`,
    );
  }
}

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
  checkOutputPath(output);
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
