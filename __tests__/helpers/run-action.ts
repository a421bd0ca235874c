// Runs the bundled action (dist/index.js) in a child process the way a GitHub runner does:
// inputs as INPUT_* variables, outputs through GITHUB_OUTPUT, the summary through
// GITHUB_STEP_SUMMARY, the event payload through GITHUB_EVENT_PATH.
import { execFileSync, spawn } from 'node:child_process';
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/report/model.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bundle = path.join(repoRoot, 'dist/index.js');

/** The run folders (efg-run-*) made so far; removed when the test file ends (or by the caller, outside Jest). */
const runFolders: string[] = [];
export function removeRunFolders(): void {
  for (const folder of runFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
// Jest's global hook when this runs under Jest (the bench imports this file too, outside Jest).
(globalThis as { afterAll?: (fn: () => void) => void }).afterAll?.(removeRunFolders);

let freshness: string | null | undefined;

/**
 * Why dist/index.js cannot be what src/ says (a source file is newer), or null. Checked once per test file: an
 * end-to-end test of a stale bundle would prove nothing about the code under review.
 */
function committedAsIs(): boolean {
  try {
    return (
      execFileSync('git', ['status', '--porcelain', '--', 'src', 'dist'], { cwd: repoRoot, encoding: 'utf8' }) === ''
    );
  } catch {
    return false; // not a git checkout: judge by file times
  }
}

export function staleBundle(): string | null {
  if (freshness !== undefined) return freshness;
  if (!existsSync(bundle)) return (freshness = `${bundle} does not exist: run \`npm run bundle\` first.`);
  // A checkout whose src/ and dist/ are as committed runs the committed bundle: a fresh clone's file times say
  // nothing, and CI proves the committed dist/ equal to a fresh build. Otherwise file times tell an edit apart.
  if (committedAsIs()) return (freshness = null);
  const built = statSync(bundle).mtimeMs;
  const newer = (dir: string): string | null => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = newer(full);
        if (found) return found;
      } else if (statSync(full).mtimeMs > built) return full;
    }
    return null;
  };
  const source = newer(path.join(repoRoot, 'src'));
  freshness = source
    ? `dist/index.js is older than ${path.relative(repoRoot, source)}: run \`npm run bundle\` before the end-to-end tests.`
    : null;
  return freshness;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Parsed JSON report, when one was written. */
  report: Report | undefined;
  reportText: string;
  /** Every file the run wrote into RUNNER_TEMP, by relative path (SARIF included). */
  files: Record<string, string>;
  workspace: string;
}

export interface RunOptions {
  inputs: Record<string, string>;
  /** Extra environment (e.g. the emulators' runnerEnv()). */
  env?: Record<string, string>;
  /** Files to create in the workspace, by relative path. */
  workspaceFiles?: Record<string, string>;
  /** Symlinks to create in the workspace (relative path → target), as a pull request can commit them. */
  workspaceSymlinks?: Record<string, string>;
  repository?: string;
  eventName?: string;
  event?: unknown;
  ref?: string;
  actor?: string;
  job?: string;
  workflowRef?: string;
  timeoutMs?: number;
}

/** Parse GITHUB_OUTPUT as written by @actions/core: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m) {
      const [, name, delim] = m as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '');
      out[name] = value.join('\n');
    } else {
      const kv = /^([^=]+)=(.*)$/.exec(lines[i] ?? '');
      if (kv) out[kv[1] as string] = kv[2] as string;
    }
  }
  return out;
}

function listFiles(dir: string, base = dir, acc: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, base, acc);
    else acc[path.relative(base, full)] = readFileSync(full, 'utf8');
  }
  return acc;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const stale = staleBundle();
  if (stale) throw new Error(stale);
  const root = mkdtempSync(path.join(tmpdir(), 'efg-run-'));
  runFolders.push(root);
  const workspace = path.join(root, 'workspace');
  const runnerTemp = path.join(root, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  for (const [rel, text] of Object.entries(options.workspaceFiles ?? {})) {
    const file = path.join(workspace, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  for (const [rel, target] of Object.entries(options.workspaceSymlinks ?? {})) {
    const link = path.join(workspace, rel);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(target, link);
  }
  const outputFile = path.join(root, 'github-output');
  const summaryFile = path.join(root, 'step-summary');
  const eventFile = path.join(root, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const repository = options.repository ?? 'contoso/payments-api';
  writeFileSync(eventFile, JSON.stringify(options.event ?? { repository: { full_name: repository } }));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_ACTOR: options.actor ?? 'octocat',
    GITHUB_JOB: options.job ?? 'guard',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'guard',
    GITHUB_WORKFLOW_REF: options.workflowRef ?? `${repository}/.github/workflows/guard.yml@refs/heads/main`,
    ...(options.env ?? {}),
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // action.yml defaults the runner would fill in.
  env['INPUT_FAIL-ON'] ??= 'error';
  env['INPUT_WORKFLOWS'] ??= '.github/workflows';
  env['INPUT_AUDIENCE'] ??= 'api://AzureADTokenExchange';
  env['INPUT_CLOUD'] ??= 'AzureCloud';
  env['INPUT_COMMENT'] ??= 'false';
  env['INPUT_GITHUB-TOKEN'] ??= '';

  const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`action did not finish within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c ?? -1);
    });
  });
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  const reportPath = outputs['report-file'] ?? path.join(runnerTemp, 'entra-federation-guard/report.json');
  const reportText = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    report: reportText ? (JSON.parse(reportText) as Report) : undefined,
    reportText,
    files: listFiles(runnerTemp),
    workspace,
  };
}
