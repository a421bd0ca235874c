// Reads the usage and lifecycle signals (issue 14) once per run through the guard's Graph client (its retry,
// timeout and Retry-After handling), following every @odata.nextLink, and classifies each with the framework of
// src/signals/classify.ts. Never throws: a signal that cannot be read is reported with its status.
// Report endpoints are read as whole collections once per run (a tenant scan), or filtered by appId (the
// documented filter) when the run has a handful of apps; owners are read per app, 20 requests per $batch, as
// the inventory streams by (withOwners).
import type { CloudName } from '../auth/clouds.js';
import type { InventoryItem } from '../audit.js';
import { executeBatch, followPages } from '../graph/batch.js';
import type { BatchItemRequest, GraphClient, GraphVersion } from '../graph/client.js';
import { graphHttpError } from '../graph/client.js';
import { HttpError, errorMessage } from '../http/retry.js';
import { classifyAnswer, precheck, type ClassifyInput, type SignalAnswer } from './classify.js';
import { LICENCE_NAMES, signalSpec } from './catalogue.js';
import type { AppInventory } from '../inventory/model.js';
import type { RawLifecycle } from './lifecycle.js';
import { toOwner, withoutRequestIds, type DirectoryOwner, type LifecycleSignalId } from './lifecycle.js';
import type { SignalState, TenantLicences } from './model.js';

type Json = Record<string, unknown>;

/** Up to this many apps, the report endpoints are read with `$filter=appId eq …` per app; above, once in full. */
export const FILTERED_READS_MAX = 10;
/** Page size asked of the report endpoints (Graph's usual maximum). */
const REPORT_PAGE = 999;

export interface ReadLifecycleOptions {
  cloud: CloudName;
  /** Application permissions in the guard's token; null when unknown or delegated. */
  roles: readonly string[] | null;
  /** The tenant's licences as the signals reader found them (readSignals). */
  licences: TenantLicences;
  /** The deploy identities (appIds) of the run; the whole tenant when absent (tenant scan). */
  appIds?: readonly string[];
  /** The run's clock (the sign-in log window ends here); the current time when absent. */
  now?: Date;
}

export interface LifecycleRead {
  states: SignalState[];
  raw: RawLifecycle;
}

type Read = { answer: SignalAnswer; values: Json[] };

function failureOf(error: unknown): SignalAnswer {
  if (error instanceof HttpError)
    return { kind: 'http', status: error.status, ...(error.code ? { code: error.code } : {}), message: error.message };
  return { kind: 'failure', message: errorMessage(error) };
}

async function readCollection(client: GraphClient, version: GraphVersion, path: string): Promise<Read> {
  try {
    const first = (await client.getJson(`${client.endpoint}/${version}${path}`)) as Json;
    if (typeof first !== 'object' || first === null || !Array.isArray(first.value))
      return { answer: { kind: 'failure', message: 'Graph answered without a "value" array' }, values: [] };
    const values: unknown[] = [...first.value];
    if (typeof first['@odata.nextLink'] === 'string')
      values.push(...(await followPages(client, first['@odata.nextLink'])));
    return {
      answer: { kind: 'ok' },
      values: values.filter((v): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)),
    };
  } catch (error) {
    return { answer: failureOf(error), values: [] };
  }
}

/** Pages of sign-ins read per app (newest first, 1,000 each); a busier identity's window ends earlier. */
const SIGN_IN_PAGES_MAX = 5;

/** Up to `maxPages` pages of a collection, newest first as Graph serves sign-ins. */
async function readPages(client: GraphClient, path: string, maxPages: number): Promise<Read & { capped: boolean }> {
  try {
    const values: Json[] = [];
    let link: string | undefined = `${client.endpoint}/beta${path}`;
    for (let page = 0; link !== undefined; page += 1) {
      if (page === maxPages) return { answer: { kind: 'ok' }, values, capped: true };
      const body = (await client.getJson(link)) as Json;
      if (typeof body !== 'object' || body === null || !Array.isArray(body.value))
        return {
          answer: { kind: 'failure', message: 'Graph answered without a "value" array' },
          values,
          capped: false,
        };
      values.push(...body.value.filter((v): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)));
      link = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
    }
    return { answer: { kind: 'ok' }, values, capped: false };
  } catch (error) {
    return { answer: failureOf(error), values: [], capped: false };
  }
}

const odata = (value: string) => `'${value.replaceAll("'", "''")}'`;
const appIdOf = (v: Json) => (typeof v.appId === 'string' ? v.appId.toLowerCase() : '');

