// Issue 2: the bundled action signs in through federation, reads the apps and reports each
// credential rule on the app built to trigger it, and only there, on every surface.
import { describe, expect, it } from '@jest/globals';
import { useEmulators } from '../helpers/emulators.js';
import {
  annotations,
  app,
  buildTenant,
  signalsNotice,
  certificate,
  daysFromNow,
  fic,
  githubFixture,
  repoFic,
  ruleTargets,
  runGuard,
  secret,
  servicePrincipal,
} from './harness.js';

const clean = app({
  displayName: 'payments-deploy',
  federatedIdentityCredentials: [repoFic('payments-main', 'ref:refs/heads/main')],
});
const appSecret = app({
  displayName: 'reporting-export',
  passwordCredentials: [
    secret({ displayName: 'export-2026', startDateTime: daysFromNow(-10), endDateTime: daysFromNow(80), hint: 'Rq4' }),
  ],
});
const spSecretApp = app({ displayName: 'ops-runbook' });
const spSecret = servicePrincipal({
  app: spSecretApp,
  passwordCredentials: [
    secret({ displayName: 'sp-runbook', startDateTime: daysFromNow(-10), endDateTime: daysFromNow(80), hint: 'Wm7' }),
  ],
});
const expired = app({
  displayName: 'archive-sync',
  keyCredentials: [
    certificate({ displayName: 'CN=archive-sync', startDateTime: daysFromNow(-400), endDateTime: daysFromNow(-5) }),
  ],
});
const expiring = app({
  displayName: 'invoice-signer',
  keyCredentials: [
    certificate({ displayName: 'CN=invoice-signer', startDateTime: daysFromNow(-355), endDateTime: daysFromNow(10) }),
  ],
});
const longSecret = app({
  displayName: 'crm-bridge',
  passwordCredentials: [
    secret({ displayName: 'crm-2y', startDateTime: daysFromNow(-30), endDateTime: daysFromNow(700), hint: 'Kx2' }),
  ],
});
const alongside = app({
  displayName: 'billing-deploy',
  federatedIdentityCredentials: [
    fic({ name: 'billing-main', subject: 'repo:contoso/billing-api:ref:refs/heads/main' }),
  ],
  keyCredentials: [
    certificate({ displayName: 'CN=billing-deploy', startDateTime: daysFromNow(-30), endDateTime: daysFromNow(300) }),
  ],
});

const emulators = useEmulators(() => ({
  tenant: buildTenant([
    { app: clean },
    { app: appSecret },
    { app: spSecretApp, sp: spSecret },
    { app: expired },
    { app: expiring },
    { app: longSecret },
    { app: alongside },
  ]),
  github: githubFixture(),
}));

/** The deploy workflow that signs in as the clean app on pushes to main, so its credential is in use. */
const DEPLOY = `name: Deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${clean.appId}
          tenant-id: 4c3b2a19-8d7e-4f60-9a1b-2c3d4e5f6a7b
          allow-no-subscriptions: true
      - run: az webapp deploy --name payments-api --src-path app.zip
`;
const files = { '.github/workflows/deploy.yml': DEPLOY };

describe('a clean federated app', () => {
  it('passes: exit 0, verdict pass, outputs equal to the report, no annotation', async () => {
    const run = await runGuard(emulators(), { apps: [clean.appId], files });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({
      verdict: 'pass',
      summary: { errors: 0, warnings: 0, notices: 0, appsEvaluated: 1, appsNotEvaluated: 0 },
      apps: [{ appId: clean.appId, objectId: clean.id, displayName: 'payments-deploy' }],
      findings: [],
      notEvaluated: [],
    });
    expect(run.outputs).toEqual({
      verdict: 'pass',
      errors: '0',
      warnings: '0',
      'report-file': expect.stringMatching(/\/runner-temp\/entra-federation-guard\/report\.json$/),
    });
    expect(run.outputs.verdict).toBe(run.report?.verdict);
    expect(run.outputs.errors).toBe(String(run.report?.summary.errors));
    expect(run.outputs.warnings).toBe(String(run.report?.summary.warnings));
    expect(annotations(run.stdout)).toEqual([]);
    // The guard holds only Application.Read.All: the summary names the signals it could not read and the fix; a
    // guard given no signal permission has not opted in, so no annotation nags.
    expect(run.summary).toContain('AuditLog.Read.All');
    expect(signalsNotice(run.stdout)).toBeUndefined();
    expect(run.summary).toContain('**Entra Federation Guard: pass**');
    expect(run.summary).toContain(`### No findings (1 app)\n\n- payments-deploy (\`${clean.appId}\`)`);
  });
});

