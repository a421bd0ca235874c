// --policy: compiled before any network call. Without the flag, the default file of the checkout (--repo)
// or of the working directory applies when it exists, else the built-in default policy.
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CompiledPolicy } from '../policy/index.js';
import { DEFAULT_POLICY_PATH, readPolicy } from '../policy/file.js';

export interface LoadedPolicy {
  policy: CompiledPolicy;
  /** Absolute path of the file in use; absent for the built-in default. */
  file?: string;
}

export async function loadPolicy(
  flag: string | undefined,
  cwd: string,
  repoDir: string | undefined,
): Promise<LoadedPolicy> {
  if (flag !== undefined && flag.trim() !== '') {
    // A file named on the command line is the user's choice; the default one lives in the checkout.
    return { policy: await readPolicy(flag, cwd, { within: null }), file: resolve(cwd, flag.trim()) };
  }
  const base = repoDir ?? cwd;
  const policy = await readPolicy(undefined, base);
  const file = resolve(base, DEFAULT_POLICY_PATH);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  return exists ? { policy, file } : { policy };
}
