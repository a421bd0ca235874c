// The real entry point as a child process, the way a user or CI runs it: `tsx src/cli.ts` (or the bundle when
// built), trusting the emulators' CA through NODE_EXTRA_CA_CERTS, signing in with workload identity.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadScenario } from '../../emulator/fixtures.js';
import type { Report } from '../../src/report/model.js';
import { TOOL_VERSION } from '../../src/version.js';
import { useEmulators } from '../helpers/emulators.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
// EFG_CLI_BUNDLE points at a bundle built elsewhere (e.g. ncc build src/cli.ts -o /tmp/cli-build).
const BUNDLE = process.env.EFG_CLI_BUNDLE ?? join(ROOT, 'dist', 'cli', 'index.js');
const { tenant, github } = loadScenario('demo');
const emulators = useEmulators({ tenant, github });
const work = mkdtempSync(join(tmpdir(), 'efg-cli-process-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bundle when `npm run bundle` has built it, else the TypeScript entry through tsx. */
function cli(args: string[], env: Record<string, string>): Promise<Exit> {
  const [command, prefix] = existsSync(BUNDLE)
    ? [process.execPath, [BUNDLE]]
    : [join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli.ts')]];
  return new Promise((done, fail) => {
    const child = spawn(command, [...prefix, ...args], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: work, ...env },
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

let env: Record<string, string>;
beforeAll(() => {
  const tokenFile = join(work, 'federated-token');
  writeFileSync(
    tokenFile,
    emulators().oidc.mintToken({
      audience: 'api://AzureADTokenExchange',
      expiresInSeconds: 3600,
      job: { repository: 'contoso/payments-api', ref: 'refs/heads/main' },
    }),
  );
  env = {
    NODE_EXTRA_CA_CERTS: emulators().caFile,
    AZURE_TENANT_ID: tenant.tenantId,
    AZURE_CLIENT_ID: '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6',
    AZURE_FEDERATED_TOKEN_FILE: tokenFile,
    AZURE_AUTHORITY_HOST: emulators().entra.url,
  };
});

describe('the entra-federation-guard process', () => {
  it('prints its version', async () => {
    expect(await cli(['--version'], {})).toEqual({
      code: 0,
      stdout: `entra-federation-guard ${TOOL_VERSION}\n`,
      stderr: '',
    });
  });

  it('scans the tenant with workload identity and exits with the verdict', async () => {
    const run = await cli(
      [
        'scan',
        '--all',
        '--graph-endpoint',
        emulators().graph.url,
        '--arm-endpoint',
        emulators().arm.url,
        '--format',
        'json',
      ],
      env,
    );
    expect(run.stderr).toMatch(
      /^scan: 6\/6 apps read, 21 findings in \d+\.\ds\nscan: 3 error\(s\) and 18 warning\(s\) found; --fail-on error \(exit 1\)\.\n$/,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.summary).toEqual({ errors: 3, warnings: 18, notices: 0, appsEvaluated: 6, appsNotEvaluated: 0 });
    // One token for Graph, one for ARM (the demo tenant's managed identity).
    expect(
      emulators()
        .log.of('entra')
        .filter((e) => e.method === 'POST'),
    ).toHaveLength(2);
  });

  it('exits 2 on a usage error', async () => {
    const run = await cli(['scan', '--all', '--fail-on', 'always'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'entra-federation-guard scan: --fail-on must be one of error, warning, never; got "always".\nRun \'entra-federation-guard scan --help\' for usage.\n',
    );
  });
});
