// Issue 10 against the bundled CLI (dist/cli/index.js) as a process, offline from a snapshot: a checkout whose
// policy is a symlink to a secret, a shard report that is /proc/self/environ, --output through a symlink, and
// tenant text carrying tokens. Each attack is reproduced; none does harm.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUNDLE = process.env.EFG_CLI_BUNDLE ?? join(ROOT, 'dist', 'cli', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'efg-cli-attack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the CLI's environment holds: a token it must never print. */
const ENV_TOKEN = 'ghp_CliEnvironmentToken0123456789abcdefXY';
const TENANT = '4c3b2a19-8d7e-4f60-9a1b-2c3d4e5f6a7b';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmEvYiJ9.c2lnbmF0dXJlLXBhcnQ';
const GHS = 'ghs_EchoedByGraph0123456789abcdefghijklmn';

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd = work): Promise<Exit> {
  const [command, prefix] = existsSync(BUNDLE)
    ? [process.execPath, [BUNDLE]]
    : [join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli.ts')]];
  return new Promise((done, fail) => {
    const child = spawn(command, [...prefix, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: work, GITHUB_TOKEN: ENV_TOKEN, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A snapshot with one app whose tenant-controlled text carries a JWT and a ghs_ token. */
function snapshot(): string {
  const file = join(work, 'snapshot.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      tool: { name: 'entra-federation-guard', version: '0.1.0' },
      tenant: TENANT,
      exportedAt: '2026-11-01T00:00:00Z',
      applications: [
        {
          id: 'a0000000-0000-4000-8000-000000000001',
          appId: '11111111-2222-3333-4444-555555555555',
          displayName: `deploy_${GHS}_${JWT}`,
          passwordCredentials: [],
          keyCredentials: [],
          federatedIdentityCredentials: [
            {
              id: 'f1c00000-0000-4000-8000-000000000001',
              name: `any_${GHS}`,
              issuer: 'https://token.actions.githubusercontent.com',
              subject: 'repo:contoso/*:ref:refs/heads/main',
              audiences: ['api://AzureADTokenExchange'],
              description: JWT,
            },
          ],
        },
      ],
      servicePrincipals: [],
      graphAppRoles: [],
      graphServicePrincipalId: null,
      notEvaluated: [],
    }),
  );
  return file;
}

const leaked = (exit: Exit) =>
  [ENV_TOKEN, GHS, JWT, 'PATH=', 'HOME='].filter((v) => `${exit.stdout}${exit.stderr}`.includes(v));

describe('the CLI against a hostile checkout and tenant', () => {
  it('a default policy symlinked to /proc/self/environ is refused and nothing of it is printed', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, '.github'), { recursive: true });
    symlinkSync('/proc/self/environ', join(repo, '.github', 'entra-federation-guard.yml'));
    const exit = await cli(['scan', '--all', '--snapshot', snapshot(), '--repo', repo, '--github-repo', 'contoso/api']);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/invalid policy: .*cannot read the policy file: .*outside/);
    expect(leaked(exit)).toEqual([]);
  });

  it('a shard report that is /proc/self/environ is refused', async () => {
    const link = join(work, 'shard-1.json');
    symlinkSync('/proc/self/environ', link);
    const exit = await cli(['merge', link]);
    expect(exit.code).toBe(3);
    expect(exit.stderr).toMatch(/Refused to read the report .*pseudo-file/);
    expect(leaked(exit)).toEqual([]);
  });

  it('--output is never written through a symlink', async () => {
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, join(work, 'report.json'));
    const exit = await cli(['scan', '--all', '--snapshot', snapshot(), '--format', 'json', '--output', 'report.json']);
    expect(exit.stderr).toMatch(/Refused to write --output .*symlink/);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  it.each(['markdown', 'json', 'sarif', 'text'])(
    'tenant text carrying tokens is redacted before the %s format escapes it',
    async (format) => {
      const exit = await cli(['scan', '--all', '--snapshot', snapshot(), '--format', format, '--fail-on', 'never']);
      expect(exit.code).toBe(0);
      expect(exit.stdout).toMatch(/\\?\[redacted token\\?\]/);
      expect(leaked(exit)).toEqual([]);
      // Escaping did not split a token so that a piece of it survives.
      expect(exit.stdout).not.toMatch(/EchoedByGraph|c2lnbmF0dXJl/);
    },
  );
});
