// Rendering a report in the chosen format, and the exit code it earns.
import { redactDeep } from '../auth/redact.js';
import { isAbsolute, relative } from 'node:path';
import { RULES } from '../policy/index.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { TOOL_URI, TOOL_VERSION } from '../version.js';
import { failureLine, outcomeOf, type FailOn } from '../engine/verdict.js';
import type { ExitCode } from './errors.js';
import type { CliIo } from './io.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export { FAIL_ON, type FailOn } from '../engine/verdict.js';

export interface RenderOptions {
  color: boolean;
  /** Absolute path of the checkout (SARIF locations). */
  repoRoot?: string;
  /** Absolute path of the policy file in use, if any (SARIF location of app-level findings). */
  policyFile?: string;
}

export function renderReport(checked: Report, format: ReportFormat, options: RenderOptions): string {
  // Redacted as data, before any format escapes it (see auth/redact.ts).
  const report = redactDeep(checked);
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, { rules: RULES });
    case 'text':
      return renderText(report, { color: options.color });
    case 'sarif': {
      const base = options.repoRoot;
      const policyFile =
        options.policyFile && base && isInside(base, options.policyFile)
          ? relative(base, options.policyFile).split('\\').join('/')
          : undefined;
      const log = renderSarif(report, {
        rules: RULES,
        toolVersion: TOOL_VERSION,
        informationUri: TOOL_URI,
        ...(base ? { repoRoot: base } : {}),
        ...(policyFile ? { policyFile } : {}),
      });
      return `${JSON.stringify(log, null, 2)}\n`;
    }
  }
}

function isInside(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CliIo, output: string | undefined): boolean {
  if (output !== undefined) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '' && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** 3 when an app was not evaluated (a partial check never passes), 1 when the verdict reaches --fail-on, else 0. */
export function exitCodeOf(report: Report, failOn: FailOn): ExitCode {
  return outcomeOf(report, failOn).exitCode;
}

/** One line on stderr saying why the exit code is not 0, or null; an incomplete run names its apps, as the action does. */
export function outcomeLine(report: Report, failOn: FailOn): string | null {
  const outcome = outcomeOf(report, failOn);
  switch (outcome.kind) {
    case 'incomplete':
      return `${failureLine(redactDeep(report), failOn, 'the report')} (exit 3)`;
    case 'policy-failure':
      return `${outcome.errors} error(s) and ${outcome.warnings} warning(s) found; --fail-on ${failOn} (exit 1).`;
    case 'pass':
      return null;
  }
}
