// The workflow rules on small, explicit analyses: what each reports (message, remediation, location)
// and what it leaves alone.
import { describe, expect, it } from '@jest/globals';
import type { AppInventory, FederatedCredential } from '../../src/inventory/model.js';
import {
  ficCaseMismatch,
  ficMissing,
  ficMutableSubject,
  ficUnprotectedEnvironment,
  ficUnused,
  pullRequestTargetHits,
  workflowRules,
} from '../../src/policy/rules/workflow.js';
import type { EvaluationContext } from '../../src/policy/types.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type { EnvironmentProtection, RepositoryFacts } from '../../src/workflows/model.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const GH = 'https://token.actions.githubusercontent.com';
const REPO: RepositoryFacts = {
  owner: 'contoso',
  name: 'api',
  defaultBranch: 'main',
  subjectFormat: { kind: 'default', source: 'api' },
};

function fic(name: string, subject: string | null, expression?: string): FederatedCredential {
  return {
    id: `id-${name}`,
    name,
    issuer: GH,
    subject,
    audiences: ['api://AzureADTokenExchange'],
    description: null,
    claimsMatchingExpression: expression ? { value: expression, languageVersion: 1 } : null,
  };
}

function app(credentials: FederatedCredential[]): AppInventory {
  return {
    appId: APP_ID,
    objectId: 'obj-1',
    displayName: 'deploy-api',
    createdDateTime: null,
    passwordCredentials: [],
    keyCredentials: [],
    federatedCredentials: credentials,
    servicePrincipal: null,
  };
}

function workflow(on: string, job: string[]): string {
  return [
    'name: Deploy',
    `on: ${on}`,
    'permissions:',
    '  id-token: write',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    ...job.map((l) => `    ${l}`),
    '    steps:',
    '      - uses: azure/login@v2',
    '        with:',
    `          client-id: ${APP_ID}`,
  ].join('\n');
}

function context(text: string, repository = REPO, environments?: EnvironmentProtection[]): EvaluationContext {
  const analysis = analyseWorkflows([{ path: '.github/workflows/deploy.yml', text }], repository);
  const ctx: EvaluationContext = {
    now: new Date('2026-09-01T00:00:00Z'),
    settings: {
      allowedIssuers: [GH],
      allowedOwners: [],
      maxSecretLifetimeDays: 180,
      expiryWarningDays: 30,
      maxFederatedCredentials: 20,
      privilegedGraphPermissions: [],
      privilegedDirectoryRoles: [],
    },
    workflows: analysis,
    repository,
  };
  if (environments) ctx.environments = new Map(environments.map((e) => [e.name, e]));
  return ctx;
}

