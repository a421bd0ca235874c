import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY, PolicyError } from '../../src/policy/index.js';
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

describe('readPolicy on a hostile checkout', () => {
  test.each([
    ['/proc/self/environ', /resolves to \/proc\/self\/environ|outside/],
    ['/etc/hostname', /outside/],
    ['/dev/zero', /outside/],
  ])('a default policy symlinked to %s is refused, and nothing of it is quoted', async (target, why) => {
    const repo = await mkdtemp(join(tmpdir(), 'efg-hostile-'));
    try {
      await mkdir(join(repo, '.github'));
      await symlink(target, join(repo, '.github', 'entra-federation-guard.yml'));
      const error = await readPolicy(undefined, repo).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(PolicyError);
      expect(error?.message).toMatch(why);
      expect(error?.message).not.toMatch(/PATH=|HOME=/);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  test('even a file the user named is refused when it is a pseudo-file or a device', async () => {
    await expect(readPolicy('/proc/self/environ', workspace, { within: null })).rejects.toThrow(/pseudo-file/);
    await expect(readPolicy('/dev/zero', workspace, { within: null })).rejects.toThrow(/pseudo-file|regular/);
  });

  test('a policy over 1 MiB is refused without reading it all', async () => {
    await writeFile(join(empty, 'big.yml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    await expect(readPolicy('big.yml', empty)).rejects.toThrow(/larger than 1048576 bytes/);
  });

  test('a policy that is one long string is quoted by a short prefix only', async () => {
    const secret = `AWS_SECRET=${'s'.repeat(200)}`;
    await writeFile(join(empty, 'string.yml'), `${secret}\n`);
    const error = await readPolicy('string.yml', empty).catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain('(211 characters)');
    expect((error as Error).message).not.toContain('s'.repeat(60));
  });
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

  test('a path outside the workspace is refused unless the user named it (CLI), then shown absolute', async () => {
    const outside = join(empty, 'elsewhere.yml');
    await writeFile(outside, 'version: 2\n');
    await expect(readPolicy(outside, workspace)).rejects.toThrow(/cannot read the policy file: .*outside/);
    await expect(readPolicy(outside, workspace, { within: null })).rejects.toThrow(
      `${outside}:1:10: \`version\` is the number 2; expected 1`,
    );
  });
});
