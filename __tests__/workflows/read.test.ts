import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkflowFiles } from '../../src/workflows/read.js';

describe('readWorkflowFiles', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'efg-workflows-'));
    const folder = join(root, '.github', 'workflows');
    await mkdir(join(folder, 'nested'), { recursive: true });
    await writeFile(join(folder, 'b.yaml'), 'on: push\n');
    await writeFile(join(folder, 'a.yml'), 'on: push\n');
    await writeFile(join(folder, 'README.md'), '# not a workflow\n');
    await writeFile(join(folder, 'nested', 'c.yml'), 'on: push\n');
    await writeFile(join(folder, 'huge.yml'), `# ${'x'.repeat(1024 * 1024)}\n`);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads the .yml and .yaml files of the folder (not sub-folders) and skips files over 1 MiB', async () => {
    const result = await readWorkflowFiles(root);
    expect(result.files).toEqual([
      { path: '.github/workflows/a.yml', text: 'on: push\n' },
      { path: '.github/workflows/b.yaml', text: 'on: push\n' },
    ]);
    expect(result.problems).toEqual([
      { file: '.github/workflows/huge.yml', line: 1, message: 'skipped: larger than 1048576 bytes' },
    ]);
  });

  it('returns nothing when the folder does not exist', async () => {
    expect(await readWorkflowFiles(root, 'ci/workflows')).toEqual({ files: [], problems: [] });
  });

  it('refuses a folder outside the repository', async () => {
    await expect(readWorkflowFiles(root, '../elsewhere')).rejects.toThrow(/is outside the repository/);
  });
});
