// Pure: a repository's workflow files → every job that signs in to Azure (or may request an OIDC token),
// with the subjects GitHub will mint for it. Local reusable workflows are followed through their callers.
import type { ClientIdRef, RepositoryFacts, WorkflowAnalysis, WorkflowJob, WorkflowProblem } from './model.js';
import { parseWorkflow, type ParsedJob, type ParsedWorkflow, type Trigger } from './parse.js';
import { predictSubjects, type EnvironmentCandidates } from './predict.js';
import { candidatesOf, classifyClientId, followReference, type Scope } from './scope.js';
import { detectSignIns, grantsIdToken } from './signin.js';
import { beforeFirst } from '../strings.js';

export interface WorkflowFile {
  /** Path relative to the repository root, e.g. .github/workflows/deploy.yml */
  path: string;
  text: string;
}

export interface AnalyseOptions {
  /** The client-id reference the action itself was given (see WorkflowAnalysis.actionClientId). */
  actionClientId?: ClientIdRef;
}

export const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** GitHub allows up to ten levels of nested reusable workflows (top level included). */
const MAX_CALL_DEPTH = 10;

interface Root {
  workflow: ParsedWorkflow;
  triggers: Trigger[];
}

interface CallFrame {
  file: string;
  job: string;
  line: number;
}

export function analyseWorkflows(
  files: readonly WorkflowFile[],
  repository: RepositoryFacts,
  options: AnalyseOptions = {},
): WorkflowAnalysis {
  const problems: WorkflowProblem[] = [];
  const workflows = new Map<string, ParsedWorkflow>();
  for (const file of [...files].sort((a, b) => compare(a.path, b.path))) {
    const path = normalisePath(file.path);
    if (Buffer.byteLength(file.text, 'utf8') > MAX_WORKFLOW_BYTES) {
      problems.push({
        file: path,
        line: 1,
        message: `skipped: larger than ${MAX_WORKFLOW_BYTES} bytes`,
        unreadable: true,
      });
      continue;
    }
    const parsed = parseWorkflow(path, file.text);
    if (parsed.ok) workflows.set(path, parsed.workflow);
    else problems.push(parsed.problem);
  }
  const analyser = new Analyser(workflows, repository, problems);
  for (const workflow of workflows.values()) analyser.analyseRoot(workflow);
  const analysis: WorkflowAnalysis = { repository, jobs: analyser.jobs, problems };
  if (options.actionClientId) analysis.actionClientId = options.actionClientId;
  return analysis;
}

class Analyser {
  readonly jobs: WorkflowJob[] = [];
  private readonly calledLocally = new Set<string>();

  constructor(
    private readonly workflows: ReadonlyMap<string, ParsedWorkflow>,
    private readonly repository: RepositoryFacts,
    private readonly problems: WorkflowProblem[],
  ) {
    // Everything reachable through local calls from a workflow with triggers of its own.
    const pending = [...workflows.values()].filter(hasOwnTriggers);
    const visited = new Set<string>();
    while (pending.length > 0) {
      const workflow = pending.pop() as ParsedWorkflow;
      if (visited.has(workflow.file)) continue;
      visited.add(workflow.file);
      for (const job of workflow.jobs) {
        const target = job.uses ? localTarget(job.uses) : undefined;
        if (!target || target === workflow.file) continue;
        this.calledLocally.add(target);
        const callee = workflows.get(target);
        if (callee) pending.push(callee);
      }
    }
  }

  analyseRoot(workflow: ParsedWorkflow): void {
    const own = workflow.triggers.filter((t) => t.event !== 'workflow_call');
    if (own.length > 0) {
      this.analyseJobs(workflow, { workflow, triggers: own }, undefined, []);
      return;
    }
    const call = workflow.triggers.find((t) => t.event === 'workflow_call');
    // A workflow only other workflows call: analysed through its callers when they are here; otherwise
    // (called from another repository, or from a file not given) its subjects depend on an unknown caller.
    if (call && !this.calledLocally.has(workflow.file)) {
      this.analyseJobs(workflow, { workflow, triggers: [call] }, undefined, []);
    }
  }

  private analyseJobs(
    workflow: ParsedWorkflow,
    root: Root,
    caller: (Scope['caller'] & { idToken: boolean }) | undefined,
    frames: CallFrame[],
  ): void {
    for (const job of workflow.jobs) {
      const scope: Scope = { workflow, job };
      if (caller) scope.caller = { scope: caller.scope, with: caller.with, secrets: caller.secrets };
      const idTokenWrite = effectiveIdToken(workflow, job, caller?.idToken);
      if (caller && !caller.idToken && grantsIdToken(job.permissions) === true) {
        this.problems.push({
          file: workflow.file,
          line: job.line,
          message: `job ${job.id} requests id-token: write, but its caller ${caller.scope.workflow.file} (job ${caller.scope.job.id}) does not grant it: GitHub refuses to start the run`,
        });
      }
      if (job.uses) this.analyseCall(scope, root, idTokenWrite, frames);
      else this.analyseSteps(scope, root, idTokenWrite, frames);
    }
  }

