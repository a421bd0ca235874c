// The I/O adapter of the policy engine: reads the policy file and hands the text to the compiler.
import { isAbsolute, relative, resolve } from 'node:path';
import { DEFAULT_POLICY, compilePolicy, type CompiledPolicy } from './compile.js';
import { PolicyError } from './errors.js';
import { readContainedFile, UnsafePathError } from '../fs/workspace.js';

export const DEFAULT_POLICY_PATH = '.github/entra-federation-guard.yml';

/** A policy is a short YAML file; anything larger is not one (and is not read into memory). */
export const MAX_POLICY_BYTES = 1024 * 1024;

export interface ReadPolicyOptions {
  /**
   * The policy file must resolve inside this folder (default: `cwd`), so a symlink in the checkout cannot make
   * the product read /proc/self/environ or a key file. null: a file the user named on the command line.
   */
  within?: string | null;
}

/**
 * Compiles the policy at `path` (relative to `cwd`), or the default path when `path` is undefined or
 * empty; with no file at the default path, the built-in default policy applies. An explicitly named
 * file that does not exist is an error: silently falling back would hide a typo in the workflow.
 */
export async function readPolicy(
  path: string | undefined,
  cwd: string,
  options: ReadPolicyOptions = {},
): Promise<CompiledPolicy> {
  const explicit = path !== undefined && path.trim() !== '';
  const absolute = resolve(cwd, explicit ? path.trim() : DEFAULT_POLICY_PATH);
  const shown = displayPath(absolute, cwd);
  const within = options.within === undefined ? cwd : options.within;
  let text: string;
  try {
    text = await readContainedFile(absolute, {
      what: 'the policy file',
      shown,
      maxBytes: MAX_POLICY_BYTES,
      ...(within === null ? {} : { within }),
    });
  } catch (error) {
    if (!(error instanceof UnsafePathError)) throw error;
    if (!explicit && error.code === 'ENOENT') return DEFAULT_POLICY;
    const why =
      error.code === 'ENOENT'
        ? 'the file does not exist'
        : error.code === 'EISDIR'
          ? 'it is a directory'
          : error.message.replace(/^[^:]*: /, '');
    throw new PolicyError(
      shown,
      1,
      1,
      `cannot read the policy file: ${why}; expected a readable YAML file (or no \`policy\` input to use ${DEFAULT_POLICY_PATH} or the built-in default)`,
    );
  }
  return compilePolicy(text, shown);
}

/** Paths inside the workspace are shown relative to it, as GitHub annotations expect. */
function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : absolute;
}
