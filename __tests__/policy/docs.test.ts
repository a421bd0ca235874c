import { describe, expect, test } from '@jest/globals';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { compilePolicy, RULES } from '../../src/policy/index.js';
import { policySchema } from '../../src/policy/schema.js';
import { renderGeneratedFiles, renderRulesDoc, ROOT } from '../../scripts/gen-rules-doc.js';

// ajv-formats is CommonJS: under ESM its plugin may arrive wrapped in a `default` property.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  addFormatsModule) as unknown as FormatsPlugin;

async function schemaValidator() {
  const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'policy.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return { schema, validate: ajv.compile(schema) };
}

async function policyDocumentExamples(): Promise<{ name: string; text: string }[]> {
  const dir = join(ROOT, 'examples', 'policies');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yml')).sort();
  const examples = await Promise.all(
    files.map(async (f) => ({ name: `examples/policies/${f}`, text: await readFile(join(dir, f), 'utf8') })),
  );
  const doc = await readFile(join(ROOT, 'docs', 'policy.md'), 'utf8');
  const complete = /## A complete example\s+```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!complete) throw new Error('docs/policy.md has no complete example');
  return [...examples, { name: 'docs/policy.md complete example', text: complete }];
}

describe('generated files are up to date (run `npm run docs:rules`)', () => {
  test('docs/rules.md and schema/policy.schema.json match the catalogue', async () => {
    for (const { path, text } of await renderGeneratedFiles()) {
      expect({ path, text: await readFile(path, 'utf8') }).toEqual({ path, text });
    }
  });

  test('rules.md has one section per rule with every part', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) {
      const start = doc.indexOf(`### \`${rule.id}\``);
      expect(start).toBeGreaterThan(-1);
      const section = doc.slice(
        start,
        doc.indexOf('\n### ', start + 1) === -1 ? undefined : doc.indexOf('\n### ', start + 1),
      );
      for (const part of [
        `**Default severity:** ${rule.defaultSeverity}`,
        rule.title,
        rule.rationale,
        rule.example,
        rule.fix,
        `  - rule: ${rule.id}`,
      ]) {
        expect(section).toContain(part);
      }
    }
  });
});

describe('the catalogue', () => {
  test('ids are unique, kebab-case and every rule explains itself', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const text of [rule.title, rule.rationale, rule.example, rule.fix])
        expect(text.trim().length).toBeGreaterThan(10);
    }
  });

  test('ids and default severities are the contract', () => {
    const contract = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));
    expect(contract).toMatchObject({
      'client-secret-present': 'warning',
      'service-principal-secret-present': 'warning',
      'credential-expired': 'warning',
      'credential-expiring': 'warning',
      'secret-lifetime-too-long': 'warning',
      'secret-alongside-federation': 'warning',
      'fic-untrusted-issuer': 'error',
      'fic-audience': 'warning',
      'fic-pull-request': 'error',
      'fic-wildcard': 'warning',
      'fic-foreign-owner': 'error',
      'fic-malformed-subject': 'error',
      'fic-near-limit': 'warning',
      'privileged-graph-permission': 'warning',
      'privileged-directory-role': 'warning',
      'policy-exception-expired': 'warning',
    });
  });
});

describe('the JSON schema', () => {
  test('its rule-id enum and rule properties equal the catalogue, in order', async () => {
    const { schema } = await schemaValidator();
    const ids = RULES.map((r) => r.id);
    expect(schema.$defs.ruleId.enum).toEqual(ids);
    expect(Object.keys(schema.properties.rules.properties)).toEqual(ids);
    expect(schema).toEqual(policySchema());
  });

  test('every example policy and the docs example validate and compile', async () => {
    const { validate } = await schemaValidator();
    for (const { name, text } of await policyDocumentExamples()) {
      const valid = validate(parse(text));
      expect({ name, errors: valid ? null : validate.errors }).toEqual({ name, errors: null });
      expect(() => compilePolicy(text, name)).not.toThrow();
    }
  });

  test.each<[string, unknown]>([
    ['no version', { rules: {} }],
    ['unknown rule', { version: 1, rules: { 'client-secret': 'error' } }],
    ['bad severity', { version: 1, rules: { 'fic-audience': 'fatal' } }],
    ['unknown setting', { version: 1, settings: { 'allowed-issuer': [] } }],
    ['zero days', { version: 1, settings: { 'expiry-warning-days': 0 } }],
    [
      'exception without reason',
      { version: 1, exceptions: [{ rule: 'fic-audience', app: 'a', expires: '2027-01-01' }] },
    ],
    [
      'exception with an impossible date',
      { version: 1, exceptions: [{ rule: 'fic-audience', app: 'a', expires: '2027-02-30', reason: 'r' }] },
    ],
  ])('rejects %s, as the compiler does', async (_name, value) => {
    const { validate } = await schemaValidator();
    expect(validate(value)).toBe(false);
  });
});
