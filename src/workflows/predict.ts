// Pure: the `sub` GitHub will mint for a job, per trigger, exactly as `formatSubject` builds it.
import { formatSubject, SubjectFormatError, type SubjectClaims } from '../matching/subject.js';
import type { PredictedSubject, RepositoryFacts } from './model.js';
import type { Trigger } from './parse.js';
import { refVariants, type RefVariant } from './triggers.js';

/** The job's environment as far as the files tell. */
export type EnvironmentCandidates =
  { kind: 'none' } | { kind: 'names'; names: string[] } | { kind: 'unresolved'; expression: string; reason: string };

export interface SubjectRequest {
  repository: RepositoryFacts;
  /** Triggers of the outermost workflow (the caller's, for a job in a called workflow). */
  triggers: Trigger[];
  environment: EnvironmentCandidates;
  /** The file that defines the job: job_workflow_ref names it. */
  jobWorkflowPath: string;
  /** The file that was triggered: workflow_ref names it. */
  workflowPath: string;
  /** `name:` of the triggered workflow (the `workflow` claim); GitHub uses the path when there is none. */
  workflowName?: string;
  /** job_workflow_ref when it does not follow the caller's ref: a workflow called from another repository. */
  fixedJobWorkflowRef?: string;
}

/** Claims that change from run to run: a custom template that includes one cannot be predicted. */
const PER_RUN_CLAIMS = new Set([
  'actor',
  'actor_id',
  'run_id',
  'run_number',
  'run_attempt',
  'sha',
  'head_ref',
  'job_workflow_sha',
  'workflow_sha',
  'check_run_id',
  'environment_node_id',
]);

const ENV_PROBES = ['probe-environment-a', 'probe-environment-b'];

export function predictSubjects(request: SubjectRequest): PredictedSubject[] {
  const { repository } = request;
  const defaultBranch = repository.defaultBranch ?? 'main';
  const assumed = repository.defaultBranch === undefined;
  const perRun = (repository.subjectFormat.claimKeys ?? []).filter((k) => PER_RUN_CLAIMS.has(k));
  const out: PredictedSubject[] = [];
  for (const trigger of request.triggers) {
    if (trigger.event === 'workflow_call') {
      const called = calledFromHere(request);
      if (called) {
        out.push(...called);
        continue;
      }
      out.push({
        subject: `<subject of the calling job>`,
        kind: 'unresolved',
        trigger: trigger.event,
        reason:
          "this workflow only runs when another workflow calls it (possibly from another repository); the token carries the caller's repository, ref and event",
      });
      continue;
    }
    for (const variant of refVariants(trigger, defaultBranch, assumed)) {
      for (const subject of subjectsFor(request, variant, perRun)) out.push(subject);
    }
  }
  return dedupe(out);
}

/** Runs of a caller this repository could have, to tell whether the caller's ref or event shows in the subject. */
const CALLER_PROBES: { ref: string; event: string }[] = [
  { ref: 'refs/heads/probe-caller-a', event: 'push' },
  { ref: 'refs/tags/probe-caller-b', event: 'workflow_dispatch' },
];

/**
 * A workflow only other workflows call, whose callers are not in the repository: judged as called from this
 * repository. With a literal environment (and a subject format that shows the environment rather than the
 * caller's ref), the subject is known whatever the caller's trigger.
 */
function calledFromHere(request: SubjectRequest): PredictedSubject[] | undefined {
  const env = request.environment;
  if (env.kind !== 'names') return undefined;
  const out: PredictedSubject[] = [];
  for (const name of env.names) {
    const probes = CALLER_PROBES.map((p) => render(request, p.ref, p.event, name));
    const first = probes[0];
    if (!first?.ok || !probes.every((p) => p.ok && p.value === first.value)) return undefined;
    out.push({
      subject: first.value,
      kind: 'exact',
      trigger: 'workflow_call',
      reason:
        'its callers are not in this repository: judged as called from this repository, where the environment decides the subject',
    });
  }
  return out;
}

function subjectsFor(request: SubjectRequest, variant: RefVariant, perRun: string[]): PredictedSubject[] {
  const env = request.environment;
  if (perRun.length > 0) {
    const placeholders = Object.fromEntries(perRun.map((k) => [k, `<${k}>`]));
    const subject = render(
      request,
      variant.ref,
      variant.event,
      env.kind === 'names' ? env.names[0] : undefined,
      placeholders,
    );
    return [
      unresolved(
        variant,
        subject.ok ? subject.value : `${variant.event} on ${variant.ref}`,
        `the subject template includes ${perRun.map((k) => `'${k}'`).join(', ')}, which changes from run to run`,
        jobWorkflowRef(request, variant.ref),
      ),
    ];
  }
  if (env.kind === 'unresolved') {
    // The environment only matters when the format puts it in the subject.
    const probes = ENV_PROBES.map((name) => render(request, variant.ref, variant.event, name));
    const independent = probes.every((p) => p.ok) && probes[0]?.value === probes[1]?.value;
    if (!independent) {
      const shown = render(request, variant.ref, variant.event, `<${env.expression}>`);
      return [
        unresolved(variant, shown.ok ? shown.value : env.expression, env.reason, jobWorkflowRef(request, variant.ref)),
      ];
    }
    return [forEnvironment(request, variant, undefined)];
  }
  const names = env.kind === 'names' ? env.names : [undefined];
  return names.map((name) => forEnvironment(request, variant, name));
}

