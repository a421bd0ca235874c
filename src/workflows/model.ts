// What workflow analysis learns about a repository, as plain data for the policy engine.

/** How GitHub will format `sub` for this repository. */
export interface SubjectFormat {
  /** default: repo:O/R:…; immutable: repo:O@OID/R@RID:…; custom: include_claim_keys template. */
  kind: 'default' | 'immutable' | 'custom';
  /** include_claim_keys when kind is custom (may contain `repo` and `context`). */
  claimKeys?: string[];
  /** Whether custom templates use the immutable repo form. */
  immutable?: boolean;
  /** Where the format was learned: the job's own OIDC token, the GitHub API, or an assumption. */
  source: 'token' | 'api' | 'assumed' | 'option';
}

export interface RepositoryFacts {
  owner: string;
  name: string;
  ownerId?: string;
  repoId?: string;
  defaultBranch?: string;
  /** repository_visibility claim, when known (lets custom templates that include it be predicted). */
  visibility?: 'public' | 'private' | 'internal';
  /** The OIDC issuer of this repository's tokens when not https://token.actions.githubusercontent.com (GHES, enterprise slug). */
  oidcIssuer?: string;
  subjectFormat: SubjectFormat;
  /**
   * Set when owner/name were read from a git remote and GitHub did not confirm them: their letter case may
   * differ from GitHub's canonical names, which are what `sub` carries.
   */
  nameCaseUnverified?: boolean;
}

export type ClientIdSource = 'literal' | 'vars' | 'secrets' | 'expression' | 'input';

export interface ClientIdRef {
  source: ClientIdSource;
  /** The literal GUID, or the expression text (e.g. `vars.AZURE_CLIENT_ID`). */
  value: string;
  /** Resolved GUID when known (literal, or a variable read through the API). */
  resolved?: string;
  /** Where the resolved value came from when not written in the workflow. */
  resolvedBy?: 'github-api' | 'policy';
}

export interface PredictedSubject {
  subject: string;
  /** exact: a literal subject; pattern: contains a glob only a flexible credential can satisfy; unresolved: unknown. */
  kind: 'exact' | 'pattern' | 'unresolved';
  /** Trigger that produces it, e.g. push, pull_request, workflow_dispatch. */
  trigger: string;
  reason?: string;
  /** The claims GitHub will put in the token besides sub, for flexible credentials. */
  jobWorkflowRef?: string;
  /** For a pattern: concrete subjects (with their job_workflow_ref) a flexible credential must all accept. */
  examples?: { subject: string; jobWorkflowRef?: string }[];
}

/** One step (or job-level configuration) through which a job signs in to Azure. */
export interface SignIn {
  /** e.g. azure/login, az login --federated-token, Terraform (ARM_USE_OIDC). */
  method: string;
  line: number;
  clientId?: ClientIdRef;
  /** false when it signs in with a client secret (azure/login `creds`), so no federated credential is involved. */
  federated: boolean;
}

export interface WorkflowJob {
  /** Path relative to the repository root, e.g. .github/workflows/deploy.yml */
  file: string;
  job: string;
  line: number;
  environment?: { name: string | null; expression?: string; line: number };
  signsIn: boolean;
  /** How the job signs in, e.g. azure/login, az login --federated-token, ARM_USE_OIDC. */
  signInMethod?: string;
  clientId?: ClientIdRef;
  /** Every sign-in found in the job, in step order (a job may sign in as several apps). */
  signIns?: SignIn[];
  idTokenWrite: boolean;
  triggers: string[];
  subjects: PredictedSubject[];
  jobWorkflowRef?: string;
  /** For a job of a called (reusable) workflow: the calling jobs, outermost first. */
  callers?: { file: string; job: string; line: number }[];
  /**
   * Where a person changes the environment that decides this job's subject: the callee's own `environment:`
   * line, or the calling job's `with:` entry that passes it.
   */
  environmentFix?: { file: string; line: number; what: 'environment' | 'caller-with' };
  /** How the job was judged when its caller is not in the repository, or is in another repository. */
  assumption?: string;
  /** For a job that calls a workflow in another repository: the `uses:` it calls (its jobs cannot be read). */
  remoteWorkflow?: string;
}

export interface WorkflowProblem {
  file: string;
  line: number;
  message: string;
  /**
   * The file could not be read or parsed at all (refused path, too large, invalid YAML, over the YAML limits):
   * its jobs are unknown, so the workflow-unreadable rule reports it as an error rather than a notice.
   */
  unreadable?: boolean;
}

export interface WorkflowAnalysis {
  repository: RepositoryFacts;
  jobs: WorkflowJob[];
  /** Malformed YAML and similar: reported as notices, never a crash. */
  problems: WorkflowProblem[];
  /** The client-id reference this action was given (e.g. vars.AZURE_CLIENT_ID), to match unresolved jobs to the app. */
  actionClientId?: ClientIdRef;
}

export interface EnvironmentProtection {
  name: string;
  requiredReviewers: boolean;
  branchPolicy: boolean;
  waitTimer: number;
}
