// OData system query options as Graph's directory endpoints read them: $select, $filter, $top,
// $expand, $count and $skiptoken, validated with Graph's error codes. Anything else a reader
// might send ($orderby, $search, $skip) is refused loudly instead of being silently ignored.
import { badRequest, GraphHttpError } from './errors.js';
import { type FilterExpr, filterProperties, parseFilter } from './filter.js';
import type { GraphVersion, ResourceType } from './resources.js';

export interface ExpandOption {
  navigation: string;
  select: string[] | null;
}

export interface QueryOptions {
  select: string[] | null;
  filter: FilterExpr | null;
  top: number | null;
  expand: ExpandOption | null;
  count: boolean;
  skiptoken: string | null;
}

const KNOWN = ['select', 'filter', 'top', 'expand', 'count', 'skiptoken'] as const;
const REFUSED = ['orderby', 'search', 'skip', 'format', 'levels'] as const;

/** The raw value of a system query option; beta also accepts it without the `$` (Graph docs, query parameters). */
export function rawOption(params: URLSearchParams, name: string, version: GraphVersion): string | null {
  const values = [...params.getAll(`$${name}`), ...(version === 'beta' ? params.getAll(name) : [])];
  if (values.length > 1) {
    throw badRequest(`Query option '$${name}' was specified more than once, but it must be specified at most once.`);
  }
  return values[0] ?? null;
}

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of src) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter((p) => p.length > 0);
}

function parseSelectList(src: string): string[] {
  const items = splitTopLevel(src);
  if (items.length === 0) throw badRequest("Parsing OData Select and Expand failed: '$select' is empty.");
  return items;
}

function parseExpand(src: string): ExpandOption {
  const items = splitTopLevel(src);
  // "Only one relationship can be expanded in a single request." (Graph docs,
  // concepts/query-parameters.md, "expand parameter").
  if (items.length !== 1) {
    throw badRequest(
      `Parsing OData Select and Expand failed: only one relationship can be expanded in a single request; got ${items.length}.`,
    );
  }
  const m = /^([A-Za-z0-9_]+)(?:\((.*)\))?$/.exec(items[0] as string);
  if (!m) throw badRequest(`Parsing OData Select and Expand failed: '${items[0]}' is not a valid expand item.`);
  const navigation = m[1] as string;
  let select: string[] | null = null;
  if (m[2] !== undefined && m[2].trim() !== '') {
    const nested = /^\$select=(.+)$/.exec(m[2].trim());
    if (!nested) {
      throw badRequest(`Parsing OData Select and Expand failed: only $select is supported inside $expand ('${m[2]}').`);
    }
    select = parseSelectList(nested[1] as string);
  }
  return { navigation, select };
}

function parseTop(src: string): number {
  const n = /^\d+$/.test(src) ? Number(src) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 999) {
    // Wording of directory endpoints for an out-of-range page size (unverified; status and code are Graph's).
    throw badRequest(`Invalid page size specified: '${src}'. Must be between 1 and 999 inclusive.`);
  }
  return n;
}

export function readQuery(url: URL, version: GraphVersion): QueryOptions {
  const params = url.searchParams;
  for (const name of REFUSED) {
    if (rawOption(params, name, version) !== null) {
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        `Query option '$${name}' is not supported by this emulator.`,
      );
    }
  }
  const raw = Object.fromEntries(KNOWN.map((k) => [k, rawOption(params, k, version)])) as Record<
    (typeof KNOWN)[number],
    string | null
  >;
  let count = false;
  if (raw.count !== null) {
    if (raw.count !== 'true' && raw.count !== 'false')
      throw badRequest(`'${raw.count}' is not a valid value for $count.`);
    count = raw.count === 'true';
  }
  return {
    select: raw.select === null ? null : parseSelectList(raw.select),
    filter: raw.filter === null ? null : parseFilter(raw.filter),
    top: raw.top === null ? null : parseTop(raw.top),
    expand: raw.expand === null ? null : parseExpand(raw.expand),
    count,
    skiptoken: raw.skiptoken,
  };
}

/** Resolves $select names (case-insensitively, as Graph does) against the properties the type serves. */
export function resolveSelect(select: string[], available: readonly string[], typeName: string): string[] {
  return select.map((name) => {
    const hit = available.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!hit) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type '${typeName}'.`,
      );
    }
    return hit;
  });
}

export function validateFilter(filter: FilterExpr, type: ResourceType<never>): void {
  for (const prop of filterProperties(filter)) {
    if (!type.filterable.includes(prop)) {
      const resource = type.typeName.replace('microsoft.graph.', '');
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        `Unsupported or invalid query filter clause specified for property '${prop}' of resource '${resource[0]?.toUpperCase()}${resource.slice(1)}'.`,
      );
    }
  }
}

export function validateExpand(expand: ExpandOption, type: ResourceType<never>): void {
  if (!type.navigations.includes(expand.navigation)) {
    throw badRequest(
      `Parsing OData Select and Expand failed: Could not find a property named '${expand.navigation}' on type '${type.typeName}'.`,
    );
  }
}

/** Keeps the selected properties in request order, plus `id` and `@odata.type` (which Graph always adds). */
export function pick(entity: Record<string, unknown>, select: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ('@odata.type' in entity) out['@odata.type'] = entity['@odata.type'];
  if ('id' in entity) out.id = entity.id;
  for (const p of select) out[p] = entity[p];
  return out;
}
