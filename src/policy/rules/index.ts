// The rule catalogue, in a stable order: credentials, federated trust, workflows, privilege, policy.
import type { RuleDefinition } from '../types.js';
import { credentialRules } from './credentials.js';
import { federationRules } from './federation.js';
import { workflowRules } from './workflow.js';
import { workflowSecretSignIn } from './workflow-secret.js';
import { privilegeRules } from './privilege.js';
import { policyRules } from './policy.js';
import { snapshotRules } from './snapshot.js';
import { workflowUnreadable } from './workflow-unreadable.js';
import { signalRules } from './signals.js';
import { lifecycleRules } from './lifecycle.js';

export const RULES: readonly RuleDefinition[] = Object.freeze([
  ...credentialRules,
  ...federationRules,
  ...workflowRules,
  workflowSecretSignIn,
  workflowUnreadable,
  ...privilegeRules,
  ...signalRules,
  ...lifecycleRules,
  ...policyRules,
  ...snapshotRules,
]);

const BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.id, rule]));
if (BY_ID.size !== RULES.length) throw new Error('rule ids must be unique');

export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}
