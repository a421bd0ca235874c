// Which apps a scan or export covers: listed ids, or every app (optionally filtered), optionally one shard.
// Shards are decided by a hash of the lower-cased appId, so they do not depend on listing order or paging.
import { createHash } from 'node:crypto';
import { parseGuidList, quote } from '../config/validate.js';
import { stringValue, stringValues, validated, type Values } from './args.js';
import { UsageError } from './errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface AppFilter {
  displayNamePrefix?: string;
  tag?: string;
}

export type Selection =
  { kind: 'apps'; appIds: string[]; shard?: Shard } | { kind: 'all'; filter?: AppFilter; shard?: Shard };

export const MAX_SHARDS = 1000;

export function parseShard(value: string): Shard {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UsageError(
      `--shard must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, for example 2/3 (the second of three shards); got ${quote(value)}.`,
    );
  }
  return { index, count };
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** The 1-based shard an app belongs to among `count`. */
export function shardOf(appId: string, count: number): number {
  const digest = createHash('sha256').update(appId.trim().toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(appId: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(appId, shard.count) === shard.index;
}

export function parseFilter(value: string): AppFilter {
  const text = value.trim();
  if (/^tag:/i.test(text)) {
    const tag = text.slice(4).trim();
    if (tag === '') throw new UsageError(`--filter tag:NAME needs a tag name; got ${quote(value)}.`);
    return { tag };
  }
  if (text === '') throw new UsageError(`--filter must be a display name prefix or tag:NAME; got ${quote(value)}.`);
  return { displayNamePrefix: text };
}

/** --apps / --all / --filter / --shard, validated together. */
export function parseSelection(values: Values): Selection {
  const apps = stringValues(values, 'apps');
  const all = values.all === true;
  const filterText = stringValue(values, 'filter');
  const shardText = stringValue(values, 'shard');
  if (apps.length > 0 && all) throw new UsageError('--apps and --all cannot be combined; choose one.');
  if (apps.length === 0 && !all)
    throw new UsageError('Choose the apps to check: --apps APPID[,APPID…] or --all (every application in the tenant).');
  if (filterText !== undefined && !all) throw new UsageError('--filter needs --all (it narrows the tenant listing).');
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (all) {
    const filter = filterText === undefined ? undefined : parseFilter(filterText);
    return { kind: 'all', ...(filter ? { filter } : {}), ...(shard ? { shard } : {}) };
  }
  const appIds = validated(() => parseGuidList('--apps', apps.join(',')));
  return { kind: 'apps', appIds, ...(shard ? { shard } : {}) };
}
