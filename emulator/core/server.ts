// A tiny HTTP(S) server for the emulators: a router, injectable faults and a request log
// that tests and benchmarks read. Each emulated service (GitHub OIDC, Entra, Graph, GitHub
// REST) is one Service with its own Router and shares one FaultPlan and RequestLog.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TlsMaterial } from './tls.js';

export interface EmulatorRequest {
  method: string;
  /** Absolute URL as the client addressed it (scheme, host and port of this service). */
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Named groups of the route pattern. */
  params: Record<string, string>;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
}

export type Handler = (req: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  /** `pattern` is matched against the decoded path (no query string), anchored. */
  add(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.push({
      method: method.toUpperCase(),
      pattern: new RegExp(`^(?:${pattern.source})$`, pattern.flags),
      handler,
    });
    return this;
  }

  async handle(req: Omit<EmulatorRequest, 'params'>): Promise<EmulatorResponse> {
    const path = safeDecode(req.url.pathname);
    let allowed = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.method !== req.method) {
        allowed = true;
        continue;
      }
      return route.handler({ ...req, params: { ...(m.groups ?? {}) } });
    }
    return allowed
      ? { status: 405, body: { error: { code: 'Request_BadRequest', message: 'Method not allowed.' } } }
      : { status: 404, body: { error: { code: 'NotFound', message: `No route for ${req.method} ${path}` } } };
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export type FaultKind =
  | 'latency' // delay, then answer normally
  | 'status' // answer `status` (429/503/…) with an error body and optional Retry-After
  | 'reset' // destroy the connection without an answer
  | 'hang' // never answer (the client must time out)
  | 'malformed' // answer 200 with a body that is not JSON
  | 'truncate' // answer the real body cut in half
  | 'echo-credentials'; // answer `status` with an error whose every field (code, message, request ids) echoes the caller's credential

export interface Fault {
  kind: FaultKind;
  /** Service name (github-oidc, entra, graph, github); any when absent. */
  service?: string;
  method?: string;
  /** Tested against path + query string. */
  path?: RegExp;
  ms?: number;
  status?: number;
  /** Seconds, sent as Retry-After with `status`. */
  retryAfter?: number;
  /** How many matching requests it affects; unlimited when absent. */
  times?: number;
  /** Skip this many matching requests before it starts. */
  after?: number;
}

interface ArmedFault extends Fault {
  seen: number;
  fired: number;
}

export class FaultPlan {
  private faults: ArmedFault[] = [];
  /** Latency added to every request of every service (simulated round trip). */
  latencyMs = 0;

  add(fault: Fault): this {
    this.faults.push({ ...fault, seen: 0, fired: 0 });
    return this;
  }

  clear(): void {
    this.faults = [];
    this.latencyMs = 0;
  }

  /** The faults that apply to this request, consuming their counts. */
  take(service: string, method: string, pathAndQuery: string): Fault[] {
    const hits: Fault[] = [];
    for (const f of this.faults) {
      if (f.service && f.service !== service) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.path && !f.path.test(pathAndQuery)) continue;
      f.seen += 1;
      if (f.after !== undefined && f.seen <= f.after) continue;
      if (f.times !== undefined && f.fired >= f.times) continue;
      f.fired += 1;
      hits.push(f);
    }
    return hits;
  }
}

export interface LoggedRequest {
  service: string;
  method: string;
  /** Path and query string. */
  path: string;
  status: number | 'reset' | 'hang';
  startedAt: number;
  durationMs: number;
  /** Request headers, with Authorization reduced to its scheme. */
  headers: Record<string, string>;
  /** For POSTs: the body, with assertions and secrets redacted by the service. */
  body?: string;
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  clear(): void {
    this.entries.length = 0;
  }

  of(service: string): LoggedRequest[] {
    return this.entries.filter((e) => e.service === service);
  }
}

export interface ServiceOptions {
  name: string;
  router: Router;
  faults: FaultPlan;
  log: RequestLog;
  /** Serve https with this material; plain http when absent. */
  tls?: TlsMaterial;
  /** Hostname to put in the base URL: localhost (default) or 127.0.0.1. */
  host?: string;
  /** Fixed port; a free one when absent. */
  port?: number;
  /** Rewrites the body the log keeps (e.g. to redact client_assertion). */
  redactBody?: (body: string) => string;
}

