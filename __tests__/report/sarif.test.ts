import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { RULES } from '../../src/policy/rules/index.js';
import { buildReport } from '../../src/report/build.js';
import type { Report } from '../../src/report/model.js';
import { FINGERPRINT_KEY, fingerprintOf, renderSarif, type SarifOptions } from '../../src/report/sarif.js';
import {
  DEPLOY_API,
  hostileFinding,
  realisticReport,
  RULE_FIXTURES,
  secretFinding,
  TOOL,
  UNREAD_APP_ID,
  workflowFinding,
} from './fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// The official OASIS schema, vendored unchanged (see __tests__/fixtures/sarif/SOURCE.md).
const schema = JSON.parse(readFileSync(path.join(here, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const options: SarifOptions = {
  rules: RULE_FIXTURES,
  toolVersion: '1.4.2',
  informationUri: 'https://github.com/contoso/entra-federation-guard',
};

/* eslint-disable @typescript-eslint/no-explicit-any -- SARIF is walked as plain JSON here */
const run = (report: Report, extra: Partial<SarifOptions> = {}): any =>
  (renderSarif(report, { ...options, ...extra }) as any).runs[0];

describe('renderSarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    expectValidSarif(renderSarif(realisticReport(), options));
    expectValidSarif(renderSarif(realisticReport(), { ...options, repoRoot: '/home/runner/work/api/api' }));
    expectValidSarif(renderSarif(buildReport({ tool: TOOL, apps: [], findings: [] }), options));
  });

  it('is checked by a schema that does reject mistakes', () => {
    const log = renderSarif(realisticReport(), options) as any;
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'notice';
    broken.runs[0].results[1].locations[0].physicalLocation.region = { startLine: 0 };
    expect(validateSarif(broken)).toBe(false);
    expect(validateSarif.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/level',
        '/runs/0/results/1/locations/0/physicalLocation/region/startLine',
      ]),
    );
  });

  it('validates with the real rule catalogue', () => {
    const log = renderSarif(realisticReport(), { ...options, rules: RULES });
    expectValidSarif(log);
    expect((log.runs[0] as any).tool.driver.rules).toHaveLength(RULES.length);
  });

  it('still validates with hostile text everywhere', () => {
    const report = realisticReport({ findings: [hostileFinding(), hostileFinding({ location: undefined })] });
    expectValidSarif(renderSarif(report, { ...options, policyFile: '.github/entra federation guard.yml' }));
  });

  it('describes the tool and every rule of the catalogue', () => {
    const { driver } = run(realisticReport()).tool;
    expect(driver).toMatchObject({
      name: 'entra-federation-guard',
      version: '1.4.2',
      semanticVersion: '1.4.2',
      informationUri: 'https://github.com/contoso/entra-federation-guard',
    });
    expect(driver.rules.map((r: any) => r.id)).toEqual(RULE_FIXTURES.map((r) => r.id));
    expect(driver.rules[2]).toEqual({
      id: 'client-secret-present',
      name: 'ClientSecretPresent',
      shortDescription: { text: 'The app registration has a client secret.' },
      fullDescription: { text: RULE_FIXTURES[2]!.rationale },
      help: {
        text: `${RULE_FIXTURES[2]!.rationale}\n\nExample: ${RULE_FIXTURES[2]!.example}\n\nFix: ${RULE_FIXTURES[2]!.fix}`,
        markdown: `${RULE_FIXTURES[2]!.rationale}\n\n**Example:** ${RULE_FIXTURES[2]!.example}\n\n**Fix:** ${RULE_FIXTURES[2]!.fix}`,
      },
      defaultConfiguration: { level: 'warning' },
      properties: {
        tags: ['security', 'entra-id', 'workload-identity-federation'],
        precision: 'high',
        'security-severity': '5.0',
      },
    });
    const levels = Object.fromEntries(driver.rules.map((r: any) => [r.id, r.defaultConfiguration.level]));
    expect(levels['fic-missing']).toBe('error');
    expect(levels['credential-expired']).toBe('note');
    const severities = Object.fromEntries(driver.rules.map((r: any) => [r.id, r.properties['security-severity']]));
    expect([severities['fic-missing'], severities['credential-expired']]).toEqual(['8.0', undefined]);
  });

  it('locates workflow findings in the workflow file, relative to %SRCROOT%', () => {
    const result = run(realisticReport()).results.find((r: any) => r.ruleId === 'fic-missing');
    expect(result).toMatchObject({
      ruleId: 'fic-missing',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: '.github/workflows/deploy.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 27 },
          },
          logicalLocations: [
            {
              name: 'deploy',
              fullyQualifiedName: 'deploy-api/workflowJob/.github/workflows/deploy.yml#deploy',
              kind: 'resource',
            },
          ],
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(workflowFinding) },
    });
    expect(result.message.text).toBe(
      `App deploy-api (${DEPLOY_API.appId}), workflowJob "deploy": ${workflowFinding.message}\nFix: ${workflowFinding.remediation}`,
    );
  });

  it.each([
    [undefined, '.github/workflows'],
    ['.github/entra-federation-guard.yml', '.github/entra-federation-guard.yml'],
  ])('locates app-level findings at the policy file %j or else %j', (policyFile, uri) => {
    const result = run(realisticReport(), policyFile === undefined ? {} : { policyFile }).results.find(
      (r: any) => r.ruleId === 'client-secret-present',
    );
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri, uriBaseId: '%SRCROOT%' } });
  });

  it('makes absolute paths inside the checkout relative and percent-encodes them', () => {
    const report = buildReport({
      tool: TOOL,
      apps: [DEPLOY_API],
      findings: [
        {
          ...workflowFinding,
          location: { file: '/home/runner/work/api/api/.github/workflows/de ploy#1.yml', line: 3 },
        },
      ],
    });
    const result = run(report, { repoRoot: '/home/runner/work/api/api' });
    expect(result.results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: '.github/workflows/de%20ploy%231.yml',
      uriBaseId: '%SRCROOT%',
    });
    expect(result.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/api/api/' } });
  });

  it('keeps fingerprints stable when the line or the message changes, and distinct per target', () => {
    const base = run(buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [workflowFinding] })).results[0];
    const moved = run(
      buildReport({
        tool: TOOL,
        apps: [DEPLOY_API],
        findings: [
          { ...workflowFinding, location: { file: workflowFinding.location!.file, line: 99 }, message: 'reworded' },
        ],
      }),
    ).results[0];
    const other = run(
      buildReport({
        tool: TOOL,
        apps: [DEPLOY_API],
        findings: [
          { ...workflowFinding, target: { ...workflowFinding.target, id: '.github/workflows/deploy.yml#smoke' } },
        ],
      }),
    ).results[0];
    expect(moved.partialFingerprints).toEqual(base.partialFingerprints);
    expect(other.partialFingerprints).not.toEqual(base.partialFingerprints);
    expect(base.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports suppressed findings as suppressed results', () => {
    const result = run(realisticReport()).results.find((r: any) => r.ruleId === 'secret-lifetime-too-long');
    expect(result.suppressions).toEqual([
      {
        kind: 'external',
        state: 'accepted',
        justification: 'Vendor integration, migration tracked in OPS-1234 (exception expires 2026-12-31)',
      },
    ]);
  });

  it('reports unread apps and notices as tool notifications', () => {
    expect(run(realisticReport()).invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {
              text: `App ${UNREAD_APP_ID} was not evaluated: Graph answered 403 Authorization_RequestDenied for the app.`,
            },
          },
          {
            level: 'note',
            message: { text: 'Workflow .github/workflows/broken.yml is not valid YAML (line 4): skipped.' },
          },
        ],
      },
    ]);
  });

  it('adds a descriptor for a rule the catalogue lacks, so ruleIndex stays valid', () => {
    const report = buildReport({
      tool: TOOL,
      apps: [DEPLOY_API],
      findings: [{ ...secretFinding, rule: 'future-rule' }],
    });
    const r = run(report);
    const index = r.results[0].ruleIndex;
    expect(r.tool.driver.rules[index]).toMatchObject({ id: 'future-rule', defaultConfiguration: { level: 'warning' } });
  });

  it.each([
    [{ informationUri: 'not a url' }, 'informationUri must be an absolute http(s) URL'],
    [{ toolVersion: ' ' }, 'toolVersion must be a non-empty string'],
  ])('validates its options: %#', (override, message) => {
    expect(() => renderSarif(realisticReport(), { ...options, ...override })).toThrow(message);
  });
});
