// `@github/local-action` imports src/main.ts and calls run() with no argument: run() must then read the inputs
// and the policy itself, exactly as the bundled entry point does before it hands them over.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/run-action.js';

function runWithoutArguments(env: Record<string, string>): { status: number | null; stdout: string } {
  const script = `import { run } from ${JSON.stringify(path.join(repoRoot, 'src/main.ts'))}; await run();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  return { status: result.status, stdout: result.stdout };
}

describe('run() with no argument, as @github/local-action calls it', () => {
  it('reads and validates the inputs itself and fails with the input error', () => {
    const { status, stdout } = runWithoutArguments({
      GITHUB_WORKSPACE: repoRoot,
      'INPUT_TENANT-ID': 'not a tenant',
      'INPUT_CLIENT-ID': '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6',
      INPUT_APPS: '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6',
    });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^::error::Entra Federation Guard: .*tenant-id/m);
    expect(stdout).not.toContain('Cannot read properties');
  });
});
