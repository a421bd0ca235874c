// Tenant-wide reading for `scan --all`, streamed: applications are listed 100 per page (the most
// Graph serves with $expand, emulator/facts/graph.md#query-options) with their federated credentials expanded, and each page's
// service principals are read while the next page is listed — 15 appIds per `$filter=appId in (…)`,
// once expanding appRoleAssignments and once memberOf (Graph expands one relationship per request),
// all of a page's reads in one $batch. Batches in flight adapt to throttling (AIMD: halve on a 429,
// hold above 80 % of the limit, grow by about one per round otherwise). Memory holds a few pages,
// never the tenant. An app that cannot be read completely is yielded as not evaluated.
import { errorMessage, withRetry, type RetryOptions } from '../http/retry.js';
import { sleep as scaledSleep } from '../http/timings.js';
import {
  executeBatch,
  followPages,
  itemFailure,
  outerRetry,
  type BatchThrottle,
  type ExecuteBatchOptions,
  type ItemResult,
  type ThrottleSignal,
} from './batch.js';
import { GraphMalformedError, type BatchItemRequest, type GraphClient } from './client.js';
import { APPLICATION_FIELDS, SERVICE_PRINCIPAL_FIELDS, keepFields } from './fields.js';
import {
  arrayOf,
  asObject,
  permissionNamesOf,
  toApplication,
  toServicePrincipal,
  type GraphPermissionNames,
  type RawApp,
} from './normalise.js';
import type { ManagedIdentityCredentialsReader } from '../arm/raw.js';
import { scanManagedIdentities } from '../arm/scan.js';
import type { Notices } from '../engine/notices.js';
import type { NotEvaluated } from '../inventory/model.js';
import { applyIdentityReads, type IdentityRead } from './identity-reads.js';
import { MICROSOFT_GRAPH_APP_ID, finishApp, type RawReadOutcome, type ReadOutcome } from './reader.js';

/** Most applications per page when $expand is used (emulator/facts/graph.md#query-options). */
export const APPLICATION_PAGE_SIZE = 100;
/** Most values Graph accepts in one `in (…)` clause. */
export const IN_FILTER_MAX = 15;
/** Graph returns at most this many items of an expanded directory relationship, without a nextLink. */
const EXPANDED_ITEMS_MAX = 20;
const BATCH_LIMIT = 20;
/** Most pages of the application listing. */
const LISTING_PAGES_MAX = 100_000;

const SP_NAVIGATIONS = ['appRoleAssignments', 'memberOf'] as const;
type SpNavigation = (typeof SP_NAVIGATIONS)[number];

export interface ScanProgress {
  /** Applications listed so far (before filter and shard). */
  listed: number;
  /** Of those, the ones this scan is responsible for. */
  inScope: number;
  evaluated: number;
  notEvaluated: number;
  /** HTTP requests sent (list pages, $batch POSTs, follow-up pages). */
  requests: number;
  /** Batch items Graph answered 429. */
  throttled: number;
  /** Current ceiling of batches in flight. */
  concurrency: number;
}

export interface ScanTenantOptions {
  /** displayNamePrefix is filtered by Graph; tag on each listed page (a tag filter is an advanced query, which forbids $expand). */
  filter?: { displayNamePrefix?: string; tag?: string };
  /** Reads only the listed apps this accepts (a shard, say): the others cost no read at all. */
  include?: (appId: string) => boolean;
  /** Most $batch requests in flight, the ceiling the adaptive limit grows to (default 8). */
  concurrency?: number;
  onProgress?: (progress: ScanProgress) => void;
  /** Retry of batch items Graph throttled (429) or failed transiently (5xx); pauses use its sleep. */
  retry?: RetryOptions;
  /** With it, user-assigned managed identities are scanned too (their credentials read from ARM). */
  managedIdentities?: ManagedIdentityCredentialsReader;
  /** Reads that need each app's service principal first (see identity-reads.ts). */
  identityReads?: readonly IdentityRead[];
  notices?: Notices;
}

export interface ScanTenantRawOptions extends ScanTenantOptions {
  /** Called once, before any app is yielded, with the Microsoft Graph service principal's JSON, or null. */
  onGraphServicePrincipal?: (servicePrincipal: Record<string, unknown> | null) => void;
}

