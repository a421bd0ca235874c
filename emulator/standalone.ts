// `npm run emulator [-- <scenario>]`: starts every emulator with a scenario from
// emulator/tenants/ (demo by default), prints how to point the action at them, and stays up
// until Ctrl-C. Credentials the action needs (the OIDC request token, a GitHub token) go into
// an environment file readable only by you, never onto the terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadScenario } from './fixtures.js';
import { startEmulators } from './index.js';

const SECRET_NAMES = new Set(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'INPUT_GITHUB-TOKEN']);

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'demo';
  const scenario = loadScenario(name);
  const repo = scenario.github.repositories[0];
  const emulators = await startEmulators({ tenant: scenario.tenant, github: scenario.github });

  const guardClientId = variableOf(repo?.variables.GUARD_CLIENT_ID) ?? scenario.tenant.applications[0]?.appId ?? '';
  const githubToken = Object.keys(scenario.github.tokens)[0];
  const env: Record<string, string> = {
    ...emulators.runnerEnv(),
    ...(repo
      ? { GITHUB_REPOSITORY: `${repo.owner}/${repo.name}`, GITHUB_REF: `refs/heads/${repo.defaultBranch}` }
      : {}),
    'INPUT_TENANT-ID': scenario.tenant.tenantId,
    'INPUT_CLIENT-ID': guardClientId,
    'INPUT_AUTHORITY-HOST': emulators.entra.url,
    'INPUT_GRAPH-ENDPOINT': emulators.graph.url,
    'INPUT_ARM-ENDPOINT': emulators.arm.url,
    ...(githubToken ? { 'INPUT_GITHUB-TOKEN': githubToken } : {}),
  };

  const dir = mkdtempSync(path.join(tmpdir(), 'efg-emulator-'));
  const envFile = path.join(dir, 'runner.env');
  // Values are URLs, paths, GUIDs and hex tokens: no spaces, so `env $(cat file)` reads them.
  writeFileSync(
    envFile,
    `${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
    { mode: 0o600 },
  );

  const lines = [
    `Emulators for scenario '${name}' (tenant ${scenario.tenant.tenantId}${repo ? `, repository ${repo.owner}/${repo.name}` : ''}):`,
    `  GitHub OIDC issuer  ${emulators.oidc.url}   (issuer ${emulators.oidc.issuer})`,
    `  Entra               ${emulators.entra.url}`,
    `  Microsoft Graph     ${emulators.graph.url}`,
    `  Resource Manager    ${emulators.arm.url}`,
    `  GitHub REST         ${emulators.github.url}`,
    '',
    'Environment for the action (the credentials are only in the file):',
    ...Object.entries(env).map(([k, v]) => `  ${k}=${SECRET_NAMES.has(k) ? '<in the file>' : v}`),
    '',
    `Environment file: ${envFile}`,
    'Run the bundled action against the emulators:',
    `  env $(cat ${envFile}) node dist/index.js`,
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await emulators.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function variableOf(v: string | { value: string } | undefined): string | undefined {
  return typeof v === 'string' ? v : v?.value;
}

main().catch((err: unknown) => {
  process.stderr.write(`emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
