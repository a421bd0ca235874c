import type { Finding, Severity } from './types.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

// Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Severity (errors first), then app, rule, target kind, name and id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    cmp(a.appId.toLowerCase(), b.appId.toLowerCase()) ||
    cmp(a.rule, b.rule) ||
    cmp(a.target.kind, b.target.kind) ||
    cmp(a.target.name, b.target.name) ||
    cmp(a.target.id, b.target.id) ||
    cmp(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    cmp(a.message, b.message)
  );
}

export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(compareFindings);
}