/** The listing itself failed: apps already read were yielded, the rest of the tenant was not listed. */
export class TenantListingError extends Error {
  constructor(
    readonly listed: number,
    cause: unknown,
  ) {
    super(
      `Listing the tenant's applications stopped after ${listed} application${listed === 1 ? '' : 's'}: ${errorMessage(cause)}. The scan is incomplete.`,
      { cause },
    );
    this.name = 'TenantListingError';
  }
}

/** Every application of the tenant (or of one shard), normalised once, exactly as readApps does. */
export async function* scanTenant(client: GraphClient, options: ScanTenantOptions = {}): AsyncGenerator<ReadOutcome> {
  for await (const outcome of scanTenantRaw(client, options)) yield 'app' in outcome ? { app: outcome.app } : outcome;
}

/** Every application as Graph returned it (for `export --all`), each collection complete and validated. */
export async function* scanTenantRaw(
  client: GraphClient,
  options: ScanTenantRawOptions = {},
): AsyncGenerator<RawReadOutcome> {
  const ceiling = options.concurrency ?? 8;
  if (!Number.isInteger(ceiling) || ceiling < 1)
    throw new Error(`concurrency must be a positive integer, got ${ceiling}`);
  const inShard = options.include ?? (() => true);
  const tag = options.filter?.tag?.toLowerCase();
  const progress: ScanProgress = {
    listed: 0,
    inScope: 0,
    evaluated: 0,
    notEvaluated: 0,
    requests: 0,
    throttled: 0,
    concurrency: 0,
  };
  const sleep = options.retry?.sleep ?? scaledSleep;
  const limit = new AdaptiveLimit(ceiling, sleep);
  const counted: GraphClient = {
    endpoint: client.endpoint,
    version: client.version,
    getJson: (pathOrUrl, headers) => {
      progress.requests += 1;
      return client.getJson(pathOrUrl, headers);
    },
    postBatch: (requests) => {
      progress.requests += 1;
      return client.postBatch(requests);
    },
  };
  const report = () => options.onProgress?.({ ...progress, throttled: limit.throttled, concurrency: limit.ceiling });

  const lookup = counted
    .getJson(`/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')?$select=id,appId,appRoles`)
    .then(
      (body) => asObject(body, 'Microsoft Graph servicePrincipal'),
      () => null, // Assignments are then reported without permission names, as readApps does.
    );
  let lookupDelivered = false;

  const reader: PageReader = {
    client: counted,
    batch: { retry: options.retry, throttle: limit },
    names: lookup.then(permissionNamesOf),
    identityReads: options.identityReads ?? [],
    ...(options.notices ? { notices: options.notices } : {}),
  };
  const inFlight: Promise<RawReadOutcome[]>[] = [];
  const maxPagesInFlight = ceiling + 2;
  // appIds only (about 40 bytes each): what keeps every app counted once, not the tenant itself.
  const seen = new Set<string>();
  let listingError: unknown;

  async function* drain(keep: number): AsyncGenerator<RawReadOutcome> {
    while (inFlight.length > keep) {
      const outcomes = await (inFlight.shift() as Promise<RawReadOutcome[]>);
      if (!lookupDelivered) {
        options.onGraphServicePrincipal?.(await lookup);
        lookupDelivered = true;
      }
      for (const outcome of outcomes) {
        if ('raw' in outcome) progress.evaluated += 1;
        else progress.notEvaluated += 1;
        yield outcome;
      }
      report();
    }
  }

  try {
    for await (const page of listApplicationPages(counted, options.filter, tag !== undefined, options.retry)) {
      progress.listed += page.length;
      const scoped = page.filter((entry) => {
        if (tag !== undefined && !tagsOf(entry.json).includes(tag)) return false;
        if (entry.appId === null) return true;
        // An app Graph lists twice (paging that shifts under concurrent changes) is read once.
        const key = entry.appId.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return inShard(entry.appId);
      });
      if (tag !== undefined) for (const entry of scoped) delete entry.json.tags;
      progress.inScope += scoped.length;
      if (scoped.length > 0) inFlight.push(readPage(reader, scoped));
      report();
      yield* drain(maxPagesInFlight - 1);
    }
  } catch (error) {
    listingError = error;
  }
  yield* drain(0);
  if (!lookupDelivered) options.onGraphServicePrincipal?.(await lookup);
  lookupDelivered = true;
  // [managed identities] After the applications, into the same stream: src/arm/scan.ts.
  if (options.managedIdentities && listingError === undefined) {
    try {
      const identities = scanManagedIdentities(counted, {
        readCredentials: options.managedIdentities,
        include: inShard,
        ...(options.filter ? { filter: options.filter } : {}),
        batch: reader.batch,
        ...(options.retry ? { retry: options.retry } : {}),
        onPage: (page) => {
          progress.listed += page.listed;
          progress.inScope += page.inScope;
          report();
        },
      });
      for await (const gathered of identities) {
        // The same identity reads (directory roles) and the one normalisation as every listed app.
        const [enriched] = await applyIdentityReads(reader.identityReads, [gathered], {
          client: reader.client,
          batch: reader.batch,
          ...(reader.notices ? { notices: reader.notices } : {}),
        });
        const done = enriched ?? gathered;
        const outcome: RawReadOutcome =
          'raw' in done ? finishApp(done.raw, await reader.names) : { notEvaluated: done.notEvaluated };
        if ('raw' in outcome) progress.evaluated += 1;
        else progress.notEvaluated += 1;
        yield outcome;
        report();
      }
    } catch (error) {
      listingError = error;
    }
  }
  if (listingError !== undefined) throw new TenantListingError(progress.listed, listingError);
}