function forEnvironment(
  request: SubjectRequest,
  variant: RefVariant,
  environment: string | undefined,
): PredictedSubject {
  const main = render(request, variant.ref, variant.event, environment);
  const ref = jobWorkflowRef(request, variant.ref);
  if (!main.ok) return unresolved(variant, `${variant.event} on ${variant.ref}`, main.error, ref);
  // A reason about the ref only helps when the ref shows in the subject.
  const refShows = main.value.includes(variant.ref.replaceAll(':', '%3A'));
  if (variant.kind === 'exact') {
    const exact: PredictedSubject = { subject: main.value, kind: 'exact', trigger: variant.event, jobWorkflowRef: ref };
    return withReason(exact, refShows ? variant.reason : undefined);
  }
  const examples = (variant.exampleRefs ?? []).map((exampleRef) => {
    const rendered = render(request, exampleRef, variant.event, environment);
    return { subject: rendered.ok ? rendered.value : '', jobWorkflowRef: jobWorkflowRef(request, exampleRef) };
  });
  const subjectIndependent = examples.every((e) => e.subject === main.value);
  if (subjectIndependent) {
    // e.g. pull_request (`:pull_request`) or any ref when an environment is named: one literal subject.
    return { subject: main.value, kind: 'exact', trigger: variant.event, jobWorkflowRef: ref };
  }
  const predicted: PredictedSubject = {
    subject: main.value,
    kind: 'pattern',
    trigger: variant.event,
    jobWorkflowRef: ref,
    examples,
  };
  return withReason(predicted, `${variant.reason ?? 'the ref varies'}; only a flexible credential can match every run`);
}

type Rendered = { ok: true; value: string } | { ok: false; error: string };

function render(
  request: SubjectRequest,
  ref: string,
  event: string,
  environment: string | undefined,
  extra: Record<string, string> = {},
): Rendered {
  try {
    const claims = { ...claimsFor(request, ref, event, environment), ...extra };
    return { ok: true, value: formatSubject(claims, request.repository.subjectFormat) };
  } catch (error) {
    if (error instanceof SubjectFormatError) return { ok: false, error: error.message };
    throw error;
  }
}

/** The claims GitHub puts in the token that are the same for every run with this ref and event. */
export function claimsFor(
  request: SubjectRequest,
  ref: string,
  event: string,
  environment: string | undefined,
): SubjectClaims {
  const { repository } = request;
  const full = `${repository.owner}/${repository.name}`;
  const claims: SubjectClaims = {
    repository: full,
    repository_owner: repository.owner,
    event_name: event,
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    workflow: request.workflowName ?? request.workflowPath,
    workflow_ref: `${full}/${request.workflowPath}@${ref}`,
    job_workflow_ref: jobWorkflowRef(request, ref),
  };
  if (repository.repoId !== undefined) claims.repository_id = repository.repoId;
  if (repository.ownerId !== undefined) claims.repository_owner_id = repository.ownerId;
  if (repository.visibility !== undefined) claims.repository_visibility = repository.visibility;
  if (environment !== undefined) claims.environment = environment;
  if (event === 'push' || event === 'workflow_dispatch' || event === 'schedule') claims.base_ref = '';
  return claims;
}

function jobWorkflowRef(request: SubjectRequest, ref: string): string {
  if (request.fixedJobWorkflowRef !== undefined) return request.fixedJobWorkflowRef;
  return `${request.repository.owner}/${request.repository.name}/${request.jobWorkflowPath}@${ref}`;
}

function unresolved(variant: RefVariant, subject: string, reason: string, ref: string): PredictedSubject {
  return { subject, kind: 'unresolved', trigger: variant.event, reason, jobWorkflowRef: ref };
}

function withReason(subject: PredictedSubject, reason: string | undefined): PredictedSubject {
  if (reason !== undefined) subject.reason = reason;
  return subject;
}

/** One entry per distinct subject; the triggers that produce it are joined. */
function dedupe(subjects: PredictedSubject[]): PredictedSubject[] {
  const byKey = new Map<string, PredictedSubject>();
  for (const s of subjects) {
    const key = `${s.kind}\u0000${s.subject}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...s });
      continue;
    }
    const triggers = existing.trigger.split(', ');
    if (!triggers.includes(s.trigger)) existing.trigger = [...triggers, s.trigger].join(', ');
  }
  return [...byKey.values()];
}