describe('each credential rule fires on its app, and only there', () => {
  const cases: { rule: string; target: () => { appId: string; displayName: string }; expected: string[] }[] = [
    {
      rule: 'client-secret-present',
      target: () => appSecret,
      expected: ['client-secret-present secret:export-2026'],
    },
    {
      rule: 'service-principal-secret-present',
      target: () => spSecretApp,
      expected: ['service-principal-secret-present secret:sp-runbook'],
    },
    { rule: 'credential-expired', target: () => expired, expected: ['credential-expired certificate:CN=archive-sync'] },
    {
      rule: 'credential-expiring',
      target: () => expiring,
      expected: ['credential-expiring certificate:CN=invoice-signer'],
    },
    {
      rule: 'secret-lifetime-too-long',
      target: () => longSecret,
      // Any secret is also a secret: both rules name the same credential.
      expected: ['client-secret-present secret:crm-2y', 'secret-lifetime-too-long secret:crm-2y'],
    },
    {
      rule: 'secret-alongside-federation',
      target: () => alongside,
      expected: ['secret-alongside-federation certificate:CN=billing-deploy'],
    },
  ];
  const allApps = () => [clean, appSecret, spSecretApp, expired, expiring, longSecret, alongside].map((a) => a.appId);

  it.each(cases)('$rule', async ({ rule, target, expected }) => {
    const run = await runGuard(emulators(), { apps: [clean.appId, target().appId], files });
    expect(run.code).toBe(0); // warnings only, fail-on: error
    expect(ruleTargets(run)).toEqual(expected);
    expect(run.report?.findings.every((f) => f.appId === target().appId && f.severity === 'warning')).toBe(true);
    expect(run.report?.verdict).toBe('warn');
    expect(run.outputs).toMatchObject({ verdict: 'warn', errors: '0', warnings: String(expected.length) });
    // The annotations carry the rule and the credential in the title.
    const titles = annotations(run.stdout).map((a) => `${a.command} ${a.properties.title}`);
    expect(titles.sort()).toEqual(
      expected.map((e) => {
        const [id, target] = e.split(' ') as [string, string];
        return `warning ${id}: ${target.slice(target.indexOf(':') + 1)}`;
      }),
    );
    expect(run.stdout).toContain(`::warning title=${rule}%3A `);
    // One heading and one line per finding for the app with findings; the clean app is listed as clean.
    expect(run.summary).toContain(`### ${target().displayName} (\`${target().appId}\`) — `);
    expect(run.summary).toContain(`<details><summary>warning · <code>${rule}</code> · `);
    expect(run.summary).toContain(`### No findings (1 app)\n\n- payments-deploy (\`${clean.appId}\`)`);
  });

  it('one run over every app: each rule names exactly its own app, one summary table per app with findings', async () => {
    const run = await runGuard(emulators(), { apps: allApps(), files });
    expect(run.code).toBe(0);
    const byRule = new Map<string, Set<string>>();
    for (const f of run.report?.findings ?? []) byRule.set(f.rule, (byRule.get(f.rule) ?? new Set()).add(f.appId));
    expect(Object.fromEntries([...byRule].map(([rule, ids]) => [rule, [...ids].sort()]))).toEqual({
      'client-secret-present': [appSecret.appId, longSecret.appId].sort(),
      'service-principal-secret-present': [spSecretApp.appId],
      'credential-expired': [expired.appId],
      'credential-expiring': [expiring.appId],
      'secret-lifetime-too-long': [longSecret.appId],
      'secret-alongside-federation': [alongside.appId],
    });
    expect(run.report?.summary).toEqual({
      errors: 0,
      warnings: 7,
      notices: 0,
      appsEvaluated: 7,
      appsNotEvaluated: 0,
    });
    expect(run.summary.match(/^<details><summary>warning · /gm)).toHaveLength(7);
    for (const a of [appSecret, spSecretApp, expired, expiring, longSecret, alongside]) {
      expect(run.summary).toContain(`### ${a.displayName} (\`${a.appId}\`) — `);
    }
  });
});

describe('fail-on', () => {
  it('warning: fails the job on warnings alone', async () => {
    const run = await runGuard(emulators(), {
      apps: [appSecret.appId],
      files,
      inputs: { 'fail-on': 'warning' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'warn', errors: '0', warnings: '1' });
    expect(run.stdout).toContain('::error::0 error(s) and 1 warning(s) found (fail-on: warning).');
  });

  it('never: passes the job even with errors', async () => {
    const policy = 'version: 1\nrules:\n  client-secret-present: error\n';
    const run = await runGuard(emulators(), {
      apps: [appSecret.appId],
      files: { ...files, '.github/entra-federation-guard.yml': policy },
      inputs: { 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '1', warnings: '0' });
    expect(annotations(run.stdout).map((a) => `${a.command} ${a.properties.title}`)).toEqual([
      'error client-secret-present: export-2026',
    ]);
  });

  it('error (the default): the same errors fail the job', async () => {
    const policy = 'version: 1\nrules:\n  client-secret-present: error\n';
    const run = await runGuard(emulators(), {
      apps: [appSecret.appId],
      files: { ...files, '.github/entra-federation-guard.yml': policy },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::1 error(s) found (fail-on: error).');
  });
});
