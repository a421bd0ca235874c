// A tenant scan's text report stays under GitHub's 1 MiB step summary limit at 50,000 apps (issue 14): it truncates
// with counts and points to the JSON and SARIF reports, which keep every finding. (The job summary already does;
// `--format markdown` is unbudgeted by design, see __tests__/report/summary.test.ts.)
import { describe, expect, test } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import { renderText } from '../../src/report/text.js';
import type { Finding } from '../../src/policy/types.js';

const MIB = 1024 * 1024;
const APPS = 50_000;

function tenantReport() {
  const apps = Array.from({ length: APPS }, (_, i) => ({
    appId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    objectId: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: `app-${String(i).padStart(5, '0')}`,
  }));
  const findings: Finding[] = apps.flatMap((a) => [
    {
      rule: 'service-principal-unused',
      severity: 'warning' as const,
      appId: a.appId,
      target: { kind: 'servicePrincipal' as const, id: a.objectId, name: a.displayName },
      message: `The service principal of app "${a.displayName}" (${a.appId}) has not signed in for 90 days.`,
      remediation: `Delete it: az ad app delete --id ${a.appId}.`,
    },
  ]);
  return buildReport({ tool: { name: 'entra-federation-guard', version: '0.0.0' }, apps, findings });
}

describe(`a tenant scan of ${APPS} apps`, () => {
  const report = tenantReport();

  test('text stays under 1 MiB, says how much it shows and where the rest is', () => {
    const text = renderText(report, { color: false });
    expect(Buffer.byteLength(text)).toBeLessThan(MIB);
    expect(text).toMatch(/Truncated: this report shows \d+ of 50000 findings/);
    expect(text).toContain('the JSON and SARIF reports (--format json, --format sarif) list every finding');
  });

  test('a small report is not truncated', () => {
    const small = buildReport({
      tool: report.tool,
      apps: report.apps.slice(0, 2),
      findings: report.findings.slice(0, 2),
    });
    expect(renderText(small, { color: false })).not.toContain('Truncated');
  });
});
