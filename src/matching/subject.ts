// GitHub's OIDC `sub` claim: how GitHub builds it (emulator/facts/federation.md#github-subject), how to read one back, and
// what in a configured subject GitHub could never produce.
import type { SubjectFormat } from '../workflows/model.js';
import { CLAIM_KEY, CONTEXT_KEYS } from './subject-syntax.js';

export { GITHUB_SUBJECT_KEYS, subjectDefects } from './subject-defects.js';

/** The GitHub OIDC claims that determine `sub`. */
export interface SubjectClaims {
  repository: string; // owner/name
  repository_owner: string;
  repository_id?: string;
  repository_owner_id?: string;
  environment?: string; // job's environment, if any
  event_name: string; // push, pull_request, pull_request_target, workflow_dispatch, schedule, release, ...
  ref: string; // refs/heads/main, refs/tags/v1, refs/pull/1/merge
  [claim: string]: string | undefined; // any other claim a custom template may name
}

export type SubjectContext =
  { kind: 'environment'; name: string } | { kind: 'pull_request' } | { kind: 'ref'; ref: string };

export interface ParsedSubject {
  form: 'default' | 'immutable' | 'custom';
  repository?: { owner: string; name: string; ownerId?: string; repoId?: string };
  context?: SubjectContext;
  /** All key:value pairs in order, values decoded (%3A -> ':'); `context` parts appear as their own keys (environment, ref, pull_request). */
  claims: { key: string; value: string }[];
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Thrown when the claims cannot produce a subject in the requested format. */
export class SubjectFormatError extends Error {
  override name = 'SubjectFormatError';
}

const ENCODED_COLON = '%3A';

/**
 * Events whose token carries the bare `pull_request` context.
 *
 * `pull_request_target` is included although its `ref` claim is the base branch
 * (refs/heads/<base>, chainguard-dev/terraform-infra-common#746/#838, github/docs#16875):
 * GitHub's docs put `pull_request` in `sub` "when the workflow is triggered by a pull request
 * event", and the octo-sts maintainers changed a pull_request_target workflow's trust policy to
 * `repo:<org>/<repo>:pull_request` to let it federate (octo-sts/action#18). Third-party evidence
 * only; no first-party statement names pull_request_target explicitly.
 */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/** GitHub's context precedence: environment > pull_request > ref (emulator/facts/federation.md#context-precedence). */
export function contextOf(claims: SubjectClaims): SubjectContext {
  if (claims.environment !== undefined && claims.environment !== '') {
    return { kind: 'environment', name: claims.environment };
  }
  if (PULL_REQUEST_EVENTS.has(claims.event_name)) return { kind: 'pull_request' };
  return { kind: 'ref', ref: claims.ref };
}

export function formatContext(ctx: SubjectContext): string {
  switch (ctx.kind) {
    case 'environment':
      return `environment:${encodeValue(ctx.name)}`;
    case 'pull_request':
      return 'pull_request';
    case 'ref':
      return `ref:${encodeValue(ctx.ref)}`;
  }
}

export function formatSubject(claims: SubjectClaims, format: SubjectFormat): string {
  switch (format.kind) {
    case 'default':
      return `repo:${repoPart(claims, false)}:${formatContext(contextOf(claims))}`;
    case 'immutable':
      return `repo:${repoPart(claims, true)}:${formatContext(contextOf(claims))}`;
    case 'custom':
      return formatCustom(claims, format);
  }
}

function formatCustom(claims: SubjectClaims, format: SubjectFormat): string {
  const keys = format.claimKeys ?? [];
  if (keys.length === 0) {
    throw new SubjectFormatError('a custom subject format needs at least one claim key (include_claim_keys is empty)');
  }
  return keys
    .map((key) => {
      if (!CLAIM_KEY.test(key)) {
        throw new SubjectFormatError(`claim key '${key}' is invalid: keys contain only letters, digits and '_'`);
      }
      if (key === 'repo') return `repo:${repoPart(claims, format.immutable === true)}`;
      if (key === 'context') return formatContext(contextOf(claims));
      const value = claims[key];
      if (key === 'environment' && (value === undefined || value === '')) {
        throw new SubjectFormatError(
          "the subject template includes 'environment', so GitHub requires the job to use an environment",
        );
      }
      if (value === undefined) {
        throw new SubjectFormatError(`the subject template includes '${key}', but that claim's value is not known`);
      }
      return `${key}:${encodeValue(value)}`;
    })
    .join(':');
}

function repoPart(claims: SubjectClaims, immutable: boolean): string {
  const [owner, name, ...rest] = claims.repository.split('/');
  if (owner === undefined || owner === '' || name === undefined || name === '' || rest.length > 0) {
    throw new SubjectFormatError(`repository '${claims.repository}' must be OWNER/NAME`);
  }
  if (!immutable) return `${owner}/${name}`;
  const ownerId = claims.repository_owner_id;
  const repoId = claims.repository_id;
  if (ownerId === undefined || ownerId === '' || repoId === undefined || repoId === '') {
    throw new SubjectFormatError(
      `the immutable subject of ${claims.repository} needs repository_owner_id and repository_id, which are not known`,
    );
  }
  return `${owner}@${ownerId}/${name}@${repoId}`;
}

/** GitHub writes a ':' inside a claim value as %3A (github/docs content/actions/reference/security/oidc.md). */
function encodeValue(value: string): string {
  return value.replaceAll(':', ENCODED_COLON);
}

function decodeValue(value: string): string {
  return value.replaceAll(ENCODED_COLON, ':');
}

// ---------------------------------------------------------------------------------------------
// Parsing and printing

const REPO_VALUE = /^([^/@]+)(?:@(\d+))?\/([^/@]+)(?:@(\d+))?$/;

export function parseSubject(subject: string): ParseResult<ParsedSubject> {
  if (subject === '') return { ok: false, error: 'the subject is empty' };
  const parts = subject.split(':');
  const claims: { key: string; value: string }[] = [];
  let i = 0;
  while (i < parts.length) {
    const key = parts[i] ?? '';
    if (!CLAIM_KEY.test(key)) {
      return {
        ok: false,
        error: `part ${i + 1} ('${key}') is not a claim key: keys contain only letters, digits and '_'`,
      };
    }
    if (key === 'pull_request') {
      claims.push({ key, value: '' });
      i += 1;
      continue;
    }
    const value = parts[i + 1];
    if (value === undefined) return { ok: false, error: `claim key '${key}' at the end has no value after it` };
    claims.push({ key, value: decodeValue(value) });
    i += 2;
  }
  return { ok: true, value: describe(claims) };
}

function describe(claims: { key: string; value: string }[]): ParsedSubject {
  const parsed: ParsedSubject = { form: 'custom', claims };
  const repoClaim = claims.find((c) => c.key === 'repo');
  const repoMatch = repoClaim === undefined ? null : REPO_VALUE.exec(repoClaim.value);
  if (repoMatch !== null) {
    const [, owner = '', ownerId, name = '', repoId] = repoMatch;
    parsed.repository = { owner, name };
    if (ownerId !== undefined) parsed.repository.ownerId = ownerId;
    if (repoId !== undefined) parsed.repository.repoId = repoId;
  }
  const contextClaim = claims.find((c) => CONTEXT_KEYS.has(c.key));
  if (contextClaim !== undefined) parsed.context = toContext(contextClaim);
  const [first, second] = claims;
  if (claims.length === 2 && first?.key === 'repo' && second !== undefined && CONTEXT_KEYS.has(second.key)) {
    const ids = [parsed.repository?.ownerId, parsed.repository?.repoId];
    if (parsed.repository !== undefined && ids.every((id) => id === undefined)) parsed.form = 'default';
    if (parsed.repository !== undefined && ids.every((id) => id !== undefined)) parsed.form = 'immutable';
  }
  return parsed;
}

function toContext(claim: { key: string; value: string }): SubjectContext {
  if (claim.key === 'environment') return { kind: 'environment', name: claim.value };
  if (claim.key === 'ref') return { kind: 'ref', ref: claim.value };
  return { kind: 'pull_request' };
}

/** Prints `parsed.claims` in order; `form`, `repository` and `context` are derived from them and not consulted. */
export function printSubject(parsed: ParsedSubject): string {
  return parsed.claims
    .map((c) => (c.key === 'pull_request' && c.value === '' ? 'pull_request' : `${c.key}:${encodeValue(c.value)}`))
    .join(':');
}
