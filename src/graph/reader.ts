// Reads app registrations through JSON $batch against Graph **beta** (only beta returns
// claimsMatchingExpression on federated credentials). Four requests per app plus, once per run,
// the Microsoft Graph service principal's appRoles (to name permissions); up to 20 per batch and a
// few batches in flight. Every item's status is checked: an app that cannot be read completely is
// reported as not evaluated, never silently passed. readRawApps yields Graph's own JSON (for snapshots);
// readApps normalises it, through the same normaliseApp a snapshot goes through.
import type { AppInventory, NotEvaluated } from '../inventory/model.js';
import { errorMessage, type RetryOptions } from '../http/retry.js';
import { assembleManagedIdentity, type ManagedIdentityCredentialsReader } from '../arm/raw.js';
import { executeBatch, followPages, itemFailure, type ItemResult } from './batch.js';
import { GraphMalformedError, type BatchItemRequest, type GraphClient } from './client.js';
import { APPLICATION_FIELDS, SERVICE_PRINCIPAL_FIELDS, keepFields } from './fields.js';
import type { Notices } from '../engine/notices.js';
import { applyIdentityReads, type IdentityRead } from './identity-reads.js';
import {
  GraphIncompleteError,
  arrayOf,
  asObject,
  normaliseApp,
  permissionNamesOf,
  toApplication,
  rawAppId,
  toServicePrincipal,
  type GraphPermissionNames,
  type RawApp,
} from './normalise.js';

export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BATCH_LIMIT = 20;
const ITEMS_PER_APP = 4;

export type ReadOutcome = { app: AppInventory } | { notEvaluated: NotEvaluated };
/**
 * An app as Graph returned it (`raw`, for snapshots) with its one normalisation (`app`, for the checks), or
 * why it could not be read completely.
 */
export type RawReadOutcome = { raw: RawApp; app: AppInventory } | { notEvaluated: NotEvaluated };

export interface ReadAppsOptions {
  onApp?: (outcome: ReadOutcome) => void;
  /** Batches in flight at once (default 4). */
  concurrency?: number;
  /** Retry of items Graph throttled (429) or failed transiently (5xx) inside a 200 batch, and of a garbled batch. */
  retry?: RetryOptions;
  /** Reads a user-assigned managed identity's federated credentials from ARM; without it such ids are not evaluated. */
  managedIdentities?: ManagedIdentityCredentialsReader;
  /** Reads that need each app's service principal first (default: none; graph/inventory.ts adds them). */
  identityReads?: readonly IdentityRead[];
  notices?: Notices;
}

export interface ReadRawAppsOptions extends Omit<ReadAppsOptions, 'onApp'> {
  onApp?: (outcome: RawReadOutcome) => void;
  /**
   * Called once, before any app is yielded, with the Microsoft Graph service principal's JSON (`id`, `appId`,
   * `appRoles`) that names permissions, or null when it could not be read.
   */
  onGraphServicePrincipal?: (servicePrincipal: Record<string, unknown> | null) => void;
}

/** The requests for one app, relative to the version root (never /beta/… inside a batch). */
export function appRequests(appId: string, index: number): BatchItemRequest[] {
  const key = `appId='${appId}'`;
  return [
    {
      id: `${index}-app`,
      method: 'GET',
      // No $select: see fields.ts (keyCredentials in $select is limited to 150 requests a minute per tenant).
      url: `/applications(${key})?$expand=federatedIdentityCredentials`,
    },
    { id: `${index}-sp`, method: 'GET', url: `/servicePrincipals(${key})` },
    { id: `${index}-roles`, method: 'GET', url: `/servicePrincipals(${key})/appRoleAssignments` },
    { id: `${index}-memberOf`, method: 'GET', url: `/servicePrincipals(${key})/memberOf` },
  ];
}

const GRAPH_ROLES_REQUEST: BatchItemRequest = {
  id: 'graph-approles',
  method: 'GET',
  url: `/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')?$select=id,appId,appRoles`,
};