// --- Shards and filters --------------------------------------------------------------------

function tagsOf(json: Record<string, unknown>): string[] {
  const tags = json.tags;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase()) : [];
}

const odataString = (value: string) => `'${value.replaceAll("'", "''")}'`;

interface ListedApp {
  json: Record<string, unknown>;
  /** null when the listed object has no usable appId (reported as not evaluated). */
  appId: string | null;
}

async function* listApplicationPages(
  client: GraphClient,
  filter: ScanTenantOptions['filter'],
  withTags: boolean,
  retry: RetryOptions | undefined,
): AsyncGenerator<ListedApp[]> {
  // No $select: see fields.ts (keyCredentials in $select is limited to 150 requests a minute per tenant).
  let query = `$expand=federatedIdentityCredentials&$top=${APPLICATION_PAGE_SIZE}`;
  if (filter?.displayNamePrefix)
    query += `&$filter=${encodeURIComponent(`startswith(displayName,${odataString(filter.displayNamePrefix)})`)}`;
  let link: string | undefined = `/applications?${query}`;
  const visited = new Set<string>();
  while (link !== undefined) {
    // Compared absolute, so a nextLink back to the first page is caught too.
    const absolute = link.startsWith('/') ? `${client.endpoint}/${client.version}${link}` : link;
    if (visited.has(absolute)) throw new GraphMalformedError('Graph sent a nextLink it had already sent (paging loop)');
    if (visited.size >= LISTING_PAGES_MAX)
      throw new GraphMalformedError(`paging did not end after ${LISTING_PAGES_MAX} pages`);
    visited.add(absolute);
    const url: string = link;
    // A garbled or cut page is read again: a GET is safe to repeat, and one bad answer must not end the scan.
    const page = await withRetry(async () => asObject(await client.getJson(url), 'applications page'), {
      ...outerRetry(retry),
      isRetryable: (e) => e instanceof GraphMalformedError,
    });
    const values = arrayOf(page, 'value', 'applications page');
    const next = page['@odata.nextLink'];
    if (next !== undefined && next !== null && typeof next !== 'string')
      throw new GraphMalformedError('applications page has a nextLink that is not a string');
    yield values.map((value, i) => {
      const received = asObject(value, `applications[${i}]`);
      const json = keepFields(received, APPLICATION_FIELDS, [
        ...(withTags ? ['tags'] : []),
        'federatedIdentityCredentials',
        'federatedIdentityCredentials@odata.nextLink',
      ]);
      return { json, appId: typeof json.appId === 'string' && json.appId.length > 0 ? json.appId : null };
    });
    link = typeof next === 'string' ? next : undefined;
  }
}

// --- One page: its service principals, in one $batch -------------------------------------

