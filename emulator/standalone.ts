// `npm run emulator [-- <scenario>]`: starts every emulator with a scenario from
// emulator/tenants/ (demo by default), prints how to point the action and the CLI at them, and
// stays up until Ctrl-C. Credentials (the OIDC request token, a GitHub token, the CLI's federated
// token) go into files readable only by you, never onto the terminal. Each printed command runs as
// printed, from any folder.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from './fixtures.js';
import { startEmulators } from './index.js';

const SECRET_NAMES = new Set(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'INPUT_GITHUB-TOKEN']);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
/** Long enough for an afternoon of CLI runs against the emulators. */
const CLI_TOKEN_SECONDS = 12 * 3600;

function writeEnvFile(file: string, env: Record<string, string>): void {
  // Values are URLs, paths, GUIDs and tokens: no spaces, so `env $(cat file)` reads them.
  writeFileSync(
    file,
    `${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
    { mode: 0o600 },
  );
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'demo';
  const scenario = loadScenario(name);
  const repo = scenario.github.repositories[0];
  const emulators = await startEmulators({ tenant: scenario.tenant, github: scenario.github });

  const guardClientId = variableOf(repo?.variables.GUARD_CLIENT_ID) ?? scenario.tenant.applications[0]?.appId ?? '';
  const githubToken = Object.keys(scenario.github.tokens)[0];
  const dir = mkdtempSync(path.join(tmpdir(), 'efg-emulator-'));

  // What a runner provides besides the emulators: a checkout (the demo's workflows), the temp folder, and the
  // files behind GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH.
  const workspace = path.join(dir, 'workspace');
  mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  if (name === 'demo')
    cpSync(path.join(here, 'demo/workflows'), path.join(workspace, '.github/workflows'), { recursive: true });
  const runnerTemp = path.join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    event: path.join(dir, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const repository = repo ? `${repo.owner}/${repo.name}` : 'contoso/example';
  writeFileSync(files.event, JSON.stringify({ repository: { full_name: repository } }));

  const env: Record<string, string> = {
    ...emulators.runnerEnv(),
    GITHUB_REPOSITORY: repository,
    GITHUB_REF: `refs/heads/${repo?.defaultBranch ?? 'main'}`,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    'INPUT_TENANT-ID': scenario.tenant.tenantId,
    'INPUT_CLIENT-ID': guardClientId,
    // Every app of the tenant, comma-separated (the input also takes new lines, which an env file cannot hold).
    INPUT_APPS: scenario.tenant.applications.map((a) => a.appId).join(','),
    'INPUT_AUTHORITY-HOST': emulators.entra.url,
    'INPUT_GRAPH-ENDPOINT': emulators.graph.url,
    'INPUT_ARM-ENDPOINT': emulators.arm.url,
    ...(githubToken ? { 'INPUT_GITHUB-TOKEN': githubToken } : {}),
  };
  const envFile = path.join(dir, 'runner.env');
  writeEnvFile(envFile, env);

  // The CLI signs in with workload identity: the guard app's federated token in a file, as Kubernetes provides it.
  const tokenFile = path.join(dir, 'federated-token');
  const token = emulators.oidc.mintToken({
    audience: 'api://AzureADTokenExchange',
    expiresInSeconds: CLI_TOKEN_SECONDS,
    job: { repository, ref: `refs/heads/${repo?.defaultBranch ?? 'main'}` },
  });
  writeFileSync(tokenFile, token, { mode: 0o600 });
  const cliEnv = {
    AZURE_TENANT_ID: scenario.tenant.tenantId,
    AZURE_CLIENT_ID: guardClientId,
    AZURE_FEDERATED_TOKEN_FILE: tokenFile,
    AZURE_AUTHORITY_HOST: emulators.entra.url,
    NODE_EXTRA_CA_CERTS: env['NODE_EXTRA_CA_CERTS'] ?? '',
  };
  const cliEnvFile = path.join(dir, 'cli.env');
  writeEnvFile(cliEnvFile, cliEnv);

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
    'Run the bundled action against the emulators (npm run bundle first; the demo tenant has errors, so it exits 1',
    `and writes the job summary to ${files.summary}):`,
    `  env $(cat ${envFile}) node ${path.join(root, 'dist/index.js')}`,
    '',
    'Run the CLI against the emulators (workload identity with a federated token file):',
    `  env $(cat ${cliEnvFile}) node ${path.join(root, 'dist/cli/index.js')} scan --all --graph-endpoint ${emulators.graph.url} --arm-endpoint ${emulators.arm.url}`,
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