  private analyseCall(scope: Scope, root: Root, idTokenWrite: boolean, frames: CallFrame[]): void {
    const { job, workflow } = scope;
    const uses = job.uses ?? '';
    const target = localTarget(uses);
    const frame: CallFrame = { file: workflow.file, job: job.id, line: job.line };
    if (target) {
      const callee = this.workflows.get(target);
      if (
        callee &&
        frames.length + 1 < MAX_CALL_DEPTH &&
        !frames.some((f) => f.file === target) &&
        target !== workflow.file
      ) {
        const secrets = job.secrets;
        this.analyseJobs(callee, root, { scope, with: job.with, secrets, idToken: idTokenWrite }, [...frames, frame]);
        return;
      }
      const why = callee ? 'calls nest too deeply or call themselves' : 'the file was not found';
      this.problems.push({
        file: workflow.file,
        line: job.line,
        message: `job ${job.id} calls ${uses}, which was not analysed: ${why}`,
      });
      // Listed (it may request a token) but not counted as signing in: the repository does not hold what it runs.
      if (idTokenWrite) this.recordUnreadCall(scope, root, frames, `${uses} (not analysed: ${why})`, false);
      return;
    }
    if (idTokenWrite) this.recordRemoteCall(scope, root, frames);
  }

  /**
   * A job that calls a workflow in another repository: the token still carries this repository, the caller's
   * ref and event (GitHub's reusable-workflow docs), and job_workflow_ref names the callee. The callee's own
   * environments cannot be read from here.
   */
  private recordRemoteCall(scope: Scope, root: Root, frames: CallFrame[]): void {
    const { job, workflow } = scope;
    const uses = job.uses ?? '';
    const entry: WorkflowJob = {
      file: workflow.file,
      job: jobName(frames, job.id),
      line: job.line,
      signsIn: true,
      signInMethod: `reusable workflow ${uses} (in another repository)`,
      idTokenWrite: true,
      triggers: root.triggers.map((t) => t.event),
      subjects: predictSubjects({
        repository: this.repository,
        triggers: root.triggers,
        environment: { kind: 'none' },
        jobWorkflowPath: uses,
        workflowPath: root.workflow.file,
        fixedJobWorkflowRef: remoteJobWorkflowRef(uses),
        ...(root.workflow.name !== undefined ? { workflowName: root.workflow.name } : {}),
      }),
      assumption: `calls ${uses}, which is in another repository: judged by this caller's context (repository, ref and event), with job_workflow_ref naming the called workflow; a job there that names an environment presents that environment instead`,
    };
    entry.jobWorkflowRef = remoteJobWorkflowRef(uses);
    entry.remoteWorkflow = uses;
    const text = callClientIdText(job);
    if (text !== undefined) entry.clientId = classifyClientId(followReference(text, scope));
    if (frames.length > 0) entry.callers = [...frames];
    this.jobs.push(entry);
  }

  /** A call whose jobs cannot be read: it may sign in, with subjects nobody can predict from here. */
  private recordUnreadCall(scope: Scope, root: Root, frames: CallFrame[], what: string, signsIn: boolean): void {
    const { job, workflow } = scope;
    const entry: WorkflowJob = {
      file: workflow.file,
      job: jobName(frames, job.id),
      line: job.line,
      signsIn,
      signInMethod: `reusable workflow ${what}`,
      idTokenWrite: true,
      triggers: root.triggers.map((t) => t.event),
      subjects: [
        {
          subject: `repo:${this.repository.owner}/${this.repository.name}:<set by ${job.uses ?? 'the called workflow'}>`,
          kind: 'unresolved',
          trigger: root.triggers.map((t) => t.event).join(', '),
          reason: 'the called workflow cannot be read, so its environments and sign-ins are unknown',
        },
      ],
    };
    const text = callClientIdText(job);
    if (text !== undefined) entry.clientId = classifyClientId(followReference(text, scope));
    if (frames.length > 0) entry.callers = [...frames];
    this.jobs.push(entry);
  }

