import { describe, expect, it } from '@jest/globals';
import { audit } from '../../src/audit.js';
import { compilePolicy, DEFAULT_POLICY } from '../../src/policy/index.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type { RepositoryFacts } from '../../src/workflows/model.js';
import { parseWorkflow } from '../../src/workflows/parse.js';

const REPOSITORY: RepositoryFacts = { owner: 'o', name: 'r', subjectFormat: { kind: 'default', source: 'assumed' } };
const SIGN_IN_JOB = [
  'on: pull_request_target',
  'permissions: { id-token: write }',
  'jobs:',
  '  deploy:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: azure/login@v2',
  '        with: { client-id: 11111111-2222-3333-4444-555555555555, tenant-id: t, subscription-id: s }',
].join('\n');

/** 120 ordinary aliases: GitHub Actions accepts anchors and aliases, so the analysis must too. */
function withAliases(count: number): string {
  const lines = ['x-common: &common { runs-on: ubuntu-latest }', SIGN_IN_JOB];
  for (let i = 0; i < count; i += 1) lines.push(`  job${i}:`, '    <<: *common', '    steps: [{ run: echo }]');
  return `${lines.join('\n')}\n`;
}

describe('workflow-unreadable', () => {
  it('accepts 120 ordinary aliases: the jobs of the file are analysed', () => {
    const result = parseWorkflow('w.yml', withAliases(120));
    expect(result.ok).toBe(true);
    expect(result.ok && result.workflow.jobs).toHaveLength(121);
  });

  it('makes a file the parser refuses an error on that file, not a notice', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*a${i - 1}`)
          .join(',')}]`,
      );
    const analysis = analyseWorkflows(
      [
        { path: '.github/workflows/ok.yml', text: SIGN_IN_JOB },
        { path: '.github/workflows/bomb.yml', text: `${bomb.join('\n')}\n${SIGN_IN_JOB}\n` },
        { path: '.github/workflows/broken.yml', text: 'on: [push\njobs: {}\n' },
        { path: '.github/workflows/not-a-workflow.yml', text: 'just: data\n' },
      ],
      REPOSITORY,
    );
    const report = await audit([], { policy: DEFAULT_POLICY, context: { now: new Date(), workflows: analysis } });
    const unreadable = report.findings.filter((f) => f.rule === 'workflow-unreadable');
    expect(unreadable.map((f) => [f.location?.file, f.severity])).toEqual([
      ['.github/workflows/bomb.yml', 'error'],
      ['.github/workflows/broken.yml', 'error'],
    ]);
    expect(unreadable[0]?.message).toMatch(/YAML refused: more than 200000 nodes/);
    expect(report.verdict).toBe('fail');
  });

  it('can be turned off like any rule', async () => {
    const policy = compilePolicy('version: 1\nrules:\n  workflow-unreadable: off\n', 'p.yml');
    const analysis = analyseWorkflows([{ path: 'w.yml', text: 'on: [\n' }], REPOSITORY);
    const report = await audit([], { policy, context: { now: new Date(), workflows: analysis } });
    expect(report.findings).toEqual([]);
  });
});
