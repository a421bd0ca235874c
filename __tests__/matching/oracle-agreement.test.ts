// Beyond the documented examples: on random jobs, templates, credentials and tokens, the product
// (src/matching) and the emulators' own model (emulator/federation) must give the same answer. The two
// are written separately, so a counterexample found here shows one of them is wrong.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decideSignIn, githubSubject } from '../../emulator/federation/index.js';
import type { FederatedCredential } from '../../src/inventory/model.js';
import { decide, formatSubject, type SubjectClaims } from '../../src/matching/index.js';
import type { SubjectFormat } from '../../src/workflows/model.js';

const GITHUB = 'https://token.actions.githubusercontent.com';
const AUDIENCE = 'api://AzureADTokenExchange';

const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/);
const id = fc.stringMatching(/^[1-9][0-9]{0,8}$/);
const environment = fc.option(fc.stringMatching(/^[A-Za-z0-9 :._-]{1,12}$/), { nil: undefined });
const event = fc.constantFrom(
  'push',
  'pull_request',
  'pull_request_target',
  'workflow_dispatch',
  'schedule',
  'release',
);
const ref = fc.oneof(
  name.map((b) => `refs/heads/${b}`),
  name.map((t) => `refs/tags/${t}`),
  fc.nat({ max: 999 }).map((n) => `refs/pull/${n}/merge`),
);
const templateKey = fc.constantFrom(
  'repo',
  'context',
  'repository_owner',
  'repository_id',
  'repository_owner_id',
  'job_workflow_ref',
  'event_name',
  'ref',
  'actor',
);

const job = fc.record({
  owner: name,
  repo: name,
  repository_id: id,
  repository_owner_id: id,
  event_name: event,
  ref,
  environment,
  actor: name,
});

type Job = typeof job extends fc.Arbitrary<infer T> ? T : never;

function claimsOf(j: Job): Record<string, string> {
  const claims: Record<string, string> = {
    repository: `${j.owner}/${j.repo}`,
    repository_owner: j.owner,
    repository_id: j.repository_id,
    repository_owner_id: j.repository_owner_id,
    event_name: j.event_name,
    ref: j.ref,
    actor: j.actor,
    job_workflow_ref: `${j.owner}/${j.repo}/.github/workflows/deploy.yml@${j.ref}`,
  };
  if (j.environment !== undefined) claims.environment = j.environment;
  return claims;
}

describe('product and emulator model agree', () => {
  it("on GitHub's sub for any job and template", () => {
    fc.assert(
      fc.property(
        job,
        fc.option(fc.array(templateKey, { minLength: 1, maxLength: 4 }), { nil: undefined }),
        fc.boolean(),
        (j, keys, immutable) => {
          const claims = claimsOf(j);
          const format: SubjectFormat =
            keys === undefined
              ? { kind: immutable ? 'immutable' : 'default', source: 'api' }
              : { kind: 'custom', claimKeys: keys, immutable, source: 'api' };
          const template = keys === undefined ? { immutable } : { includeClaimKeys: keys, immutable };
          let product: string;
          let emulator: string;
          try {
            product = formatSubject(claims as SubjectClaims, format);
          } catch {
            product = 'refused';
          }
          try {
            emulator = githubSubject(claims, template);
          } catch {
            emulator = 'refused';
          }
          expect(product).toBe(emulator);
        },
      ),
      { numRuns: 400 },
    );
  });

  const clause = fc.oneof(
    fc.tuple(fc.constant('sub'), fc.constantFrom('eq', 'matches'), fc.stringMatching(/^[a-z0-9:/*?@.-]{0,24}$/)),
    fc.tuple(
      fc.constant('job_workflow_ref'),
      fc.constantFrom('eq', 'matches'),
      fc.stringMatching(/^[a-z0-9/*?@.-]{0,24}$/),
    ),
    fc.tuple(fc.constantFrom('repository_id', 'repository_owner_id'), fc.constantFrom('eq', 'matches'), id),
    fc.tuple(fc.constantFrom('ref', 'aud'), fc.constant('eq'), name),
  );
  const expression = fc
    .array(clause, { minLength: 1, maxLength: 4 })
    .map((cs) => cs.map(([c, op, v]) => `claims['${c}'] ${op} '${v}'`).join(' and '));

  it('on the decision for any token and credentials', () => {
    fc.assert(
      fc.property(
        job,
        fc.constantFrom(GITHUB, `${GITHUB}/slug`),
        fc.array(
          fc.record({
            flexible: fc.boolean(),
            expression,
            subjectFromJob: fc.boolean(),
            upper: fc.boolean(),
            issuer: fc.constantFrom(GITHUB, `${GITHUB}/`, `${GITHUB}/slug`),
            audience: fc.constantFrom(AUDIENCE, 'api://azureadtokenexchange'),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (j, iss, specs) => {
          const claims = claimsOf(j);
          const sub = githubSubject(claims, { immutable: false });
          const token = { iss, aud: AUDIENCE, sub, ...claims };
          const credentials: FederatedCredential[] = specs.map((spec, i) => {
            const subject = spec.subjectFromJob ? sub : `repo:${j.owner}/${j.repo}:ref:refs/heads/x`;
            return {
              id: `00000000-0000-4000-8000-00000000000${i}`,
              name: `c${i}`,
              issuer: spec.issuer,
              audiences: [spec.audience],
              description: null,
              subject: spec.flexible ? null : spec.upper ? subject.toUpperCase() : subject,
              claimsMatchingExpression: spec.flexible ? { value: spec.expression, languageVersion: 1 } : null,
            };
          });
          const product = decide(token, credentials);
          const oracle = decideSignIn(token, credentials);
          const codes = {
            match: 0,
            'no-issuer': 700211,
            'no-audience': 700212,
            'subject-case': 7002138,
            'no-subject': 700213,
            undecided: -1,
          } as const;
          expect(codes[product.outcome]).toBe(oracle.accepted ? 0 : oracle.code);
          if (product.outcome === 'match' && oracle.accepted)
            expect(product.credential.name).toBe(oracle.credential.name);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on compliant expressions built from the job itself', () => {
    fc.assert(
      fc.property(job, fc.boolean(), fc.boolean(), (j, byOwner, wildcard) => {
        const claims = claimsOf(j);
        const sub = githubSubject(claims, { immutable: false });
        const subClause = wildcard
          ? `claims['sub'] matches '${sub.slice(0, 8)}*'`
          : `claims['sub'] eq '${sub.replaceAll("'", "''")}'`;
        const binding = byOwner
          ? `claims['repository_owner_id'] eq '${j.repository_owner_id}'`
          : `claims['repository_id'] eq '${j.repository_id}'`;
        const credential: FederatedCredential = {
          id: '00000000-0000-4000-8000-000000000001',
          name: 'bound',
          issuer: GITHUB,
          audiences: [AUDIENCE],
          description: null,
          subject: null,
          claimsMatchingExpression: { value: `${subClause} and ${binding}`, languageVersion: 1 },
        };
        const token = { iss: GITHUB, aud: AUDIENCE, sub, ...claims };
        expect(decide(token, [credential]).outcome).toBe('match');
        expect(decideSignIn(token, [credential]).accepted).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
