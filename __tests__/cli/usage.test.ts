// Usage errors: exit 2 before any network call, with a message that names the flag, the bad value and
// what is allowed. Also the pure parsers behind them (selection, shards, git remotes).
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inShard, parseFilter, parseShard, shardOf } from '../../src/cli/selection.js';
import { parseRemoteUrl } from '../../src/cli/repository.js';
import { RULES } from '../../src/policy/index.js';
import { TOOL_VERSION } from '../../src/version.js';
import { runCli } from './run.js';

const APP = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const TENANT = ['--tenant', 'contoso.onmicrosoft.com'];
const dir = mkdtempSync(join(tmpdir(), 'efg-cli-usage-'));
const notADir = join(dir, 'file.txt');
writeFileSync(notADir, 'x');

const usage = (command: string, message: string) =>
  `entra-federation-guard ${command}: ${message}\nRun 'entra-federation-guard ${command} --help' for usage.\n`;

describe('usage errors exit 2 with exact messages', () => {
  it.each([
    [
      ['scan', '--all', ...TENANT, '--format', 'xml'],
      'scan',
      '--format must be one of text, json, sarif, markdown; got "xml".',
    ],
    [
      ['scan', '--all', ...TENANT, '--fail-on', 'sometimes'],
      'scan',
      '--fail-on must be one of error, warning, never; got "sometimes".',
    ],
    [
      ['scan', '--all', ...TENANT, '--cloud', 'Mars'],
      'scan',
      '--cloud must be one of AzureCloud, AzureUSGovernment, AzureUSGovernmentDoD, AzureChinaCloud; got "Mars".',
    ],
    [
      ['scan', '--apps', 'not-a-guid', ...TENANT],
      'scan',
      '--apps must list application (client) IDs as GUIDs, separated by commas or new lines; not GUIDs: "not-a-guid".',
    ],
    [
      ['scan', ...TENANT],
      'scan',
      'Choose the apps to check: --apps APPID[,APPID…] or --all (every application in the tenant).',
    ],
    [['scan', '--apps', APP, '--all', ...TENANT], 'scan', '--apps and --all cannot be combined; choose one.'],
    [
      ['scan', '--apps', APP, '--filter', 'deploy', ...TENANT],
      'scan',
      '--filter needs --all (it narrows the tenant listing).',
    ],
    [['scan', '--all', '--filter', 'tag:', ...TENANT], 'scan', '--filter tag:NAME needs a tag name; got "tag:".'],
    [
      ['scan', '--all', '--shard', '0/3', ...TENANT],
      'scan',
      '--shard must be i/n with 1 ≤ i ≤ n ≤ 1000, for example 2/3 (the second of three shards); got "0/3".',
    ],
    [
      ['scan', '--all'],
      'scan',
      '--tenant is required: the directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com (or set AZURE_TENANT_ID).',
    ],
    [
      ['scan', '--all', '--tenant', 'not a tenant'],
      'scan',
      '--tenant must be the directory (tenant) ID, a GUID, or a verified domain such as contoso.onmicrosoft.com; got "not a tenant".',
    ],
    [
      ['scan', '--all', ...TENANT, '--authority-host', 'http://login.example.com'],
      'scan',
      '--authority-host must use https (Entra and Graph refuse plain http); got "http://login.example.com".',
    ],
    [
      ['scan', '--all', ...TENANT, '--bogus'],
      'scan',
      'Unknown option --bogus for scan; allowed: --all, --apps, --arm-endpoint, --authority-host, --cloud, --fail-on, --filter, --format, --github-repo, --graph-endpoint, --help, --output, --owner-id, --policy, --quiet, --repo, --repo-id, --shard, --snapshot, --tenant.',
    ],
    [
      ['scan', '--all', ...TENANT, '--format'],
      'scan',
      "--format needs a value (use --format=VALUE for a value that starts with '-').",
    ],
    [['scan', '--all=yes', ...TENANT], 'scan', '--all takes no value.'],
    [['scan', '--all', ...TENANT, 'extra'], 'scan', 'Unexpected argument "extra": scan takes no positional arguments.'],
    [['scan', '--all', ...TENANT, '--owner-id', '1'], 'scan', '--owner-id needs --repo (it describes the checkout).'],
    [
      ['scan', '--all', ...TENANT, '--repo', dir, '--owner-id', '1'],
      'scan',
      '--owner-id and --repo-id go together: the immutable subject form names both ids.',
    ],
    [
      ['scan', '--all', '--snapshot', 's.json', '--graph-endpoint', 'https://graph.example.com'],
      'scan',
      '--graph-endpoint does not apply with --snapshot, which evaluates the file offline.',
    ],
    [
      ['scan', '--all', '--snapshot', 's.json', '--filter', 'x'],
      'scan',
      '--filter does not apply with --snapshot: export with --filter, or scan the snapshot with --apps.',
    ],
    [
      ['export', '--all'],
      'export',
      '--tenant is required: the directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com (or set AZURE_TENANT_ID).',
    ],
    [['plan'], 'plan', '--repo DIR is required: the local checkout whose .github/workflows to read.'],
    [
      ['plan', '--repo', dir, '--format', 'yaml'],
      'plan',
      '--format must be one of text, json, az, terraform; got "yaml".',
    ],
    [
      ['plan', '--repo', dir, '--app', 'x'],
      'plan',
      '--app must be a GUID such as 00000000-0000-0000-0000-000000000000; got "x".',
    ],
    [
      ['plan', '--repo', notADir, '--github-repo', 'a/b'],
      'plan',
      `--repo must be a directory; "${notADir}" is a file.`,
    ],
    [
      ['plan', '--repo', dir],
      'plan',
      `Cannot tell which GitHub repository "${dir}" is: it has no git remote "origin". Pass --github-repo OWNER/REPO.`,
    ],
    [
      ['plan', '--repo', dir, '--github-repo', 'contoso'],
      'plan',
      '--github-repo must be OWNER/REPO, for example contoso/payments-api; got "contoso".',
    ],
    [
      ['plan', '--repo', dir, '--github-repo', 'a/b', '--owner-id', '12', '--repo-id', 'x'],
      'plan',
      '--repo-id must be a positive integer (the numeric id GitHub puts in the token); got "x".',
    ],
    [
      ['merge'],
      'merge',
      'merge needs the JSON reports to join, for example: merge shard-1.json shard-2.json shard-3.json.',
    ],
    [
      ['merge', 'a.json', '--format', 'html'],
      'merge',
      '--format must be one of text, json, sarif, markdown; got "html".',
    ],
  ] as const)('%j', async (argv, command, message) => {
    const run = await runCli([...argv], { env: {}, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(usage(command, message));
  });

  it('an invalid policy file is a usage error located at the offending node', async () => {
    const policy = join(dir, 'policy.yml');
    writeFileSync(policy, 'version: 1\nrules:\n  fic-audience: fatal\n');
    const run = await runCli(['scan', '--all', ...TENANT, '--policy', policy], { env: {}, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^entra-federation-guard scan: invalid policy: policy\.yml:3:17: /);
  });

  it('an unknown command lists the commands', async () => {
    expect(await runCli(['audit'], { env: {} })).toEqual({
      code: 2,
      stdout: '',
      stderr: `entra-federation-guard: unknown command "audit"; expected one of scan, export, plan, merge, rules. Run 'entra-federation-guard --help'.\n`,
    });
  });

  it('suggests the command meant', async () => {
    const run = await runCli(['sacn'], { env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Did you mean 'entra-federation-guard scan'?`);
  });

  it('suggests the option meant', async () => {
    const run = await runCli(['scan', '--all', ...TENANT, '--fromat', 'json'], { env: {}, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option --fromat for scan (did you mean --format?); allowed: ');
  });

  it.each([
    ['plan', '--repo', '.', '-o', 'json'],
    ['rules', '--output', 'JSON'],
    ['merge', 'a.json', '-o', 'markdown'],
  ])('refuses a bare format name as the output file: %s %s %s %s', async (...argv) => {
    const run = await runCli(argv, { env: {}, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--output takes a file name, and "(json|JSON|markdown)" is a format: use --format (json|markdown) \(stdout\), or --output \.\/\S+ for a file of that name\./,
    );
    expect(existsSync(join(dir, 'json'))).toBe(false);
  });
});

describe('help and version', () => {
  it('prints the version', async () => {
    expect(await runCli(['--version'])).toEqual({
      code: 0,
      stdout: `entra-federation-guard ${TOOL_VERSION}\n`,
      stderr: '',
    });
  });

  it.each(['scan', 'export', 'plan', 'merge', 'rules'])(
    '%s --help prints its usage, examples and the docs URL',
    async (command) => {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith(`Usage: entra-federation-guard ${command} `)).toBe(true);
      expect(run.stdout).toContain(`\nExamples:\n  entra-federation-guard ${command}`);
      expect(run.stdout).toContain(
        'Documentation: https://github.com/entra-federation-guard/entra-federation-guard/blob/main/docs/cli.md',
      );
      expect(run.stderr).toBe('');
    },
  );

  it('rules lists every rule with its default severity', async () => {
    const text = await runCli(['rules']);
    expect(text.code).toBe(0);
    for (const rule of RULES) expect(text.stdout).toMatch(new RegExp(`^${rule.id} +${rule.defaultSeverity} +\\S`, 'm'));
    const json = await runCli(['rules', '--format', 'json']);
    const parsed = JSON.parse(json.stdout) as { rules: { id: string; defaultSeverity: string }[] };
    expect(parsed.rules.map((r) => [r.id, r.defaultSeverity])).toEqual(RULES.map((r) => [r.id, r.defaultSeverity]));
  });

  it('without a command prints the overview to stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Commands:\n  scan ');
  });
});

describe('shards', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('parses %j', (text, shard) => expect(parseShard(text)).toEqual(shard));

  it.each(['0/3', '4/3', '1/0', '1', 'a/b', '1/1001', '-1/3'])('refuses %j', (text) =>
    expect(() => parseShard(text)).toThrow(/^--shard must be i\/n/),
  );

  it('assigns each app to exactly one shard, by its lower-cased appId only', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`);
    for (const count of [1, 2, 3, 7]) {
      const sizes = new Map<number, number>();
      for (const id of ids) {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(id, { index, count }));
        expect(owners).toEqual([shardOf(id, count)]);
        expect(shardOf(id.toUpperCase(), count)).toBe(shardOf(id, count));
        sizes.set(shardOf(id, count), (sizes.get(shardOf(id, count)) ?? 0) + 1);
      }
      // A hash, not a round robin: every shard gets a fair share of 300 ids.
      expect([...sizes.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      for (const size of sizes.values()) expect(size).toBeGreaterThan(300 / count / 2);
    }
  });

  it('parses filters', () => {
    expect(parseFilter('tag:payments')).toEqual({ tag: 'payments' });
    expect(parseFilter('TAG: ops ')).toEqual({ tag: 'ops' });
    expect(parseFilter('payments-')).toEqual({ displayNamePrefix: 'payments-' });
  });
});

describe('git remotes', () => {
  it.each([
    ['https://github.com/contoso/payments-api.git', { owner: 'contoso', name: 'payments-api' }],
    ['https://github.com/contoso/payments-api', { owner: 'contoso', name: 'payments-api' }],
    ['https://x-access-token:ghs_abc@github.com/contoso/payments-api.git', { owner: 'contoso', name: 'payments-api' }],
    ['git@github.com:contoso/payments-api.git', { owner: 'contoso', name: 'payments-api' }],
    ['ssh://git@github.com/contoso/payments-api.git', { owner: 'contoso', name: 'payments-api' }],
    ['https://ghe.contoso.com/platform/api.v2/', { owner: 'platform', name: 'api.v2' }],
    ['https://dev.azure.com/contoso/project/_git/repo', null],
    ['/srv/git/payments-api.git', null],
    ['file:///srv/git/contoso/payments-api.git', null],
    ['not a url', null],
  ])('%s', (url, expected) => expect(parseRemoteUrl(url)).toEqual(expected));
});
