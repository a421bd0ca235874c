// Findings as the policy engine produces them for a small tenant, plus text an attacker controls (app and
// credential names come from Graph, paths and job names from workflow files).
import type { Finding, RuleDefinition } from '../../src/policy/types.js';
import { buildReport } from '../../src/report/build.js';
import type { Report, SuppressedFinding } from '../../src/report/model.js';

export const TOOL = { name: 'entra-federation-guard', version: '1.4.2' };

export const DEPLOY_API = {
  appId: '3f2a9c41-7b1e-4d2a-9f0e-5c8b7a6d1e20',
  objectId: 'b7c1d2e3-0a4f-4e5d-8c9b-1a2b3c4d5e6f',
  displayName: 'deploy-api',
};
export const BILLING = {
  appId: '8e0d6c1a-2b3f-4a5e-9d8c-7b6a5f4e3d2c',
  objectId: 'c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  displayName: 'billing-worker',
};
export const DOCS_SITE = {
  appId: '0c9b8a7f-6e5d-4c3b-8a29-18f7e6d5c4b3',
  objectId: 'd2e3f4a5-6b7c-4d8e-9fa0-b1c2d3e4f5a6',
  displayName: 'docs-site',
};
export const UNREAD_APP_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

export const secretFinding: Finding = {
  rule: 'client-secret-present',
  severity: 'warning',
  appId: DEPLOY_API.appId,
  target: { kind: 'secret', id: '9d6f1c2e-3b4a-4c5d-8e7f-a1b2c3d4e5f6', name: 'ci-legacy' },
  message: 'App "deploy-api" has client secret "ci-legacy", valid until 2027-03-01: anyone holding a copy can sign in.',
  remediation: 'Sign in with a federated credential instead, then delete the secret.',
};

export const expiredFinding: Finding = {
  rule: 'credential-expired',
  severity: 'notice',
  appId: BILLING.appId,
  target: { kind: 'certificate', id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'billing-2023' },
  message: 'App "billing-worker" has certificate "billing-2023", expired on 2024-01-31.',
  remediation: 'Delete the expired certificate.',
};

export const wildcardFinding: Finding = {
  rule: 'fic-wildcard',
  severity: 'error',
  appId: DEPLOY_API.appId,
  target: { kind: 'federatedCredential', id: '7e8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b', name: 'any-branch' },
  message:
    "Federated credential \"any-branch\" matches claims['sub'] matches 'repo:contoso/api:*': any branch or PR can sign in.",
  remediation: 'Replace it with one credential per environment: repo:contoso/api:environment:production.',
};

export const workflowFinding: Finding = {
  rule: 'fic-missing',
  severity: 'error',
  appId: DEPLOY_API.appId,
  target: { kind: 'workflowJob', id: '.github/workflows/deploy.yml#deploy', name: 'deploy' },
  message:
    'Job "deploy" will present subject repo:contoso/api:environment:production, which no federated credential accepts.',
  remediation: 'Add a federated credential with subject repo:contoso/api:environment:production.',
  location: { file: '.github/workflows/deploy.yml', line: 27 },
};

export const pullRequestFinding: Finding = {
  rule: 'fic-pull-request',
  severity: 'warning',
  appId: BILLING.appId,
  target: { kind: 'federatedCredential', id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'pr-validate' },
  message:
    'Federated credential "pr-validate" accepts repo:contoso/billing:pull_request: any pull request can sign in.',
  remediation: 'Remove the pull_request credential or give it a read-only role.',
  location: { file: '.github/workflows/validate.yml', line: 12 },
};

export const suppressedFinding: SuppressedFinding = {
  rule: 'secret-lifetime-too-long',
  severity: 'warning',
  appId: BILLING.appId,
  target: { kind: 'secret', id: '3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f', name: 'nightly-export' },
  message: 'Client secret "nightly-export" is valid for 730 days; the policy allows 180.',
  remediation: 'Replace it with a secret valid for at most 180 days.',
  exception: { reason: 'Vendor integration, migration tracked in OPS-1234', expires: '2026-12-31' },
};

