/* eslint-disable no-control-regex -- these tests are about control characters */
import { describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import { renderText } from '../../src/report/text.js';
import { DEPLOY_API, hostileFinding, HOSTILE, hugeName, realisticReport, TOOL } from './fixtures.js';

describe('renderText', () => {
  it('groups findings by app with severity labels, unread apps first', () => {
    const out = renderText(realisticReport(), { color: false });
    expect(out.split('\n').slice(0, 12)).toEqual([
      'Entra Federation Guard: FAIL, INCOMPLETE — 2 errors, 2 warnings, 1 notice across 3 apps; 1 app NOT evaluated',
      '',
      'NOT EVALUATED (credentials of these apps were not checked):',
      '  5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d: Graph answered 403 Authorization_RequestDenied for the app.',
      '',
      'billing-worker (8e0d6c1a-2b3f-4a5e-9d8c-7b6a5f4e3d2c)',
      '  WARNING fic-pull-request  federatedCredential "pr-validate"  .github/workflows/validate.yml:12',
      '          Federated credential "pr-validate" accepts repo:contoso/billing:pull_request: any pull request can sign in.',
      '          Fix: Remove the pull_request credential or give it a read-only role.',
      '  NOTICE  credential-expired  certificate "billing-2023"',
      '          App "billing-worker" has certificate "billing-2023", expired on 2024-01-31.',
      '          Fix: Delete the expired certificate.',
    ]);
    expect(out).toContain(
      'Suppressed by policy exceptions (1):\n' +
        '  WARNING secret-lifetime-too-long  secret "nightly-export" (app 8e0d6c1a-2b3f-4a5e-9d8c-7b6a5f4e3d2c)\n' +
        '          Exception: Vendor integration, migration tracked in OPS-1234 (expires 2026-12-31)\n',
    );
    expect(
      out.endsWith('Notices:\n  - Workflow .github/workflows/broken.yml is not valid YAML (line 4): skipped.\n'),
    ).toBe(true);
  });

  it('uses no escape sequence at all without colour', () => {
    expect(renderText(realisticReport(), { color: false })).not.toMatch(/\u001b/);
  });

  it('colours severities and the verdict when asked', () => {
    const out = renderText(realisticReport(), { color: true });
    expect(out.startsWith('\u001b[1mEntra Federation Guard:\u001b[0m \u001b[31mFAIL, INCOMPLETE\u001b[0m — ')).toBe(
      true,
    );
    expect(out).toContain('  \u001b[31mERROR  \u001b[0m fic-missing');
    expect(out).toContain('  \u001b[33mWARNING\u001b[0m client-secret-present');
    expect(out).toContain('  \u001b[36mNOTICE \u001b[0m credential-expired');
    const pass = renderText(buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [] }), { color: true });
    expect(pass).toBe(
      '\u001b[1mEntra Federation Guard:\u001b[0m \u001b[32mPASS\u001b[0m — 0 errors, 0 warnings, 0 notices across 1 app\n',
    );
  });

  it('strips control characters from hostile text, even with colour on', () => {
    const report = buildReport({
      tool: TOOL,
      apps: [{ ...DEPLOY_API, displayName: `evil${HOSTILE.ansi}` }],
      findings: [hostileFinding()],
      notices: [`${HOSTILE.ansi}\n${HOSTILE.crlfCommand}`],
      notEvaluated: [{ appId: 'x\u001b[2J', reason: HOSTILE.ansi }],
    });
    const plain = renderText(report, { color: false });
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const coloured = renderText(report, { color: true });
    // Only our own SGR sequences remain.
    expect(coloured.match(/\u001b[^m]*m/g)?.every((s) => /^\u001b\[(0|1|2|31|32|33|36)m$/.test(s))).toBe(true);
    expect(plain).toContain('evilname[2J[H]0;title31m (3f2a9c41-7b1e-4d2a-9f0e-5c8b7a6d1e20)');
  });

  it('keeps each finding to three lines, whatever newlines the text holds', () => {
    const out = renderText(buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [hostileFinding()] }), {
      color: false,
    });
    const body = out.trimEnd().split('\n\n')[1]!.split('\n');
    expect(body).toHaveLength(4); // app heading + 3 lines
  });

  it('bounds a 10 MB name', () => {
    const out = renderText(
      buildReport({ tool: TOOL, apps: [{ ...DEPLOY_API, displayName: hugeName() }], findings: [hostileFinding()] }),
      { color: false },
    );
    expect(out.length).toBeLessThan(10_000);
  });
});
