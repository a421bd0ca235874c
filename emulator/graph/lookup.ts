// Key lookups over a TenantState that stay fast for synthetic tenants of 50k apps. Tests mutate
// the state freely (replace the fixture, push apps, edit ids), so an index is rebuilt whenever
// the array or its length changes and every hit is re-checked before it is trusted.
import type { GraphApplication, GraphServicePrincipal, TenantState } from '../tenant.js';

class KeyIndex<T> {
  private source: T[] | undefined;
  private size = -1;
  private map = new Map<string, T>();

  constructor(private readonly keyOf: (item: T) => string) {}

  find(items: T[], key: string): T | undefined {
    const k = key.toLowerCase();
    if (items !== this.source || items.length !== this.size) this.rebuild(items);
    const hit = this.map.get(k);
    if (hit !== undefined && this.keyOf(hit).toLowerCase() === k) return hit;
    // A stale index (an item edited in place): fall back to a scan and rebuild next time.
    const found = items.find((i) => this.keyOf(i).toLowerCase() === k);
    if (found !== undefined) this.size = -1;
    return found;
  }

  private rebuild(items: T[]): void {
    this.map = new Map();
    for (const item of items) {
      const k = this.keyOf(item).toLowerCase();
      if (!this.map.has(k)) this.map.set(k, item);
    }
    this.source = items;
    this.size = items.length;
  }
}

export class DirectoryLookup {
  private readonly appsById = new KeyIndex<GraphApplication>((a) => a.id);
  private readonly appsByAppId = new KeyIndex<GraphApplication>((a) => a.appId);
  private readonly spsById = new KeyIndex<GraphServicePrincipal>((s) => s.id);
  private readonly spsByAppId = new KeyIndex<GraphServicePrincipal>((s) => s.appId);

  constructor(private readonly state: TenantState) {}

  applicationById(id: string): GraphApplication | undefined {
    return this.appsById.find(this.state.fixture.applications, id);
  }

  applicationByAppId(appId: string): GraphApplication | undefined {
    return this.appsByAppId.find(this.state.fixture.applications, appId);
  }

  servicePrincipalById(id: string): GraphServicePrincipal | undefined {
    return this.spsById.find(this.state.fixture.servicePrincipals, id);
  }

  servicePrincipalByAppId(appId: string): GraphServicePrincipal | undefined {
    return this.spsByAppId.find(this.state.fixture.servicePrincipals, appId);
  }
}
