// GitHub's `sub` claim, formed the way GitHub's OIDC service forms it for a job
// (emulator/facts/federation.md#github-subject). Written from GitHub's documentation, not from
// the product: this module is the oracle the product's predictions are checked against.

/** How a repository's tokens spell `sub`: GET /repos/{owner}/{repo}/actions/oidc/customization/sub, resolved. */
export interface SubjectTemplate {
  /** The claim keys of a customised template, in order; absent for GitHub's default form. */
  includeClaimKeys?: readonly string[];
  /** `repo:OWNER@OWNER_ID/REPO@REPO_ID`, in the default form and in a template's `repo` key. */
  immutable: boolean;
}

/** A job's claims as GitHub writes them in its token: strings, ids included. */
export type JobClaims = Readonly<Record<string, string | undefined>>;

export class SubjectFormationError extends Error {
  override name = 'SubjectFormationError';
}

/**
 * Events whose runs carry the bare `pull_request` context. GitHub documents it "when the workflow
 * is triggered by a pull request event"; `pull_request_target` is included on third-party
 * evidence (facts: #context-precedence).
 */
const PULL_REQUEST_CONTEXT_EVENTS = ['pull_request', 'pull_request_target'];

/** Template keys are letters, digits and underscores (GitHub's customisation API). */
const TEMPLATE_KEY = /^[A-Za-z0-9_]+$/;

/** A ':' inside a claim value is written `%3A`, so the parts of `sub` stay separable. */
function escapeValue(value: string): string {
  return value.split(':').join('%3A');
}

/** The context part: an environment first, then a pull request event, then the ref. */
export function subjectContext(claims: JobClaims): string {
  const environment = claims.environment;
  if (typeof environment === 'string' && environment.length > 0) return `environment:${escapeValue(environment)}`;
  if (PULL_REQUEST_CONTEXT_EVENTS.includes(claims.event_name ?? '')) return 'pull_request';
  const ref = claims.ref;
  if (typeof ref !== 'string' || ref.length === 0) throw new SubjectFormationError('the job has no ref claim');
  return `ref:${escapeValue(ref)}`;
}

/** `OWNER/REPO`, or `OWNER@OWNER_ID/REPO@REPO_ID` for immutable subjects. */
export function repositoryPart(claims: JobClaims, immutable: boolean): string {
  const full = claims.repository ?? '';
  const pieces = full.split('/');
  if (pieces.length !== 2 || pieces.some((p) => p.length === 0)) {
    throw new SubjectFormationError(`the repository claim must be OWNER/REPO, got "${full}"`);
  }
  const [owner, name] = pieces as [string, string];
  if (!immutable) return `${owner}/${name}`;
  const ownerId = claims.repository_owner_id;
  const repoId = claims.repository_id;
  if (!ownerId || !repoId) {
    throw new SubjectFormationError('an immutable subject needs the repository_id and repository_owner_id claims');
  }
  return `${owner}@${ownerId}/${name}@${repoId}`;
}

/** The `sub` GitHub puts in a token of this job. */
export function githubSubject(claims: JobClaims, template: SubjectTemplate): string {
  const keys = template.includeClaimKeys;
  if (keys === undefined) return `repo:${repositoryPart(claims, template.immutable)}:${subjectContext(claims)}`;
  if (keys.length === 0) throw new SubjectFormationError('a customised subject template lists no claim keys');
  const parts: string[] = [];
  for (const key of keys) {
    if (!TEMPLATE_KEY.test(key)) throw new SubjectFormationError(`claim key "${key}" is not letters, digits and _`);
    if (key === 'repo') {
      parts.push(`repo:${repositoryPart(claims, template.immutable)}`);
    } else if (key === 'context') {
      parts.push(subjectContext(claims));
    } else {
      const value = claims[key];
      if (key === 'environment' && !value) {
        throw new SubjectFormationError('the template includes environment, so the job must use an environment');
      }
      if (value === undefined) throw new SubjectFormationError(`the job's token has no "${key}" claim`);
      parts.push(`${key}:${escapeValue(value)}`);
    }
  }
  return parts.join(':');
}
