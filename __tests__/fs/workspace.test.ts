import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quotePrefix, readContainedFile, writeContainedFile } from '../../src/fs/workspace.js';

let workspace: string;
let temp: string;
let outside: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'efg-ws-'));
  temp = await mkdtemp(join(tmpdir(), 'efg-temp-'));
  outside = await mkdtemp(join(tmpdir(), 'efg-victim-'));
  await writeFile(join(outside, 'victim.txt'), 'precious\n');
});

afterAll(async () => {
  for (const dir of [workspace, temp, outside]) await rm(dir, { recursive: true, force: true });
});

describe('writeContainedFile', () => {
  it('writes inside the workspace and the runner temp, creating folders', async () => {
    await writeContainedFile(join(workspace, 'out', 'report.json'), '{}\n', { within: [workspace, temp], what: 'x' });
    await writeContainedFile(join(temp, 'a', 'b.sarif'), 's\n', { within: [workspace, temp], what: 'x' });
    expect(await readFile(join(workspace, 'out', 'report.json'), 'utf8')).toBe('{}\n');
    expect(await readFile(join(temp, 'a', 'b.sarif'), 'utf8')).toBe('s\n');
  });

  it('refuses a file that is a symlink, even one pointing inside', async () => {
    await symlink(join(outside, 'victim.txt'), join(workspace, 'report.sarif'));
    await expect(
      writeContainedFile(join(workspace, 'report.sarif'), 'overwritten', { within: [workspace], what: 'sarif-file' }),
    ).rejects.toThrow(/is a symlink/);
    // The CLI's --output (no folder restriction) refuses it too.
    await expect(
      writeContainedFile(join(workspace, 'report.sarif'), 'overwritten', { what: '--output' }),
    ).rejects.toThrow(/symlink/);
    expect(await readFile(join(outside, 'victim.txt'), 'utf8')).toBe('precious\n');
  });

  it('refuses a folder on the way that is a symlink out of the workspace, creating nothing there', async () => {
    await symlink(outside, join(workspace, 'reports'));
    await expect(
      writeContainedFile(join(workspace, 'reports', 'new', 'r.json'), 'x', {
        within: [workspace],
        what: 'report-file',
      }),
    ).rejects.toThrow(/outside/);
    await expect(readFile(join(outside, 'new', 'r.json'))).rejects.toThrow();
  });

  it('refuses a path outside the folders it may write', async () => {
    await expect(
      writeContainedFile(join(outside, 'x.json'), 'x', { within: [workspace, temp], what: 'report-file' }),
    ).rejects.toThrow(/outside/);
    await expect(
      writeContainedFile('/proc/self/comm', 'x', { within: [workspace], what: 'report-file' }),
    ).rejects.toThrow(/outside/);
  });
});

describe('readContainedFile', () => {
  it('reads a regular file inside, and refuses symlinks out, devices and /proc', async () => {
    await mkdir(join(workspace, 'r'), { recursive: true });
    await writeFile(join(workspace, 'r', 'ok.txt'), 'ok');
    const read = (p: string) =>
      readContainedFile(join(workspace, 'r', p), { within: workspace, maxBytes: 100, what: 'x' });
    expect(await read('ok.txt')).toBe('ok');
    await symlink(join(outside, 'victim.txt'), join(workspace, 'r', 'out.txt'));
    await symlink('/proc/self/environ', join(workspace, 'r', 'env.txt'));
    await expect(read('out.txt')).rejects.toThrow(/outside/);
    await expect(read('env.txt')).rejects.toThrow(/outside/);
    await expect(readContainedFile('/proc/self/environ', { maxBytes: 100, what: 'x' })).rejects.toThrow(/pseudo-file/);
    await expect(readContainedFile('/dev/zero', { maxBytes: 100, what: 'x' })).rejects.toThrow(/pseudo-file/);
    await expect(read('missing.txt')).rejects.toThrow(/does not exist/);
  });

  it('stops at the size cap', async () => {
    await writeFile(join(workspace, 'big.txt'), 'x'.repeat(101));
    await expect(readContainedFile(join(workspace, 'big.txt'), { maxBytes: 100, what: 'x' })).rejects.toThrow(
      /larger than 100 bytes/,
    );
  });
});

describe('quotePrefix', () => {
  it.each([
    ['short', '"short"'],
    ['a\u0000b\u202e', '"a\\u0000b\\u202e"'],
    ['x'.repeat(70), `"${'x'.repeat(64)}…" (70 characters)`],
  ])('%j → %s', (value, quoted) => {
    expect(quotePrefix(value)).toBe(quoted);
  });
});
