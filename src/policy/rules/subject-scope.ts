// What a set of `sub` patterns admits, in the terms GitHub subjects are built from: repositories,
// branches, environments, pull requests. A subject is a list of ':'-separated parts (a ':' inside
// a value is written %3A), keys and values alternating, with `pull_request` a key without value.
import { ANY, PROBE_CHAR, SEGMENT, commonWitness, seq, type GlobPattern, type GlobToken } from './glob-language.js';

/** Custom templates put up to this many claims before the one probed for; more are not seen in practice. */
const MAX_LEADING_CLAIMS = 8;

/**
 * Which subject shapes to probe. The default (and immutable) form is always `repo:<owner/name>:<context>`
 * with no ':' inside the parts; custom templates (include_claim_keys) may put any claims around it.
 * Custom shapes are only probed when the repository is known to use one or the pattern itself is not
 * of the default shape: otherwise every trailing `*` would "admit" claims a default subject never has.
 */
export interface ProbeScope {
  custom: boolean;
  /** The repository's include_claim_keys when known: its runs present exactly that shape. */
  claimKeys?: readonly string[];
}

/** Whether a `sub` pattern (or eq value) has the default shape, starting with the repo claim. */
export function isDefaultShaped(pattern: string): boolean {
  return pattern.startsWith('repo:');
}

/** Probes where the probed claim is preceded by 0..MAX complete key:value pairs and followed by anything. */
function atAnyClaimPosition(claim: GlobPattern): GlobPattern[] {
  const probes: GlobPattern[] = [];
  for (let leading = 0; leading <= MAX_LEADING_CLAIMS; leading += 1) {
    const prefix: GlobToken[] = [];
    for (let i = 0; i < leading; i += 1) prefix.push(SEGMENT, ...seq(':'), SEGMENT, ...seq(':'));
    probes.push(seq(prefix, claim), seq(prefix, claim, ':', ANY));
  }
  return probes;
}

function witnessAgainst(patterns: readonly GlobPattern[], probes: readonly GlobPattern[]): string | null {
  for (const probe of probes) {
    const witness = commonWitness([...patterns, probe]);
    if (witness !== null) return witness;
  }
  return null;
}

const PROBE = { kind: 'char', char: PROBE_CHAR } as const;
/** A part of a subject (no ':') that a wildcard must fill: it holds a character no literal can match. */
const WILD_PART: GlobPattern = [SEGMENT, PROBE, SEGMENT];
/** An owner or repository name: no ':' and no '/'. */
const NAME: GlobToken = { kind: 'star', except: ':/' };
const WILD_NAME: GlobPattern = [NAME, PROBE, NAME];
/** A value a wildcard must fill from its first character: "any", not "any starting with release-". */
const ANY_VALUE: GlobPattern = [PROBE, SEGMENT];

/** Default-shape probes for a context, trying wildcard-filled repository names first for a readable witness. */
function defaultShape(context: GlobPattern): GlobPattern[] {
  return [
    seq('repo:', WILD_NAME, '/', WILD_NAME, ':', context),
    seq('repo:', NAME, '/', WILD_NAME, ':', context),
    seq('repo:', SEGMENT, ':', context),
  ];
}

function probes(context: GlobPattern, scope: ProbeScope): GlobPattern[] {
  return scope.custom ? [...defaultShape(context), ...atAnyClaimPosition(context)] : defaultShape(context);
}

/** Probes of event_name values that only pull request runs carry. */
const PULL_REQUEST_EVENT_NAMES = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
];

/**
 * A subject of a pull request run that all the patterns admit, or null: the pull_request context, a
 * `ref:refs/pull/…` (what runs of other pull request events carry), and in custom templates an
 * `event_name:pull_request…` or a non-empty `head_ref`/`base_ref` (set only for pull request events).
 */
export function pullRequestWitness(patterns: readonly GlobPattern[], scope: ProbeScope): string | null {
  if (scope.claimKeys !== undefined) return witnessAgainst(patterns, templatePullRequestSubjects(scope.claimKeys));
  // pull_request stands where a key would: after complete pairs, never as a value (environment:pull_request).
  const shapes = [...probes(seq('pull_request'), scope), ...probes(seq('ref:refs/pull/', NON_EMPTY), scope)];
  if (scope.custom) {
    for (const event of PULL_REQUEST_EVENT_NAMES) shapes.push(...atAnyClaimPosition(seq(`event_name:${event}`)));
    shapes.push(...atAnyClaimPosition(seq('head_ref:', NON_EMPTY)), ...atAnyClaimPosition(seq('base_ref:', NON_EMPTY)));
  }
  return witnessAgainst(patterns, shapes);
}

const NON_EMPTY: GlobPattern = [{ kind: 'one' }, SEGMENT];

