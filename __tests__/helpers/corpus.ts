// The shared corpus of real public workflows lives beside the clone (`../shared/corpus/github-workflows`,
// see SOURCES.md there). A worktree may sit one folder deeper, so the nearest ancestor's `shared` is used.
// A missing corpus fails the suite that needs it: it never silently passes.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export function sharedCorpus(name: string): string {
  let dir = dirname(REPO_ROOT);
  for (let depth = 0; depth < 3; depth += 1) {
    const candidate = join(dir, 'shared', 'corpus', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`The corpus ../shared/corpus/${name} was not found beside ${REPO_ROOT}; check it out there.`);
}