/** A report collection, filtered per app for a few apps, else read once and narrowed to the run's apps. */
async function readReport(client: GraphClient, path: string, appIds: readonly string[] | undefined): Promise<Read> {
  if (appIds && appIds.length <= FILTERED_READS_MAX) {
    const values: Json[] = [];
    // An empty run still asks once (for an app id that matches nothing), so the signal is classified.
    for (const appId of appIds.length > 0 ? appIds : ['00000000-0000-0000-0000-000000000000']) {
      const read = await readCollection(
        client,
        'beta',
        `${path}?$filter=${encodeURIComponent(`appId eq ${odata(appId)}`)}`,
      );
      if (read.answer.kind !== 'ok') return read;
      values.push(...read.values);
    }
    return { answer: { kind: 'ok' }, values };
  }
  const read = await readCollection(client, 'beta', `${path}?$top=${REPORT_PAGE}`);
  if (!appIds) return read;
  const wanted = new Set(appIds.map((a) => a.toLowerCase()));
  return { ...read, values: read.values.filter((v) => wanted.has(appIdOf(v))) };
}

export async function readLifecycle(client: GraphClient, options: ReadLifecycleOptions): Promise<LifecycleRead> {
  const input: ClassifyInput = { cloud: options.cloud, roles: options.roles, licences: options.licences };
  const states = new Map<LifecycleSignalId, SignalState>();
  const raw: RawLifecycle = {};
  const wanted = options.appIds ? new Set(options.appIds.map((a) => a.toLowerCase())) : null;

  const report = async (
    id: 'service-principal-sign-in-activity' | 'app-credential-sign-in-activity',
    path: string,
    keep: (values: Json[]) => void,
  ) => {
    const pre = precheck(id, input);
    if (pre) return void states.set(id, pre);
    const read = await readReport(client, path, options.appIds);
    states.set(id, classifyAnswer(id, input, read.answer));
    if (read.answer.kind === 'ok') keep(read.values);
  };

  const recommendations = async () => {
    const id = 'directory-recommendations';
    const pre = precheck(id, input);
    if (pre) return void states.set(id, pre);
    const read = await readCollection(client, 'beta', '/directory/recommendations?$expand=impactedResources');
    let state = classifyAnswer(id, input, read.answer);
    if (state.status === 'available' && options.licences.workloadIdPremium !== 'licensed')
      state = {
        signal: id,
        status: 'unlicensed',
        reason: `Read, but the tenant's licences ${options.licences.workloadIdPremium === 'unknown' ? 'could not be read, and without' : 'include no'} ${LICENCE_NAMES.workloadIdPremium} Entra does not produce its workload identity recommendations (unused credentials, stale apps, expiring credentials); only the others were checked. A ${LICENCE_NAMES.workloadIdPremium} licence would add them.`,
      };
    states.set(id, state);
    if (read.answer.kind !== 'ok') return;
    // Only what names the run's apps is kept (a tenant scan keeps every recommendation about an app).
    raw.recommendations = read.values.map((r) => {
      const impacted = Array.isArray(r.impactedResources) ? (r.impactedResources as unknown[]) : [];
      return {
        ...r,
        impactedResources: impacted.filter((i): i is Json => {
          if (typeof i !== 'object' || i === null) return false;
          const subject = typeof (i as Json).subjectId === 'string' ? ((i as Json).subjectId as string) : '';
          return wanted ? wanted.has(subject.toLowerCase()) : true;
        }),
      };
    });
  };

  const agentIdentities = async () => {
    const id = 'agent-identities';
    const pre = precheck(id, input);
    if (pre) return void states.set(id, pre);
    const read = await readCollection(
      client,
      'v1.0',
      `/servicePrincipals/microsoft.graph.agentIdentity?$select=id,displayName,agentIdentityBlueprintId&$expand=${encodeURIComponent('sponsors($select=id)')}`,
    );
    states.set(id, classifyAnswer(id, input, read.answer));
    if (read.answer.kind !== 'ok') return;
    // Only what a rule can report: agents without a sponsor, of the run's blueprints.
    raw.agentIdentities = read.values.filter((a) => {
      const blueprint = typeof a.agentIdentityBlueprintId === 'string' ? a.agentIdentityBlueprintId.toLowerCase() : '';
      const sponsors = Array.isArray(a.sponsors) ? a.sponsors : [];
      return sponsors.length === 0 && (wanted ? wanted.has(blueprint) : true);
    });
  };

  const signIns = async () => {
    const id = 'service-principal-sign-ins';
    const pre = precheck(id, input);
    if (pre) return void states.set(id, pre);
    // Per app and capped: a tenant scan does not read the whole tenant's sign-in logs.
    if (!options.appIds || options.appIds.length > FILTERED_READS_MAX)
      return void states.set(id, {
        signal: id,
        status: 'available',
        reason: `Not read in a run of more than ${FILTERED_READS_MAX} apps (a tenant scan): the sign-in logs are read per app; fic-unused carries no "last used" evidence here.`,
      });
    const now = options.now ?? new Date();
    const retentionDays = options.licences.entraIdPremium === 'licensed' ? 30 : 7;
    const since = new Date(now.getTime() - retentionDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const lastUsed: Record<string, string> = {};
    let oldest = now.toISOString();
    let capped = false;
    for (const appId of options.appIds) {
      const filter = `createdDateTime ge ${since} and signInEventTypes/any(t: t eq 'servicePrincipal') and appId eq ${odata(appId)}`;
      const read = await readPages(
        client,
        `/auditLogs/signIns?$filter=${encodeURIComponent(filter)}&$top=1000`,
        SIGN_IN_PAGES_MAX,
      );
      if (read.answer.kind !== 'ok') return void states.set(id, classifyAnswer(id, input, read.answer));
      if (read.capped) {
        capped = true;
        const last = read.values.at(-1);
        if (typeof last?.createdDateTime === 'string' && last.createdDateTime > since && last.createdDateTime < oldest)
          oldest = last.createdDateTime;
      }
      for (const s of read.values) {
        const fic = typeof s.federatedCredentialId === 'string' ? s.federatedCredentialId.toLowerCase() : '';
        const at = typeof s.createdDateTime === 'string' ? s.createdDateTime : '';
        if (fic && at && (lastUsed[fic] ?? '') < at) lastUsed[fic] = at;
      }
    }
    const start = capped ? oldest : since;
    raw.federatedSignIns = {
      lastUsed,
      since: start,
      days: Math.max(0, Math.floor((now.getTime() - Date.parse(start)) / 86_400_000)),
      capped,
    };
    states.set(id, classifyAnswer(id, input, { kind: 'ok' }));
  };

  const appManagementPolicy = async () => {
    const id = 'app-management-policy';
    const pre = precheck(id, input);
    if (pre) return void states.set(id, pre);
    let answer: SignalAnswer;
    try {
      const body = (await client.getJson(`${client.endpoint}/v1.0/policies/defaultAppManagementPolicy`)) as Json;
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        answer = { kind: 'failure', message: 'Graph answered without a policy object' };
      else {
        raw.defaultAppManagementPolicy = body;
        answer = { kind: 'ok' };
      }
    } catch (error) {
      answer = failureOf(error);
    }
    states.set(id, classifyAnswer(id, input, answer));
  };

  await Promise.all([
    report('service-principal-sign-in-activity', '/reports/servicePrincipalSignInActivities', (v) => {
      raw.servicePrincipalSignInActivities = v;
    }),
    report('app-credential-sign-in-activity', '/reports/appCredentialSignInActivities', (v) => {
      raw.appCredentialSignInActivities = v;
    }),
    recommendations(),
    appManagementPolicy(),
    agentIdentities(),
    signIns(),
  ]);
  const ids: LifecycleSignalId[] = [
    'service-principal-sign-in-activity',
    'app-credential-sign-in-activity',
    'directory-recommendations',
    'app-management-policy',
    'agent-identities',
    'service-principal-sign-ins',
  ];
  return {
    states: ids.map(
      (id) =>
        states.get(id) ?? {
          signal: id,
          status: 'error',
          reason: `Not read: ${signalSpec(id).title} was never requested.`,
        },
    ),
    raw,
  };
}

/**
 * Apps whose owners are read in one $batch: three requests each (two owner lists and the app's references), four
 * for a blueprint (its sponsors), so six apps never exceed Graph's 20 requests.
 */
const OWNER_APPS_PER_BATCH = 5;
const OWNER_SELECT = '$select=id,displayName,userPrincipalName,appId';

/**
 * Reads the owners of every app as the inventory streams by, 5 apps (at most 20 requests) per $batch, into `sink`
 * (by object id of the application and of its service principal) before the apps are yielded, so the rules see
 * them. `state` is updated in place: available, or why some owners could not be read (those apps are not judged).
 */
export async function* withOwners(
  client: GraphClient,
  items: AsyncIterable<InventoryItem> | Iterable<InventoryItem>,
  sink: {
    owners: Map<string, DirectoryOwner[]>;
    accountability: Map<string, string | null>;
    sponsors: Map<string, DirectoryOwner[]>;
  },
  state: SignalState,
  options: Pick<ReadLifecycleOptions, 'cloud' | 'roles'> & {
    /** Only these apps' owners are read (a tenant scan); the others pass through unread. Every app when absent. */
    only?: { select: (app: AppInventory) => boolean; which: string };
  },
): AsyncGenerator<InventoryItem> {
  const input: ClassifyInput = { cloud: options.cloud, roles: options.roles, licences: {} as TenantLicences };
  const pre = precheck('owners', input);
  if (pre) Object.assign(state, pre);
  let read = 0;
  let failed = 0;
  let firstFailure: SignalState | null = null;
  const flush = async (buffer: InventoryItem[]) => {
    const requests: BatchItemRequest[] = [];
    for (const item of buffer) {
      if (!('app' in item)) continue;
      requests.push({
        id: `a${requests.length}`,
        method: 'GET',
        url: `/applications/${item.app.objectId}/owners?${OWNER_SELECT}`,
      });
      requests.push({
        id: `r${requests.length}`,
        method: 'GET',
        url: `/applications/${item.app.objectId}?$select=id,notes,serviceManagementReference`,
      });
      if (item.app.kind === 'agentIdentityBlueprint')
        requests.push({
          id: `b${requests.length}`,
          method: 'GET',
          url: `/applications/${item.app.objectId}/microsoft.graph.agentIdentityBlueprint/sponsors?${OWNER_SELECT}`,
        });
      const sp = item.app.servicePrincipal;
      if (sp)
        requests.push({
          id: `s${requests.length}`,
          method: 'GET',
          url: `/servicePrincipals/${sp.objectId}/owners?${OWNER_SELECT}`,
        });
    }
    if (requests.length === 0) return;
    const results = await executeBatch(client, requests);
    for (const request of requests) {
      const objectId = (/\/(?:applications|servicePrincipals)\/([^/?]+)/.exec(request.url)?.[1] ?? '').toLowerCase();
      const result = results.get(request.id);
      let answer: SignalAnswer;
      if (!result) answer = { kind: 'failure', message: 'no answer in the $batch response' };
      else if ('failure' in result) answer = { kind: 'failure', message: result.failure };
      else if (result.status >= 200 && result.status < 300 && request.id.startsWith('r')) {
        const body = (result.body ?? {}) as Json;
        const text = (key: string) =>
          typeof body[key] === 'string' && (body[key] as string).trim() !== '' ? (body[key] as string) : null;
        sink.accountability.set(objectId, text('serviceManagementReference') ?? text('notes'));
        continue;
      } else if (result.status >= 200 && result.status < 300) {
        const body = result.body as Json | null;
        const value = body && Array.isArray(body.value) ? (body.value as unknown[]) : null;
        if (value) {
          // An app with more owners than one page holds keeps the first page: enough for both rules.
          (request.id.startsWith('b') ? sink.sponsors : sink.owners).set(
            objectId,
            value
              .filter((v): v is Json => typeof v === 'object' && v !== null)
              .map(toOwner)
              .filter((o): o is DirectoryOwner => o !== null),
          );
          read += 1;
          continue;
        }
        answer = { kind: 'failure', message: 'Graph answered without a "value" array' };
      } else {
        const error = graphHttpError(result.status, result.headers, result.body);
        answer = {
          kind: 'http',
          status: error.status,
          ...(error.code ? { code: error.code } : {}),
          message: error.message,
        };
      }
      failed += 1;
      firstFailure ??= classifyAnswer('owners', input, answer);
    }
    Object.assign(
      state,
      firstFailure
        ? {
            ...firstFailure,
            reason: `${withoutRequestIds(firstFailure.reason)} (${failed} of ${read + failed} owner reads failed; those apps were not judged by ${signalSpec('owners').rules.join(', ')}.)`,
          }
        : { status: 'available', reason: readReason(options.only?.which) },
    );
  };
  let buffer: InventoryItem[] = [];
  for await (const item of items) {
    if (pre || ('app' in item && options.only && !options.only.select(item.app))) {
      yield item;
      continue;
    }
    buffer.push(item);
    if (buffer.filter((i) => 'app' in i).length >= OWNER_APPS_PER_BATCH) {
      await flush(buffer);
      yield* buffer;
      buffer = [];
    }
  }
  if (!pre) {
    await flush(buffer);
    yield* buffer;
  }
}

function readReason(which: string | undefined): string {
  return which === undefined
    ? 'Read the owners of the apps and their service principals.'
    : `Read the owners of ${which} only: a tenant scan does not spend three Graph requests on every app, so app-without-owner judged those apps only (scan --apps judges it for any app).`;
}

/** The owners signal's state before any read, completed in place by withOwners. */
export function ownersState(which?: string): SignalState {
  if (which !== undefined) return { signal: 'owners', status: 'available', reason: readReason(which) };
  return { signal: 'owners', status: 'available', reason: 'Read the owners of the apps and their service principals.' };
}
