// Process start on this machine: a bare `node -e ''` and the bundle stopping at its first input error.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './chain.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bundle = path.join(repoRoot, 'dist/index.js');

export async function timeProcess(args: string[], env: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  return performance.now() - started;
}

export async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i += 1) values.push(await measure());
  return median(values);
}

export interface ProcessStart {
  bareNodeMs: number;
  /** The bundle loaded and stopped at the first input error (no INPUT_* set). */
  bundleToInputErrorMs: number;
}

export async function measureProcessStart(runs = 7): Promise<ProcessStart> {
  await timeProcess(['-e', '']); // warm the file cache
  return {
    bareNodeMs: await medianOf(runs, () => timeProcess(['-e', ''])),
    bundleToInputErrorMs: await medianOf(runs, () => timeProcess([bundle], { GITHUB_ACTIONS: 'true' })),
  };
}
