// What in a configured subject GitHub could never emit: the near-misses people type into the
// portal (pull-request, ref:main, env:prod, a trailing space). Assumes the issuer is GitHub Actions.
import { CLAIM_KEY, CONTEXT_KEYS } from './subject-syntax.js';

/** Claims GitHub puts in its OIDC token (emulator/facts/federation.md#github-token), plus `repo`, the key templates use for the repository. */
export const GITHUB_SUBJECT_KEYS: ReadonlySet<string> = new Set([
  'repo',
  'actor',
  'actor_id',
  'base_ref',
  'check_run_id',
  'enterprise',
  'enterprise_id',
  'environment',
  'environment_node_id',
  'event_name',
  'head_ref',
  'job_workflow_ref',
  'job_workflow_sha',
  'ref',
  'ref_protected',
  'ref_type',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repository_visibility',
  'run_attempt',
  'run_id',
  'run_number',
  'runner_environment',
  'sha',
  'workflow',
  'workflow_ref',
  'workflow_sha',
]);

/** Keys that tie a subject to a repository; a subject without any of them trusts every repository's runs. */
const REPOSITORY_KEYS: ReadonlySet<string> = new Set([
  'repo',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'job_workflow_ref',
  'workflow_ref',
]);

/** Keys people write that GitHub never uses, and what they meant. */
const KEY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['env', 'environment:<name>'],
  ['environments', 'environment:<name>'],
  ['branch', 'ref:refs/heads/<branch>'],
  ['branches', 'ref:refs/heads/<branch>'],
  ['tag', 'ref:refs/tags/<tag>'],
  ['tags', 'ref:refs/tags/<tag>'],
  ['pr', 'pull_request'],
]);

/** Reasons GitHub could never emit this subject (empty array when it could). Used by the rule fic-malformed-subject. */
export function subjectDefects(subject: string): string[] {
  const text = subject.trim();
  if (text === '') return ['the subject is empty'];
  const defects: string[] = [];
  if (text !== subject) {
    defects.push('it has leading or trailing whitespace; Entra compares subjects exactly, so remove it');
  }
  if (/\p{Cc}/u.test(text)) defects.push('it contains a control character such as a newline or tab');
  if (text.includes('*')) {
    defects.push(
      "it contains '*', but a classic federated credential compares the subject literally (no wildcards); use one credential per subject or a flexible credential",
    );
  }
  const walk = new SubjectWalk(text, defects);
  walk.run();
  // A template may legitimately leave the repository out (['repository_owner', 'actor']), but a subject
  // made only of context parts (ref:…, environment:…, pull_request) is a default subject missing its repo part.
  if (walk.onlyContext) {
    defects.push(
      "it names no repository: GitHub's subject starts with repo:OWNER/REPO (or a custom template's repository claim)",
    );
  }
  return defects;
}

class SubjectWalk {
  private readonly parts: string[];
  private readonly seen = new Set<string>();
  private namesRepository = false;
  private namesOtherClaim = false;

  /** True when the subject holds nothing but context parts: no repository and no other claim. */
  get onlyContext(): boolean {
    return !this.namesRepository && !this.namesOtherClaim;
  }

  constructor(
    text: string,
    private readonly defects: string[],
  ) {
    this.parts = text.split(':');
  }

  run(): void {
    let i = 0;
    const first = this.parts[0] ?? '';
    if (first.includes('/') && !/^(environment|env|ref|refs)\//i.test(first)) {
      this.defects.push(`it does not start with 'repo:'; GitHub writes the repository as repo:${first}`);
      this.checkRepo(first);
      this.namesRepository = true;
      i = 1;
    }
    while (i < this.parts.length) i = this.step(i);
  }

