// `npm run demo`: the bundled action (dist/index.js) run as a GitHub runner runs it, against the
// emulators and the embedded demo tenant, on a checkout holding the demo workflows. It prints
// what the runner would show (annotations), then the report as a terminal table.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderText } from '../src/report/text.js';
import type { Report } from '../src/report/model.js';
import { loadScenario } from './fixtures.js';
import { grantSignalPermissions } from './signals-fixtures.js';
import { startEmulators } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.resolve(here, '../dist/index.js');
const guardWorkflow = readFileSync(path.join(here, 'demo/workflows/guard.yml'), 'utf8');
// The app ids the demo guard audits, as listed in its own workflow (one source of truth).
const apps = [...guardWorkflow.matchAll(/^\s+([0-9a-f-]{36})$/gm)].map((m) => m[1]).join('\n');

async function main(): Promise<number> {
  const scenario = loadScenario('demo');
  // Issue 13: the demo guard also holds the read-only signal permissions, so the demo shows Entra's risk and
  // conditional access checks; the JSON tenant keeps the guard's minimum (Application.Read.All) for the tests.
  grantSignalPermissions(scenario.tenant, '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6');
  const repo = scenario.github.repositories[0];
  if (!repo) throw new Error('the demo scenario has no repository');
  const emulators = await startEmulators({ tenant: scenario.tenant, github: scenario.github });
  const root = mkdtempSync(path.join(tmpdir(), 'efg-demo-'));
  try {
    const workspace = path.join(root, 'payments-api');
    cpSync(path.join(here, 'demo/workflows'), path.join(workspace, '.github/workflows'), { recursive: true });
    const runnerTemp = path.join(root, 'runner-temp');
    mkdirSync(runnerTemp);
    const files = {
      output: path.join(root, 'output'),
      summary: path.join(root, 'summary.md'),
      event: path.join(root, 'event.json'),
    };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    writeFileSync(files.event, JSON.stringify({ repository: { full_name: `${repo.owner}/${repo.name}` } }));
    const variable = (name: string) => {
      const v = repo.variables[name];
      return typeof v === 'string' ? v : (v?.value ?? '');
    };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      ...emulators.runnerEnv(),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: `${repo.owner}/${repo.name}`,
      GITHUB_REF: `refs/heads/${repo.defaultBranch}`,
      GITHUB_JOB: 'guard',
      GITHUB_WORKFLOW_REF: `${repo.owner}/${repo.name}/.github/workflows/guard.yml@refs/heads/${repo.defaultBranch}`,
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      'INPUT_TENANT-ID': variable('AZURE_TENANT_ID'),
      'INPUT_CLIENT-ID': variable('GUARD_CLIENT_ID'),
      INPUT_APPS: apps,
      'INPUT_AUTHORITY-HOST': emulators.entra.url,
      'INPUT_GRAPH-ENDPOINT': emulators.graph.url,
      'INPUT_ARM-ENDPOINT': emulators.arm.url,
      'INPUT_GITHUB-TOKEN': Object.keys(scenario.github.tokens)[0] ?? '',
      'INPUT_FAIL-ON': 'error',
      INPUT_WORKFLOWS: '.github/workflows',
      INPUT_AUDIENCE: 'api://AzureADTokenExchange',
      INPUT_CLOUD: 'AzureCloud',
      INPUT_COMMENT: 'false',
      'INPUT_SARIF-FILE': path.join(runnerTemp, 'entra-federation-guard.sarif'),
    };
    console.log(
      `Running the bundled action against the demo tenant ${scenario.tenant.tenantId} (${repo.owner}/${repo.name})\n`,
    );
    const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    // What a runner shows: workflow commands other than masks, as the log would render them.
    for (const line of stdout.split('\n'))
      if (line && !line.startsWith('::add-mask::') && !line.startsWith('::debug::')) console.log(`  ${line}`);

    const reportFile = path.join(runnerTemp, 'entra-federation-guard/report.json');
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    console.log(`\n${renderText(report, { color: process.stdout.isTTY === true })}`);
    console.log(`The action exited ${code} (${code === 0 ? 'passed' : 'failed the job'}); verdict ${report.verdict}.`);
    console.log(`Job summary: ${files.summary}\nJSON report: ${reportFile}\nSARIF: ${env['INPUT_SARIF-FILE']}`);
    // Keep the files for reading; the emulators stop.
    return 0;
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  } finally {
    await emulators.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
