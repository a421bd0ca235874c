// Runs the CLI in-process through main(), capturing stdout and stderr as strings.
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  /** Pretend stderr is a terminal (progress redrawn in place). */
  stderrTTY?: boolean;
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTTY ?? false, columns: 100 },
    // A developer's GITHUB_TOKEN/GH_TOKEN would send the CLI to api.github.com: tests pass one explicitly.
    env: options.env ?? { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined },
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.now ? { now: () => options.now as Date } : {}),
  });
  return { code, stdout, stderr };
}
