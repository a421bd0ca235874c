import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import { parseWorkflow } from '../../src/workflows/parse.js';
import type { RepositoryFacts } from '../../src/workflows/model.js';

const REPOSITORY: RepositoryFacts = { owner: 'o', name: 'r', subjectFormat: { kind: 'default', source: 'assumed' } };

describe('parseWorkflow', () => {
  it.each([
    ['a list', '- a\n- b\n', 1, 'not a workflow: the document is a list, not a mapping'],
    ['a scalar', 'hello\n', 1, 'not a workflow: the document is a single value, not a mapping'],
    ['no triggers', 'jobs:\n  a:\n    runs-on: x\n', 1, 'not a workflow: no `on:` triggers'],
    ['jobs as a list', 'on: push\njobs:\n  - a\n', 2, 'not a workflow: `jobs:` is missing or not a mapping'],
    ['a duplicate key', 'on: push\non: pull_request\njobs: {}\n', 2, 'invalid YAML: Map keys must be unique'],
  ])('reports %s as a problem at its line', (_, text, line, message) => {
    const unreadable = message.startsWith('invalid YAML') ? { unreadable: true } : {};
    expect(parseWorkflow('w.yml', text)).toEqual({
      ok: false,
      problem: { file: 'w.yml', line, message, ...unreadable },
    });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i += 1)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const result = parseWorkflow('bomb.yml', `${levels.join('\n')}\non: push\njobs: {}\n`);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem.message).toMatch(/^YAML refused: /);
  });

  it('keeps the line of every job, its environment and each step', () => {
    const text = [
      'on:',
      '  push:',
      '    branches: [main]',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    environment:',
      '      name: prod',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: login',
      '        uses: azure/login@v2',
    ].join('\n');
    const result = parseWorkflow('w.yml', text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const job = result.workflow.jobs[0];
    expect([job?.line, job?.environment, job?.steps.map((s) => s.line)]).toEqual([
      5,
      { text: 'prod', line: 7 },
      [10, 11],
    ]);
    expect(result.workflow.triggers).toEqual([{ event: 'push', line: 2, branches: ['main'] }]);
  });

  it.each([
    ['on: push', [{ event: 'push', line: 1 }]],
    [
      'on: [push, workflow_dispatch]',
      [
        { event: 'push', line: 1 },
        { event: 'workflow_dispatch', line: 1 },
      ],
    ],
    ['on:\n  release:\n    types: [published]', [{ event: 'release', line: 2 }]],
  ])('reads triggers written as %j', (on, triggers) => {
    const result = parseWorkflow('w.yml', `${on}\njobs:\n  a:\n    runs-on: x\n`);
    expect(result.ok && result.workflow.triggers).toEqual(triggers);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseWorkflow('w.yml', text);
        expect(typeof result.ok).toBe('boolean');
        analyseWorkflows([{ path: 'w.yml', text }], REPOSITORY);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary workflow-shaped documents', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        'push',
        'main',
        'write',
        'write-all',
        '${{ inputs.env }}',
        '${{ matrix.x }}',
        './',
        'azure/login@v2',
        '',
      ),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.constantFrom(
      'on',
      'jobs',
      'permissions',
      'environment',
      'steps',
      'uses',
      'with',
      'run',
      'env',
      'strategy',
      'matrix',
      'include',
      'branches',
      'tags',
      'client-id',
      'id-token',
      'workflow_call',
      'inputs',
      'secrets',
      'name',
      'x',
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, tree, { maxKeys: 6 }), (document) => {
        const text = JSON.stringify(document);
        analyseWorkflows([{ path: '.github/workflows/w.yml', text }], REPOSITORY);
      }),
      { numRuns: 300 },
    );
  });
});