  /** Reads the claim key at index i (and its value) and returns the index of the next key. */
  private step(i: number): number {
    const key = this.parts[i] ?? '';
    const defects = this.defects;
    if (key === 'pull_request') return i + 1;
    if (key === '') {
      defects.push(i === this.parts.length - 1 ? "it ends with ':'" : `part ${i + 1} is empty (two ':' in a row)`);
      return i + 1;
    }
    const squashed = key.toLowerCase().replace(/[-_\s]/g, '');
    if (squashed === 'pullrequest' || squashed === 'pullrequests') {
      defects.push(`'${key}' must be written 'pull_request'`);
      return i + 1;
    }
    const slashed = /^(environment|env|ref)\/(.*)$/i.exec(key);
    if (slashed !== null) {
      const [, kind = '', rest = ''] = slashed;
      const proper = kind.toLowerCase() === 'ref' ? 'ref' : 'environment';
      defects.push(`'${key}' separates with '/'; GitHub writes '${proper}:${rest}'`);
      return i + 1;
    }
    if (/^refs\//i.test(key) || /^(heads|tags)\//i.test(key)) {
      defects.push(`'${key}' appears without the 'ref:' key before it`);
      return i + 1;
    }
    if (!CLAIM_KEY.test(key)) {
      defects.push(`'${key}' is not a claim key: keys contain only letters, digits and '_'`);
      this.namesOtherClaim = true;
      return i + 1;
    }
    let canonical = key;
    if (!GITHUB_SUBJECT_KEYS.has(key)) {
      const lower = key.toLowerCase();
      const alias = KEY_ALIASES.get(lower);
      if (GITHUB_SUBJECT_KEYS.has(lower)) {
        defects.push(`'${key}' must be written '${lower}' (claim keys are case-sensitive)`);
        canonical = lower;
      } else if (alias !== undefined) {
        defects.push(`'${key}' is not a GitHub claim; GitHub writes '${alias}'`);
        // The value after an alias is what the alias named (a branch, a tag), not a claim value: skip it.
        return alias === 'pull_request' || this.parts[i + 1] === undefined ? i + 1 : i + 2;
      } else {
        defects.push(
          `'${key}' is not a GitHub claim key; if it belongs to the previous value, GitHub writes ':' inside a value as %3A`,
        );
        this.namesOtherClaim = true;
        return i + 1;
      }
    }
    const value = this.parts[i + 1];
    if (value === undefined) {
      defects.push(`'${key}' has no value after it`);
      return i + 1;
    }
    if (this.seen.has(canonical) && canonical !== 'environment' && canonical !== 'ref') {
      defects.push(`'${canonical}' appears twice; a subject template lists each claim once`);
    }
    this.seen.add(canonical);
    if (REPOSITORY_KEYS.has(canonical)) this.namesRepository = true;
    else if (!CONTEXT_KEYS.has(canonical)) this.namesOtherClaim = true;
    this.checkValue(canonical, value);
    return i + 2;
  }

  private checkValue(key: string, value: string): void {
    if (value !== value.trim()) this.defects.push(`the value of '${key}' starts or ends with whitespace`);
    if (key === 'repo') this.checkRepo(value);
    else if (key === 'environment' && value === '')
      this.defects.push("the environment name after 'environment:' is empty");
    else if (key === 'ref') this.checkRef(value);
  }

  private checkRepo(value: string): void {
    const defects = this.defects;
    if (value === '') {
      defects.push("the repository after 'repo:' is empty");
      return;
    }
    const pieces = value.split('/');
    if (pieces.length !== 2) {
      defects.push(`the repository '${value}' must be OWNER/REPO (exactly one '/')`);
      return;
    }
    const [owner = '', name = ''] = pieces;
    if (owner === '') defects.push(`the repository '${value}' has an empty owner before '/'`);
    if (name === '') defects.push(`the repository '${value}' has an empty name after '/'`);
    if (/\s/.test(value)) defects.push(`the repository '${value}' contains whitespace`);
    const ownerId = idOf(owner);
    const repoId = idOf(name);
    if (ownerId === 'bad' || repoId === 'bad') {
      defects.push(`the repository '${value}' has an '@' not followed by a numeric id`);
    } else if ((ownerId === 'none') !== (repoId === 'none')) {
      defects.push(
        `the repository '${value}' mixes forms: the immutable form puts @ID after both owner and repository`,
      );
    }
  }

  private checkRef(value: string): void {
    const defects = this.defects;
    if (value === '') {
      defects.push("the ref after 'ref:' is empty");
    } else if (/^(heads|tags)\//.test(value)) {
      defects.push(`'ref:${value}' is missing 'refs/': GitHub writes 'ref:refs/${value}'`);
    } else if (!value.startsWith('refs/')) {
      defects.push(
        `'ref:${value}' is not a full ref: GitHub writes 'ref:refs/heads/${value}' for a branch or 'ref:refs/tags/${value}' for a tag`,
      );
    } else if (!/^refs\/[^/]+\/.+$/.test(value)) {
      defects.push(`'ref:${value}' names no branch or tag after '${value.endsWith('/') ? value : `${value}/`}'`);
    }
  }
}

function idOf(piece: string): 'none' | 'ok' | 'bad' {
  const at = piece.indexOf('@');
  if (at === -1) return 'none';
  return /^\d+$/.test(piece.slice(at + 1)) ? 'ok' : 'bad';
}
