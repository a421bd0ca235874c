// The harness as a runner sees it: a child process with runnerEnv() fetches its OIDC token over
// TLS (NODE_EXTRA_CA_CERTS), and the repository's OIDC settings live in the GitHub REST
// emulator, so a PUT to .../oidc/customization/sub changes the next token's `sub`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { loadScenario } from '../../emulator/fixtures.js';
import { decodeJwt } from '../../emulator/jwt.js';
import { useEmulators } from '../helpers/emulators.js';

const scenario = loadScenario('demo');
const emulators = useEmulators(() => ({ tenant: scenario.tenant, github: scenario.github }));
const REPO = 'contoso/payments-api';

function subOf(token: string): unknown {
  const decoded = decodeJwt(token);
  return decoded.ok ? decoded.payload.sub : undefined;
}

describe('runnerEnv', () => {
  it('lets a child process fetch its OIDC token over TLS as an action would', async () => {
    // The child prints only claims, never the token.
    const script = `
      const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL + '&audience=' + encodeURIComponent('api://AzureADTokenExchange');
      const res = await fetch(url, { headers: { authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } });
      const { value } = await res.json();
      const { sub, aud, repository_id } = JSON.parse(Buffer.from(value.split('.')[1], 'base64url').toString());
      console.log(JSON.stringify({ status: res.status, sub, aud, repository_id }));`;
    // Asynchronous: the emulators run in this process and must keep answering.
    const child = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', ...emulators().runnerEnv() },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      status: 200,
      sub: `repo:${REPO}:ref:refs/heads/main`,
      aud: 'api://AzureADTokenExchange',
      repository_id: '734129856',
    });
  });

  it('names every variable the action and its SDKs read', () => {
    const env = emulators().runnerEnv();
    expect(Object.keys(env).sort()).toEqual([
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'GITHUB_API_URL',
      'NODE_EXTRA_CA_CERTS',
    ]);
    expect(env.ACTIONS_ID_TOKEN_REQUEST_URL).toMatch(
      new RegExp(`^${emulators().oidc.url}/_apis/token\\?api-version=2\\.0&jobid=[0-9a-f-]{36}$`),
    );
    expect(env.GITHUB_API_URL).toBe(emulators().github.url);
  });
});

describe('OIDC settings shared with the GitHub REST emulator', () => {
  it('takes job defaults (ids, default branch) from the GitHub fixture', () => {
    const decoded = decodeJwt(emulators().oidc.mintToken());
    expect(decoded.ok && decoded.payload).toMatchObject({
      repository: REPO,
      repository_id: '734129856',
      repository_owner_id: '81234567',
      ref: 'refs/heads/main',
    });
  });

  it('serves settings changed through the harness from GET .../oidc/customization/sub', async () => {
    const { settings } = emulators().oidc;
    settings.setRepository(REPO, { useDefault: false, includeClaimKeys: ['repo', 'context', 'job_workflow_ref'] });
    try {
      const token = Object.keys(scenario.github.tokens)[0] ?? '';
      const res = await fetch(`${emulators().github.url}/repos/${REPO}/actions/oidc/customization/sub`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' },
      });
      expect(await res.json()).toEqual({
        use_default: false,
        include_claim_keys: ['repo', 'context', 'job_workflow_ref'],
      });
      expect(subOf(emulators().oidc.mintToken())).toBe(
        `repo:${REPO}:ref:refs/heads/main:job_workflow_ref:${REPO}/.github/workflows/deploy.yml@refs/heads/main`,
      );
    } finally {
      settings.setRepository(REPO, { useDefault: true, includeClaimKeys: [] });
    }
  });

  it('mints the immutable form once the fixture opts the repository in', () => {
    const repo = emulators().oidc.settings;
    repo.setRepository(REPO, { useImmutableSubject: true });
    try {
      expect(subOf(emulators().oidc.mintToken())).toBe(
        'repo:contoso@81234567/payments-api@734129856:ref:refs/heads/main',
      );
    } finally {
      repo.setRepository(REPO, { useImmutableSubject: false });
    }
  });
});