export const RULE_FIXTURES: RuleDefinition[] = [
  rule('fic-missing', 'error', 'A job that signs in presents a subject no federated credential accepts.'),
  rule('fic-wildcard', 'error', 'A flexible federated credential matches with a wildcard.'),
  rule('client-secret-present', 'warning', 'The app registration has a client secret.'),
  rule('fic-pull-request', 'warning', 'A federated credential accepts pull_request tokens.'),
  rule('secret-lifetime-too-long', 'warning', 'A client secret is valid for longer than the policy allows.'),
  rule('credential-expired', 'notice', 'A credential has expired.'),
];

function rule(id: string, defaultSeverity: RuleDefinition['defaultSeverity'], title: string): RuleDefinition {
  return {
    id,
    defaultSeverity,
    title,
    rationale: `Why ${id} matters: a leaked or over-broad credential lets someone else sign in as the app.`,
    example: `App "deploy-api" triggers ${id}.`,
    fix: `Fix ${id} with \`az ad app federated-credential create\`.`,
    check: () => [],
  };
}

export function realisticReport(overrides: Partial<Parameters<typeof buildReport>[0]> = {}): Report {
  return buildReport({
    tool: TOOL,
    apps: [DEPLOY_API, BILLING, DOCS_SITE],
    findings: [secretFinding, expiredFinding, wildcardFinding, workflowFinding, pullRequestFinding],
    suppressed: [suppressedFinding],
    notEvaluated: [{ appId: UNREAD_APP_ID, reason: 'Graph answered 403 Authorization_RequestDenied for the app.' }],
    notices: ['Workflow .github/workflows/broken.yml is not valid YAML (line 4): skipped.'],
    scope: { tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47', policyDigest: 'sha256:4be1c0ffee' },
    ...overrides,
  });
}

/** Strings an attacker can place in a display name, a credential name, a workflow path or a message. */
export const HOSTILE = {
  command: '::error::pwned',
  encodedNewlineCommand: 'x%0A::set-output name=verdict::pass',
  crlfCommand: 'ok\r\n::warning file=x::y',
  newlineCommand: 'ok\n::add-mask::\n::stop-commands::abc',
  script: '<script>alert(1)</script>',
  marker: '<!-- entra-federation-guard -->',
  tableBreaker: '| a | b |\n|---|---|',
  link: '[link](javascript:alert(1))',
  image: '![x](https://evil.example/x.png)',
  mention: '@everyone and @contoso/admins',
  heading: '# Heading\n> quote\n- item\n===',
  ansi: 'name\u001b[2J\u001b[H\u001b]0;title\u0007\u009b31m',
  nul: 'a\u0000b',
  loneSurrogate: 'x\uD800y\uDC00z',
  bidi: 'abc\u202Edcba',
  backticks: '``` code `',
};

export function hostileText(): string {
  return Object.values(HOSTILE).join(' ');
}

/** A display name of 10 million characters. */
export function hugeName(): string {
  return 'A'.repeat(10_000_000);
}

export function hostileFinding(overrides: Partial<Finding> = {}): Finding {
  const text = hostileText();
  return {
    rule: 'fic-wildcard',
    severity: 'error',
    appId: DEPLOY_API.appId,
    target: { kind: 'federatedCredential', id: 'fic-1', name: text },
    message: text,
    remediation: text,
    location: { file: `.github/workflows/${HOSTILE.command}.yml`, line: 3 },
    ...overrides,
  };
}

/** `count` distinct findings of one severity, for capping and truncation tests. */
export function manyFindings(count: number, severity: Finding['severity'], messageLength = 80): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    rule: 'client-secret-present',
    severity,
    appId: DEPLOY_API.appId,
    target: { kind: 'secret' as const, id: `secret-${String(i).padStart(6, '0')}`, name: `secret ${i}` },
    message: `Secret ${i} `.padEnd(messageLength, 'x'),
    remediation: 'Delete the secret.',
  }));
}