interface PageReader {
  client: GraphClient;
  /** The scan's retry options and adaptive limit, for every batch. */
  batch: ExecuteBatchOptions;
  /** Permission names (the Microsoft Graph service principal's app roles), once looked up. */
  names: Promise<GraphPermissionNames>;
  identityReads: readonly IdentityRead[];
  notices?: Notices;
}

/** Reads the page's service principals, assembles each app, runs the identity reads, normalises once; never rejects. */
async function readPage(reader: PageReader, apps: ListedApp[]): Promise<RawReadOutcome[]> {
  const outcomes: (Gathered | undefined)[] = new Array(apps.length);
  const candidates: { position: number; appId: string; json: Record<string, unknown> }[] = [];
  apps.forEach((entry, position) => {
    if (entry.appId === null) {
      const id = typeof entry.json.id === 'string' ? entry.json.id : 'unknown';
      outcomes[position] = {
        notEvaluated: {
          appId: `(object ${id})`,
          reason: 'Graph returned malformed data: application.appId is missing',
        },
      };
    } else candidates.push({ position, appId: entry.appId, json: entry.json });
  });

  const groups: string[][] = [];
  for (let i = 0; i < candidates.length; i += IN_FILTER_MAX)
    groups.push(candidates.slice(i, i + IN_FILTER_MAX).map((c) => c.appId));
  const items = groups.flatMap((appIds, g) =>
    SP_NAVIGATIONS.map((navigation) => servicePrincipalQuery(`${g}-${navigation}`, appIds, navigation)),
  );
  const results = new Map<string, ItemResult>();
  for (let i = 0; i < items.length; i += BATCH_LIMIT)
    for (const [id, result] of await executeBatch(reader.client, items.slice(i, i + BATCH_LIMIT), reader.batch))
      results.set(id, result);

  await Promise.all(
    groups.map(async (appIds, g) => {
      const members = candidates.filter((c) => appIds.includes(c.appId));
      const found = await servicePrincipalsOf(reader.client, g, results);
      for (const member of members) {
        outcomes[member.position] =
          typeof found === 'string'
            ? { notEvaluated: { appId: member.appId, reason: found } }
            : await assemble(reader.client, member.appId, member.json, found);
      }
    }),
  );
  const gathered = outcomes.filter((o): o is Gathered => o !== undefined);
  const enriched = await applyIdentityReads(reader.identityReads, gathered, {
    client: reader.client,
    batch: reader.batch,
    ...(reader.notices ? { notices: reader.notices } : {}),
  });
  const names = await reader.names;
  return enriched.map((outcome) => ('raw' in outcome ? finishApp(outcome.raw, names) : outcome));
}

type Gathered = { raw: RawApp } | { notEvaluated: NotEvaluated };

function servicePrincipalQuery(id: string, appIds: string[], navigation: SpNavigation): BatchItemRequest {
  const filter = encodeURIComponent(`appId in (${appIds.map(odataString).join(',')})`);
  return {
    id,
    method: 'GET',
    url: `/servicePrincipals?$filter=${filter}&$expand=${navigation}`,
  };
}

type SpByAppId = Map<string, Record<string, unknown>>;

