// Issue 5: the sticky pull request comment in the GitHub emulator, the SARIF file, the annotation cap
// and the summary size, from real runs of the bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { useEmulators } from '../helpers/emulators.js';
import {
  annotations,
  app,
  buildTenant,
  daysFromNow,
  fic,
  githubFixture,
  guardWorkflow,
  PR_NUMBER,
  REPO,
  repoFic,
  runGuard,
  secret,
  TENANT_ID,
  TOKENS,
} from './harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(path.join(here, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const D = app({
  displayName: 'payments-deploy',
  federatedIdentityCredentials: [repoFic('payments-main', 'ref:refs/heads/main')],
});
/** Twelve credentials trusting a plain-http issuer: twelve errors. */
const manyErrors = app({
  displayName: 'insecure-issuers',
  federatedIdentityCredentials: Array.from({ length: 12 }, (_, i) =>
    fic({
      name: `insecure-${String(i + 1).padStart(2, '0')}`,
      issuer: 'http://token.actions.githubusercontent.com',
      subject: `repo:contoso/svc-${i + 1}:ref:refs/heads/main`,
    }),
  ),
});
/** Thirty apps whose secrets have 50 KB names: several MB of findings before the summary's budget. */
const bulky = Array.from({ length: 30 }, (_, i) =>
  app({
    displayName: `bulk-${i + 1}`,
    passwordCredentials: [
      secret({
        displayName: `${String(i + 1).padStart(2, '0')}-${'s'.repeat(50 * 1024)}`,
        startDateTime: daysFromNow(-10),
        endDateTime: daysFromNow(80),
      }),
    ],
  }),
);

const tenantFixture = () => buildTenant([{ app: D }, { app: manyErrors }, ...bulky.map((a) => ({ app: a }))]);
const emulators = useEmulators(() => ({
  tenant: tenantFixture(),
  github: githubFixture({
    environments: [
      {
        name: 'staging',
        id: 161088068,
        createdAt: '2025-01-10T09:00:00Z',
        updatedAt: '2025-01-10T09:00:00Z',
        reviewers: [{ type: 'Team', login: 'payments-release', id: 3101 }],
        deploymentBranchPolicy: { protectedBranches: true, customBranchPolicies: false },
      },
    ],
  }),
}));

function deployWorkflow(environment: string): string {
  return `name: Deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: ${environment}
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${D.appId}
          tenant-id: ${TENANT_ID}
`;
}
const prFiles = {
  '.github/workflows/guard.yml': guardWorkflow('push:\n    branches: [main]\n  pull_request:'),
  '.github/workflows/deploy.yml': deployWorkflow('staging'),
};

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

