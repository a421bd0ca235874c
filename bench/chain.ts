// Sequential round trips in a request log: the longest chain of requests in which each one starts
// after the previous one ended (interval scheduling by earliest end — greedy is optimal for this).
import type { LoggedRequest } from '../emulator/core/server.js';

export function sequentialChain(entries: readonly LoggedRequest[]): LoggedRequest[] {
  const sorted = [...entries].sort((a, b) => a.startedAt + a.durationMs - (b.startedAt + b.durationMs));
  const chain: LoggedRequest[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.startedAt >= end) {
      chain.push(e);
      end = e.startedAt + e.durationMs;
    }
  }
  return chain;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const ratio = (value: number, bound: number) => `${(value / bound).toFixed(2)}×`;
