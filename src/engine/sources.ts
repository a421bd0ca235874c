// The interfaces the one check pipeline (check.ts) is built from. Each shell (the action, the CLI)
// chooses implementations and hands them in; the pipeline itself does no I/O of its own.
//
//   TokenSource       the job's GitHub OIDC token (auth/oidc.ts createOidcTokenSource, both shells)
//   EntraCredential   the sign-in (auth/entra.ts + auth/sign-in.ts, both shells)
//   InventorySource   the apps: live Graph by ids or by listing (engine/inventory.ts), a snapshot file,
//                     and room for more (e.g. Azure Resource Manager)
//   RepositorySource  the repository and its workflows: the action's checkout + GitHub API, the CLI's
//                     local checkout
//   TenantRead        once per run, tenant-level data read before any app is judged (signals)
//
// Per-identity reads (more data about one app once its service principal is known) plug into the
// Graph reader, not here: see IdentityRead in graph/identity-reads.ts.
import type { InventoryItem } from '../audit.js';
import type { EvaluationContext } from '../policy/types.js';
import type { Report } from '../report/model.js';
import type { EnvironmentProtection, RepositoryFacts, WorkflowAnalysis } from '../workflows/model.js';
import type { Notices } from './notices.js';

export type { InventoryItem } from '../audit.js';

export interface TokenSource {
  readonly audience: string;
  /** The token, cached until shortly before it expires; rejects with an explained error. */
  get(): Promise<string>;
}

/** What a source adds to the evaluation context (the pure engine's view of the run). */
export type ContextContribution = Partial<Omit<EvaluationContext, 'now' | 'settings'>>;

export interface InventorySource {
  /** 'graph', 'snapshot', 'none'… for messages and tests. */
  readonly kind: string;
  /** What the report's scope says about where the apps came from (tenant, shard, snapshot). */
  readonly scope: Report['scope'];
  /** What the evaluation context learns from the source itself (e.g. `snapshot`). */
  readonly context?: ContextContribution;
  /**
   * The apps, each as an inventory or as not evaluated (with why). Started once, streamed: the pipeline
   * reads ahead while the repository is read, and never holds the tenant in memory.
   */
  read(notices: Notices): AsyncIterable<InventoryItem> | Iterable<InventoryItem>;
}

/** What the workflow-aware checks know of the repository; every part optional (absent: not checked). */
export interface RepositoryView {
  repository?: RepositoryFacts;
  workflows?: WorkflowAnalysis;
  environments?: ReadonlyMap<string, EnvironmentProtection>;
}

export interface RepositorySource {
  read(notices: Notices): Promise<RepositoryView>;
}

/**
 * Tenant-level data read once per run, before any app is judged (risk, conditional access, licences…).
 * It runs beside the inventory read; what it returns is merged into the evaluation context. A read that
 * fails should add a notice and return {} rather than throw: a missing signal is not a failed check.
 */
export interface TenantRead {
  readonly name: string;
  read(notices: Notices): Promise<ContextContribution>;
}

/** An inventory source with no apps (no token can exist in this run, or nothing was asked for). */
export function emptyInventory(scope: Report['scope'] = {}): InventorySource {
  return { kind: 'none', scope, read: () => [] };
}
