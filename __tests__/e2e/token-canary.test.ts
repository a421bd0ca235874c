// Issues 2 and 6: whatever path a run takes, no token it held and no secret material Graph served
// reaches anything a person or another job can read. The tokens are taken from the run itself:
// @actions/core registers each with the runner through `::add-mask::` (the runner hides those
// lines), so every other line, file and output must be free of them and of any 20-character
// piece of them.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Fault } from '../../emulator/core/server.js';
import { decodeJwt } from '../../emulator/jwt.js';
import type { GraphPasswordCredential } from '../../emulator/tenant.js';
import { useEmulators } from '../helpers/emulators.js';
import type { ActionRun } from '../helpers/run-action.js';
import {
  app,
  buildTenant,
  daysFromNow,
  githubFixture,
  repoFic,
  runGuard,
  secret,
  servicePrincipal,
  TOKENS,
  type EventKind,
} from './harness.js';

/** What Graph would hand out if it ever served secretText on a read; it never may be printed. */
const SECRET_TEXT = 'Zq9~8fKd2LwP0xVbN4mQ7rTy1uIo3eAs5gHj6kLz';

function leakySecret(displayName: string, hint: string): GraphPasswordCredential {
  const s = secret({ displayName, startDateTime: daysFromNow(-10), endDateTime: daysFromNow(400), hint });
  return { ...s, secretText: `${hint}${SECRET_TEXT.slice(3)}` as unknown as null };
}

const HINTS = ['Zq9', 'Yk~', 'Wj8'];
const withSecrets = app({
  displayName: 'legacy-billing-sync',
  federatedIdentityCredentials: [repoFic('billing-main', 'ref:refs/heads/main')],
  passwordCredentials: [leakySecret('billing-2025', 'Zq9'), leakySecret('billing-rotation', 'Yk~')],
});
const spWithSecret = servicePrincipal({
  app: withSecrets,
  passwordCredentials: [leakySecret('sp-break-glass', 'Wj8')],
});

const emulators = useEmulators(() => ({
  tenant: buildTenant([{ app: withSecrets, sp: spWithSecret }]),
  github: githubFixture(),
}));

interface Path {
  name: string;
  faults?: Fault[];
  guardPermissions?: 'none';
  ref?: string;
  event?: EventKind;
  /** Whether the run got as far as an Entra access token. */
  signsIn: boolean;
}

const PATHS: Path[] = [
  { name: 'success', signsIn: true },
  { name: 'Graph 403 (no Application.Read.All)', guardPermissions: 'none', signsIn: true },
  { name: 'AADSTS700213 (subject not trusted)', ref: 'refs/heads/feature/canary', signsIn: false },
  {
    name: '429 with Retry-After on $batch',
    faults: [{ service: 'graph', path: /\$batch/, kind: 'status', status: 429, retryAfter: 1, times: 1 }],
    signsIn: true,
  },
  { name: 'malformed Graph body', faults: [{ service: 'graph', path: /\$batch/, kind: 'malformed' }], signsIn: true },
  {
    name: '401 from Graph mid-run',
    faults: [{ service: 'graph', path: /\$batch/, kind: 'status', status: 401 }],
    signsIn: true,
  },
  {
    name: 'Entra unavailable',
    faults: [{ service: 'entra', path: /oauth2\/v2\.0\/token/, kind: 'status', status: 503 }],
    signsIn: false,
  },
  { name: 'fork pull request (no OIDC)', event: 'fork_pull_request', signsIn: false },
];

/** The values the run registered as secrets, and every other line of stdout. */
function splitMasks(stdout: string): { masked: string[]; visible: string } {
  const masked: string[] = [];
  const visible: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::add-mask::')) masked.push(line.slice('::add-mask::'.length));
    else visible.push(line);
  }
  return { masked: [...new Set(masked)], visible: visible.join('\n') };
}

