// Loads one fixture case (__tests__/fixtures/workflows/<case>/) and computes what the analysis and the
// workflow rules find, in the compact shape the case's expected.json records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInventory, FederatedCredential } from '../../src/inventory/model.js';
import { pullRequestTargetHits, workflowRules } from '../../src/policy/rules/workflow.js';
import { workflowSecretSignIn } from '../../src/policy/rules/workflow-secret.js';
import type { EvaluationContext, PolicySettings, RuleHit } from '../../src/policy/types.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type {
  ClientIdRef,
  EnvironmentProtection,
  RepositoryFacts,
  WorkflowAnalysis,
} from '../../src/workflows/model.js';
import { readWorkflowFiles } from '../../src/workflows/read.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'workflows');

export interface CaseSpec {
  description: string;
  repository: RepositoryFacts;
  app: { appId: string; objectId: string; displayName: string; federatedCredentials: FederatedCredential[] };
  environments?: EnvironmentProtection[];
  actionClientId?: ClientIdRef;
}

export interface CaseOutcome {
  jobs: {
    file: string;
    job: string;
    line: number;
    signsIn: boolean;
    idTokenWrite: boolean;
    method?: string;
    clientId?: string;
    environmentLine?: number;
    /** For a called job: `file:line job` of each calling job, outermost first. */
    callers?: string[];
    subjects: { subject: string; kind: string }[];
  }[];
  problems: { file: string; line: number }[];
  findings: { rule: string; severity: string; target: string; location?: string }[];
}

const SETTINGS: PolicySettings = {
  allowedIssuers: ['https://token.actions.githubusercontent.com'],
  allowedOwners: [],
  maxSecretLifetimeDays: 180,
  expiryWarningDays: 30,
  maxFederatedCredentials: 20,
  privilegedGraphPermissions: [],
  privilegedDirectoryRoles: [],
};

export function loadSpec(name: string): CaseSpec {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as CaseSpec;
}

export function appOf(spec: CaseSpec): AppInventory {
  return {
    appId: spec.app.appId,
    objectId: spec.app.objectId,
    displayName: spec.app.displayName,
    createdDateTime: '2025-01-01T00:00:00Z',
    passwordCredentials: [],
    keyCredentials: [],
    federatedCredentials: spec.app.federatedCredentials,
    servicePrincipal: null,
  };
}

export function contextOf(spec: CaseSpec, analysis: WorkflowAnalysis): EvaluationContext {
  const context: EvaluationContext = {
    now: new Date('2026-09-01T00:00:00Z'),
    settings: SETTINGS,
    workflows: analysis,
    repository: spec.repository,
  };
  if (spec.environments) context.environments = new Map(spec.environments.map((e) => [e.name, e]));
  return context;
}

export async function runCase(
  name: string,
): Promise<{ spec: CaseSpec; analysis: WorkflowAnalysis; outcome: CaseOutcome }> {
  const spec = loadSpec(name);
  const { files, problems } = await readWorkflowFiles(join(FIXTURES, name));
  const options = spec.actionClientId ? { actionClientId: spec.actionClientId } : {};
  const analysis = analyseWorkflows(files, spec.repository, options);
  analysis.problems.unshift(...problems);
  const app = appOf(spec);
  const context = contextOf(spec, analysis);
  const findings: CaseOutcome['findings'] = [];
  const record = (rule: string, severity: string, hit: RuleHit) => {
    const finding: CaseOutcome['findings'][number] = {
      rule,
      severity: hit.severity ?? severity,
      target: `${hit.target.kind}:${hit.target.id}`,
    };
    if (hit.location) finding.location = `${hit.location.file}:${hit.location.line}`;
    findings.push(finding);
  };
  for (const rule of [...workflowRules, workflowSecretSignIn])
    for (const hit of rule.check(app, context)) record(rule.id, rule.defaultSeverity, hit);
  for (const hit of pullRequestTargetHits(app, context)) record('fic-pull-request', 'error', hit);
  const outcome: CaseOutcome = {
    jobs: analysis.jobs.map((j) => {
      const job: CaseOutcome['jobs'][number] = {
        file: j.file,
        job: j.job,
        line: j.line,
        signsIn: j.signsIn,
        idTokenWrite: j.idTokenWrite,
        subjects: j.subjects.map((s) => ({ subject: s.subject, kind: s.kind })),
      };
      if (j.signInMethod) job.method = j.signInMethod;
      if (j.clientId) job.clientId = `${j.clientId.source}:${j.clientId.value}`;
      if (j.environment) job.environmentLine = j.environment.line;
      if (j.callers) job.callers = j.callers.map((c) => `${c.file}:${c.line} ${c.job}`);
      return job;
    }),
    problems: analysis.problems.map((p) => ({ file: p.file, line: p.line })),
    findings,
  };
  return { spec, analysis, outcome };
}
