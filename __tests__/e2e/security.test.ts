// Issue 10: a hostile pull request and a hostile tenant, attacking the bundled action through the emulators. Each
// attack of the issue is reproduced as it was reported; each now does no harm. They stay as regressions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { GitHubTokenFixture } from '../../emulator/github-api.js';
import { useEmulators } from '../helpers/emulators.js';
import type { ActionRun } from '../helpers/run-action.js';
import {
  annotations,
  app,
  buildTenant,
  GUARD,
  githubFixture,
  guardWorkflow,
  PR_NUMBER,
  REPO,
  repoFic,
  runGuard,
  TENANT_ID,
  TOKENS,
  workflowCommands,
} from './harness.js';

/** A classic 40-hex personal access token: nothing about its shape says "token", so only redaction by value can. */
const HEX_TOKEN = '9f2c4e6a8b0d1f3e5c7a9b1d3f5e7c9a0b2d4f6e';
/** A GitHub App installation token whose bot account is guard-app[bot]. */
const APP_TOKEN = 'ghs_AppInstallationToken0123456789abcdefAB';
const EVIL_TOKEN = 'ghs_EvilBotToken0123456789abcdefghijklmnop';
const RENOVATE_TOKEN = 'ghs_RenovateBotToken0123456789abcdefghijk';

const PR_DEPLOY = app({
  displayName: 'payments-preview',
  federatedIdentityCredentials: [repoFic('payments-main', 'ref:refs/heads/main')],
});
/** Renamed by whoever can edit it to the name an exception used to name. */
const IMPOSTOR = app({
  displayName: GUARD.displayName,
  federatedIdentityCredentials: [repoFic('impostor-prs', 'pull_request')],
});

function fixture() {
  const github = githubFixture();
  const writer = (actor: GitHubTokenFixture['actor']): GitHubTokenFixture => ({
    repos: [REPO],
    permissions: { metadata: 'read', 'pull-requests': 'write', actions: 'read' },
    ...(actor ? { actor } : {}),
  });
  github.tokens[HEX_TOKEN] = writer({ login: 'octocat', id: 583231, type: 'User' });
  github.tokens[APP_TOKEN] = writer({ login: 'guard-app[bot]', id: 90000001, type: 'Bot' });
  github.tokens[EVIL_TOKEN] = writer({ login: 'evil-bot[bot]', id: 90000002, type: 'Bot' });
  github.tokens[RENOVATE_TOKEN] = writer({ login: 'renovate[bot]', id: 29139614, type: 'Bot' });
  return { tenant: buildTenant([{ app: PR_DEPLOY }, { app: IMPOSTOR }]), github };
}

