import type { AppInventory } from '../inventory/model.js';
import type { RepositoryFacts, WorkflowAnalysis, EnvironmentProtection } from '../workflows/model.js';
import type { TenantSignals } from '../signals/model.js';

export type Severity = 'error' | 'warning' | 'notice';
export type RuleSetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export type TargetKind =
  | 'application'
  | 'servicePrincipal'
  | 'secret'
  | 'certificate'
  | 'federatedCredential'
  | 'workflowJob'
  /** The tenant as a whole (a finding about a signal or a tenant setting, not about one app). */
  | 'tenant';

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
  /** Age in days past which a snapshot is reported stale (snapshot-stale). */
  snapshotMaxAgeDays?: number;
  maxFederatedCredentials: number;
  /** Names and/or app role ids. */
  privilegedGraphPermissions: string[];
  /** Names and/or role template ids. */
  privilegedDirectoryRoles: string[];
  /**
   * Which app a client id kept in a secret or variable is: `NAME` or `NAME@environment` (see
   * workflows/attribution.ts clientIdKey) → app id, lower case. Empty or absent: none mapped.
   */
  clientIds?: Readonly<Record<string, string>>;
  /** Fail the run when a signal a rule needs is not available (unlicensed, forbidden, error). */
  failOnUnavailableSignals?: boolean;
  /** Days without a sign-in after which an identity or credential counts as unused (issue 14). */
  unusedDays?: number;
}

/** Everything a rule may look at besides the app itself. Pure data. */
export interface EvaluationContext {
  now: Date;
  settings: PolicySettings;
  /** Present when the workflows of a repository were analysed. */
  workflows?: WorkflowAnalysis;
  /** The repository whose workflows were analysed, with what is known of its subject format. */
  repository?: RepositoryFacts;
  /** Microsoft Graph of the tenant's cloud, for the commands in remediations (remediation.ts); global when absent. */
  graphEndpoint?: string;
  /** Present in snapshot mode: the snapshot the apps were read from (its export time and tenant). */
  snapshot?: { exportedAt: string; tenant: string };
  /** Environment protections by name; absent when they could not be read. */
  environments?: ReadonlyMap<string, EnvironmentProtection>;
  /**
   * Apps a job whose client id cannot be read is assumed to sign in as, judged together (the apps the user
   * named, or in a scan of every app those that trust the repository). Absent: such jobs are not attributed.
   */
  assumedApps?: readonly AppInventory[];
  /** Why assumedApps were chosen, for the messages. */
  assumedBecause?: 'named' | 'trusts-repository';
  /** Entra's own signals (risk, conditional access), read once per run; absent when not read (offline, no token). */
  signals?: TenantSignals;
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
