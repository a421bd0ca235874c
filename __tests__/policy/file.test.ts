import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../src/policy/index.js';
import { readPolicy } from '../../src/policy/file.js';

let workspace: string;
let empty: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'efg-policy-'));
  empty = await mkdtemp(join(tmpdir(), 'efg-empty-'));
  await mkdir(join(workspace, '.github'));
  await writeFile(
    join(workspace, '.github', 'entra-federation-guard.yml'),
    'version: 1\nrules:\n  fic-audience: error\n',
  );
  await writeFile(join(workspace, 'strict.yml'), 'version: 1\nrules:\n  fic-wildcard: error\n');
  await writeFile(join(workspace, 'broken.yml'), 'version: 1\nrules:\n  fic-audience: fatal\n');
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
  await rm(empty, { recursive: true, force: true });
});

describe('readPolicy', () => {
  test('uses .github/entra-federation-guard.yml when no path is given', async () => {
    const policy = await readPolicy(undefined, workspace);
    expect(policy.source).toBe('.github/entra-federation-guard.yml');
    expect(policy.severities.get('fic-audience')).toBe('error');
  });

  test('an empty path input means the default path too', async () => {
    expect((await readPolicy('  ', workspace)).source).toBe('.github/entra-federation-guard.yml');
  });

  test('falls back to the built-in default policy when the default file is absent', async () => {
    expect(await readPolicy(undefined, empty)).toBe(DEFAULT_POLICY);
  });

  test('reads an explicit path relative to the working directory', async () => {
    const policy = await readPolicy('strict.yml', workspace);
    expect(policy.source).toBe('strict.yml');
    expect(policy.severities.get('fic-wildcard')).toBe('error');
  });

  test('a compile error names the file as given, relative to the workspace', async () => {
    await expect(readPolicy('broken.yml', workspace)).rejects.toThrow(
      'broken.yml:3:17: rule `fic-audience` is set to the string "fatal"; expected one of error, warning, notice, off',
    );
  });

  test.each([
    [
      'a missing explicit file',
      'missing.yml',
      'missing.yml:1:1: cannot read the policy file: the file does not exist; expected a readable YAML file',
    ],
    [
      'a directory',
      '.github',
      '.github:1:1: cannot read the policy file: it is a directory; expected a readable YAML file',
    ],
  ])('%s is an error, never a silent fallback', async (_name, path, message) => {
    await expect(readPolicy(path, workspace)).rejects.toThrow(message);
  });

  test('a path outside the workspace is shown absolute', async () => {
    const outside = join(empty, 'elsewhere.yml');
    await writeFile(outside, 'version: 2\n');
    await expect(readPolicy(outside, workspace)).rejects.toThrow(
      `${outside}:1:10: \`version\` is the number 2; expected 1`,
    );
  });
});
