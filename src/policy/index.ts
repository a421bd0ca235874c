// The pure policy engine. File reading lives in ./file.ts, the only module here that does I/O.
export { compilePolicy, DEFAULT_POLICY, type CompiledException, type CompiledPolicy } from './compile.js';
export { PolicyError } from './errors.js';
export { evaluate, evaluateApp, type Evaluation, type EvaluationInput } from './evaluate.js';
export { policyFindings, EXCEPTION_EXPIRED_RULE } from './exceptions.js';
export { signalFindings, SIGNAL_UNAVAILABLE_RULE } from './signal-findings.js';
export { lifecycleTenantFindings, SparedApps, APP_MANAGEMENT_POLICY_RULE } from './lifecycle-findings.js';
export { mergeRecommendations, withSignInEvidence } from './rules/lifecycle.js';
export { compareFindings, sortFindings } from './order.js';
export { RULES, ruleById } from './rules/index.js';
export { snapshotFindings, SNAPSHOT_STALE_RULE } from './rules/snapshot.js';
export { DEFAULT_SETTINGS, SETTING_SPECS } from './settings.js';
export * from './types.js';
