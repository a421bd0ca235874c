// The package as users install it: `npm pack`, then `npm install <tarball>` in an empty folder, offline. The
// bundles carry every runtime dependency, so the install adds nothing but the package, and its CLI runs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../helpers/run-action.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, NODE_OPTIONS: '', npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm pack → npm install <tarball> in an empty folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'efg-pack-'));
  const consumer = path.join(root, 'consumer');
  let files: string[] = [];
  let cli = '';

  beforeAll(() => {
    const packed = run(npm, ['pack', '--json', '--pack-destination', root], repoRoot);
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    if (info === undefined) throw new Error('npm pack printed no package');
    files = info.files.map((f) => f.path);
    mkdirSync(consumer);
    writeFileSync(path.join(consumer, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
    const installed = run(
      npm,
      ['install', '--offline', '--no-audit', '--ignore-scripts', path.join(root, info.filename)],
      consumer,
    );
    if (installed.status !== 0) throw new Error(`npm install of the tarball failed: ${installed.stderr}`);
    cli = path.join(consumer, 'node_modules/entra-federation-guard/dist/cli/index.js');
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('ships the bundles, action.yml, schemas, docs, README and LICENSE, and no tests, emulators or CI files', () => {
    for (const file of ['dist/index.js', 'dist/cli/index.js', 'action.yml', 'README.md', 'LICENSE', 'package.json']) {
      expect(files).toContain(file);
    }
    expect(files.some((f) => f.startsWith('schema/'))).toBe(true);
    expect(files.some((f) => f.startsWith('docs/'))).toBe(true);
    expect(files.filter((f) => /^(__tests__|emulator|src|bench|scripts|\.ci|examples)\//.test(f))).toEqual([]);
  });

  it('installs the package alone: no runtime dependencies', () => {
    const modules = readdirSync(path.join(consumer, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(modules).toEqual(['entra-federation-guard']);
  });

  it('its CLI runs --help and plan', () => {
    const help = run(process.execPath, [cli, '--help'], consumer);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: entra-federation-guard <command> [options]');

    const checkout = path.join(root, 'checkout');
    mkdirSync(path.join(checkout, '.github/workflows'), { recursive: true });
    writeFileSync(
      path.join(checkout, '.github/workflows/deploy.yml'),
      [
        'on: { push: { branches: [main] } }',
        'permissions: { id-token: write, contents: read }',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    environment: production',
        '    steps:',
        '      - uses: azure/login@v2',
        '        with: { client-id: 0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6, tenant-id: 72f988bf-86f1-41af-91ab-2d7cd011db47, allow-no-subscriptions: true }',
        '',
      ].join('\n'),
    );
    const plan = run(
      process.execPath,
      [cli, 'plan', '--repo', checkout, '--github-repo', 'contoso/payments-api'],
      consumer,
    );
    expect(plan.stderr).not.toMatch(/error/i);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('repo:contoso/payments-api:environment:production');
  });

  it('leaves quietly when the reader closes the pipe early (… | head)', async () => {
    const child = spawn(process.execPath, [cli, 'rules'], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
