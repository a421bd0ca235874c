// JSON $batch (emulator/facts/graph.md#batch, graph-docs concepts/json-batching.md): at most 20 requests, ids unique without
// regard to case, item URLs relative to the version root, dependsOn ordering with 424 for failed
// dependencies, and answers in any order. Each item runs through the router like a request of
// its own (its own authorization, throttling and faults), so one item can fail while the batch
// answers 200.
import type { EmulatorResponse, FaultPlan, RequestLog } from '../core/server.js';
import { badRequest, errorBody, GraphHttpError, type RequestIds, requestIds } from './errors.js';
import type { GraphVersion } from './resources.js';

export const MAX_BATCH_REQUESTS = 20;

export interface BatchItemRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
}

export interface BatchDeps {
  /** Runs one item through the Graph router. */
  dispatch(item: BatchItemRequest): Promise<EmulatorResponse>;
  faults?: FaultPlan;
  log?: RequestLog;
  /** A uniform [0,1) source for the order of the answers. */
  random: () => number;
}

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

export interface BatchItemAnswer {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function malformed(detail: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', `Invalid batch payload format: ${detail}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseBatch(raw: Buffer): BatchItem[] {
  let doc: unknown;
  try {
    doc = JSON.parse(raw.toString('utf8'));
  } catch {
    throw malformed('the body is not JSON.');
  }
  if (!isRecord(doc) || !Array.isArray(doc.requests)) throw malformed("the body needs a 'requests' array.");
  if (doc.requests.length === 0) throw malformed("'requests' is empty.");
  if (doc.requests.length > MAX_BATCH_REQUESTS) {
    // Status and limit are documented (emulator/facts/graph.md#batch); the exact wording is not.
    throw badRequest(
      `A batch may contain at most ${MAX_BATCH_REQUESTS} requests; this one has ${doc.requests.length}.`,
      'BadRequest',
    );
  }
  const items: BatchItem[] = doc.requests.map((r: unknown, index: number) => {
    if (!isRecord(r)) throw malformed(`request #${index} is not an object.`);
    const { id, method, url, headers, body, dependsOn } = r;
    if (typeof id !== 'string' || id.length === 0) throw malformed(`request #${index} needs a non-empty string 'id'.`);
    if (typeof method !== 'string' || method.length === 0) throw malformed(`request '${id}' needs a 'method'.`);
    if (typeof url !== 'string' || url.length === 0) throw malformed(`request '${id}' needs a 'url'.`);
    if (headers !== undefined && (!isRecord(headers) || Object.values(headers).some((v) => typeof v !== 'string'))) {
      throw malformed(`request '${id}' has 'headers' that are not an object of strings.`);
    }
    if (dependsOn !== undefined && (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))) {
      throw malformed(`request '${id}' has a 'dependsOn' that is not an array of ids.`);
    }
    const lowered: Record<string, string> = {};
    for (const [k, v] of Object.entries((headers ?? {}) as Record<string, string>)) lowered[k.toLowerCase()] = v;
    return {
      id,
      method: method.toUpperCase(),
      url,
      headers: lowered,
      body,
      dependsOn: (dependsOn ?? []) as string[],
    };
  });

  const seen = new Map<string, string>();
  for (const item of items) {
    const key = item.id.toLowerCase();
    const prior = seen.get(key);
    if (prior !== undefined) {
      throw badRequest(
        `Request ids must be unique within a batch (compared without regard to case): '${prior}' and '${item.id}'.`,
        'BadRequest',
      );
    }
    seen.set(key, item.id);
  }
  for (const item of items) {
    for (const dep of item.dependsOn) {
      if (!seen.has(dep.toLowerCase()))
        throw malformed(`request '${item.id}' depends on '${dep}', which is not in the batch.`);
      if (dep.toLowerCase() === item.id.toLowerCase()) throw malformed(`request '${item.id}' depends on itself.`);
    }
  }
  assertAcyclic(items);
  return items;
}