/** Yields results in completion order with at most `limit` tasks running. */
async function* completionOrder<T>(tasks: (() => Promise<T>)[], limit: number): AsyncGenerator<T> {
  const running = new Map<number, Promise<{ index: number; value: T }>>();
  let next = 0;
  const launch = () => {
    const index = next++;
    const task = tasks[index];
    if (task)
      running.set(
        index,
        task().then((value) => ({ index, value })),
      );
  };
  while (next < tasks.length && running.size < limit) launch();
  while (running.size > 0) {
    const { index, value } = await Promise.race(running.values());
    running.delete(index);
    if (next < tasks.length) launch();
    yield value;
  }
}

/** Reads and normalises the apps; each is yielded as an inventory or as not evaluated, in completion order. */
export async function* readApps(
  client: GraphClient,
  appIds: readonly string[],
  options: ReadAppsOptions = {},
): AsyncGenerator<ReadOutcome> {
  const { onApp, ...rest } = options;
  for await (const outcome of readRawApps(client, appIds, rest)) {
    const result: ReadOutcome = 'app' in outcome ? { app: outcome.app } : outcome;
    onApp?.(result);
    yield result;
  }
}

/**
 * The one normalisation of an app read live, once every read of it is in: what fails to normalise (an
 * incomplete or malformed answer) makes the app not evaluated, with why.
 */
export function finishApp(raw: RawApp, names: GraphPermissionNames): RawReadOutcome {
  try {
    return { raw, app: normaliseApp(raw, names) };
  } catch (error) {
    const appId = rawAppId(raw);
    if (error instanceof GraphIncompleteError) return { notEvaluated: { appId, reason: error.message } };
    return { notEvaluated: { appId, reason: `Graph returned malformed data: ${errorMessage(error)}` } };
  }
}

/**
 * Reads the apps as Graph returns them, each collection complete and validated by the same normalisation
 * readApps applies (so a raw app always normalises). `export` writes these; readApps normalises them.
 */
export async function* readRawApps(
  client: GraphClient,
  appIds: readonly string[],
  options: ReadRawAppsOptions = {},
): AsyncGenerator<RawReadOutcome> {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  const emit = (outcome: RawReadOutcome) => {
    options.onApp?.(outcome);
    return outcome;
  };

  const seen = new Set<string>();
  const valid: string[] = [];
  for (const raw of appIds) {
    const appId = raw.trim();
    if (seen.has(appId.toLowerCase())) continue;
    seen.add(appId.toLowerCase());
    if (GUID.test(appId)) valid.push(appId);
    else
      yield emit({
        notEvaluated: { appId: raw, reason: `'${raw}' is not an application (client) ID: expected a GUID` },
      });
  }
  if (valid.length === 0) return;

  // Pack whole apps into batches; the first batch also carries the permission-name lookup.
  const chunks: { apps: { appId: string; index: number }[]; items: BatchItemRequest[] }[] = [];
  let current: (typeof chunks)[number] = { apps: [], items: [GRAPH_ROLES_REQUEST] };
  valid.forEach((appId, index) => {
    if (current.items.length + ITEMS_PER_APP > BATCH_LIMIT) {
      chunks.push(current);
      current = { apps: [], items: [] };
    }
    current.apps.push({ appId, index });
    current.items.push(...appRequests(appId, index));
  });
  chunks.push(current);

  // No app is normalised before the lookup is answered, so every app's permissions are named.
  let lookupAnswered!: (names: GraphPermissionNames) => void;
  const lookup = new Promise<GraphPermissionNames>((resolve) => (lookupAnswered = resolve));
  const context = { client, batch: { retry: options.retry }, ...(options.notices ? { notices: options.notices } : {}) };

  const tasks = chunks.map((chunk, chunkIndex) => async (): Promise<RawReadOutcome[]> => {
    const results = await executeBatch(client, chunk.items, { retry: options.retry });
    if (chunkIndex === 0) {
      const graphServicePrincipal = graphServicePrincipalFrom(results.get(GRAPH_ROLES_REQUEST.id));
      options.onGraphServicePrincipal?.(graphServicePrincipal);
      lookupAnswered(permissionNamesOf(graphServicePrincipal));
    }
    const gathered = await Promise.all(
      chunk.apps.map(({ appId, index }) => gatherApp(client, appId, index, results, options.managedIdentities)),
    );
    const enriched = await applyIdentityReads(options.identityReads ?? [], gathered, context);
    const names = await lookup;
    return enriched.map((outcome) => ('raw' in outcome ? finishApp(outcome.raw, names) : outcome));
  });

  for await (const outcomes of completionOrder(tasks, concurrency)) {
    for (const outcome of outcomes) yield emit(outcome);
  }
}