/** The group's service principals by lower-case appId, with both relationships complete; a string says why not. */
async function servicePrincipalsOf(
  client: GraphClient,
  group: number,
  results: Map<string, ItemResult>,
): Promise<SpByAppId | string> {
  const byAppId: SpByAppId = new Map();
  for (const navigation of SP_NAVIGATIONS) {
    const what = `the service principals (${navigation === 'memberOf' ? 'memberOf, directory roles' : navigation})`;
    const result = results.get(`${group}-${navigation}`) ?? { failure: 'the request was not sent' };
    if ('failure' in result || result.status !== 200) return itemFailure(what, result);
    try {
      const body = asObject(result.body, what);
      const values = [...arrayOf(body, 'value', what)];
      const next = body['@odata.nextLink'];
      if (typeof next === 'string') values.push(...(await followPages(client, next)));
      for (const [i, value] of values.entries()) {
        const received = asObject(value, `servicePrincipals[${i}]`);
        const sp = keepFields(received, SERVICE_PRINCIPAL_FIELDS, [navigation, `${navigation}@odata.nextLink`]);
        const { appId, objectId } = toServicePrincipal(sp);
        const { [`${navigation}@odata.nextLink`]: more, ...json } = sp;
        // An expanded relationship Graph left out is an incomplete answer, not an empty one.
        if (!Array.isArray(sp[navigation]))
          return `Graph answered without the expanded ${navigation} of service principal ${appId} (an incomplete answer)`;
        let related = arrayOf(sp, navigation, 'servicePrincipal');
        // An expanded relationship is cut at 20 items: read the whole collection when it may be longer.
        if (typeof more === 'string' || related.length >= EXPANDED_ITEMS_MAX)
          related = await followPages(client, `/servicePrincipals/${objectId}/${navigation}`);
        const key = appId.toLowerCase();
        const merged = { ...byAppId.get(key), ...json, [navigation]: related };
        byAppId.set(key, merged);
      }
    } catch (error) {
      if (error instanceof GraphMalformedError) return `Graph returned malformed data: ${error.message}`;
      return `could not read ${what}: ${errorMessage(error)}`;
    }
  }
  for (const [appId, sp] of byAppId)
    if (!Array.isArray(sp.appRoleAssignments) || !Array.isArray(sp.memberOf))
      return `Graph answered inconsistently for service principal of ${appId} (present in one read, absent in the other)`;
  return byAppId;
}

async function assemble(
  client: GraphClient,
  appId: string,
  listed: Record<string, unknown>,
  servicePrincipals: SpByAppId,
): Promise<Gathered> {
  const notEvaluated = (reason: string): Gathered => ({ notEvaluated: { appId, reason } });
  try {
    if (!Array.isArray(listed.federatedIdentityCredentials))
      return notEvaluated(
        'Graph answered without the expanded federatedIdentityCredentials of the application (an incomplete answer)',
      );
    const application = toApplication(listed);
    const { 'federatedIdentityCredentials@odata.nextLink': _more, ...applicationJson } = listed;
    const federatedIdentityCredentials = [...arrayOf(listed, 'federatedIdentityCredentials', 'application')];
    if (application.federatedCredentialsNextLink)
      federatedIdentityCredentials.push(...(await followPages(client, application.federatedCredentialsNextLink)));
    // Normalised (and so validated) once every read of the app is in: finishApp.
    const raw: RawApp = {
      application: { ...applicationJson, federatedIdentityCredentials },
      servicePrincipal: servicePrincipals.get(appId.toLowerCase()) ?? null,
    };
    return { raw };
  } catch (error) {
    if (error instanceof GraphMalformedError) return notEvaluated(`Graph returned malformed data: ${error.message}`);
    return notEvaluated(`could not read the app: ${errorMessage(error)}`);
  }
}

/**
 * How many batches may be in flight: additive increase (about one more per round of answers),
 * multiplicative decrease (halve on a 429, and hold back everyone until its Retry-After).
 */
export class AdaptiveLimit implements BatchThrottle {
  private window: number;
  private active = 0;
  private pausedUntil = 0;
  private throttledItems = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {
    this.window = Math.min(max, 4);
  }

  get ceiling(): number {
    return Math.floor(this.window);
  }

  /** Batch items Graph answered 429 so far. */
  get throttled(): number {
    return this.throttledItems;
  }

  onThrottled(): void {
    this.throttledItems += 1;
  }

  async acquire(): Promise<void> {
    while (this.active >= this.ceiling) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.active += 1;
    const wait = this.pausedUntil - this.now();
    if (wait > 0) await this.sleep(wait);
  }

  release(signal: ThrottleSignal, retryAfterMs?: number): void {
    this.active -= 1;
    if (signal === 'throttled') {
      this.window = Math.max(1, this.window / 2);
      if (retryAfterMs !== undefined) this.pausedUntil = Math.max(this.pausedUntil, this.now() + retryAfterMs);
    } else if (signal === 'ok') {
      this.window = Math.min(this.max, this.window + 1 / this.window);
    }
    // Woken waiters re-check the window, so waking one too many is harmless.
    for (let free = this.ceiling - this.active; free > 0 && this.waiters.length > 0; free -= 1)
      this.waiters.shift()?.();
  }
}
