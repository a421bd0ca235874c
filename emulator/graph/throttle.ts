// Graph's identity throttling, modelled as documented (emulator/facts/graph.md#throttling, graph-docs concepts/throttling-limits.md):
// a token bucket of resource units (RU) per app+tenant refilled over 10 s; GET on applications
// costs 2 RU and any other GET 1; $select −1, $expand +1, $top below 20 −1; never below 1.
// Every answer carries x-ms-resource-unit; above 80 % use, x-ms-throttle-limit-percentage;
// a throttled answer is 429 with Retry-After, x-ms-throttle-scope and x-ms-throttle-information.

export interface ThrottleOptions {
  ruPer10s: number;
  /** Clock in ms; injectable so tests need not wait. */
  now?: () => number;
}

export interface RequestCostInput {
  /** First path segment after the version, e.g. applications or servicePrincipals. */
  resource: string;
  method: string;
  hasSelect: boolean;
  hasExpand: boolean;
  top: number | null;
}

export function resourceUnitCost(req: RequestCostInput): number {
  let cost = req.method === 'GET' && req.resource === 'applications' ? 2 : 1;
  if (req.hasSelect) cost -= 1;
  if (req.hasExpand) cost += 1;
  if (req.top !== null && req.top < 20) cost -= 1;
  return Math.max(1, cost);
}

export type ThrottleDecision =
  | { ok: true; headers: Record<string, string> }
  | { ok: false; retryAfterSeconds: number; headers: Record<string, string> };

interface Bucket {
  tokens: number;
  at: number;
}

export class ResourceUnitThrottle {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    if (!(options.ruPer10s > 0))
      throw new Error(`throttling.ruPer10s must be a positive number, got ${options.ruPer10s}`);
    this.now = options.now ?? Date.now;
  }

  /** Takes `cost` RU from the app+tenant bucket, or says how long to wait. */
  charge(appId: string, tenantId: string, cost: number): ThrottleDecision {
    const capacity = this.options.ruPer10s;
    const ratePerMs = capacity / 10_000;
    const key = `${tenantId}/${appId}`;
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * ratePerMs);
    bucket.at = t;
    this.buckets.set(key, bucket);
    const headers: Record<string, string> = { 'x-ms-resource-unit': String(cost) };
    if (bucket.tokens < cost) {
      const retryAfterSeconds = Math.max(1, Math.ceil((cost - bucket.tokens) / ratePerMs / 1000));
      return {
        ok: false,
        retryAfterSeconds,
        headers: {
          ...headers,
          'retry-after': String(retryAfterSeconds),
          'x-ms-throttle-limit-percentage': '1.0',
          'x-ms-throttle-scope': `Tenant_Application/ReadWrite/${appId}/${tenantId}`,
          'x-ms-throttle-information': 'ResourceUnitLimitExceeded',
        },
      };
    }
    bucket.tokens -= cost;
    const used = 1 - bucket.tokens / capacity;
    if (used > 0.8) headers['x-ms-throttle-limit-percentage'] = used.toFixed(1);
    return { ok: true, headers };
  }
}

/**
 * The separate limit on reading certificate key material: a request that names keyCredentials in $select on
 * applications or service principals (single GET or list) is limited to 150 per minute per tenant
 * (emulator/facts/graph.md#keycredentials-select). Modelled as a sliding one-minute window per tenant.
 */
export class KeyCredentialsSelectLimit {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  charge(tenantId: string): ThrottleDecision {
    const at = this.now();
    const recent = (this.seen.get(tenantId) ?? []).filter((t) => at - t < 60_000);
    if (recent.length >= this.perMinute) {
      this.seen.set(tenantId, recent);
      const retryAfterSeconds = Math.max(1, Math.ceil((60_000 - (at - (recent[0] as number))) / 1000));
      return {
        ok: false,
        retryAfterSeconds,
        headers: {
          'retry-after': String(retryAfterSeconds),
          'x-ms-throttle-scope': 'Tenant_Application/ReadKeyCredentials',
        },
      };
    }
    recent.push(at);
    this.seen.set(tenantId, recent);
    return { ok: true, headers: {} };
  }
}

/** Whether a $select list names keyCredentials (case-insensitively, as Graph resolves names). */
export function selectsKeyCredentials(select: string | null): boolean {
  if (select === null) return false;
  return select.split(',').some((name) => name.trim().toLowerCase() === 'keycredentials');
}
