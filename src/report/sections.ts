// The Markdown content shared by the job summary, the CLI's Markdown format and the PR comment: each section is
// a list of layout pieces, with every untrusted string escaped for the place it lands in.
import type { Finding, RuleDefinition, Severity } from '../policy/types.js';
import { escapeHtml, escapeMarkdown, markdownCode } from './escape.js';
import { appName, countsSentence, groupByApp, plural, PRODUCT_NAME } from './format.js';
import { CLOSE, open, text, type Piece } from './layout.js';
import type { Report, SuppressedFinding } from './model.js';

/** Tables longer than this are collapsed into a `<details>` block. */
export const COLLAPSE_AFTER_ROWS = 20;

const NAME_MAX = 200;
const MESSAGE_MAX = 1000;
const REASON_MAX = 500;

export function verdictLine(report: Report): string {
  return `**${PRODUCT_NAME}: ${report.verdict}** — ${countsSentence(report.summary)}\n\n`;
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
export function table(headers: readonly string[], rows: readonly string[][]): Piece[] {
  return [open(row(headers) + row(headers.map(() => '---')), '\n'), ...rows.map((cells) => text(row(cells), 1)), CLOSE];
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

/** One heading and table per app with findings (severity, rule, credential, message, fix). */
export function findingsByAppSection(report: Report): Piece[] {
  const pieces: Piece[] = [];
  for (const group of groupByApp(report, report.findings)) {
    if (group.findings.length === 0) continue;
    const rows = group.findings.map((f) => [
      severityCell(f.severity),
      markdownCode(f.rule, 100),
      credentialCell(f),
      cell(f.message),
      cell(f.remediation),
    ]);
    pieces.push(
      text(`### ${appLabel(group.displayName, group.appId)}\n\n`),
      ...collapsible(
        `${plural(rows.length, 'finding')}: ${severityBreakdown(group.findings)}`,
        rows.length,
        table(['Severity', 'Rule', 'Credential', 'Message', 'Fix'], rows),
      ),
    );
  }
  return pieces;
}

/** One table of every finding with an App column: the compact form for the PR comment. */
export function findingsTableSection(report: Report): Piece[] {
  if (report.findings.length === 0) return [];
  const names = new Map(report.apps.map((a) => [a.appId, appName(a)]));
  const rows = report.findings.map((f) => [
    severityCell(f.severity),
    markdownCode(f.rule, 100),
    appLabel(names.get(f.appId) ?? f.appId, f.appId),
    credentialCell(f),
    cell(f.message),
    cell(f.remediation),
  ]);
  return collapsible(
    `${plural(rows.length, 'finding')}`,
    rows.length,
    table(['Severity', 'Rule', 'App', 'Credential', 'Message', 'Fix'], rows),
  );
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

export function noticesSection(report: Report): Piece[] {
  if (report.notices.length === 0) return [];
  return [
    text(`### Notices (${report.notices.length})\n\n`),
    ...report.notices.map((n) => text(`- ${cell(n, MESSAGE_MAX)}\n`)),
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
    ...used.map((r) => text(`- ${markdownCode(r.id, 100)} (${r.defaultSeverity}): ${escapeMarkdown(r.title)}\n`)),
    CLOSE,
  ];
}

/** The full report, as in the job summary and `--format markdown`. */
export function reportPieces(report: Report, rules?: readonly RuleDefinition[]): Piece[] {
  return [
    text(verdictLine(report)),
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