/**
 * The subjects pull request runs present under a known template, one shape per event: `context` is
 * `pull_request` (or the job's environment), `event_name` the event, `ref` `refs/pull/…` (the default
 * branch for pull_request_target), `head_ref`/`base_ref` non-empty, any other claim any value.
 */
function templatePullRequestSubjects(keys: readonly string[]): GlobPattern[] {
  const shapes: GlobPattern[] = [];
  for (const event of PULL_REQUEST_EVENT_NAMES) {
    for (const inEnvironment of [false, true]) {
      const parts = keys.map((key): GlobPattern => {
        if (key === 'context') return inEnvironment ? seq('environment:', NON_EMPTY) : seq('pull_request');
        if (key === 'environment') return seq('environment:', NON_EMPTY);
        if (key === 'event_name') return seq(`event_name:${event}`);
        if (key === 'ref')
          return event === 'pull_request_target' ? seq('ref:refs/heads/', NON_EMPTY) : seq('ref:refs/pull/', NON_EMPTY);
        if (key === 'head_ref' || key === 'base_ref') return seq(`${key}:`, NON_EMPTY);
        return seq(`${key}:`, SEGMENT);
      });
      shapes.push(seq(...parts.flatMap((part, i) => (i === 0 ? [part] : [':', part]))));
    }
  }
  return shapes;
}

/** True when the patterns admit a wildcard-chosen repository name or owner. */
export function admitsManyRepositories(patterns: readonly GlobPattern[], scope: ProbeScope): boolean {
  const repo = seq('repo:', WILD_PART);
  const shapes = [seq(repo, ':', ANY), ...(scope.custom ? atAnyClaimPosition(repo) : [])];
  return witnessAgainst(patterns, shapes) !== null;
}

/** True when the patterns admit a branch whose name they cannot know in advance. */
export function admitsAnyBranch(patterns: readonly GlobPattern[], scope: ProbeScope): boolean {
  return witnessAgainst(patterns, probes(seq('ref:refs/heads/', ANY_VALUE), scope)) !== null;
}

export function admitsAnyTag(patterns: readonly GlobPattern[], scope: ProbeScope): boolean {
  return witnessAgainst(patterns, probes(seq('ref:refs/tags/', ANY_VALUE), scope)) !== null;
}

export function admitsAnyEnvironment(patterns: readonly GlobPattern[], scope: ProbeScope): boolean {
  return witnessAgainst(patterns, probes(seq('environment:', ANY_VALUE), scope)) !== null;
}

/** Shows a witness to a reader: probe characters stand for "anything" there. */
export function showWitness(witness: string): string {
  return witness.replaceAll(PROBE_CHAR, 'x');
}

export interface RepositoryScope {
  /** The owner text of the pattern's repo claim (may hold wildcards), or null when the pattern names none. */
  owner: string | null;
  /** The repository name text (may hold wildcards), or null. */
  name: string | null;
}

/** The repository a `sub` pattern names, read from its `repo:` claim (ids of the immutable form dropped). */
export function repositoryOf(pattern: string): RepositoryScope {
  const parts = pattern.split(':');
  const at = parts.findIndex((part, i) => part === 'repo' && i % 2 === 0 && i + 1 < parts.length);
  if (at === -1) return { owner: null, name: null };
  const value = parts[at + 1] as string;
  const slash = value.indexOf('/');
  const strip = (text: string) => text.replace(/@\d+$/, '');
  if (slash === -1) return { owner: strip(value), name: null };
  return { owner: strip(value.slice(0, slash)), name: strip(value.slice(slash + 1)) };
}

export const hasWildcard = (text: string) => /[*?]/.test(text);
/** Only wildcards, with at least one star: any text at all (of at least some length). */
export const isAllWildcard = (text: string) => /^[*?]*\*[*?]*$/.test(text);

/** "any repository of owner contoso", "repositories of contoso matching 'api-*'", "repositories of any owner". */
export function describeRepositories(pattern: string | null): string {
  if (pattern === null) return 'any repository of any owner';
  const { owner, name } = repositoryOf(pattern);
  if (owner === null) return 'any repository of any owner';
  if (isAllWildcard(owner)) {
    if (name === null || isAllWildcard(name)) return 'any repository of any owner';
    return hasWildcard(name)
      ? `repositories matching '${name}' of any owner`
      : `repositories named ${name} of any owner`;
  }
  if (hasWildcard(owner)) return `repositories of any owner matching '${owner}'`;
  if (name === null || /^\*+$/.test(name)) return `any repository of owner ${owner}`;
  if (hasWildcard(name)) return `repositories of ${owner} matching '${name}'`;
  return `${owner}/${name}`;
}

/** "contoso/api" when the pattern names one repository, else a description of the set. */
export function repositoryLabel(pattern: string | null): string {
  return describeRepositories(pattern);
}
