import { describe, expect, it } from '@jest/globals';
import type { SubjectFormat } from '../../src/workflows/model.js';
import {
  contextOf,
  formatContext,
  formatSubject,
  parseSubject,
  printSubject,
  subjectDefects,
  SubjectFormatError,
  type SubjectClaims,
} from '../../src/matching/subject.js';

/** The claims of the GitHub docs' example token (facts C2/C5), for a push to main. */
const push: SubjectClaims = {
  repository: 'octo-org/octo-repo',
  repository_owner: 'octo-org',
  repository_id: '456',
  repository_owner_id: '123',
  event_name: 'push',
  ref: 'refs/heads/main',
  job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
  repository_visibility: 'private',
};
const withEnv = (environment: string): SubjectClaims => ({ ...push, environment });
const def: SubjectFormat = { kind: 'default', source: 'assumed' };
const immutable: SubjectFormat = { kind: 'immutable', source: 'api' };
const custom = (claimKeys: string[], isImmutable = false): SubjectFormat => ({
  kind: 'custom',
  claimKeys,
  immutable: isImmutable,
  source: 'api',
});

describe('contextOf / formatContext: environment > pull_request > ref', () => {
  it.each([
    { name: 'push to a branch', claims: push, expected: 'ref:refs/heads/main' },
    { name: 'push of a tag', claims: { ...push, ref: 'refs/tags/v1' }, expected: 'ref:refs/tags/v1' },
    {
      name: 'pull_request',
      claims: { ...push, event_name: 'pull_request', ref: 'refs/pull/1/merge' },
      expected: 'pull_request',
    },
    // See PULL_REQUEST_EVENTS in subject.ts for the evidence behind this one.
    {
      name: 'pull_request_target (ref is the base branch)',
      claims: { ...push, event_name: 'pull_request_target' },
      expected: 'pull_request',
    },
    {
      name: 'pull_request with an environment',
      claims: { ...withEnv('prod'), event_name: 'pull_request' },
      expected: 'environment:prod',
    },
    {
      name: 'workflow_dispatch',
      claims: { ...push, event_name: 'workflow_dispatch', ref: 'refs/heads/dev' },
      expected: 'ref:refs/heads/dev',
    },
    { name: 'schedule', claims: { ...push, event_name: 'schedule' }, expected: 'ref:refs/heads/main' },
    { name: 'environment with a push', claims: withEnv('prod'), expected: 'environment:prod' },
    { name: 'an empty environment is no environment', claims: withEnv(''), expected: 'ref:refs/heads/main' },
    {
      name: "a ':' in an environment name is encoded",
      claims: withEnv('production:eastus'),
      expected: 'environment:production%3Aeastus',
    },
  ])('$name → $expected', ({ claims, expected }) => {
    expect(formatContext(contextOf(claims))).toBe(expected);
  });

  it('returns structured contexts', () => {
    expect(contextOf(withEnv('prod'))).toEqual({ kind: 'environment', name: 'prod' });
    expect(contextOf({ ...push, event_name: 'pull_request' })).toEqual({ kind: 'pull_request' });
    expect(contextOf(push)).toEqual({ kind: 'ref', ref: 'refs/heads/main' });
  });
});