export interface RunningService {
  name: string;
  /** Base URL without a trailing slash, e.g. https://localhost:41234 */
  url: string;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startService(opts: ServiceOptions): Promise<RunningService> {
  const host = opts.host ?? 'localhost';
  const scheme = opts.tls ? 'https' : 'http';
  const sockets = new Set<Socket>();
  let base = '';

  const listener: http.RequestListener = (req, res) => {
    void serve(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'InternalServerError', message: String(err) } }));
      }
    });
  };

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = Date.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', base);
    const pathAndQuery = url.pathname + url.search;
    const entry: LoggedRequest = {
      service: opts.name,
      method,
      path: pathAndQuery,
      status: 0,
      startedAt: started,
      durationMs: 0,
      headers: redactHeaders(req.headers),
      ...(body.length > 0
        ? { body: opts.redactBody ? opts.redactBody(body.toString('utf8')) : body.toString('utf8') }
        : {}),
    };
    const finish = (status: LoggedRequest['status']) => {
      entry.status = status;
      entry.durationMs = Date.now() - started;
      opts.log.record(entry);
    };

    if (opts.faults.latencyMs > 0) await sleep(opts.faults.latencyMs);
    const faults = opts.faults.take(opts.name, method, pathAndQuery);
    for (const f of faults) if (f.kind === 'latency') await sleep(f.ms ?? 0);
    const fault = faults.find((f) => f.kind !== 'latency');
    if (fault?.kind === 'reset') {
      finish('reset');
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') {
      finish('hang');
      return; // the socket stays open until the client gives up or the server closes
    }
    if (fault?.kind === 'echo-credentials') {
      // A hostile or buggy service that repeats what it was sent: the bearer token, or the client assertion of
      // a token request. Nothing of it may reach an output of the product.
      const credential = presentedCredential(req.headers.authorization, body.toString('utf8'));
      const status = fault.status ?? 400;
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': credential,
        'x-github-request-id': credential,
        'x-ms-request-id': credential,
      });
      res.end(JSON.stringify(echoBody(opts.name, credential)));
      finish(status);
      return;
    }
    if (fault?.kind === 'status') {
      const status = fault.status ?? 503;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      res.writeHead(status, headers);
      res.end(JSON.stringify(faultBody(opts.name, status)));
      finish(status);
      return;
    }

    const answer = await opts.router.handle({ method, url, headers: req.headers, body });
    const headers: Record<string, string> = { ...(answer.headers ?? {}) };
    let payload: Buffer;
    if (Buffer.isBuffer(answer.body)) payload = answer.body;
    else if (typeof answer.body === 'string') payload = Buffer.from(answer.body);
    else if (answer.body === undefined) payload = Buffer.alloc(0);
    else {
      payload = Buffer.from(JSON.stringify(answer.body));
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    if (fault?.kind === 'malformed') {
      payload = Buffer.from('{"value": [ <html>Service Unavailable</html>');
      headers['content-type'] = 'application/json';
    } else if (fault?.kind === 'truncate') {
      payload = payload.subarray(0, Math.floor(payload.length / 2));
    }
    headers['content-length'] = String(payload.length);
    res.writeHead(answer.status, headers);
    res.end(payload);
    finish(answer.status);
  }

  const server = opts.tls
    ? https.createServer({ cert: opts.tls.cert, key: opts.tls.key }, listener)
    : http.createServer(listener);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  base = `${scheme}://${host}:${port}`;

  return {
    name: opts.name,
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function redactHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const value = Array.isArray(v) ? v.join(', ') : v;
    out[k] = k === 'authorization' ? `${value.split(' ')[0] ?? ''} [redacted]` : value;
  }
  return out;
}

/** The credential a request carried: its bearer token, else a client_assertion or client_secret of its form body. */
function presentedCredential(authorization: string | undefined, body: string): string {
  const bearer = /^\S+\s+(\S+)$/.exec(authorization?.trim() ?? '')?.[1];
  if (bearer) return bearer;
  const form = new URLSearchParams(body);
  return form.get('client_assertion') ?? form.get('client_secret') ?? form.get('assertion') ?? 'no-credential';
}

/** Each service's error envelope with the credential in every field. */
function echoBody(service: string, credential: string): unknown {
  if (service === 'entra') {
    return {
      error: credential,
      error_description: `AADSTS50000: There was an error with ${credential}. Trace ID: ${credential} Correlation ID: ${credential}`,
      error_codes: [50000],
      trace_id: credential,
      correlation_id: credential,
    };
  }
  if (service === 'github' || service === 'github-oidc')
    return {
      message: `Bad credentials: ${credential}`,
      documentation_url: `https://docs.github.com/${credential}`,
      status: credential,
    };
  return {
    error: {
      code: credential,
      message: `Access token ${credential} is not valid.`,
      innerError: {
        date: new Date().toISOString().slice(0, 19),
        'request-id': credential,
        'client-request-id': credential,
      },
    },
  };
}

/** The error body each service really sends for a throttled or unavailable request. */
function faultBody(service: string, status: number): unknown {
  if (service === 'entra') {
    return {
      error: 'temporarily_unavailable',
      error_description: `AADSTS50196: The server is temporarily unavailable (HTTP ${status}).`,
      error_codes: [50196],
    };
  }
  if (service === 'github' || service === 'github-oidc') return { message: `Service unavailable (HTTP ${status})` };
  const code = status === 429 ? 'TooManyRequests' : status === 503 ? 'ServiceNotAvailable' : 'UnknownError';
  return {
    error: {
      code,
      message: status === 429 ? 'Too many requests.' : 'The service is unavailable.',
      innerError: { date: new Date().toISOString().slice(0, 19) },
    },
  };
}