function graphServicePrincipalFrom(result: ItemResult | undefined): Record<string, unknown> | null {
  if (!result || 'failure' in result || result.status !== 200) return null;
  try {
    return asObject(result.body, 'Microsoft Graph servicePrincipal');
  } catch {
    return null;
  }
}

type Gathered = { raw: RawApp } | { notEvaluated: NotEvaluated };

async function gatherApp(
  client: GraphClient,
  appId: string,
  index: number,
  results: Map<string, ItemResult>,
  managedIdentities: ManagedIdentityCredentialsReader | undefined,
): Promise<Gathered> {
  const notEvaluated = (reason: string): Gathered => ({ notEvaluated: { appId, reason } });
  const get = (suffix: string): ItemResult =>
    results.get(`${index}-${suffix}`) ?? { failure: 'the request was not sent' };
  try {
    const appResult = get('app');
    if (!('failure' in appResult) && appResult.status === 404) {
      // [managed identities] No application object: the client id may be a user-assigned managed identity's.
      const identity = await managedIdentity(client, get, managedIdentities);
      return identity ?? notEvaluated('application not found in tenant');
    }
    if ('failure' in appResult || appResult.status !== 200)
      return notEvaluated(itemFailure('the application', appResult));
    const received = asObject(appResult.body, 'application');
    const body = keepFields(received, APPLICATION_FIELDS, [
      'federatedIdentityCredentials',
      'federatedIdentityCredentials@odata.nextLink',
    ]);
    const application = toApplication(body);
    // An expanded collection Graph left out is an incomplete answer, not an app without credentials.
    if (!Array.isArray(received.federatedIdentityCredentials))
      return notEvaluated(
        'Graph answered without the expanded federatedIdentityCredentials of the application (an incomplete answer)',
      );
    if (application.appId.toLowerCase() !== appId.toLowerCase())
      return notEvaluated(`Graph returned application ${application.appId} when asked for ${appId}`);
    const { 'federatedIdentityCredentials@odata.nextLink': _nextLink, ...applicationJson } = body;
    const federatedIdentityCredentials = [...arrayOf(body, 'federatedIdentityCredentials', 'application')];
    if (application.federatedCredentialsNextLink)
      federatedIdentityCredentials.push(...(await followPages(client, application.federatedCredentialsNextLink)));

    const spResult = get('sp');
    let servicePrincipal: Record<string, unknown> | null = null;
    if ('failure' in spResult || spResult.status !== 404) {
      if ('failure' in spResult || spResult.status !== 200)
        return notEvaluated(itemFailure('the service principal', spResult));
      const spJson = keepFields(asObject(spResult.body, 'servicePrincipal'), SERVICE_PRINCIPAL_FIELDS);
      toServicePrincipal(spJson);
      const assignments = await collection(client, get('roles'), 'the service principal appRoleAssignments');
      if (typeof assignments === 'string') return notEvaluated(assignments);
      const memberOf = await collection(client, get('memberOf'), 'the service principal memberOf (directory roles)');
      if (typeof memberOf === 'string') return notEvaluated(memberOf);
      servicePrincipal = { ...spJson, appRoleAssignments: assignments, memberOf };
    }

    // Normalised (and so validated) once every read of the app is in: finishApp.
    return { raw: { application: { ...applicationJson, federatedIdentityCredentials }, servicePrincipal } };
  } catch (error) {
    if (error instanceof GraphIncompleteError) return notEvaluated(error.message);
    if (error instanceof GraphMalformedError) return notEvaluated(`Graph returned malformed data: ${error.message}`);
    return notEvaluated(`could not read the app: ${errorMessage(error)}`);
  }
}

/**
 * The service principal read for a client id without an application object, as a managed identity
 * (src/arm/raw.ts); null when there is none or it is no managed identity.
 */