describe('formatSubject (facts C4, C5)', () => {
  it.each([
    { name: 'default, branch', claims: push, format: def, expected: 'repo:octo-org/octo-repo:ref:refs/heads/main' },
    {
      name: 'default, environment',
      claims: withEnv('prod'),
      format: def,
      expected: 'repo:octo-org/octo-repo:environment:prod',
    },
    {
      name: 'default, pull_request',
      claims: { ...push, event_name: 'pull_request', ref: 'refs/pull/1/merge' },
      format: def,
      expected: 'repo:octo-org/octo-repo:pull_request',
    },
    {
      name: 'default, tag',
      claims: { ...push, ref: 'refs/tags/v1.2.0' },
      format: def,
      expected: 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.0',
    },
    {
      name: 'immutable, branch',
      claims: push,
      format: immutable,
      expected: 'repo:octo-org@123/octo-repo@456:ref:refs/heads/main',
    },
    {
      name: 'custom repo, context, job_workflow_ref',
      claims: withEnv('prod'),
      format: custom(['repo', 'context', 'job_workflow_ref']),
      expected:
        'repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
    },
    {
      name: 'custom repository_owner, repository_visibility',
      claims: { ...push, repository: 'monalisa/app', repository_owner: 'monalisa' },
      format: custom(['repository_owner', 'repository_visibility']),
      expected: 'repository_owner:monalisa:repository_visibility:private',
    },
    {
      name: "custom environment, repository_owner with a ':' in the environment",
      claims: withEnv('production:eastus'),
      format: custom(['environment', 'repository_owner']),
      expected: 'environment:production%3Aeastus:repository_owner:octo-org',
    },
    { name: 'custom repository_id', claims: push, format: custom(['repository_id']), expected: 'repository_id:456' },
    {
      name: 'custom with the immutable repo',
      claims: push,
      format: custom(['repo', 'context'], true),
      expected: 'repo:octo-org@123/octo-repo@456:ref:refs/heads/main',
    },
    {
      name: 'custom with an empty claim value (base_ref outside a pull request)',
      claims: { ...push, base_ref: '' },
      format: custom(['repo', 'base_ref', 'context']),
      expected: 'repo:octo-org/octo-repo:base_ref::ref:refs/heads/main',
    },
  ])('$name', ({ claims, format, expected }) => {
    expect(formatSubject(claims, format)).toBe(expected);
  });

  it.each([
    {
      name: 'immutable without ids',
      claims: { ...push, repository_id: undefined },
      format: immutable,
      error:
        'the immutable subject of octo-org/octo-repo needs repository_owner_id and repository_id, which are not known',
    },
    {
      name: 'custom with no keys',
      claims: push,
      format: custom([]),
      error: 'a custom subject format needs at least one claim key (include_claim_keys is empty)',
    },
    {
      name: 'custom with an invalid key',
      claims: push,
      format: custom(['repo', 'job-workflow-ref']),
      error: "claim key 'job-workflow-ref' is invalid: keys contain only letters, digits and '_'",
    },
    {
      name: 'custom environment without an environment',
      claims: push,
      format: custom(['repo', 'environment']),
      error: "the subject template includes 'environment', so GitHub requires the job to use an environment",
    },
    {
      name: 'custom with an unknown claim',
      claims: push,
      format: custom(['repo', 'actor']),
      error: "the subject template includes 'actor', but that claim's value is not known",
    },
    {
      name: 'a repository that is not owner/name',
      claims: { ...push, repository: 'octo-repo' },
      format: def,
      error: "repository 'octo-repo' must be OWNER/NAME",
    },
  ])('refuses $name', ({ claims, format, error }) => {
    expect(() => formatSubject(claims, format)).toThrow(new SubjectFormatError(error));
  });
});

describe('parseSubject / printSubject', () => {
  it.each([
    {
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      expected: {
        form: 'default',
        repository: { owner: 'octo-org', name: 'octo-repo' },
        context: { kind: 'ref', ref: 'refs/heads/main' },
        claims: [
          { key: 'repo', value: 'octo-org/octo-repo' },
          { key: 'ref', value: 'refs/heads/main' },
        ],
      },
    },
    {
      subject: 'repo:octo-org/octo-repo:pull_request',
      expected: {
        form: 'default',
        repository: { owner: 'octo-org', name: 'octo-repo' },
        context: { kind: 'pull_request' },
        claims: [
          { key: 'repo', value: 'octo-org/octo-repo' },
          { key: 'pull_request', value: '' },
        ],
      },
    },
    {
      subject: 'repo:octo-org@123/octo-repo@456:environment:prod',
      expected: {
        form: 'immutable',
        repository: { owner: 'octo-org', name: 'octo-repo', ownerId: '123', repoId: '456' },
        context: { kind: 'environment', name: 'prod' },
        claims: [
          { key: 'repo', value: 'octo-org@123/octo-repo@456' },
          { key: 'environment', value: 'prod' },
        ],
      },
    },
    {
      subject: 'environment:production%3Aeastus:repository_owner:octo-org',
      expected: {
        form: 'custom',
        context: { kind: 'environment', name: 'production:eastus' },
        claims: [
          { key: 'environment', value: 'production:eastus' },
          { key: 'repository_owner', value: 'octo-org' },
        ],
      },
    },
    {
      subject: 'repository_owner:monalisa:repository_visibility:private',
      expected: {
        form: 'custom',
        claims: [
          { key: 'repository_owner', value: 'monalisa' },
          { key: 'repository_visibility', value: 'private' },
        ],
      },
    },
    {
      subject: 'repo:octo-org/octo-repo:pull_request:job_workflow_ref:o/r/.github/workflows/x.yml@refs/heads/main',
      expected: {
        form: 'custom',
        repository: { owner: 'octo-org', name: 'octo-repo' },
        context: { kind: 'pull_request' },
        claims: [
          { key: 'repo', value: 'octo-org/octo-repo' },
          { key: 'pull_request', value: '' },
          { key: 'job_workflow_ref', value: 'o/r/.github/workflows/x.yml@refs/heads/main' },
        ],
      },
    },
  ])('$subject', ({ subject, expected }) => {
    const parsed = parseSubject(subject);
    expect(parsed).toEqual({ ok: true, value: expected });
    if (parsed.ok) expect(printSubject(parsed.value)).toBe(subject);
  });

  it.each([
    { subject: '', error: 'the subject is empty' },
    {
      subject: 'repo:octo-org/octo-repo:environment',
      error: "claim key 'environment' at the end has no value after it",
    },
    {
      subject: ' repo:o/r:pull_request',
      error: "part 1 (' repo') is not a claim key: keys contain only letters, digits and '_'",
    },
    {
      subject: 'repo:o/r:pull-request',
      error: "part 3 ('pull-request') is not a claim key: keys contain only letters, digits and '_'",
    },
  ])('rejects $subject', ({ subject, error }) => {
    expect(parseSubject(subject)).toEqual({ ok: false, error });
  });
});

