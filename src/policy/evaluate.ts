// Runs the catalogue over the inventory. Pure: apps, policy and context in, findings out.
import type { AppInventory } from '../inventory/model.js';
import type { SuppressedFinding } from '../report/model.js';
import type { CompiledPolicy } from './compile.js';
import { applyExceptions } from './exceptions.js';
import { sortFindings } from './order.js';
import { RULES } from './rules/index.js';
import type { EvaluationContext, Finding, RuleDefinition } from './types.js';

export type EvaluationInput = Omit<EvaluationContext, 'settings'>;

export interface Evaluation {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** Evaluates one app (the streaming path: apps can be evaluated as they are read). */
export function evaluateApp(app: AppInventory, policy: CompiledPolicy, input: EvaluationInput): Evaluation {
  return evaluateAppWith(RULES, app, policy, input);
}

/** evaluateApp over a given rule list (the catalogue in production; tests pass their own rules). */
export function evaluateAppWith(
  rules: readonly RuleDefinition[],
  app: AppInventory,
  policy: CompiledPolicy,
  input: EvaluationInput,
): Evaluation {
  const context: EvaluationContext = { ...input, settings: policy.settings };
  const raw: Finding[] = [];
  for (const rule of rules) {
    const setting = policy.severities.get(rule.id) ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const hit of rule.check(app, context)) {
      const finding: Finding = {
        rule: rule.id,
        // A rule may raise (or lower) one hit's severity; only `off` in the policy silences it.
        severity: hit.severity ?? setting,
        appId: app.appId,
        target: hit.target,
        message: hit.message,
        remediation: hit.remediation,
      };
      if (hit.location) finding.location = hit.location;
      raw.push(finding);
    }
  }
  const { findings, suppressed } = applyExceptions(raw, app, policy.exceptions, input.now);
  return { findings: sortFindings(findings), suppressed: sortFindings(suppressed) };
}

export function evaluate(apps: readonly AppInventory[], policy: CompiledPolicy, input: EvaluationInput): Evaluation {
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const app of apps) {
    const result = evaluateApp(app, policy, input);
    findings.push(...result.findings);
    suppressed.push(...result.suppressed);
  }
  return { findings: sortFindings(findings), suppressed: sortFindings(suppressed) };
}