describe('workflow rules', () => {
  it('all return nothing when workflows were not analysed', () => {
    const ctx = context(workflow('push', []));
    delete ctx.workflows;
    for (const rule of workflowRules)
      expect(rule.check(app([fic('x', 'repo:other/x:ref:refs/heads/dev')]), ctx)).toEqual([]);
    expect(pullRequestTargetHits(app([]), ctx)).toEqual([]);
  });

  describe('fic-missing', () => {
    it('gives the exact credential to add, located at the environment line', () => {
      const hits = ficMissing.check(
        app([fic('main', 'repo:contoso/api:ref:refs/heads/main')]),
        context(workflow('push', ['environment: production'])),
      );
      const body =
        '{"name":"contoso-api-environment-production","issuer":"https://token.actions.githubusercontent.com","subject":"repo:contoso/api:environment:production","audiences":["api://AzureADTokenExchange"],"description":".github/workflows/deploy.yml job deploy"}';
      expect(hits).toEqual([
        {
          target: { kind: 'workflowJob', id: '.github/workflows/deploy.yml#deploy', name: 'deploy' },
          location: { file: '.github/workflows/deploy.yml', line: 8 },
          message:
            'The job "deploy" (.github/workflows/deploy.yml:6) signs in as app "deploy-api" (11111111-2222-3333-4444-555555555555) and presents "repo:contoso/api:environment:production" on push, but no federated credential has that subject (AADSTS700213). The finding points at .github/workflows/deploy.yml:8, the `environment:` that decides the subject.',
          remediation: `Add the credential: \`az ad app federated-credential create --id ${APP_ID} --parameters '${body}'\` — or through Microsoft Graph:\nPOST https://graph.microsoft.com/v1.0/applications/obj-1/federatedIdentityCredentials\nContent-Type: application/json\n\n${body}`,
        },
      ]);
    });

    it.each([
      [
        'no credential has the issuer',
        [],
        'no federated credential has the issuer https://token.actions.githubusercontent.com (AADSTS700211)',
      ],
      [
        'the audience differs',
        [{ ...fic('a', 'repo:contoso/api:ref:refs/heads/main'), audiences: ['api://other'] }],
        'no federated credential with that issuer has the audience api://AzureADTokenExchange (AADSTS700212)',
      ],
    ])('explains when %s, at the job line', (_, credentials, why) => {
      const hits = ficMissing.check(app(credentials), context(workflow('{push: {branches: [main]}}', [])));
      expect(hits.map((h) => [h.location, h.message.endsWith(`${why}.`)])).toEqual([
        [{ file: '.github/workflows/deploy.yml', line: 6 }, true],
      ]);
    });

    it.each([
      [
        'a matching classic credential',
        '{push: {branches: [main]}}',
        [fic('main', 'repo:contoso/api:ref:refs/heads/main')],
      ],
      [
        'a flexible credential',
        '{push: {branches: [main]}}',
        [
          fic(
            'flex',
            null,
            "claims['sub'] eq 'repo:contoso/api:ref:refs/heads/main' and claims['repository_id'] eq '5678'",
          ),
        ],
      ],
      [
        'a pattern covered by a flexible credential',
        "{push: {branches: ['release/*']}}",
        [
          fic(
            'flex',
            null,
            "claims['sub'] matches 'repo:contoso/api:ref:refs/heads/release/*' and claims['repository_id'] eq '5678'",
          ),
        ],
      ],
      [
        'a case-only match (reported by fic-case-mismatch)',
        '{push: {branches: [main]}}',
        [fic('main', 'repo:Contoso/api:ref:refs/heads/main')],
      ],
    ])('stays silent with %s', (_, on, credentials) => {
      const repository = { ...REPO, ownerId: '1234', repoId: '5678' };
      expect(ficMissing.check(app(credentials), context(workflow(on, []), repository))).toEqual([]);
    });

    it('says it cannot decide when a flexible credential compares a repository id that is not known', () => {
      const credentials = [
        fic(
          'flex',
          null,
          "claims['sub'] eq 'repo:contoso/api:ref:refs/heads/main' and claims['repository_id'] eq '5678'",
        ),
      ];
      const hits = ficMissing.check(app(credentials), context(workflow('{push: {branches: [main]}}', [])));
      expect(hits.map((h) => [h.severity, h.location?.line])).toEqual([['notice', 6]]);
      expect(hits[0]?.message).toContain('also compares repository_id, which are not known for this repository');
    });

    it('says it cannot decide for a pattern whose flexible credential compares an unknown repository id', () => {
      const credentials = [
        fic(
          'flex',
          null,
          "claims['sub'] matches 'repo:contoso/api:ref:refs/heads/release/*' and claims['repository_id'] eq '5678'",
        ),
      ];
      const hits = ficMissing.check(app(credentials), context(workflow("{push: {branches: ['release/*']}}", [])));
      expect(hits.map((h) => [h.severity, h.location?.line])).toEqual([['notice', 6]]);
      expect(hits[0]?.message).toContain('Cannot decide whether the job');
    });

    it('reports an old-style flexible credential (no repository id bound) as not serving the job', () => {
      const credentials = [fic('flex', null, "claims['sub'] eq 'repo:contoso/api:ref:refs/heads/main'")];
      const repository = { ...REPO, ownerId: '1234', repoId: '5678' };
      const hits = ficMissing.check(app(credentials), context(workflow('{push: {branches: [main]}}', []), repository));
      expect(hits.map((h) => h.severity ?? 'error')).toEqual(['error']);
    });

    it('warns once per job about patterns only a flexible credential can serve', () => {
      const hits = ficMissing.check(
        app([fic('narrow', null, "claims['sub'] eq 'repo:contoso/api:ref:refs/heads/release/1'")]),
        context(workflow("{push: {branches: ['release/*']}}", [])),
      );
      expect(hits.map((h) => [h.severity, h.location?.line])).toEqual([['warning', 6]]);
      expect(hits[0]?.message).toContain(
        '"repo:contoso/api:ref:refs/heads/release/*" (push for branches matching release/*; only a flexible credential can match every run)',
      );
      // The proposed expression is one Entra accepts for GitHub: bound to the repository's id.
      expect(hits[0]?.remediation).toContain(
        "`claims['sub'] matches 'repo:contoso/api:ref:refs/heads/release/*' and claims['repository_id'] eq '<repository-id>'`",
      );
    });

    it('ignores jobs that sign in as another app', () => {
      const text = workflow('push', []).replace(APP_ID, '99999999-8888-7777-6666-555555555555');
      expect(ficMissing.check(app([]), context(text))).toEqual([]);
    });
  });

  describe('fic-case-mismatch', () => {
    it('names the differing characters', () => {
      const hits = ficCaseMismatch.check(
        app([fic('prod', 'repo:Contoso/api:environment:production')]),
        context(workflow('{push: {branches: [main]}}', ['environment: Production'])),
      );
      expect(hits.map((h) => [h.target, h.location, h.message])).toEqual([
        [
          { kind: 'federatedCredential', id: 'id-prod', name: 'prod' },
          { file: '.github/workflows/deploy.yml', line: 8 },
          'The federated credential "prod" of app "deploy-api" (11111111-2222-3333-4444-555555555555) matches the job "deploy" (.github/workflows/deploy.yml:6) only when case is ignored, so Entra rejects it (AADSTS7002138). The job presents "repo:contoso/api:environment:Production"; position 6: the token has "c", the credential has "C"; position 30: the token has "P", the credential has "p".',
        ],
      ]);
    });

    it('stays silent on an exact match', () => {
      expect(
        ficCaseMismatch.check(
          app([fic('p', 'repo:contoso/api:environment:Production')]),
          context(workflow('push', ['environment: Production'])),
        ),
      ).toEqual([]);
    });
  });

  describe('fic-unused', () => {
    it.each([
      ['a branch no job runs on', 'repo:contoso/api:ref:refs/heads/develop', 1],
      ['the immutable form of this repository', 'repo:contoso@1/api@2:environment:old', 1],
      ['another repository', 'repo:contoso/web:ref:refs/heads/develop', 0],
      ['a subject a job presents', 'repo:contoso/api:ref:refs/heads/main', 0],
      ['a subject differing only in case (fic-case-mismatch reports it)', 'repo:contoso/api:ref:refs/heads/Main', 0],
    ])('%s: %s → %i finding(s)', (_, subject, count) => {
      const repository = { ...REPO, ownerId: '1', repoId: '2' };
      const hits = ficUnused.check(
        app([fic('c', subject)]),
        context(workflow('{push: {branches: [main]}}', []), repository),
      );
      expect(hits.length).toBe(count);
    });

    it('treats an unresolved environment as able to present any environment', () => {
      const text = workflow('{workflow_dispatch: {inputs: {env: {type: environment}}}}', [
        'environment: ${{ inputs.env }}',
      ]);
      expect(ficUnused.check(app([fic('c', 'repo:contoso/api:environment:anything')]), context(text))).toEqual([]);
    });
  });

  describe('fic-mutable-subject', () => {
    const immutable: RepositoryFacts = {
      ...REPO,
      ownerId: '1234',
      repoId: '5678',
      subjectFormat: { kind: 'immutable', source: 'token' },
    };
    it('gives the immutable subject to use', () => {
      const hits = ficMutableSubject.check(
        app([fic('main', 'repo:contoso/api:ref:refs/heads/main')]),
        context(workflow('push', []), immutable),
      );
      expect(hits[0]?.message).toBe(
        'The federated credential "main" of app "deploy-api" (11111111-2222-3333-4444-555555555555) uses the name-based subject "repo:contoso/api:ref:refs/heads/main", but contoso/api has immutable subjects: GitHub presents "repo:contoso@1234/api@5678:ref:refs/heads/main".',
      );
    });
    it.each([
      ['the format is still name-based', REPO, 'repo:contoso/api:ref:refs/heads/main'],
      ['the credential is already immutable', immutable, 'repo:contoso@1234/api@5678:ref:refs/heads/main'],
    ])('stays silent when %s', (_, repository, subject) => {
      expect(ficMutableSubject.check(app([fic('c', subject)]), context(workflow('push', []), repository))).toEqual([]);
    });
  });

  describe('fic-unprotected-environment', () => {
    const credential = fic('prod', 'repo:contoso/api:environment:production');
    it.each([
      [
        'no protection at all',
        [{ name: 'production', requiredReviewers: false, branchPolicy: false, waitTimer: 5 }],
        1,
      ],
      ['an environment that does not exist', [], 1],
      ['required reviewers', [{ name: 'production', requiredReviewers: true, branchPolicy: false, waitTimer: 0 }], 0],
      [
        'a branch policy (name compared without case)',
        [{ name: 'Production', requiredReviewers: false, branchPolicy: true, waitTimer: 0 }],
        0,
      ],
    ])('%s: %j → %i finding(s)', (_, environments, count) => {
      expect(
        ficUnprotectedEnvironment.check(app([credential]), context(workflow('push', []), REPO, environments)).length,
      ).toBe(count);
    });
    it('says nothing when environments could not be read', () => {
      expect(ficUnprotectedEnvironment.check(app([credential]), context(workflow('push', [])))).toEqual([]);
    });
  });

  describe('pullRequestTargetHits', () => {
    it('raises an error at the job for pull_request_target with id-token: write', () => {
      const hits = pullRequestTargetHits(app([]), context(workflow('pull_request_target', [])));
      expect(hits.map((h) => [h.severity, h.location, h.target.id])).toEqual([
        ['error', { file: '.github/workflows/deploy.yml', line: 6 }, '.github/workflows/deploy.yml#deploy'],
      ]);
    });
    it('ignores pull_request', () => {
      expect(pullRequestTargetHits(app([]), context(workflow('pull_request', [])))).toEqual([]);
    });
  });
});
