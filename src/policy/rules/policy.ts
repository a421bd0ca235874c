// Rules about the policy file itself. They are in the catalogue so their severity can be set and
// they are documented like every other rule, but they look at the policy, not at an app: the
// findings come from policyFindings(), and check() has nothing to say about an app.
import type { RuleDefinition } from '../types.js';

export const policyExceptionExpired: RuleDefinition = {
  id: 'policy-exception-expired',
  defaultSeverity: 'warning',
  title: 'A policy exception has passed its `expires` date and no longer suppresses anything.',
  rationale:
    'Exceptions are meant to be temporary. Once one lapses, the findings it covered are reported again; this finding points at the exception so it is either renewed on purpose or deleted.',
  example:
    'policy exception for client-secret-present on app 11111111-2222-3333-4444-555555555555 expired on 2026-01-31 (reason: "Migration tracked in JIRA-123").',
  fix: 'Fix what the exception covered and delete it from the policy file, or, if more time is agreed, set a new `expires` date.',
  check: () => [],
};

export const policyRules: readonly RuleDefinition[] = [policyExceptionExpired];
