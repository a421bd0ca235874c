import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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
      { file: '.github/workflows/huge.yml', line: 1, message: 'skipped: larger than 1048576 bytes', unreadable: true },
    ]);
  });

  it('refuses symlinks that leave the repository, devices and /proc files, as unreadable problems', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'efg-symlinks-'));
    const outside = await mkdtemp(join(tmpdir(), 'efg-outside-'));
    try {
      const folder = join(repo, '.github', 'workflows');
      await mkdir(folder, { recursive: true });
      await writeFile(join(outside, 'secret.yml'), 'on: push # secret\n');
      await writeFile(join(repo, 'inside.yml'), 'on: push\n');
      await symlink(join(outside, 'secret.yml'), join(folder, 'a-out.yml'));
      await symlink('/proc/self/environ', join(folder, 'b-environ.yml'));
      await symlink('/dev/zero', join(folder, 'c-zero.yml'));
      await symlink('../../inside.yml', join(folder, 'd-in.yml'));
      const result = await readWorkflowFiles(repo);
      expect(result.files).toEqual([{ path: '.github/workflows/d-in.yml', text: 'on: push\n' }]);
      expect(result.problems.map((p) => [p.file, p.unreadable])).toEqual([
        ['.github/workflows/a-out.yml', true],
        ['.github/workflows/b-environ.yml', true],
        ['.github/workflows/c-zero.yml', true],
      ]);
      for (const problem of result.problems)
        expect(problem.message).toMatch(/^not read: .*(outside|pseudo-file|not a regular)/);
      expect(JSON.stringify(result)).not.toContain('secret');
    } finally {
      await rm(repo, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses a workflows folder that is a symlink out of the repository', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'efg-symlinks-'));
    const outside = await mkdtemp(join(tmpdir(), 'efg-outside-'));
    try {
      await mkdir(join(repo, '.github'), { recursive: true });
      await symlink(outside, join(repo, '.github', 'workflows'));
      await expect(readWorkflowFiles(repo)).rejects.toThrow(/outside/);
    } finally {
      await rm(repo, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('returns nothing when the folder does not exist', async () => {
    expect(await readWorkflowFiles(root, 'ci/workflows')).toEqual({ files: [], problems: [] });
  });

  it('refuses a folder outside the repository', async () => {
    await expect(readWorkflowFiles(root, '../elsewhere')).rejects.toThrow(/is outside the repository/);
  });
});