function assertAcyclic(items: BatchItem[]): void {
  const byId = new Map(items.map((i) => [i.id.toLowerCase(), i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (item: BatchItem): void => {
    const key = item.id.toLowerCase();
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') throw malformed(`the dependsOn chain through '${item.id}' is circular.`);
    state.set(key, 'visiting');
    for (const dep of item.dependsOn) visit(byId.get(dep.toLowerCase()) as BatchItem);
    state.set(key, 'done');
  };
  items.forEach(visit);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Batch item headers are written the way Graph writes them (Retry-After, Content-Type). */
function canonicalHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k === 'content-length') continue;
    const name = k.startsWith('x-ms-')
      ? k
      : k.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
    out[name] = v;
  }
  return out;
}

const FAULT_ERRORS: Record<number, [string, string]> = {
  400: ['BadRequest', 'The request is malformed.'],
  401: ['InvalidAuthenticationToken', 'Access token validation failure.'],
  403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  404: ['Request_ResourceNotFound', 'The resource does not exist.'],
  429: ['TooManyRequests', 'Too many requests.'],
  503: ['ServiceNotAvailable', 'The service is unavailable.'],
  504: ['GatewayTimeout', 'The request timed out.'],
};

function faultAnswer(id: string, status: number, retryAfter: number | undefined, ids: RequestIds): BatchItemAnswer {
  const [code, message] = FAULT_ERRORS[status] ?? ['UnknownError', `HTTP ${status}.`];
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  return { id, status, headers, body: errorBody(code, message, ids) };
}

async function runItem(
  item: BatchItem,
  ctx: { version: GraphVersion; baseUrl: string; outer: Record<string, string> },
  deps: BatchDeps,
): Promise<BatchItemAnswer> {
  const ids = requestIds(item.headers);
  const fail = (status: number, code: string, message: string): BatchItemAnswer => ({
    id: item.id,
    status,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody(code, message, ids),
  });
  if (/^[a-z][a-z0-9+.-]*:/i.test(item.url)) {
    return fail(
      400,
      'BadRequest',
      `Request '${item.id}' has an absolute URL; batch URLs are relative to /${ctx.version}.`,
    );
  }
  const relative = item.url.startsWith('/') ? item.url : `/${item.url}`;
  if (/^\/\$batch(\?|$)/i.test(relative)) return fail(400, 'BadRequest', 'A batch cannot contain another $batch.');
  if (item.body !== undefined && item.headers['content-type'] === undefined) {
    return fail(400, 'BadRequest', `Write request id : ${item.id} does not contain Content-Type header or body.`);
  }
  // Resolved under the version root: an item URL that repeats /v1.0 becomes /v1.0/v1.0/…,
  // which the router answers "Resource not found for the segment 'v1.0'", as Graph does.
  const url = new URL(`${ctx.baseUrl}/${ctx.version}${relative}`);
  const pathAndQuery = url.pathname + url.search;
  const started = Date.now();
  const record = (status: number) =>
    deps.log?.record({
      service: 'graph-batch-item',
      method: item.method,
      path: pathAndQuery,
      status,
      startedAt: started,
      durationMs: Date.now() - started,
      headers: item.headers,
    });

  const faults = deps.faults?.take('graph', item.method, pathAndQuery) ?? [];
  for (const f of faults) if (f.kind === 'latency') await sleep(f.ms ?? 0);
  const fault = faults.find((f) => f.kind === 'status' || f.kind === 'reset' || f.kind === 'hang');
  if (fault !== undefined) {
    // A connection-level fault cannot hit one item; Graph reports a timed-out item as 504 (unverified).
    const status = fault.kind === 'status' ? (fault.status ?? 503) : 504;
    record(status);
    return faultAnswer(item.id, status, fault.retryAfter, ids);
  }

  const answer = await deps.dispatch({
    method: item.method,
    url,
    headers: { ...ctx.outer, ...item.headers },
    body: item.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(item.body)),
  });
  record(answer.status);
  return { id: item.id, status: answer.status, headers: canonicalHeaders(answer.headers), body: answer.body };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export async function runBatch(
  raw: Buffer,
  ctx: { version: GraphVersion; baseUrl: string; outer: Record<string, string> },
  deps: BatchDeps,
): Promise<BatchItemAnswer[]> {
  const items = parseBatch(raw);
  const running = new Map<string, Promise<BatchItemAnswer>>();
  const start = (item: BatchItem): Promise<BatchItemAnswer> => {
    const key = item.id.toLowerCase();
    const existing = running.get(key);
    if (existing) return existing;
    const promise = (async () => {
      const deps_ = await Promise.all(
        item.dependsOn.map((d) => start(items.find((i) => i.id.toLowerCase() === d.toLowerCase()) as BatchItem)),
      );
      const failed = deps_.find((a) => a.status < 200 || a.status > 299);
      if (failed !== undefined) {
        const ids = requestIds(item.headers);
        return {
          id: item.id,
          status: 424,
          headers: { 'Content-Type': 'application/json' },
          body: errorBody(
            'FailedDependency',
            `Request '${item.id}' depends on '${failed.id}', which failed with ${failed.status}.`,
            ids,
          ),
        };
      }
      return runItem(item, ctx, deps);
    })();
    running.set(key, promise);
    return promise;
  };
  const answers = await Promise.all(items.map(start));
  return shuffle(answers, deps.random);
}

/** A small seeded PRNG (mulberry32) so tests can pin the order of batch answers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
