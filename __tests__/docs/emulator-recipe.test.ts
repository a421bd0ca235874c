// `npm run emulator` prints how to run the action and the CLI against the emulators; the README says so. Both
// printed commands run here exactly as printed (through sh, from an unrelated folder) and reach a verdict.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/run-action.js';

let child: ChildProcess;
let printed = '';
const elsewhere = mkdtempSync(path.join(tmpdir(), 'efg-recipe-'));

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'emulator/standalone.ts')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      printed += d.toString();
      if (printed.includes('Press Ctrl-C to stop.')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`npm run emulator exited ${code}: ${printed}`)));
  });
}, 60_000);

afterAll(async () => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  rmSync(elsewhere, { recursive: true, force: true });
});

/** The indented command lines under a heading of the printed recipe. */
function commandsAfter(heading: RegExp): string[] {
  const lines = printed.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('  env ')) out.push(line.trim());
    else if (out.length > 0 || line.trim() === '') {
      if (out.length > 0) break;
    }
  }
  return out;
}

function sh(command: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('sh', ['-c', command], {
    cwd: elsewhere,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run emulator's printed recipe", () => {
  it('runs the bundled action to a verdict, with the job summary written', () => {
    const [command] = commandsAfter(/^Run the bundled action/);
    expect(command).toMatch(/^env \$\(cat \S+runner\.env\) node \S+dist\/index\.js$/);
    const run = sh(command ?? 'false');
    // It fails the job for the demo tenant's errors, not for a missing piece of the runner.
    expect(run.stdout).toMatch(/^::error::\d+ error\(s\) found \(fail-on: error\)\.$/m);
    expect(run.stdout).not.toMatch(/^::error::Entra Federation Guard:/m);
    expect(run.status).toBe(1);
    const summaryFile = /job summary to (\S+)\):/.exec(printed)?.[1] ?? '';
    expect(readFileSync(summaryFile, 'utf8')).toContain('**Entra Federation Guard: fail**');
  });

  it('runs the CLI to a verdict, signed in with the printed workload identity', () => {
    const [command] = commandsAfter(/^Run the CLI/);
    expect(command).toMatch(
      /^env \$\(cat \S+cli\.env\) node \S+dist\/cli\/index\.js scan --all --graph-endpoint https:\/\/localhost:\d+ --arm-endpoint https:\/\/localhost:\d+$/,
    );
    const run = sh(command ?? 'false');
    expect(run.stderr).not.toMatch(/could not complete/);
    expect(run.stdout).toMatch(/fic-pull-request/);
    expect(run.status).toBe(1);
  });
});
