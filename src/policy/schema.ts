// The JSON Schema of the policy file, derived from the catalogue and the settings table so editor
// completion never drifts from what the compiler accepts. scripts/gen-rules-doc.ts writes it to
// schema/policy.schema.json; a test fails when the file is out of date.
import { RULES } from './rules/index.js';
import { DEFAULT_SETTINGS, GITHUB_OWNER_PATTERN, SETTING_SPECS, type SettingSpec } from './settings.js';
import { SEVERITIES } from './types.js';

function settingSchema(spec: SettingSpec): Record<string, unknown> {
  const fallback = DEFAULT_SETTINGS[spec.field];
  const description = `${spec.description} Default: ${Array.isArray(fallback) ? (fallback.length === 0 ? '[]' : fallback.join(', ')) : fallback}.`;
  switch (spec.kind) {
    case 'days':
      return { description, type: 'integer', minimum: 1, default: fallback };
    case 'credentialCount':
      return { description, type: 'integer', minimum: 1, maximum: 20, default: fallback };
    case 'boolean':
      return { description, type: 'boolean', default: fallback };
    case 'issuers':
      return { description, type: 'array', items: { type: 'string', pattern: '^https://\\S+$' }, default: fallback };
    case 'owners':
      return {
        description,
        type: 'array',
        items: { type: 'string', pattern: GITHUB_OWNER_PATTERN.source },
        default: fallback,
      };
    case 'names':
      return { description, type: 'array', items: { type: 'string', minLength: 1, pattern: '\\S' }, default: fallback };
  }
}

export function policySchema(): Record<string, unknown> {
  const ruleIds = RULES.map((r) => r.id);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Entra Federation Guard policy',
    description: 'The policy file of Entra Federation Guard (.github/entra-federation-guard.yml); see docs/policy.md.',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
      version: { description: 'Format version of the policy file; must be 1.', const: 1 },
      rules: {
        description:
          'Severity of each rule (error, warning, notice), or off to disable it. Rules left out keep their default severity.',
        type: 'object',
        propertyNames: { $ref: '#/$defs/ruleId' },
        properties: Object.fromEntries(
          RULES.map((r) => [
            r.id,
            { description: `${r.title} Default: ${r.defaultSeverity}.`, $ref: '#/$defs/ruleSetting' },
          ]),
        ),
      },
      settings: {
        description: 'Settings the rules use. Settings left out keep their defaults.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(SETTING_SPECS.map((spec) => [spec.key, settingSchema(spec)])),
      },
      'client-ids': {
        description:
          'Which app a client id kept in a GitHub secret or variable is, so jobs that sign in with `client-id: ${{ secrets.NAME }}` are judged against that app: `NAME: <app id>` for a repository or organisation secret or variable, `NAME@ENVIRONMENT: <app id>` for an environment secret. Names and environments ignore case.',
        type: 'object',
        propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*(@\\S.*)?$' },
        additionalProperties: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
      exceptions: {
        description:
          'Temporary, documented exceptions: each suppresses the findings of one rule on one app (optionally one credential) until the end of its expiry day (UTC).',
        type: 'array',
        items: { $ref: '#/$defs/exception' },
      },
    },
    $defs: {
      ruleId: { description: 'A rule id from docs/rules.md.', enum: ruleIds },
      ruleSetting: { enum: [...SEVERITIES, 'off'] },
      exception: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'app', 'expires', 'reason'],
        properties: {
          rule: { description: 'The rule whose findings are suppressed.', $ref: '#/$defs/ruleId' },
          app: {
            description:
              'The app by id: its appId (Application (client) ID) or object id, any case. Display names are refused: whoever can edit an app can rename it.',
            type: 'string',
            pattern: '^\\s*[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\s*$',
          },
          credential: {
            description:
              "Optional: only findings about this target, by id: a secret's or certificate's keyId, a federated credential's id (the finding's target id), or a workflow job as path#job.",
            type: 'string',
            pattern:
              '^\\s*(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[^#\\s]+\\.ya?ml#[^#\\s]+)\\s*$',
          },
          expires: {
            description:
              'Last day (YYYY-MM-DD, UTC) on which the exception applies; afterwards it is reported as policy-exception-expired.',
            type: 'string',
            format: 'date',
          },
          reason: {
            description: 'Why the exception exists (ticket, owner, plan).',
            type: 'string',
            minLength: 1,
            pattern: '\\S',
          },
        },
      },
    },
  };
}

/** The schema file's exact text. */
export function renderPolicySchema(): string {
  return `${JSON.stringify(policySchema(), null, 2)}\n`;
}
