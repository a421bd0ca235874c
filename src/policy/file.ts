// The I/O adapter of the policy engine: reads the policy file and hands the text to the compiler.
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { DEFAULT_POLICY, compilePolicy, type CompiledPolicy } from './compile.js';
import { PolicyError } from './errors.js';

export const DEFAULT_POLICY_PATH = '.github/entra-federation-guard.yml';

/**
 * Compiles the policy at `path` (relative to `cwd`), or the default path when `path` is undefined or
 * empty; with no file at the default path, the built-in default policy applies. An explicitly named
 * file that does not exist is an error: silently falling back would hide a typo in the workflow.
 */
export async function readPolicy(path: string | undefined, cwd: string): Promise<CompiledPolicy> {
  const explicit = path !== undefined && path.trim() !== '';
  const absolute = resolve(cwd, explicit ? path.trim() : DEFAULT_POLICY_PATH);
  const shown = displayPath(absolute, cwd);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return DEFAULT_POLICY;
    const why =
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message;
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