async function managedIdentity(
  client: GraphClient,
  get: (suffix: string) => ItemResult,
  readCredentials: ManagedIdentityCredentialsReader | undefined,
): Promise<Gathered | null> {
  const spResult = get('sp');
  if ('failure' in spResult || spResult.status !== 200) return null;
  const spJson = asObject(spResult.body, 'servicePrincipal');
  const { appId } = toServicePrincipal(spJson);
  const notEvaluated = (reason: string): Gathered => ({ notEvaluated: { appId, reason } });
  if (spJson.servicePrincipalType !== 'ManagedIdentity') return null;
  const assignments = await collection(client, get('roles'), 'the service principal appRoleAssignments');
  if (typeof assignments === 'string') return notEvaluated(assignments);
  const memberOf = await collection(client, get('memberOf'), 'the service principal memberOf (directory roles)');
  if (typeof memberOf === 'string') return notEvaluated(memberOf);
  const outcome = await assembleManagedIdentity(
    { ...spJson, appRoleAssignments: assignments, memberOf },
    readCredentials,
  );
  if (outcome === null) return null;
  return 'raw' in outcome ? outcome : notEvaluated(`managed identity: ${outcome.failure}`);
}

/** A collection item's values, with every further page; a string explains why it could not be read. */
async function collection(client: GraphClient, result: ItemResult, what: string): Promise<unknown[] | string> {
  // The service principal was just read: a 404 on its relationship is an answer Graph could not complete
  // (replication, a deleted object), never "nothing to list".
  if (!('failure' in result) && result.status === 404)
    return `Graph answered 404 for ${what} of a service principal it had just returned (an incomplete answer)`;
  if ('failure' in result || result.status !== 200) return itemFailure(what, result);
  const body = asObject(result.body, what);
  const values = [...arrayOf(body, 'value', what)];
  const nextLink = body['@odata.nextLink'];
  if (typeof nextLink === 'string') values.push(...(await followPages(client, nextLink)));
  return values;
}

export interface ApplicationSummary {
  appId: string;
  objectId: string;
  displayName: string;
}

export interface ListApplicationsOptions {
  filter?: { displayNamePrefix?: string; tag?: string };
  /** $top per page, 1–999 (default 999). */
  pageSize?: number;
}

const odataString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Streams every application (id, appId, displayName), page by page. */
export async function* listApplications(
  client: GraphClient,
  options: ListApplicationsOptions = {},
): AsyncGenerator<ApplicationSummary> {
  const pageSize = options.pageSize ?? 999;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 999)
    throw new Error(`pageSize must be an integer from 1 to 999, got ${pageSize}`);
  const clauses: string[] = [];
  if (options.filter?.displayNamePrefix)
    clauses.push(`startswith(displayName,${odataString(options.filter.displayNamePrefix)})`);
  if (options.filter?.tag) clauses.push(`tags/any(t:t eq ${odataString(options.filter.tag)})`);
  let query = `$select=id,appId,displayName&$top=${pageSize}`;
  // Lambda filters on tags are advanced queries: they need ConsistencyLevel and $count, on every page.
  const headers: Record<string, string> = {};
  if (clauses.length > 0) {
    query += `&$filter=${encodeURIComponent(clauses.join(' and '))}&$count=true`;
    headers.ConsistencyLevel = 'eventual';
  }
  let link: string | undefined = `/applications?${query}`;
  const visited = new Set<string>();
  while (link !== undefined) {
    if (visited.has(link) || visited.size >= 10_000) throw new GraphMalformedError('application paging did not end');
    visited.add(link);
    const page = asObject(await client.getJson(link, headers), 'applications page');
    for (const [i, raw] of arrayOf(page, 'value', 'applications page').entries()) {
      const o = asObject(raw, `applications[${i}]`);
      const { id, appId, displayName } = o;
      if (typeof id !== 'string' || typeof appId !== 'string')
        throw new GraphMalformedError(`applications[${i}] lacks id or appId`);
      yield { appId, objectId: id, displayName: typeof displayName === 'string' ? displayName : '' };
    }
    const next = page['@odata.nextLink'];
    link = typeof next === 'string' ? next : undefined;
  }
}
