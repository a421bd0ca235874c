import type { AppInventory } from '../inventory/model.js';
import type { RepositoryFacts, WorkflowAnalysis, EnvironmentProtection } from '../workflows/model.js';

export type Severity = 'error' | 'warning' | 'notice';
export type RuleSetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export type TargetKind =
  'application' | 'servicePrincipal' | 'secret' | 'certificate' | 'federatedCredential' | 'workflowJob';

export interface Target {
  kind: TargetKind;
  id: string;
  name: string;
}

export interface Location {
  file: string;
  line: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  appId: string;
  target: Target;
  message: string;
  remediation: string;
  location?: Location;
}

/** What a rule returns; the engine adds the rule id, the configured severity and the app id. */
export interface RuleHit {
  target: Target;
  message: string;
  remediation: string;
  location?: Location;
  /** Lets a rule raise its severity for one hit (e.g. fic-pull-request on pull_request_target). */
  severity?: Severity;
}

/** Settings of a compiled policy, with defaults applied. */
export interface PolicySettings {
  allowedIssuers: string[];
  /** Empty means any owner. */
  allowedOwners: string[];
  maxSecretLifetimeDays: number;
  expiryWarningDays: number;
  maxFederatedCredentials: number;
  /** Names and/or app role ids. */
  privilegedGraphPermissions: string[];
  /** Names and/or role template ids. */
  privilegedDirectoryRoles: string[];
}

/** Everything a rule may look at besides the app itself. Pure data. */
export interface EvaluationContext {
  now: Date;
  settings: PolicySettings;
  /** Present when the workflows of a repository were analysed. */
  workflows?: WorkflowAnalysis;
  /** The repository whose workflows were analysed, with what is known of its subject format. */
  repository?: RepositoryFacts;
  /** Environment protections by name; absent when they could not be read. */
  environments?: ReadonlyMap<string, EnvironmentProtection>;
  /** Present when the apps come from a snapshot file (export) rather than the live tenant. */
  snapshot?: { exportedAt: string; tenant: string };
}

export interface RuleDefinition {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  title: string;
  /** Why it matters (Markdown allowed). */
  rationale: string;
  /** A minimal example of what it flags. */
  example: string;
  /** How to fix. */
  fix: string;
  check(app: AppInventory, context: EvaluationContext): RuleHit[];
}
