// The tenant scan's managed identities: the service principals of type ManagedIdentity, listed page by
// page; for each user-assigned one in scope, its appRoleAssignments and memberOf (Graph, in $batch) and
// its federated credentials (ARM, through the reader's bounded concurrency). Yielded into the same
// stream as the applications, as raw entries or as not evaluated.
import { withRetry, type RetryOptions } from '../http/retry.js';
import {
  executeBatch,
  followPages,
  itemFailure,
  outerRetry,
  type ExecuteBatchOptions,
  type ItemResult,
} from '../graph/batch.js';
import { GraphMalformedError, type BatchItemRequest, type GraphClient } from '../graph/client.js';
import { arrayOf, asObject, type RawApp } from '../graph/normalise.js';
import type { NotEvaluated } from '../inventory/model.js';

/** An identity as read (the one normalisation comes later, in the reader), or why it could not be. */
type Gathered = { raw: RawApp } | { notEvaluated: NotEvaluated };
import { MANAGED_IDENTITY_SP_FIELDS, assembleManagedIdentity, type ManagedIdentityCredentialsReader } from './raw.js';
import { managedIdentityOf } from './resource-id.js';

const SP_FIELDS = `id,appId,displayName,accountEnabled,passwordCredentials,keyCredentials,tags,${MANAGED_IDENTITY_SP_FIELDS}`;
const PAGE_SIZE = 100;
const PAGES_MAX = 100_000;
/** Two requests per identity, twenty per $batch. */
const IDENTITIES_PER_BATCH = 10;

export interface ScanManagedIdentitiesOptions {
  readCredentials: ManagedIdentityCredentialsReader;
  /** Shards: only identities this accepts are read. */
  include?: (appId: string) => boolean;
  filter?: { displayNamePrefix?: string; tag?: string };
  /** The scan's batch retry and throttle. */
  batch?: ExecuteBatchOptions;
  retry?: RetryOptions;
  /** Identities listed so far (before filter and shard) and, of those, the ones in scope. */
  onPage?: (page: { listed: number; inScope: number }) => void;
}

/** Every user-assigned managed identity in scope, as raw entries or as not evaluated. Throws when the listing fails. */
export async function* scanManagedIdentities(
  client: GraphClient,
  options: ScanManagedIdentitiesOptions,
): AsyncGenerator<Gathered> {
  const include = options.include ?? (() => true);
  const prefix = options.filter?.displayNamePrefix?.toLowerCase();
  const tag = options.filter?.tag?.toLowerCase();
  const seen = new Set<string>();
  const filter = encodeURIComponent("servicePrincipalType eq 'ManagedIdentity'");
  let link: string | undefined = `/servicePrincipals?$filter=${filter}&$select=${SP_FIELDS}&$top=${PAGE_SIZE}`;
  const visited = new Set<string>();
  while (link !== undefined) {
    if (visited.has(link)) throw new GraphMalformedError('Graph sent a nextLink it had already sent (paging loop)');
    if (visited.size >= PAGES_MAX) throw new GraphMalformedError(`paging did not end after ${PAGES_MAX} pages`);
    visited.add(link);
    const url: string = link;
    const page = await withRetry(async () => asObject(await client.getJson(url), 'servicePrincipals page'), {
      ...outerRetry(options.retry),
      isRetryable: (e) => e instanceof GraphMalformedError,
    });
    const values = arrayOf(page, 'value', 'servicePrincipals page').map((v, i) =>
      asObject(v, `servicePrincipals[${i}]`),
    );
    const scoped = values.filter((sp) => {
      if (typeof sp.appId !== 'string' || typeof sp.id !== 'string') return false;
      if (managedIdentityOf(sp)?.kind !== 'user-assigned') return false;
      const name = typeof sp.displayName === 'string' ? sp.displayName.toLowerCase() : '';
      if (prefix !== undefined && !name.startsWith(prefix)) return false;
      const tags = Array.isArray(sp.tags) ? sp.tags.map((t) => String(t).toLowerCase()) : [];
      if (tag !== undefined && !tags.includes(tag)) return false;
      const key = sp.appId.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return include(sp.appId);
    });
    options.onPage?.({ listed: values.length, inScope: scoped.length });
    for (let i = 0; i < scoped.length; i += IDENTITIES_PER_BATCH)
      yield* await readIdentities(client, scoped.slice(i, i + IDENTITIES_PER_BATCH), options);
    const next = page['@odata.nextLink'];
    if (next !== undefined && next !== null && typeof next !== 'string')
      throw new GraphMalformedError('servicePrincipals page has a nextLink that is not a string');
    link = typeof next === 'string' ? next : undefined;
  }
}

async function readIdentities(
  client: GraphClient,
  identities: Record<string, unknown>[],
  options: ScanManagedIdentitiesOptions,
): Promise<Gathered[]> {
  const items: BatchItemRequest[] = identities.flatMap((sp, i) => [
    { id: `${i}-roles`, method: 'GET', url: `/servicePrincipals/${String(sp.id)}/appRoleAssignments` },
    { id: `${i}-memberOf`, method: 'GET', url: `/servicePrincipals/${String(sp.id)}/memberOf` },
  ]);
  const results = await executeBatch(client, items, options.batch);
  return Promise.all(
    identities.map(async (sp, i): Promise<Gathered> => {
      const appId = String(sp.appId);
      const notEvaluated = (reason: string): Gathered => ({ notEvaluated: { appId, reason } });
      try {
        const assignments = await related(
          client,
          results.get(`${i}-roles`),
          'the service principal appRoleAssignments',
        );
        if (typeof assignments === 'string') return notEvaluated(assignments);
        const memberOf = await related(
          client,
          results.get(`${i}-memberOf`),
          'the service principal memberOf (directory roles)',
        );
        if (typeof memberOf === 'string') return notEvaluated(memberOf);
        const { tags: _tags, ...json } = sp;
        const outcome = await assembleManagedIdentity(
          { ...json, appRoleAssignments: assignments, memberOf },
          options.readCredentials,
        );
        if (outcome === null) return notEvaluated('the service principal is not a managed identity');
        return 'raw' in outcome ? outcome : notEvaluated(`managed identity: ${outcome.failure}`);
      } catch (error) {
        if (error instanceof GraphMalformedError)
          return notEvaluated(`Graph returned malformed data: ${error.message}`);
        throw error;
      }
    }),
  );
}

async function related(client: GraphClient, result: ItemResult | undefined, what: string): Promise<unknown[] | string> {
  const answer = result ?? { failure: 'the request was not sent' };
  if ('failure' in answer || answer.status !== 200) return itemFailure(what, answer);
  const body = asObject(answer.body, what);
  const values = [...arrayOf(body, 'value', what)];
  const next = body['@odata.nextLink'];
  if (typeof next === 'string') values.push(...(await followPages(client, next)));
  return values;
}