const emulators = useEmulators(fixture);
const scratch = mkdtempSync(path.join(tmpdir(), 'efg-attack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Everything a person or a later step can read, apart from the `::add-mask::` lines the runner hides. */
function surfaces(run: ActionRun): Record<string, string> {
  const visible = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const out: Record<string, string> = {
    stdout: visible,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    report: run.reportText,
  };
  for (const [file, text] of Object.entries(run.files)) out[`runner-temp/${file}`] = text;
  return out;
}

function leaks(values: readonly string[], where: Record<string, string>): string[] {
  const found: string[] = [];
  for (const value of values) {
    const piece = value.slice(0, Math.min(20, value.length));
    for (const [name, text] of Object.entries(where)) if (text.includes(piece)) found.push(`${name}: ${piece}`);
  }
  return found;
}

async function prComments(): Promise<{ id: number; body: string; user: { login: string } }[]> {
  const response = await fetch(`${emulators().github.url}/repos/${REPO}/issues/${PR_NUMBER}/comments`, {
    headers: { authorization: `Bearer ${TOKENS.full}`, accept: 'application/vnd.github+json' },
  });
  return (await response.json()) as { id: number; body: string; user: { login: string } }[];
}

async function postComment(token: string, body: string): Promise<void> {
  const response = await fetch(`${emulators().github.url}/repos/${REPO}/issues/${PR_NUMBER}/comments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body }),
  });
  expect(response.status).toBe(201);
}

async function deleteComment(id: number): Promise<void> {
  const response = await fetch(`${emulators().github.url}/repos/${REPO}/issues/comments/${id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${TOKENS.full}` },
  });
  expect(response.status).toBe(204);
}

describe('attack 1: the policy file is a symlink to a secret', () => {
  const victim = path.join(scratch, 'id_rsa');
  writeFileSync(victim, '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAPRIVATEKEYMATERIAL\n');

  it.each([
    ['/proc/self/environ', '/proc/self/environ'],
    ['a private key outside the workspace', victim],
  ])('%s: refused before any network call, and nothing of it is printed', async (_name, target) => {
    const em = emulators();
    const run = await runGuard(em, {
      apps: [PR_DEPLOY.appId],
      event: 'pull_request',
      symlinks: { '.github/entra-federation-guard.yml': target },
    });
    expect(run.code).toBe(1);
    const errors = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(errors.map((e) => e.message).join('\n')).toMatch(/cannot read the policy file: .*outside/);
    expect(em.log.entries.filter((e) => e.service !== 'github')).toEqual([]);
    const where = surfaces(run);
    expect(leaks([TOKENS.full, em.oidc.requestToken, 'PRIVATEKEYMATERIAL', 'BEGIN OPENSSH'], where)).toEqual([]);
    expect(JSON.stringify(where)).not.toMatch(/PATH=|HOME=|INPUT_/);
  });
});

describe('attack 2: a workflow expression that backtracks', () => {
  it('a client-id of "${{" and 100,000 spaces is analysed at once', async () => {
    const hostile = `on: pull_request\npermissions: { id-token: write }\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: "\${{${' '.repeat(100_000)}"\n          tenant-id: ${TENANT_ID}\n`;
    const started = Date.now();
    const run = await runGuard(emulators(), {
      apps: [PR_DEPLOY.appId],
      event: 'pull_request',
      files: { '.github/workflows/hostile.yml': hostile },
    });
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(run.report).toBeDefined();
  });
});

describe('attack 3: an exception by display name', () => {
  it('is a policy error that says to use the appId', async () => {
    const policy = `version: 1\nexceptions:\n  - rule: fic-pull-request\n    app: ${GUARD.displayName}\n    expires: 2099-01-01\n    reason: the guard itself\n`;
    const run = await runGuard(emulators(), {
      apps: [IMPOSTOR.appId],
      files: { '.github/entra-federation-guard.yml': policy },
    });
    expect(run.code).toBe(1);
    const error = workflowCommands(run.stdout).find((c) => c.command === 'error');
    expect(error?.message).toContain(
      `.github/entra-federation-guard.yml:4:10: exceptions[0].app is "${GUARD.displayName}"; exceptions match apps by id only`,
    );
    expect(run.report).toBeUndefined();
  });

  it("an exception for the guard's appId does not cover an app renamed to the guard's name", async () => {
    const policy = `version: 1\nexceptions:\n  - rule: fic-pull-request\n    app: ${GUARD.appId}\n    expires: 2099-01-01\n    reason: the guard itself\n`;
    const run = await runGuard(emulators(), {
      apps: [IMPOSTOR.appId],
      files: { '.github/entra-federation-guard.yml': policy },
    });
    expect(run.report?.findings.filter((f) => f.rule === 'fic-pull-request').map((f) => f.appId)).toEqual([
      IMPOSTOR.appId,
    ]);
    expect(run.report?.suppressed).toEqual([]);
  });
});

describe("attack 4: another bot's comment", () => {
  const files = { '.github/workflows/guard.yml': guardWorkflow('pull_request:') };
  const guard = (token: string = TOKENS.full) =>
    runGuard(emulators(), {
      apps: [PR_DEPLOY.appId, IMPOSTOR.appId],
      event: 'pull_request',
      githubToken: token,
      inputs: { comment: 'true' },
      files,
    });

  it('a forged comment with our marker and digest is neither edited nor a reason to skip posting', async () => {
    for (const c of await prComments()) await deleteComment(c.id);
    const first = await guard();
    expect(first.code).toBe(1);
    const [ours] = await prComments();
    expect(ours?.user.login).toBe('github-actions[bot]');
    await deleteComment(ours?.id ?? 0);
    // evil-bot[bot] posts a copy of the current result (same digest line); renovate[bot] quotes our marker.
    const forged = ours?.body.replace(/\*\*Entra Federation Guard: fail\*\*/, '**Entra Federation Guard: pass**') ?? '';
    await postComment(EVIL_TOKEN, forged);
    await postComment(RENOVATE_TOKEN, '<!-- entra-federation-guard -->\nRenovate updated the guard action.');
    const before = await prComments();
    emulators().log.clear();

    await guard();
    const after = await prComments();
    // Both foreign comments are untouched; ours was posted anew.
    expect(after.slice(0, 2)).toEqual(before);
    expect(after.map((c) => c.user.login)).toEqual(['evil-bot[bot]', 'renovate[bot]', 'github-actions[bot]']);
    const writes = emulators()
      .log.of('github')
      .filter((e) => e.path.includes('/comments') && e.method !== 'GET')
      .map((e) => `${e.method} ${e.status}`);
    expect(writes).toEqual(['POST 201']);
  });

  it('with a GitHub App token, the comment of its own bot is the sticky one, github-actions[bot] is left alone', async () => {
    for (const c of await prComments()) await deleteComment(c.id);
    await guard();
    await guard(APP_TOKEN);
    await guard(APP_TOKEN);
    const comments = await prComments();
    expect(comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'guard-app[bot]']);
  });
});

describe('attack 5: report-file and sarif-file through symlinks', () => {
  it('a symlinked sarif-file and a symlinked report folder are refused; the files they point to are unchanged', async () => {
    const victimDir = mkdtempSync(path.join(scratch, 'victim-'));
    const victim = path.join(victimDir, 'authorized_keys');
    writeFileSync(victim, 'ssh-ed25519 AAAA owner\n');
    const sarifRun = await runGuard(emulators(), {
      apps: [PR_DEPLOY.appId],
      inputs: { 'sarif-file': 'results/guard.sarif' },
      symlinks: { 'results/guard.sarif': victim },
    });
    expect(sarifRun.code).toBe(1);
    expect(sarifRun.stdout).toMatch(/Refused to write the sarif-file input's file .* it is a symlink/);
    const reportRun = await runGuard(emulators(), {
      apps: [PR_DEPLOY.appId],
      inputs: { 'report-file': 'out/report.json' },
      symlinks: { out: victimDir },
    });
    expect(reportRun.code).toBe(1);
    expect(reportRun.stdout).toMatch(/Refused to write the report-file input's file .*outside/);
    expect(readFileSync(victim, 'utf8')).toBe('ssh-ed25519 AAAA owner\n');
    expect(() => readFileSync(path.join(victimDir, 'report.json'))).toThrow();
  });

  it('workflow files symlinked out of the workspace or to /proc are not read: each is a workflow-unreadable error', async () => {
    const outside = path.join(scratch, 'outside.yml');
    writeFileSync(outside, 'on: push # OUTSIDE-CONTENT\njobs: {}\n');
    const run = await runGuard(emulators(), {
      apps: [PR_DEPLOY.appId],
      symlinks: {
        '.github/workflows/environ.yml': '/proc/self/environ',
        '.github/workflows/outside.yml': outside,
      },
    });
    expect(run.code).toBe(1);
    expect(
      run.report?.findings
        .filter((f) => f.rule === 'workflow-unreadable')
        .map((f) => f.location?.file)
        .sort(),
    ).toEqual(['.github/workflows/environ.yml', '.github/workflows/outside.yml']);
    expect(JSON.stringify(surfaces(run))).not.toMatch(/OUTSIDE-CONTENT|INPUT_GITHUB/);
  });
});

describe('attack 6: a workflow file the parser refuses', () => {
  const signIn = (extra: string) =>
    `x-runner: &runner ubuntu-latest\non: pull_request_target\npermissions: { id-token: write }\njobs:\n  deploy:\n    runs-on: *runner\n    steps:\n      - uses: azure/login@v2\n        with: { client-id: ${PR_DEPLOY.appId}, tenant-id: ${TENANT_ID} }\n${extra}`;

  it('120 ordinary aliases are analysed: the pull_request_target job that signs in is judged', async () => {
    const aliases = Array.from(
      { length: 120 },
      (_, i) => `  job${i}:\n    runs-on: *runner\n    steps: [{ run: echo }]\n`,
    ).join('');
    const run = await runGuard(emulators(), {
      apps: [PR_DEPLOY.appId],
      files: { '.github/workflows/target.yml': signIn(aliases) },
    });
    expect(run.report?.findings.filter((f) => f.rule === 'workflow-unreadable')).toEqual([]);
    expect(run.report?.findings.some((f) => f.rule === 'fic-missing' && f.appId === PR_DEPLOY.appId)).toBe(true);
  });

  it('an alias bomb hides nothing: the file is a workflow-unreadable error and the run fails', async () => {
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const run = await runGuard(emulators(), {
      apps: [PR_DEPLOY.appId],
      files: { '.github/workflows/target.yml': `${bomb.join('\n')}\n${signIn('')}` },
    });
    expect(run.code).toBe(1);
    const error = annotations(run.stdout).find(
      (a) => a.command === 'error' && a.properties.file === '.github/workflows/target.yml',
    );
    expect(error?.message).toMatch(/not analysed .*more than 200000 nodes/);
  });
});

describe('attack 7: services that echo credentials in every error field', () => {
  it.each([
    { name: 'Graph', service: 'graph', path: /\$batch|applications/ },
    { name: 'GitHub', service: 'github', path: /environments|comments/ },
    { name: 'Entra', service: 'entra', path: /token/ },
  ])('$name: no credential reaches any output, the comment included', async ({ service, path: route }) => {
    const em = emulators();
    for (const c of await prComments()) await deleteComment(c.id);
    em.faults.add({ service, path: route, kind: 'echo-credentials', status: 403 });
    const run = await runGuard(em, {
      apps: [PR_DEPLOY.appId],
      event: 'pull_request',
      githubToken: HEX_TOKEN,
      inputs: { comment: 'true', 'sarif-file': 'guard.sarif' },
      files: { '.github/workflows/guard.yml': guardWorkflow('pull_request:') },
    });
    em.faults.clear();
    const masked = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    const held = [...masked, HEX_TOKEN, em.oidc.requestToken];
    const where = surfaces(run);
    const sarif = path.join(run.workspace, 'guard.sarif');
    try {
      where.sarif = readFileSync(sarif, 'utf8');
    } catch {
      // the run may have stopped before writing it
    }
    for (const c of await prComments()) where[`comment ${c.id}`] = c.body;
    expect(leaks(held, where)).toEqual([]);
    expect(JSON.stringify(where)).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.|ghs_[A-Za-z0-9]{20}/);
    // The echo did happen: the redaction had something to remove.
    expect(JSON.stringify(where)).toContain('[redacted token]');
  });
});