async function prComments(): Promise<Comment[]> {
  const response = await fetch(`${emulators().github.url}/repos/${REPO}/issues/${PR_NUMBER}/comments`, {
    headers: { authorization: `Bearer ${TOKENS.full}`, accept: 'application/vnd.github+json' },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Comment[];
}

const commentWrites = () =>
  emulators()
    .log.of('github')
    .filter((e) => /\/issues\/(\d+\/)?comments/.test(e.path) && e.method !== 'GET')
    .map((e) => `${e.method} ${e.status}`);

describe('the sticky pull request comment', () => {
  const comment = { comment: 'true' };

  it('is created once, left alone when nothing changed, and becomes the all-clear when fixed', async () => {
    const first = await runGuard(emulators(), {
      apps: [D.appId],
      event: 'pull_request',
      files: prFiles,
      inputs: comment,
    });
    expect(first.code).toBe(1);
    expect(commentWrites()).toEqual(['POST 201']);
    const [created, ...others] = await prComments();
    expect(others).toEqual([]);
    expect(created?.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(created?.body.startsWith('<!-- entra-federation-guard -->\n')).toBe(true);
    expect(created?.body).toContain('`fic-missing`');
    expect(created?.body).toContain(`[View the workflow run](<https://github.com/${REPO}/actions/runs/4242>)`);
    emulators().log.clear();

    const again = await runGuard(emulators(), {
      apps: [D.appId],
      event: 'pull_request',
      files: prFiles,
      inputs: comment,
    });
    expect(again.code).toBe(1);
    expect(commentWrites()).toEqual([]);
    expect(await prComments()).toEqual([expect.objectContaining({ id: created?.id, body: created?.body })]);
    emulators().log.clear();

    emulators()
      .tenant.applicationByAppId(D.appId)
      ?.federatedIdentityCredentials.push(repoFic('payments-staging', 'environment:staging'));
    try {
      const fixed = await runGuard(emulators(), {
        apps: [D.appId],
        event: 'pull_request',
        files: {
          ...prFiles,
          '.github/workflows/deploy.yml': `${deployWorkflow('staging')}  smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: ${D.appId}\n          tenant-id: ${TENANT_ID}\n    permissions:\n      id-token: write\n`,
        },
        inputs: comment,
      });
      expect(fixed.code).toBe(0);
      expect(fixed.report?.findings).toEqual([]);
      expect(commentWrites()).toEqual(['PATCH 200']);
      const [updated, ...rest] = await prComments();
      expect(rest).toEqual([]);
      expect(updated?.id).toBe(created?.id);
      expect(updated?.body).toContain('**Entra Federation Guard: pass** — all clear: no findings across 1 app.');
      expect(updated?.body).not.toContain('fic-missing');
    } finally {
      emulators().tenant.fixture = tenantFixture();
    }
  });

  it('without pull-requests: write: a notice, and the run goes on', async () => {
    const run = await runGuard(emulators(), {
      apps: [D.appId],
      event: 'pull_request',
      files: prFiles,
      inputs: comment,
      githubToken: TOKENS.readOnly,
    });
    const notices = annotations(run.stdout).filter((a) => a.command === 'notice');
    expect(notices.map((n) => n.message)).toEqual([expect.stringMatching(/^No pull request comment was posted: /)]);
    expect(notices[0]?.message).toContain(
      `The token cannot comment on pull request #${PR_NUMBER} in ${REPO} (403 Resource not accessible by integration): the job needs \`permissions: pull-requests: write\`.`,
    );
    expect(run.report?.findings.map((f) => f.rule)).toEqual(['fic-missing']);
    expect(run.code).toBe(1); // the finding's error, not the comment, decides
    // The listing is refused, so nothing is written.
    expect(
      emulators()
        .log.of('github')
        .filter((e) => e.path.includes('/comments'))
        .map((e) => `${e.method} ${e.status}`),
    ).toEqual(['GET 403']);
  });

  it('on a push: no comment', async () => {
    const before = (await prComments()).length;
    const run = await runGuard(emulators(), {
      apps: [D.appId],
      files: { '.github/workflows/deploy.yml': deployWorkflow('staging') },
      inputs: comment,
    });
    expect(run.stdout).toContain('comment: true has no effect outside pull_request events.');
    expect(commentWrites()).toEqual([]);
    expect(await prComments()).toHaveLength(before);
  });
});

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema and locates workflow findings', async () => {
    const run = await runGuard(emulators(), {
      apps: [D.appId, manyErrors.appId],
      files: { '.github/workflows/deploy.yml': deployWorkflow('staging') },
      inputs: { 'sarif-file': 'results/guard.sarif' },
    });
    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'results/guard.sarif'), 'utf8'));
    const valid = validateSarif(sarif);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const results = sarif.runs[0].results as {
      ruleId: string;
      level: string;
      locations?: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
    expect(results).toHaveLength(run.report?.findings.length ?? -1);
    const missing = results.find((r) => r.ruleId === 'fic-missing');
    expect(missing?.level).toBe('error');
    expect(missing?.locations?.[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: '.github/workflows/deploy.yml' },
      region: { startLine: 11 },
    });
  });
});

describe('annotations and summary size', () => {
  it('more than 10 errors: exactly 10 error annotations, the last one counting the rest', async () => {
    const run = await runGuard(emulators(), { apps: [manyErrors.appId] });
    expect(run.report?.summary.errors).toBe(12);
    const errors = annotations(run.stdout).filter((a) => a.command === 'error' && a.properties.title);
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((a) => a.properties.title?.startsWith('fic-untrusted-issuer: insecure-'))).toBe(
      true,
    );
    expect(errors[9]?.properties.title).toBe('Entra Federation Guard');
    expect(errors[9]?.message).toBe('3 more errors — see the job summary for every finding.');
    // Besides them, only setFailed's line.
    expect(
      annotations(run.stdout)
        .filter((a) => a.command === 'error' && !a.properties.title)
        .map((a) => a.message),
    ).toEqual(['12 error(s) found (fail-on: error).']);
  });

  it('the job summary stays under 1 MiB with megabytes of findings', async () => {
    const run = await runGuard(emulators(), { apps: bulky.map((a) => a.appId) });
    expect(run.report?.summary.warnings).toBe(30);
    expect(Buffer.byteLength(run.reportText)).toBeGreaterThan(1024 * 1024);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('**Entra Federation Guard: warn**');
  });
});
