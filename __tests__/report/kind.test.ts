// Every renderer names a managed identity as such, and only a managed identity; the JSON report carries its
// kind and resource id.
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/policy/index.js';
import type { Finding } from '../../src/policy/types.js';
import { buildReport } from '../../src/report/build.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

const MI = '2a6c8e0f-4b13-4d57-9e8a-c1d2e3f4a5b9';
const APP = '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8';
const RESOURCE_ID =
  '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourceGroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra';
const finding = (appId: string, name: string): Finding => ({
  rule: 'fic-case-mismatch',
  severity: 'error',
  appId,
  target: { kind: 'federatedCredential', id: `${appId}-fic`, name },
  message: 'The federated credential matches only when case is ignored.',
  remediation: 'Set the subject.',
  location: { file: '.github/workflows/infra.yml', line: 10 },
});
const report = buildReport({
  tool: { name: 'entra-federation-guard', version: '0.1.0' },
  apps: [
    { appId: MI, objectId: 'sp-1', displayName: 'id-payments-infra', kind: 'managedIdentity', resourceId: RESOURCE_ID },
    { appId: APP, objectId: 'app-1', displayName: 'payments-api-deploy' },
  ],
  findings: [finding(MI, 'payments-api-main'), finding(APP, 'deploy-main')],
});

describe('the kind of an app in every medium', () => {
  it.each([
    ['text', () => renderText(report, { color: false })],
    ['markdown', () => renderMarkdown(report)],
    ['summary', () => renderSummary(report)],
    ['comment', () => renderComment(report)],
    [
      'sarif',
      () =>
        JSON.stringify(
          renderSarif(report, {
            rules: RULES,
            toolVersion: '0.1.0',
            informationUri: 'https://github.com/contoso/entra-federation-guard',
          } as Parameters<typeof renderSarif>[1]),
        ),
    ],
  ])(
    '%s says "Managed identity id-payments-infra" and nothing of the kind for the app registration',
    (_name, render) => {
      const text = render();
      expect(text).toContain('Managed identity id-payments-infra');
      expect(text).toContain('payments-api-deploy');
      expect(text).not.toContain('Managed identity payments-api-deploy');
    },
  );

  it('json carries kind for both and resourceId for the managed identity only, valid against the schema', () => {
    const json = JSON.parse(renderJson(report)) as { apps: Record<string, unknown>[] };
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    validate(json);
    expect(validate.errors ?? []).toEqual([]);
    const apps = json.apps;
    expect(apps).toEqual([
      {
        appId: MI,
        objectId: 'sp-1',
        displayName: 'id-payments-infra',
        kind: 'managedIdentity',
        resourceId: RESOURCE_ID,
      },
      { appId: APP, objectId: 'app-1', displayName: 'payments-api-deploy', kind: 'application' },
    ]);
  });
});
