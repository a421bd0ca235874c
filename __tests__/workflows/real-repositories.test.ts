// Real public repositories that create their federated credentials in code (az ad app federated-credential
// create scripts): their workflows and credentials are restated, with the source repository, path and commit,
// under __tests__/fixtures/real-repositories/<repo>/. Every job whose sign-in is broken must get fic-missing or
// fic-case-mismatch (error) on that job, no working job may get one, and every dead credential is reported.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../src/audit.js';
import type { AppInventory } from '../../src/inventory/model.js';
import { compilePolicy, DEFAULT_POLICY } from '../../src/policy/index.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import { readWorkflowFiles } from '../../src/workflows/read.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'real-repositories');
const GITHUB = 'https://token.actions.githubusercontent.com';

interface RepositoryCase {
  repository: string;
  sources: string[];
  facts: string;
  apps: { appId: string; displayName: string; subjects: string[] }[];
  clientIds?: Record<string, string>;
  /** The user names the apps (action `apps`, CLI --apps): unmapped secret client ids are judged against them. */
  named?: boolean;
  expected: { broken: string[]; dead: string[] };
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function inventory(spec: RepositoryCase): AppInventory[] {
  return spec.apps.map((a, index) => ({
    appId: a.appId,
    objectId: `00000000-0000-4000-8000-00000000000${index}`,
    displayName: a.displayName,
    createdDateTime: '2024-01-01T00:00:00Z',
    passwordCredentials: [],
    keyCredentials: [],
    federatedCredentials: a.subjects.map((subject, n) => ({
      id: `${a.appId.slice(0, 8)}-fic-${n}`,
      name: `fic-${n}`,
      issuer: GITHUB,
      subject,
      audiences: ['api://AzureADTokenExchange'],
      description: null,
      claimsMatchingExpression: null,
    })),
    servicePrincipal: null,
  }));
}

describe('real repositories with their credentials in code', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(ROOT, name);
    const spec = JSON.parse(readFileSync(join(dir, 'repository.json'), 'utf8')) as RepositoryCase;
    const [owner = '', repo = ''] = spec.repository.split('/');
    const { files } = await readWorkflowFiles(dir);
    const repository = {
      owner,
      name: repo,
      defaultBranch: 'main',
      subjectFormat: { kind: 'default' as const, source: 'api' as const },
    };
    const analysis = analyseWorkflows(files, repository);
    const apps = inventory(spec);
    const policy = spec.clientIds
      ? compilePolicy(
          `version: 1\nclient-ids:\n${Object.entries(spec.clientIds)
            .map(([k, v]) => `  ${k}: ${v}`)
            .join('\n')}\n`,
          'policy.yml',
        )
      : DEFAULT_POLICY;
    const report = await audit(
      apps.map((app) => ({ app })),
      {
        policy,
        context: { now: new Date('2026-09-01T00:00:00Z'), workflows: analysis, repository },
        ...(spec.named ? { assumeUnattributed: 'named' as const } : {}),
      },
    );
    const broken = report.findings
      .filter((f) => (f.rule === 'fic-missing' || f.rule === 'fic-case-mismatch') && f.severity === 'error')
      .map((f) => `${f.rule} ${f.target.id} at ${f.location?.file}:${f.location?.line}`);
    expect(broken).toEqual(spec.expected.broken);
    const dead = report.findings
      .filter((f) => f.rule === 'fic-unused')
      .map((f) => {
        const app = apps.find((a) => a.appId === f.appId);
        const credential = app?.federatedCredentials.find((c) => c.id === f.target.id);
        return `${app?.displayName}: ${credential?.subject}`;
      });
    expect(dead).toEqual(spec.expected.dead);
  });
});
