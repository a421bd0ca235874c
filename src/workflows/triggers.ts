// Pure: which git refs (and event names) a trigger runs a job on, as GitHub puts them in the OIDC token.
import type { Trigger } from './parse.js';

export interface RefVariant {
  event: string;
  /** The `ref` claim; for a pattern, the glob as written (refs/heads/release/*). */
  ref: string;
  kind: 'exact' | 'pattern';
  reason?: string;
  /** For a pattern: concrete refs it stands for, used to test flexible credentials and ref-independence. */
  exampleRefs?: string[];
}

const GLOB = /[*?+[\]!]/;

// GitHub docs, "Events that trigger workflows" (content/actions/reference/workflows-and-actions/
// events-that-trigger-workflows.md), the GITHUB_REF of each event.

/** Events that run on the default branch's latest commit. */
const DEFAULT_BRANCH_EVENTS = new Set([
  'schedule',
  'repository_dispatch',
  'workflow_run',
  'issues',
  'issue_comment',
  'label',
  'milestone',
  'discussion',
  'discussion_comment',
  'project',
  'project_card',
  'project_column',
  'page_build',
  'public',
  'watch',
  'fork',
  'gollum',
  'member',
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'status',
  'delete',
]);

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

export function refVariants(trigger: Trigger, defaultBranch: string, defaultAssumed: boolean): RefVariant[] {
  const event = trigger.event;
  const onDefault = (reason: string): RefVariant => ({
    event,
    ref: `refs/heads/${defaultBranch}`,
    kind: 'exact',
    reason: defaultAssumed ? `${reason}; default branch assumed to be ${defaultBranch}` : reason,
  });
  if (event === 'push') return pushVariants(trigger, onDefault);
  if (PULL_REQUEST_EVENTS.has(event)) {
    return [
      {
        event,
        ref: 'refs/pull/*/merge',
        kind: 'pattern',
        reason: 'the ref names the pull request number',
        exampleRefs: ['refs/pull/1/merge', 'refs/pull/2/merge'],
      },
    ];
  }
  if (event === 'pull_request_target') {
    // On github.com, GHEC and GHES 3.20+ the run is on the default branch whatever the pull request's base
    // (its `branches:` filter only selects which pull requests start it); the subject context is pull_request.
    return [onDefault('pull_request_target runs on the default branch')];
  }
  if (event === 'workflow_dispatch') {
    return [
      onDefault('workflow_dispatch runs on the default branch unless another branch or a tag is chosen'),
      glob(event, 'refs/heads/*', 'workflow_dispatch can be run on any branch'),
      glob(event, 'refs/tags/*', 'workflow_dispatch can be run on any tag'),
    ];
  }
  if (event === 'create') {
    return [
      glob(event, 'refs/heads/*', 'create runs on the branch that was created'),
      glob(event, 'refs/tags/*', 'create runs on the tag that was created'),
    ];
  }
  if (event === 'registry_package') {
    return [
      glob(event, 'refs/heads/*', "registry_package runs on the package's branch"),
      glob(event, 'refs/tags/*', "registry_package runs on the package's tag"),
    ];
  }
  if (event === 'release') return [glob(event, 'refs/tags/*', 'release runs on the tag of the release')];
  if (event === 'merge_group') {
    return [glob(event, 'refs/heads/gh-readonly-queue/*', 'merge queue branches are named after each pull request')];
  }
  if (event === 'deployment' || event === 'deployment_status') {
    return [
      glob(event, 'refs/heads/*', `${event} runs on the branch being deployed`),
      glob(event, 'refs/tags/*', `${event} runs on the tag being deployed`),
    ];
  }
  if (event === 'workflow_call') return [];
  if (DEFAULT_BRANCH_EVENTS.has(event)) return [onDefault(`${event} runs on the default branch`)];
  return [onDefault(`${event} is assumed to run on the default branch`)];
}

function pushVariants(trigger: Trigger, onDefault: (reason: string) => RefVariant): RefVariant[] {
  const hasBranchFilter = trigger.branches !== undefined || trigger.branchesIgnore !== undefined;
  const hasTagFilter = trigger.tags !== undefined || trigger.tagsIgnore !== undefined;
  if (!hasBranchFilter && !hasTagFilter) {
    return [
      onDefault('push to the default branch'),
      glob('push', 'refs/heads/*', 'push runs for any branch (no branches filter)'),
      glob('push', 'refs/tags/*', 'push runs for any tag (no tags filter)'),
    ];
  }
  const variants: RefVariant[] = [];
  if (trigger.branches) variants.push(...filterVariants('push', 'refs/heads/', trigger.branches));
  else if (trigger.branchesIgnore) {
    variants.push(glob('push', 'refs/heads/*', `push to any branch except ${trigger.branchesIgnore.join(', ')}`));
  }
  if (trigger.tags) variants.push(...filterVariants('push', 'refs/tags/', trigger.tags));
  else if (trigger.tagsIgnore) {
    variants.push(glob('push', 'refs/tags/*', `push of any tag except ${trigger.tagsIgnore.join(', ')}`));
  }
  return variants;
}

function filterVariants(event: string, prefix: string, filters: string[]): RefVariant[] {
  const what = prefix === 'refs/tags/' ? 'tags' : 'branches';
  const variants: RefVariant[] = [];
  for (const raw of filters) {
    const filter = raw.trim();
    // Negated entries only narrow what the positive ones select.
    if (filter === '' || filter.startsWith('!')) continue;
    if (GLOB.test(filter)) variants.push(glob(event, prefix + filter, `${event} for ${what} matching ${filter}`));
    else variants.push({ event, ref: prefix + filter, kind: 'exact' });
  }
  return variants;
}

function glob(event: string, ref: string, reason: string): RefVariant {
  return { event, ref, kind: 'pattern', reason, exampleRefs: exampleRefs(ref) };
}

/** Two different concrete refs a glob matches (GitHub filter syntax: *, **, ?, +, [..]). */
export function exampleRefs(pattern: string): string[] {
  return [instantiate(pattern, 'example', 'example/nested'), instantiate(pattern, 'other', 'other')];
}

function instantiate(pattern: string, single: string, deep: string): string {
  return pattern
    .split('**')
    .map((part) => part.replace(/\*/g, single))
    .join(deep)
    .replace(/\?/g, 'x')
    .replace(/\[([^\]]*)\]/g, (_, set: string) => (set.replace(/^!/, '')[0] ?? 'x').replace('-', 'x'))
    .replace(/\+/g, '');
}