describe('subjectDefects: subjects GitHub can emit', () => {
  it.each([
    'repo:octo-org/octo-repo:ref:refs/heads/main',
    'repo:octo-org/octo-repo:ref:refs/heads/feature/login',
    'repo:octo-org/octo-repo:ref:refs/tags/v1.2.0',
    'repo:octo-org/octo-repo:environment:prod',
    'repo:octo-org/octo-repo:environment:Production EU',
    'repo:octo-org/octo-repo:pull_request',
    'repo:octo-org@123/octo-repo@456:ref:refs/heads/main',
    'repo:octo-org/octo-repo:ref:refs/pull/7/merge',
    'repository_owner:monalisa:repository_visibility:private',
    'repo:o/r:environment:prod:job_workflow_ref:o/r/.github/workflows/x.yml@refs/heads/main',
    'environment:production%3Aeastus:repository_owner:octo-org',
    'ref:refs/heads/main:repo:octo-org/octo-repo:job_workflow_ref:octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
    'repo:octo-org/octo-repo:base_ref::ref:refs/heads/main',
    'repository_id:456',
    'repo:octo-org/octo-repo:environment:prod:environment:prod',
  ])('%s', (subject) => {
    expect(subjectDefects(subject)).toEqual([]);
  });
});

describe('subjectDefects: subjects GitHub can never emit', () => {
  it.each([
    { subject: '', defects: ['the subject is empty'] },
    { subject: '   ', defects: ['the subject is empty'] },
    {
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main ',
      defects: ['it has leading or trailing whitespace; Entra compares subjects exactly, so remove it'],
    },
    {
      subject: ' repo:octo-org/octo-repo:pull_request',
      defects: ['it has leading or trailing whitespace; Entra compares subjects exactly, so remove it'],
    },
    { subject: 'repo:octo-org/octo-repo:pull-request', defects: ["'pull-request' must be written 'pull_request'"] },
    { subject: 'repo:octo-org/octo-repo:pullrequest', defects: ["'pullrequest' must be written 'pull_request'"] },
    { subject: 'repo:octo-org/octo-repo:Pull_Request', defects: ["'Pull_Request' must be written 'pull_request'"] },
    {
      subject: 'repo:octo-org/octo-repo:environment/prod',
      defects: ["'environment/prod' separates with '/'; GitHub writes 'environment:prod'"],
    },
    {
      subject: 'repo:octo-org/octo-repo:env:prod',
      defects: ["'env' is not a GitHub claim; GitHub writes 'environment:<name>'"],
    },
    {
      subject: 'repo:octo-org/octo-repo:branch:main',
      defects: ["'branch' is not a GitHub claim; GitHub writes 'ref:refs/heads/<branch>'"],
    },
    {
      subject: 'repo:octo-org/octo-repo:ref:main',
      defects: [
        "'ref:main' is not a full ref: GitHub writes 'ref:refs/heads/main' for a branch or 'ref:refs/tags/main' for a tag",
      ],
    },
    {
      subject: 'repo:octo-org/octo-repo:ref:heads/main',
      defects: ["'ref:heads/main' is missing 'refs/': GitHub writes 'ref:refs/heads/main'"],
    },
    {
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/',
      defects: ["'ref:refs/heads/' names no branch or tag after 'refs/heads/'"],
    },
    { subject: 'repo:octo-org/octo-repo:ref:', defects: ["the ref after 'ref:' is empty"] },
    {
      subject: 'Repo:octo-org/octo-repo:ref:refs/heads/main',
      defects: ["'Repo' must be written 'repo' (claim keys are case-sensitive)"],
    },
    {
      subject: 'repo:octo-org/octo-repo:Environment:prod',
      defects: ["'Environment' must be written 'environment' (claim keys are case-sensitive)"],
    },
    { subject: 'repo::ref:refs/heads/main', defects: ["the repository after 'repo:' is empty"] },
    {
      subject: 'repo:octo-org/:ref:refs/heads/main',
      defects: ["the repository 'octo-org/' has an empty name after '/'"],
    },
    {
      subject: 'repo:/octo-repo:ref:refs/heads/main',
      defects: ["the repository '/octo-repo' has an empty owner before '/'"],
    },
    {
      subject: 'repo:octo-repo:ref:refs/heads/main',
      defects: ["the repository 'octo-repo' must be OWNER/REPO (exactly one '/')"],
    },
    {
      subject: 'repo:octo-org/octo-repo:environment:',
      defects: ["the environment name after 'environment:' is empty"],
    },
    { subject: 'repo:octo-org/octo-repo:ref:refs/heads/main:', defects: ["it ends with ':'"] },
    { subject: 'repo:octo-org/octo-repo::ref:refs/heads/main', defects: ["part 3 is empty (two ':' in a row)"] },
    {
      subject: 'octo-org/octo-repo:ref:refs/heads/main',
      defects: ["it does not start with 'repo:'; GitHub writes the repository as repo:octo-org/octo-repo"],
    },
    {
      subject: 'ref:refs/heads/main',
      defects: [
        "it names no repository: GitHub's subject starts with repo:OWNER/REPO (or a custom template's repository claim)",
      ],
    },
    {
      subject: 'environment:prod',
      defects: [
        "it names no repository: GitHub's subject starts with repo:OWNER/REPO (or a custom template's repository claim)",
      ],
    },
    {
      subject: 'repo:octo-org/octo-repo:environment:production:eastus',
      defects: [
        "'eastus' is not a GitHub claim key; if it belongs to the previous value, GitHub writes ':' inside a value as %3A",
      ],
    },
    {
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/*',
      defects: [
        "it contains '*', but a classic federated credential compares the subject literally (no wildcards); use one credential per subject or a flexible credential",
      ],
    },
    {
      subject: 'repo:octo-org@123/octo-repo:ref:refs/heads/main',
      defects: [
        "the repository 'octo-org@123/octo-repo' mixes forms: the immutable form puts @ID after both owner and repository",
      ],
    },
    {
      subject: 'repo:octo-org@abc/octo-repo@456:ref:refs/heads/main',
      defects: ["the repository 'octo-org@abc/octo-repo@456' has an '@' not followed by a numeric id"],
    },
    {
      subject: 'repo:octo-org/octo-repo:repo:octo-org/octo-repo',
      defects: ["'repo' appears twice; a subject template lists each claim once"],
    },
    { subject: 'repo:octo-org/octo-repo:environment', defects: ["'environment' has no value after it"] },
    {
      subject: 'repo:octo-org/octo-repo:refs/heads/main',
      defects: ["'refs/heads/main' appears without the 'ref:' key before it"],
    },
    {
      subject: 'repo: octo-org/octo-repo:pull_request',
      defects: [
        "the value of 'repo' starts or ends with whitespace",
        "the repository ' octo-org/octo-repo' contains whitespace",
      ],
    },
    {
      subject: 'repo:octo-org/octo-repo:environment:prod\n',
      defects: ['it has leading or trailing whitespace; Entra compares subjects exactly, so remove it'],
    },
    {
      subject: 'repo:octo-org/octo-repo:environment:pr\tod',
      defects: ['it contains a control character such as a newline or tab'],
    },
  ])('$subject', ({ subject, defects }) => {
    expect(subjectDefects(subject)).toEqual(defects);
  });
});
