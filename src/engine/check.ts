// The one check pipeline, shared by the action and the CLI:
//
//   sources (injected) ──► inventory read ahead ─┐
//                      ──► repository read      ├─► audit (pure: policy × apps) ──► Report
//                      ──► tenant reads (once)  ┘
//
// The inventory starts streaming at once (bounded read-ahead), so the Entra → Graph chain and the
// repository/GitHub reads overlap instead of adding up; tenant-level reads run beside them, once.
import { audit, type InventoryItem } from '../audit.js';
import type { CompiledPolicy } from '../policy/index.js';
import type { EvaluationContext } from '../policy/types.js';
import type { Report } from '../report/model.js';
import { Notices, type Notice } from './notices.js';
import type { ContextContribution, InventorySource, RepositorySource, RepositoryView, TenantRead } from './sources.js';

export interface CheckInput {
  policy: CompiledPolicy;
  inventory: InventorySource;
  repository?: RepositorySource | null;
  /** Once-per-run tenant reads (signals); each contributes to the evaluation context. */
  tenantReads?: readonly TenantRead[];
  now: Date;
  /** Added to the inventory's scope (e.g. the CLI's shard). */
  scope?: Report['scope'];
  /** Notices the shell already has (e.g. why no token exists); the sources add theirs. */
  notices?: Notices;
  onProgress?: (progress: { apps: number; notEvaluated: number; findings: number }) => void;
  /** Microsoft Graph of the tenant's cloud, named in remediation commands (policy/remediation.ts). */
  graphEndpoint?: string;
  /** Which apps a job whose client id cannot be read is judged against (see AuditOptions). */
  assumeUnattributed?: 'named' | 'trusts-repository';
  /** Items read ahead while the repository and tenant reads run (default 2,000). */
  readAhead?: number;
}

export interface CheckResult {
  report: Report;
  notices: readonly Notice[];
  repository: RepositoryView;
}

export async function check(input: CheckInput): Promise<CheckResult> {
  const notices = input.notices ?? new Notices();
  const inventory = readAhead(input.inventory.read(notices), input.readAhead ?? 2_000);
  try {
    const [repository, tenant] = await Promise.all([
      input.repository ? input.repository.read(notices) : Promise.resolve<RepositoryView>({}),
      Promise.all((input.tenantReads ?? []).map((read) => read.read(notices))),
    ]);
    const context: Omit<EvaluationContext, 'settings'> = {
      now: input.now,
      ...(input.graphEndpoint ? { graphEndpoint: input.graphEndpoint } : {}),
      ...withoutUndefined(repository),
      ...input.inventory.context,
      ...Object.assign({}, ...tenant.map((t: ContextContribution) => withoutUndefined(t))),
    };
    const report = await audit(inventory.items, {
      policy: input.policy,
      context,
      // Read when the report is built, after the inventory: sources add notices while they read.
      notices: () => notices.texts(),
      scope: { ...input.inventory.scope, ...input.scope },
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      ...(input.assumeUnattributed ? { assumeUnattributed: input.assumeUnattributed } : {}),
    });
    return { report, notices: notices.all(), repository };
  } finally {
    await inventory.stop();
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Starts consuming `source` now, keeping up to `max` items until someone iterates: the inventory's
 * network chain runs while the rest of the context is gathered, with memory bounded for a tenant scan.
 * A source that throws rethrows where the items are iterated.
 */
export function readAhead(
  source: AsyncIterable<InventoryItem> | Iterable<InventoryItem>,
  max: number,
): { items: AsyncIterable<InventoryItem>; stop(): Promise<void> } {
  if (!(Symbol.asyncIterator in source)) return { items: toAsync(source), stop: async () => undefined };
  const iterator = source[Symbol.asyncIterator]();
  const buffer: InventoryItem[] = [];
  let done = false;
  let failure: { error: unknown } | null = null;
  const signals: { wake: (() => void) | null; room: (() => void) | null } = { wake: null, room: null };
  let stopped = false;

  const pump = (async () => {
    try {
      while (!stopped) {
        if (buffer.length >= max) {
          await new Promise<void>((resolve) => (signals.room = resolve));
          continue;
        }
        const next = await iterator.next();
        if (next.done) break;
        buffer.push(next.value);
        signals.wake?.();
      }
    } catch (error) {
      failure = { error };
    } finally {
      done = true;
      signals.wake?.();
    }
  })();

  async function* items(): AsyncGenerator<InventoryItem> {
    for (;;) {
      const item = buffer.shift();
      if (item !== undefined) {
        signals.room?.();
        signals.room = null;
        yield item;
        continue;
      }
      if (done) break;
      await new Promise<void>((resolve) => (signals.wake = resolve));
      signals.wake = null;
    }
    if (failure) throw (failure as { error: unknown }).error;
  }

  return {
    items: items(),
    async stop() {
      if (done) return;
      stopped = true;
      signals.room?.();
      await iterator.return?.();
      await pump.catch(() => undefined);
    },
  };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