function issuerOf(token: string): string | undefined {
  const decoded = decodeJwt(token);
  return decoded.ok && typeof decoded.payload.iss === 'string' ? decoded.payload.iss : undefined;
}

/** Everything the run left for people and later steps to read. */
function readable(run: ActionRun, visibleStdout: string, sarifFile: string): Record<string, string> {
  const surfaces: Record<string, string> = {
    stdout: visibleStdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    report: run.reportText,
    sarif: existsSync(sarifFile) ? readFileSync(sarifFile, 'utf8') : '',
  };
  for (const [file, text] of Object.entries(run.files)) surfaces[`runner-temp/${file}`] = text;
  return surfaces;
}

/** The first 20-character piece of `secret` found in any surface, as "surface: piece", or null. */
function firstLeak(secretValue: string, surfaces: Record<string, string>): string | null {
  const width = Math.min(20, secretValue.length);
  for (let i = 0; i + width <= secretValue.length; i += 1) {
    const piece = secretValue.slice(i, i + width);
    for (const [name, text] of Object.entries(surfaces)) if (text.includes(piece)) return `${name}: ${piece}`;
  }
  return null;
}

describe('no token or secret material on any surface', () => {
  it.each(PATHS)('$name', async (p) => {
    const em = emulators();
    for (const fault of p.faults ?? []) em.faults.add(fault);
    if (p.guardPermissions === 'none') em.tenant.fixture = buildTenant([{ app: withSecrets, sp: spWithSecret }], []);
    let run: ActionRun;
    try {
      run = await runGuard(em, {
        apps: [withSecrets.appId],
        inputs: { 'sarif-file': 'results/guard.sarif' },
        ...(p.ref ? { ref: p.ref } : {}),
        ...(p.event ? { event: p.event } : {}),
      });
    } finally {
      em.tenant.fixture = buildTenant([{ app: withSecrets, sp: spWithSecret }]);
    }
    const { masked, visible } = splitMasks(run.stdout);

    // The run masked what it held: the GitHub token, and the OIDC and access tokens it obtained.
    expect(masked).toContain(TOKENS.full);
    const oidcTokens = masked.filter((t) => issuerOf(t) === em.oidc.issuer);
    const accessTokens = masked.filter((t) => issuerOf(t)?.startsWith('https://sts.windows.net/'));
    const askedForOidc = em.log.of('github-oidc').some((e) => e.path.startsWith('/_apis/token') && e.status === 200);
    expect(oidcTokens.length > 0).toBe(askedForOidc);
    expect(askedForOidc).toBe(p.event !== 'fork_pull_request');
    expect(accessTokens.length > 0).toBe(p.signsIn);
    const issuedAccessTokens = em.log.of('entra').filter((e) => e.method === 'POST' && e.status === 200).length;
    expect(issuedAccessTokens > 0).toBe(p.signsIn);

    const secrets = [...masked, TOKENS.full, em.oidc.requestToken];
    const surfaces = readable(run, visible, path.join(run.workspace, 'results/guard.sarif'));
    expect(surfaces.report).not.toBe('');
    for (const value of secrets) expect(firstLeak(value, surfaces)).toBeNull();

    // Graph's secret hints and any secretText never appear, not even outside the masked lines.
    const everything = { ...surfaces, stdout: run.stdout };
    for (const hint of HINTS) {
      for (const [name, text] of Object.entries(surfaces))
        expect(`${name}: ${text.includes(hint)}`).toBe(`${name}: false`);
    }
    expect(firstLeak(SECRET_TEXT.slice(3), everything)).toBeNull();
  });

  it('the success path did read the secrets it must not print', async () => {
    const run = await runGuard(emulators(), { apps: [withSecrets.appId] });
    expect(run.report?.findings.map((f) => `${f.rule} ${f.target.name}`).sort()).toEqual(
      expect.arrayContaining([
        'client-secret-present billing-2025',
        'client-secret-present billing-rotation',
        'service-principal-secret-present sp-break-glass',
      ]),
    );
  });
});
