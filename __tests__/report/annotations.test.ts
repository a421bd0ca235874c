/* eslint-disable no-control-regex -- these tests are about control characters */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  emitAnnotations,
  planAnnotations,
  type Annotation,
  type AnnotationSink,
} from '../../src/report/annotations.js';
import { escapeCommandData, escapeCommandProperty } from '../../src/report/escape.js';
import {
  expiredFinding,
  hostileFinding,
  HOSTILE,
  hugeName,
  manyFindings,
  realisticReport,
  secretFinding,
  wildcardFinding,
  workflowFinding,
} from './fixtures.js';

describe('planAnnotations', () => {
  it('orders by severity and attaches file and line when known', () => {
    const plan = planAnnotations(realisticReport().findings, { policyFile: '.github/entra-federation-guard.yml' });
    expect(plan).toEqual([
      {
        level: 'error',
        title: 'fic-missing: deploy',
        message: `${workflowFinding.message}\nFix: ${workflowFinding.remediation}`,
        file: '.github/workflows/deploy.yml',
        startLine: 27,
      },
      {
        level: 'error',
        title: 'fic-wildcard: any-branch',
        message: `${wildcardFinding.message}\nFix: ${wildcardFinding.remediation}`,
        file: '.github/entra-federation-guard.yml',
        startLine: 1,
      },
      {
        level: 'warning',
        title: 'client-secret-present: ci-legacy',
        message: `${secretFinding.message}\nFix: ${secretFinding.remediation}`,
        file: '.github/entra-federation-guard.yml',
        startLine: 1,
      },
      expect.objectContaining({ level: 'warning', title: 'fic-pull-request: pr-validate', startLine: 12 }),
      expect.objectContaining({ level: 'notice', title: 'credential-expired: billing-2023' }),
    ]);
  });

  it("points app-level findings at the rule's line in the policy file when known", () => {
    const [annotation] = planAnnotations([secretFinding], {
      policyFile: 'policy.yml',
      ruleLines: new Map([['client-secret-present', 14]]),
    });
    expect(annotation).toMatchObject({ file: 'policy.yml', startLine: 14 });
  });

  it('leaves app-level findings without a file when there is no policy file', () => {
    const [annotation] = planAnnotations([expiredFinding]);
    expect(annotation).not.toHaveProperty('file');
    expect(annotation).not.toHaveProperty('startLine');
  });

  it.each([
    [25, 'error', 9, '16 more errors — see the job summary for every finding.'],
    [11, 'warning', 9, '2 more warnings — see the job summary for every finding.'],
  ] as const)('caps %d %ss at 9 plus one overflow annotation', (count, level, shown, overflow) => {
    const plan = planAnnotations(manyFindings(count, level));
    expect(plan).toHaveLength(10);
    expect(plan.slice(0, shown).every((a) => a.level === level && a.title.startsWith('client-secret-present:'))).toBe(
      true,
    );
    expect(plan[9]).toEqual({ level, title: 'Entra Federation Guard', message: overflow });
  });

  it('caps each level independently and never exceeds 10 per level', () => {
    const findings = [...manyFindings(30, 'notice'), ...manyFindings(10, 'warning'), ...manyFindings(12, 'error')];
    const plan = planAnnotations(findings);
    const count = (level: string) => plan.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 10]);
    expect(plan.map((a) => a.level)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(10).fill('notice'),
    ]);
    expect(plan[9]?.message).toBe('3 more errors — see the job summary for every finding.');
    expect(plan[19]?.title).toBe('client-secret-present: secret 9');
    expect(plan[29]?.message).toBe('21 more notices — see the job summary for every finding.');
  });

  it('honours a smaller maxPerLevel and rejects one GitHub would not honour', () => {
    expect(planAnnotations(manyFindings(5, 'error'), { maxPerLevel: 3 }).map((a) => a.message.slice(0, 14))).toEqual([
      'Secret 0 xxxxx',
      'Secret 1 xxxxx',
      '3 more errors ',
    ]);
    expect(() => planAnnotations([], { maxPerLevel: 11 })).toThrow('maxPerLevel must be an integer from 1 to 10');
  });

  it('bounds hostile sizes: a 10 MB name gives a short title and message', () => {
    const big = hugeName();
    const [a] = planAnnotations([{ ...secretFinding, target: { ...secretFinding.target, name: big }, message: big }]);
    expect(a?.title.length).toBeLessThanOrEqual(200);
    expect(a?.message.length).toBeLessThanOrEqual(4000);
  });

  it('makes titles single-line and strips control characters from messages', () => {
    const [a] = planAnnotations([hostileFinding()]);
    expect(a?.title).not.toMatch(/[\r\n\u0000\u001b]/);
    expect(a?.message).not.toMatch(/[\u0000\u001b\u009b]/);
  });
});

describe('emitAnnotations', () => {
  it('passes each annotation to the sink with its properties', () => {
    const calls: [string, string, unknown][] = [];
    const sink: AnnotationSink = {
      error: (m, p) => calls.push(['error', m, p]),
      warning: (m, p) => calls.push(['warning', m, p]),
      notice: (m, p) => calls.push(['notice', m, p]),
    };
    const plan: Annotation[] = [
      { level: 'error', title: 't1', message: 'm1', file: 'a.yml', startLine: 3 },
      { level: 'notice', title: 't2', message: 'm2' },
    ];
    emitAnnotations(plan, sink);
    expect(calls).toEqual([
      ['error', 'm1', { title: 't1', file: 'a.yml', startLine: 3 }],
      ['notice', 'm2', { title: 't2' }],
    ]);
  });

  describe('through the real @actions/core', () => {
    let written: string[];
    beforeEach(() => {
      written = [];
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      });
    });
    afterEach(() => {
      jest.restoreAllMocks();
    });

    /** Lines as the runner reads them: it splits on \n, \r\n and \r. */
    const runnerLines = () =>
      written
        .join('')
        .split(/\r\n|\r|\n/)
        .filter((l) => l !== '');

    it('writes exactly one workflow command per annotation, whatever the text', () => {
      const hostile = Object.values(HOSTILE);
      const findings = hostile.map((text, i) =>
        hostileFinding({
          severity: (['error', 'warning', 'notice'] as const)[i % 3],
          target: { kind: 'federatedCredential', id: `fic-${i}`, name: text },
          message: `${text}\n::error::injected ${i}`,
          remediation: text,
          location: { file: `.github/workflows/${text}.yml`, line: i + 1 },
        }),
      );
      const plan = planAnnotations(findings);
      emitAnnotations(plan);

      const lines = runnerLines();
      expect(lines).toHaveLength(plan.length);
      lines.forEach((line, i) => {
        const a = plan[i]!;
        // Each line is precisely the command we asked for, escaped by @actions/core.
        expect(line).toBe(
          `::${a.level} title=${escapeCommandProperty(a.title)},file=${escapeCommandProperty(a.file!)},line=${a.startLine}::${escapeCommandData(a.message)}`,
        );
      });
      expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(plan.length);
    });

    it('cannot be made to emit set-output, add-mask or stop-commands', () => {
      emitAnnotations(planAnnotations([hostileFinding()]));
      const commands = runnerLines()
        .filter((l) => l.startsWith('::'))
        .map((l) => /^::([a-z-]+)/.exec(l)?.[1]);
      expect(commands).toEqual(['error']);
    });
  });
});
