// The Markdown content shared by the job summary, the CLI's Markdown format and the PR comment: each section is
// a list of layout pieces, with every untrusted string escaped for the place it lands in.
import type { Finding, RuleDefinition, Severity, TargetKind } from '../policy/types.js';
import { escapeHtml, escapeMarkdown, markdownCode } from './escape.js';
import { appName, countsSentence, groupByApp, plural, PRODUCT_NAME, severityRank } from './format.js';
import { proseMarkdown } from './prose.js';
import { CLOSE, open, text, type Piece } from './layout.js';
import type { Report, SuppressedFinding } from './model.js';
import { signalsMarkdown } from './signals.js';

/** Tables longer than this are collapsed into a `<details>` block. */
export const COLLAPSE_AFTER_ROWS = 20;

const NAME_MAX = 200;
const MESSAGE_MAX = 1000;
const FIX_MAX = 4000;
const REASON_MAX = 500;

/**
 * What the headline calls the result: a run that could not read every app is incomplete, never "pass" (the
 * report's `verdict` field keeps following the counts).
 */
export function headlineVerdict(report: Report): string {
  if (report.notEvaluated.length === 0) return report.verdict;
  return report.verdict === 'fail' ? 'fail, incomplete' : 'incomplete';
}

export function verdictLine(report: Report): string {
  return `**${PRODUCT_NAME}: ${headlineVerdict(report)}** — ${countsSentence(report.summary)}\n\n`;
}

const DAY_MS = 86_400_000;

/** The snapshot a run judged, when it judged one: `report.scope.snapshot` (snapshot mode). */
export function snapshotOf(report: Report): { exportedAt: string; tenant: string } | undefined {
  const snapshot = report.scope?.snapshot;
  if (typeof snapshot?.exportedAt !== 'string' || typeof snapshot.tenant !== 'string') return undefined;
  return { exportedAt: snapshot.exportedAt, tenant: snapshot.tenant };
}

/** "Judged against a snapshot of tenant X exported 2026-12-01 06:00 UTC, 4 days ago": said before anything else. */
export function snapshotLine(report: Report, now: Date): string {
  const snapshot = snapshotOf(report);
  if (snapshot === undefined) return '';
  const exported = new Date(snapshot.exportedAt);
  const tenant = markdownCode(snapshot.tenant, 100) || 'unknown';
  if (Number.isNaN(exported.getTime())) {
    return `Judged against a snapshot of tenant ${tenant} with an unreadable export time; nothing was read live.\n\n`;
  }
  const when = `${exported.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const days = Math.floor((now.getTime() - exported.getTime()) / DAY_MS);
  const age = days < 0 ? 'in the future' : days === 0 ? 'less than a day ago' : `${plural(days, 'day')} ago`;
  return `Judged against a snapshot of tenant ${tenant} exported ${when} (${age}); nothing was read live.\n\n`;
}

function cell(value: string, maxLength = MESSAGE_MAX): string {
  return escapeMarkdown(value, { maxLength, newlines: 'br' });
}

function severityCell(severity: Severity): string {
  return severity === 'error' ? '**error**' : severity;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

/** A table as pieces: the header opens it (closed by a blank line), each row is one atomic piece. */
export function table(headers: readonly string[], rows: readonly string[][], countRows = true): Piece[] {
  return [
    open(row(headers) + row(headers.map(() => '---')), '\n'),
    ...rows.map((cells) => text(row(cells), countRows ? 1 : undefined)),
    CLOSE,
  ];
}

/** Wraps pieces in a collapsed `<details>` block when there are more than COLLAPSE_AFTER_ROWS rows. */
export function collapsible(label: string, rowCount: number, pieces: Piece[]): Piece[] {
  if (rowCount <= COLLAPSE_AFTER_ROWS) return pieces;
  return [open(`<details>\n<summary>${escapeHtml(label)}</summary>\n\n`, '</details>\n\n'), ...pieces, CLOSE];
}

function appLabel(displayName: string, appId: string): string {
  const id = markdownCode(appId, 100);
  if (appId === '') return escapeMarkdown(displayName || 'No app registration', { maxLength: NAME_MAX });
  if (displayName === appId || displayName === '') return id;
  return `${escapeMarkdown(displayName, { maxLength: NAME_MAX })} (${id})`;
}

function credentialCell(f: Finding): string {
  const where = f.location === undefined ? '' : `<br>${markdownCode(`${f.location.file}:${f.location.line}`)}`;
  return `${cell(f.target.name, NAME_MAX)} <sub>${f.target.kind}</sub>${where}`;
}

function severityBreakdown(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('notice'), 'notice')].join(
    ', ',
  );
}

export function notEvaluatedSection(report: Report): Piece[] {
  if (report.notEvaluated.length === 0) return [];
  const names = new Map(report.apps.map((a) => [a.appId, appName(a)]));
  const rows = report.notEvaluated.map((n) => [
    appLabel(names.get(n.appId) ?? n.appId, n.appId),
    cell(n.reason, REASON_MAX),
  ]);
  return [
    text(
      `### Not evaluated: ${plural(report.notEvaluated.length, 'app')} could not be read\n\n` +
        '**The credentials of these apps were NOT checked. Fix the access problem and re-run; until then this result says nothing about them.**\n\n',
    ),
    ...collapsible(`${plural(rows.length, 'app')} not evaluated`, rows.length, table(['App', 'Reason'], rows)),
  ];
}