  private analyseSteps(scope: Scope, root: Root, idTokenWrite: boolean, frames: CallFrame[]): void {
    const { job, workflow } = scope;
    const signIns = detectSignIns(scope, idTokenWrite);
    if (signIns.length === 0 && !idTokenWrite) return;
    const federated = signIns.filter((s) => s.federated);
    // A job that signs in only with a stored secret or certificate presents no subject to Entra.
    const secretOnly = signIns.length > 0 && federated.length === 0;
    const primary = federated[0] ?? signIns[0];
    const environment = environmentOf(scope);
    const entry: WorkflowJob = {
      file: workflow.file,
      job: jobName(frames, job.id),
      line: job.line,
      signsIn: signIns.length > 0,
      idTokenWrite,
      triggers: root.triggers.map((t) => t.event),
      subjects: [],
    };
    if (job.environment) {
      const resolved =
        environment.kind === 'names' && environment.names.length === 1 ? environment.names[0] : undefined;
      entry.environment = { name: resolved ?? null, line: job.environment.line };
      if (job.environment.text.includes('${{')) entry.environment.expression = job.environment.text;
    }
    if (primary) {
      entry.signInMethod = primary.method;
      if (primary.clientId) entry.clientId = primary.clientId;
      entry.signIns = signIns;
    }
    const fix = environmentFixOf(scope);
    if (fix) entry.environmentFix = fix;
    if (!secretOnly) {
      entry.subjects = predictSubjects({
        repository: this.repository,
        triggers: root.triggers,
        environment,
        jobWorkflowPath: workflow.file,
        workflowPath: root.workflow.file,
        ...(root.workflow.name !== undefined ? { workflowName: root.workflow.name } : {}),
      });
    }
    if (frames.length === 0 && root.triggers.every((t) => t.event === 'workflow_call')) {
      entry.assumption =
        'this workflow only runs when another workflow calls it, and no caller is in the repository: judged as called from this repository';
    }
    if (frames.length > 0) {
      entry.callers = [...frames];
      const first = entry.subjects[0];
      if (first?.jobWorkflowRef) entry.jobWorkflowRef = first.jobWorkflowRef;
    }
    this.jobs.push(entry);
  }
}

/** The client id a reusable-workflow call passes, through `with:` or `secrets:`. */
function callClientIdText(job: ParsedJob): string | undefined {
  const fromWith = Object.entries(job.with).find(([k]) => /client[-_]?id/i.test(k))?.[1];
  const fromSecrets =
    job.secrets === 'inherit' ? undefined : Object.entries(job.secrets).find(([k]) => /client[-_]?id/i.test(k))?.[1];
  return fromWith ?? fromSecrets;
}

/** `owner/repo/.github/workflows/x.yml@ref` → the job_workflow_ref GitHub writes for it. */
function remoteJobWorkflowRef(uses: string): string {
  const at = uses.lastIndexOf('@');
  if (at < 0) return uses;
  const path = uses.slice(0, at);
  const ref = uses.slice(at + 1);
  if (/^[0-9a-f]{40}$/i.test(ref) || ref.startsWith('refs/')) return `${path}@${ref}`;
  // A version-like ref is almost always a tag; anything else is taken as a branch.
  return `${path}@${/^v?\d/.test(ref) ? 'refs/tags' : 'refs/heads'}/${ref}`;
}

/** Where the job's environment is set: its own `environment:` line, or the caller's `with:` entry passing it. */
function environmentFixOf(scope: Scope): WorkflowJob['environmentFix'] {
  const environment = scope.job.environment;
  if (!environment) return undefined;
  let fix: NonNullable<WorkflowJob['environmentFix']> = {
    file: scope.workflow.file,
    line: environment.line,
    what: 'environment',
  };
  let text = environment.text;
  let current: Scope = scope;
  for (let depth = 0; depth < MAX_CALL_DEPTH; depth += 1) {
    const input = /^\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(text.trim())?.[1];
    const caller = current.caller;
    if (input === undefined || !caller) break;
    const passed = caller.with[input];
    if (passed === undefined) break;
    const callerJob = caller.scope.job;
    fix = {
      file: caller.scope.workflow.file,
      line: callerJob.withLines?.[input] ?? callerJob.line,
      what: 'caller-with',
    };
    text = passed;
    current = caller.scope;
  }
  return fix;
}

function environmentOf(scope: Scope): EnvironmentCandidates {
  const environment = scope.job.environment;
  if (!environment) return { kind: 'none' };
  if (!environment.text.includes('${{')) return { kind: 'names', names: [environment.text] };
  const candidates = candidatesOf(environment.text, scope);
  if (!candidates.ok) return { kind: 'unresolved', expression: environment.text, reason: candidates.reason };
  const names = candidates.values.map((v) => v.trim()).filter((v) => v !== '');
  // An expression that can be empty means "no environment" for that run.
  if (names.length === 0) return { kind: 'none' };
  return { kind: 'names', names };
}

/** id-token: write for a job: its own block replaces the workflow's; a called workflow can only narrow its caller. */
function effectiveIdToken(workflow: ParsedWorkflow, job: ParsedJob, ceiling: boolean | undefined): boolean {
  const own = grantsIdToken(job.permissions) ?? grantsIdToken(workflow.permissions);
  if (ceiling === undefined) return own ?? false;
  return own === undefined ? ceiling : own && ceiling;
}

function hasOwnTriggers(workflow: ParsedWorkflow): boolean {
  return workflow.triggers.some((t) => t.event !== 'workflow_call');
}

/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; other forms are not local. */
function localTarget(uses: string): string | undefined {
  if (!uses.startsWith('./')) return undefined;
  return normalisePath(beforeFirst(uses, '@'));
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function jobName(frames: CallFrame[], id: string): string {
  return [...frames.map((f) => f.job), id].join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
