// Terminal output for the CLI: grouped by app, with severity labels. Colour only when asked for; every
// untrusted string is stripped of control characters so it cannot move the cursor or clear the screen.
import type { Finding, Severity } from '../policy/types.js';
import { escapeTerminal } from './escape.js';
import { countsSentence, groupByApp, PRODUCT_NAME } from './format.js';
import type { Report } from './model.js';
import { headlineVerdict } from './sections.js';
import { signalsText } from './signals.js';

export interface TextOptions {
  color: boolean;
  /** Budget in UTF-8 bytes (default 1,000,000: a tenant scan's text stays under GitHub's 1 MiB summary limit). */
  maxBytes?: number;
}

/** The text report's default budget, the job summary's (src/report/summary.ts). */
export const TEXT_MAX_BYTES = 1_000_000;
/** Room kept for the truncation note and the closing sections' headings. */
const TEXT_RESERVE = 4096;

const ANSI = { red: 31, yellow: 33, cyan: 36, green: 32, bold: 1, dim: 2 } as const;
type Style = keyof typeof ANSI;

const LABEL: Record<Severity, string> = { error: 'ERROR  ', warning: 'WARNING', notice: 'NOTICE ' };
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };
const VERDICT_STYLE: Record<Report['verdict'], Style> = { fail: 'red', warn: 'yellow', pass: 'green' };
const INDENT = '  ';
const DETAIL_INDENT = ' '.repeat(INDENT.length + LABEL.warning.length + 1);

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: Style, value: string) => (options.color ? `\u001b[${ANSI[style]}m${value}\u001b[0m` : value);
  const clean = (value: string, max = 2000) => escapeTerminal(value, max);
  const lines: string[] = [];

  lines.push(
    `${paint('bold', `${PRODUCT_NAME}:`)} ${paint(report.notEvaluated.length > 0 ? 'red' : VERDICT_STYLE[report.verdict], headlineVerdict(report).toUpperCase())} — ${countsSentence(report.summary)}`,
    '',
  );
  lines.push(...signalsText(report)); // [signals] what was not checked, and the fix (issue 13)

  if (report.notEvaluated.length > 0) {
    lines.push(paint('red', 'NOT EVALUATED (credentials of these apps were not checked):'));
    for (const n of report.notEvaluated) lines.push(`${INDENT}${clean(n.appId, 100)}: ${clean(n.reason, 500)}`);
    lines.push('');
  }

  // [issue 14] Findings and suppressed findings fill the budget in order; what does not fit is counted.
  const budget = (options.maxBytes ?? TEXT_MAX_BYTES) - TEXT_RESERVE;
  let used = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  let shown = 0;
  let full = false;
  const fits = (block: string[]): boolean => {
    const cost = block.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    if (full || used + cost > budget) {
      full = true;
      return false;
    }
    used += cost;
    return true;
  };
  for (const group of groupByApp(report, report.findings)) {
    if (group.findings.length === 0 || full) continue;
    const heading = paint('bold', appHeading(group.displayName, group.appId, clean));
    if (!fits([heading, ''])) break;
    lines.push(heading);
    for (const f of group.findings) {
      const block = findingLines(f, paint, clean);
      if (!fits(block)) break;
      lines.push(...block);
      shown += 1;
    }
    lines.push('');
  }

  if (report.suppressed.length > 0) {
    lines.push(paint('dim', `Suppressed by policy exceptions (${report.suppressed.length}):`));
    for (const f of report.suppressed) {
      const block = [
        `${INDENT}${LABEL[f.severity]} ${clean(f.rule, 100)}  ${f.target.kind} "${clean(f.target.name, 200)}" (app ${clean(f.appId, 100)})`,
        `${DETAIL_INDENT}Exception: ${clean(f.exception.reason, 500)} (expires ${clean(f.exception.expires, 40)})`,
      ];
      if (!fits(block)) break;
      lines.push(...block);
    }
    lines.push('');
  }

  if (report.notices.length > 0) {
    lines.push('Notices:');
    for (const n of report.notices) if (fits([`${INDENT}- ${clean(n)}`])) lines.push(`${INDENT}- ${clean(n)}`);
    lines.push('');
  }
  if (full)
    lines.push(
      paint(
        'bold',
        `Truncated: this report shows ${shown} of ${report.findings.length} findings to stay under GitHub's 1 MiB summary limit; the JSON and SARIF reports (--format json, --format sarif) list every finding.`,
      ),
    );
  return `${lines.join('\n').trimEnd()}\n`;
}

function appHeading(displayName: string, appId: string, clean: (v: string, max?: number) => string): string {
  const id = clean(appId, 100);
  if (appId === '') return clean(displayName || 'No app registration', 200);
  return displayName === appId || displayName === '' ? `App ${id}` : `${clean(displayName, 200)} (${id})`;
}

function findingLines(
  f: Finding,
  paint: (style: Style, value: string) => string,
  clean: (v: string, max?: number) => string,
): string[] {
  const where = f.location === undefined ? '' : `  ${clean(f.location.file, 500)}:${f.location.line}`;
  return [
    `${INDENT}${paint(SEVERITY_STYLE[f.severity], LABEL[f.severity])} ${clean(f.rule, 100)}  ${f.target.kind} "${clean(f.target.name, 200)}"${where}`,
    `${DETAIL_INDENT}${clean(f.message)}`,
    `${DETAIL_INDENT}Fix: ${clean(f.remediation)}`,
  ];
}