const TARGET_WORDS: Record<TargetKind, string> = {
  application: 'app registration',
  servicePrincipal: 'service principal',
  secret: 'secret',
  certificate: 'certificate',
  federatedCredential: 'federated credential',
  workflowJob: 'job',
  tenant: 'tenant',
};

/**
 * One finding: a compact line (severity, rule, target, location) that opens onto the message and the fix, with
 * every command in a code block. The line is raw HTML (`<summary>`), so its text is HTML-escaped.
 */
export function findingDetails(f: Finding): string {
  const severity = f.severity === 'error' ? '<b>error</b>' : f.severity;
  const where =
    f.location === undefined ? '' : ` · <code>${escapeHtml(`${f.location.file}:${f.location.line}`, 300)}</code>`;
  const line =
    `${severity} · <code>${escapeHtml(f.rule, 100)}</code> · ${TARGET_WORDS[f.target.kind]} ` +
    `<i>${escapeHtml(f.target.name, NAME_MAX)}</i>${where}`;
  const message = proseMarkdown(f.message, { maxLength: MESSAGE_MAX, blocks: false });
  const fix = proseMarkdown(f.remediation, { maxLength: FIX_MAX, blocks: true, label: '**Fix:**' });
  return `<details><summary>${line}</summary>\n\n${message}\n\n${fix}\n\n</details>\n\n`;
}

/** One heading per app with findings, then one compact, expandable line per finding. */
export function findingsByAppSection(report: Report, level = '###'): Piece[] {
  const pieces: Piece[] = [];
  for (const group of groupByApp(report, report.findings)) {
    if (group.findings.length === 0) continue;
    pieces.push(
      text(`${level} ${appLabel(group.displayName, group.appId)} — ${severityBreakdown(group.findings)}\n\n`),
      ...group.findings.map((f) => text(findingDetails(f), 1)),
    );
  }
  return pieces;
}

