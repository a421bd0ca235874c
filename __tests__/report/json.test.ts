/* eslint-disable no-control-regex, @typescript-eslint/no-explicit-any -- control characters are the point; reports are mutated as plain JSON */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { buildReport } from '../../src/report/build.js';
import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';
import { DEPLOY_API, hostileFinding, realisticReport, TOOL } from './fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(path.join(here, '../../schema/report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function expectValid(value: unknown): void {
  validate(value);
  expect(validate.errors ?? []).toEqual([]);
}

describe('renderJson', () => {
  it('writes stable key order, 2-space indent and a trailing newline', () => {
    const json = renderJson(realisticReport());
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "version": 1,');
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual([
      'version',
      'tool',
      'verdict',
      'summary',
      'apps',
      'findings',
      'notEvaluated',
      'suppressed',
      'notices',
      'scope',
    ]);
    expect(Object.keys(parsed.findings[0])).toEqual([
      'rule',
      'severity',
      'appId',
      'target',
      'message',
      'remediation',
      'location',
    ]);
    expect(Object.keys(parsed.suppressed[0])).toEqual([
      'rule',
      'severity',
      'appId',
      'target',
      'message',
      'remediation',
      'exception',
    ]);
  });

  it('does not depend on the key order of its input', () => {
    const report = realisticReport();
    const shuffled = JSON.parse(JSON.stringify(report), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as Report;
    expect(renderJson(shuffled)).toBe(renderJson(report));
  });

  it('round-trips the report', () => {
    const report = realisticReport();
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it('writes only contract fields', () => {
    const report = realisticReport();
    const tampered = { ...report, token: 'eyJ...', findings: report.findings.map((f) => ({ ...f, hint: 'abc' })) };
    const parsed = JSON.parse(renderJson(tampered as Report));
    expect(parsed).not.toHaveProperty('token');
    expect(parsed.findings[0]).not.toHaveProperty('hint');
  });

  it('writes valid JSON for lone surrogates and control characters', () => {
    const report = buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [hostileFinding()] });
    const json = renderJson(report);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(JSON.parse(json).findings[0].message).toBe(report.findings[0]!.message);
  });
});

describe('schema/report.schema.json', () => {
  it.each([
    ['the realistic report', realisticReport()],
    ['an empty report', buildReport({ tool: TOOL, apps: [], findings: [] })],
    ['a hostile report', buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [hostileFinding()] })],
  ])('accepts %s', (_name, report) => {
    expectValid(JSON.parse(renderJson(report)));
  });

  const valid = () => JSON.parse(renderJson(realisticReport()));
  it.each([
    ['version 2', (r: any) => (r.version = 2), '/version'],
    ['an unknown verdict', (r: any) => (r.verdict = 'ok'), '/verdict'],
    ['a negative count', (r: any) => (r.summary.errors = -1), '/summary/errors'],
    ['an unknown severity', (r: any) => (r.findings[0].severity = 'fatal'), '/findings/0/severity'],
    ['an unknown target kind', (r: any) => (r.findings[0].target.kind = 'user'), '/findings/0/target/kind'],
    ['an extra finding field', (r: any) => (r.findings[0].hint = 'abc'), '/findings/0'],
    ['line 0', (r: any) => (r.findings[0].location.line = 0), '/findings/0/location/line'],
    ['a suppressed finding without its exception', (r: any) => delete r.suppressed[0].exception, '/suppressed/0'],
    ['a missing notices list', (r: any) => delete r.notices, ''],
    ['an extra top-level field', (r: any) => (r.token = 'x'), ''],
  ])('rejects %s', (_name, mutate, instancePath) => {
    const report = valid();
    mutate(report);
    expect(validate(report)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(instancePath);
  });
});
