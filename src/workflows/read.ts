// I/O adapter: the workflow files of a checked-out repository. Everything else is pure.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import { MAX_WORKFLOW_BYTES, type WorkflowFile } from './analyse.js';
import type { WorkflowProblem } from './model.js';

export const DEFAULT_WORKFLOWS_FOLDER = '.github/workflows';

export interface ReadWorkflowsResult {
  files: WorkflowFile[];
  problems: WorkflowProblem[];
}

/**
 * Reads every `.yml`/`.yaml` file directly in `folder` (relative to `repositoryRoot`); GitHub does not
 * look in sub-folders. Files over 1 MiB are skipped with a problem. A missing folder yields no files.
 */
export async function readWorkflowFiles(
  repositoryRoot: string,
  folder: string = DEFAULT_WORKFLOWS_FOLDER,
): Promise<ReadWorkflowsResult> {
  const root = resolve(repositoryRoot);
  const directory = resolve(root, folder);
  if (directory !== root && !directory.startsWith(root + sep)) {
    throw new Error(`The workflows folder '${folder}' is outside the repository ${root}`);
  }
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], problems: [] };
    throw new Error(`Could not list the workflows folder ${directory}: ${(error as Error).message}`);
  }
  const files: WorkflowFile[] = [];
  const problems: WorkflowProblem[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/i.test(n)).sort()) {
    const absolute = join(directory, name);
    const path = relative(root, absolute).split(sep).join(posix.sep);
    const info = await stat(absolute);
    if (!info.isFile()) continue;
    if (info.size > MAX_WORKFLOW_BYTES) {
      problems.push({ file: path, line: 1, message: `skipped: larger than ${MAX_WORKFLOW_BYTES} bytes` });
      continue;
    }
    files.push({ path, text: await readFile(absolute, 'utf8') });
  }
  return { files, problems };
}
