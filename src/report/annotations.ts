// Workflow annotations: what shows on the run page and in the PR's "Files changed" tab. GitHub keeps at most
// 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so the plan caps each level
// itself and spends the last slot on a pointer to the job summary.
import * as core from '@actions/core';
import type { Finding, Severity } from '../policy/types.js';
import { singleLine, sanitizeText } from './escape.js';
import { compareFindings, plural, PRODUCT_NAME } from './format.js';

export type AnnotationLevel = Severity;

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

export interface PlanAnnotationsOptions {
  /** Repository-relative path of the policy file; app-level findings point at it. */
  policyFile?: string;
  /** Line of each rule's setting in the policy file, when known (else line 1). */
  ruleLines?: ReadonlyMap<string, number>;
  /** Annotations per level; GitHub shows at most 10 per step. */
  maxPerLevel?: number;
}

/** GitHub's per-step limit for each of error, warning and notice. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;
const MESSAGE_MAX = 4000;
const TITLE_MAX = 200;
const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/** Pure: which annotations to emit, most severe first, at most `maxPerLevel` per level. */
export function planAnnotations(findings: readonly Finding[], options: PlanAnnotationsOptions = {}): Annotation[] {
  const max = options.maxPerLevel ?? MAX_ANNOTATIONS_PER_LEVEL;
  if (!Number.isInteger(max) || max < 1 || max > MAX_ANNOTATIONS_PER_LEVEL) {
    throw new RangeError(
      `planAnnotations: maxPerLevel must be an integer from 1 to ${MAX_ANNOTATIONS_PER_LEVEL} (GitHub's per-step limit), got ${max}.`,
    );
  }
  const sorted = [...findings].sort(compareFindings);
  const plan: Annotation[] = [];
  for (const level of LEVELS) {
    const atLevel = sorted.filter((f) => f.severity === level);
    if (atLevel.length <= max) {
      plan.push(...atLevel.map((f) => toAnnotation(f, options)));
      continue;
    }
    const shown = atLevel.slice(0, max - 1);
    plan.push(...shown.map((f) => toAnnotation(f, options)));
    const rest = atLevel.length - shown.length;
    plan.push({
      level,
      title: PRODUCT_NAME,
      message: `${plural(rest, `more ${level}`)} — see the job summary for every finding.`,
    });
  }
  return plan;
}

function toAnnotation(finding: Finding, options: PlanAnnotationsOptions): Annotation {
  const annotation: Annotation = {
    level: finding.severity,
    title: singleLine(`${finding.rule}: ${finding.target.name}`, TITLE_MAX),
    message: sanitizeText(`${finding.message}\nFix: ${finding.remediation}`, MESSAGE_MAX),
  };
  if (finding.location !== undefined) {
    annotation.file = singleLine(finding.location.file, 1000);
    annotation.startLine = finding.location.line;
  } else if (options.policyFile !== undefined && options.policyFile !== '') {
    annotation.file = singleLine(options.policyFile, 1000);
    annotation.startLine = options.ruleLines?.get(finding.rule) ?? 1;
  }
  return annotation;
}

export interface AnnotationProperties {
  title: string;
  file?: string;
  startLine?: number;
}

/** Where annotations go; @actions/core by default. It escapes message and properties itself. */
export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export const coreSink: AnnotationSink = {
  error: (message, properties) => core.error(message, properties),
  warning: (message, properties) => core.warning(message, properties),
  notice: (message, properties) => core.notice(message, properties),
};

export function emitAnnotations(annotations: readonly Annotation[], sink: AnnotationSink = coreSink): void {
  for (const a of annotations) {
    const properties: AnnotationProperties = { title: a.title };
    if (a.file !== undefined) properties.file = a.file;
    if (a.startLine !== undefined) properties.startLine = a.startLine;
    sink[a.level](a.message, properties);
  }
}