/** Findings per rule and severity, most severe first: the totals match the lines listed below it. */
export function ruleCountsSection(report: Report): Piece[] {
  if (report.findings.length === 0) return [];
  const counts = new Map<string, { rule: string; severity: Severity; count: number }>();
  for (const f of report.findings) {
    const key = `${f.severity}\u0000${f.rule}`;
    const entry = counts.get(key) ?? { rule: f.rule, severity: f.severity, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const rows = [...counts.values()]
    .sort(
      (a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    )
    .map((e) => [markdownCode(e.rule, 100), severityCell(e.severity), String(e.count)]);
  return table(['Rule', 'Severity', 'Findings'], rows, false);
}

export function cleanAppsSection(report: Report): Piece[] {
  const withFindings = new Set(report.findings.map((f) => f.appId));
  const unread = new Set(report.notEvaluated.map((n) => n.appId));
  const clean = report.apps.filter((a) => !withFindings.has(a.appId) && !unread.has(a.appId));
  if (clean.length === 0) return [];
  const items = clean.map((a) => text(`- ${appLabel(appName(a), a.appId)}\n`));
  return [
    text(`### No findings (${plural(clean.length, 'app')})\n\n`),
    ...(clean.length > COLLAPSE_AFTER_ROWS
      ? [
          open(`<details>\n<summary>${escapeHtml(plural(clean.length, 'app'))}</summary>\n\n`, '\n</details>\n\n'),
          ...items,
          CLOSE,
        ]
      : [...items, text('\n')]),
  ];
}

export function suppressedSection(report: Report): Piece[] {
  if (report.suppressed.length === 0) return [];
  const names = new Map(report.apps.map((a) => [a.appId, appName(a)]));
  const rows = report.suppressed.map((f: SuppressedFinding) => [
    f.severity,
    markdownCode(f.rule, 100),
    appLabel(names.get(f.appId) ?? f.appId, f.appId),
    credentialCell(f),
    cell(f.exception.reason, REASON_MAX),
    cell(f.exception.expires, 40),
  ]);
  return [
    text(
      `### Suppressed by policy exceptions (${report.suppressed.length})\n\n` +
        'Not counted in the verdict until the exception expires.\n\n',
    ),
    ...collapsible(
      `${plural(rows.length, 'suppressed finding')}`,
      rows.length,
      table(['Severity', 'Rule', 'App', 'Credential', 'Exception reason', 'Expires'], rows),
    ),
  ];
}

/** The run's own notes (a skipped file, a fork without a token): not findings, so not in the counts. */
export function noticesSection(report: Report): Piece[] {
  if (report.notices.length === 0) return [];
  return [
    text(`### Notes from the run (${report.notices.length})\n\n`),
    ...report.notices.map((n) => text(`- ${escapeMarkdown(n, { maxLength: MESSAGE_MAX })}\n`)),
    text('\n'),
  ];
}

/** The catalogue entries of the rules that fired (our own text, escaped all the same). */
export function rulesSection(report: Report, rules: readonly RuleDefinition[] | undefined): Piece[] {
  if (rules === undefined) return [];
  const fired = new Set([...report.findings, ...report.suppressed].map((f) => f.rule));
  const used = rules.filter((r) => fired.has(r.id));
  if (used.length === 0) return [];
  return [
    open(`<details>\n<summary>Rules (${used.length})</summary>\n\n`, '\n</details>\n\n'),
    ...used.map((r) =>
      text(
        `- ${markdownCode(r.id, 100)} (${r.defaultSeverity}): ${proseMarkdown(r.title, { maxLength: 500, blocks: false })}\n`,
      ),
    ),
    CLOSE,
  ];
}

/** The full report, as in the job summary and `--format markdown`. */
export function reportPieces(report: Report, rules?: readonly RuleDefinition[], now: Date = new Date()): Piece[] {
  return [
    text(verdictLine(report) + snapshotLine(report, now)),
    ...signalsMarkdown(report), // [signals] what was not checked, and the fix (issue 13)
    ...ruleCountsSection(report),
    ...notEvaluatedSection(report),
    ...findingsByAppSection(report),
    ...cleanAppsSection(report),
    ...suppressedSection(report),
    ...noticesSection(report),
    ...rulesSection(report, rules),
  ];
}

export function truncationNote(shownRows: number, totalRows: number): string {
  return (
    `\n\n---\n\n**Truncated:** this summary shows ${shownRows} of ${plural(totalRows, 'row')} to stay within ` +
    "GitHub's size limit. The JSON and SARIF reports list every finding.\n"
  );
}
