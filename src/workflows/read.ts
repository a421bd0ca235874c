// I/O adapter: the workflow files of a checked-out repository. Everything else is pure.
import { lstat } from 'node:fs/promises';
import { posix, relative, resolve, sep } from 'node:path';
import { listContainedFolder, readContainedFile, UnsafePathError } from '../fs/workspace.js';
import { MAX_WORKFLOW_BYTES, type WorkflowFile } from './analyse.js';
import type { WorkflowProblem } from './model.js';

export const DEFAULT_WORKFLOWS_FOLDER = '.github/workflows';

export interface ReadWorkflowsResult {
  files: WorkflowFile[];
  problems: WorkflowProblem[];
}

/**
 * Reads every `.yml`/`.yaml` file directly in `folder` (relative to `repositoryRoot`); GitHub does not
 * look in sub-folders. Files that cannot be read (over 1 MiB, symlinks out of the checkout, devices) become
 * problems marked unreadable. A missing folder yields no files.
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
  // The folder itself must really be inside the checkout; each file is then read only when it resolves inside.
  const entries = await listContainedFolder(directory, root, 'the workflows folder');
  if (entries === null) return { files: [], problems: [] };
  const files: WorkflowFile[] = [];
  const problems: WorkflowProblem[] = [];
  for (const entry of entries.filter((e) => /\.ya?ml$/i.test(e.name))) {
    const path = relative(root, entry.path).split(sep).join(posix.sep);
    const info = await lstat(entry.path).catch(() => null);
    // A sub-folder named x.yml is not a workflow; GitHub does not look into sub-folders.
    if (info?.isDirectory()) continue;
    try {
      files.push({
        path,
        text: await readContainedFile(entry.path, {
          within: root,
          maxBytes: MAX_WORKFLOW_BYTES,
          what: 'the workflow',
          shown: path,
        }),
      });
    } catch (error) {
      if (!(error instanceof UnsafePathError)) throw error;
      // Unreadable is not harmless: a pull request could hide a signing-in job this way, so it is a problem
      // that the workflow-unreadable rule turns into an error on the file.
      const message =
        error.code === 'TOO_LARGE'
          ? `skipped: larger than ${MAX_WORKFLOW_BYTES} bytes`
          : `not read: ${error.message.replace(/^[^:]*: /, '')}`;
      problems.push({ file: path, line: 1, message, unreadable: true });
    }
  }
  return { files, problems };
}
