// 10 MB of hostile text where Graph and the repository hand the tool strings — an app's display name
// and a workflow file — goes through reader → audit → every renderer: it completes, and every
// bounded medium stays within its bound, escaped.
import { describe, expect, it } from '@jest/globals';
import { audit } from '../../src/audit.js';
import { createGraphClient } from '../../src/graph/client.js';
import { readApps } from '../../src/graph/reader.js';
import { scanTenant } from '../../src/graph/tenant-scan.js';
import { DEFAULT_POLICY, RULES } from '../../src/policy/index.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import { app, fic, secret, servicePrincipal, tenant } from '../../emulator/fixtures.js';
import { useGraph } from '../emulator/graph-harness.js';
import { FAST_RETRY, collect } from './harness.js';

const TEN_MB = 10 * 1024 * 1024;
const HOSTILE = '\n::error::pwned <script>alert(1)</script> | ` @everyone ](javascript:x) %0A\r';
const hugeName = `deploy ${HOSTILE.repeat(Math.ceil(TEN_MB / HOSTILE.length))}`.slice(0, TEN_MB);
const victim = app({
  displayName: hugeName,
  appId: 'c0ffee00-0000-4000-8000-000000000010',
  passwordCredentials: [secret({ endDateTime: '2020-01-01T00:00:00Z', hint: 'abc' })],
  federatedIdentityCredentials: [
    fic({ name: 'any-branch', subject: 'repo:octo-org/octo-repo:ref:refs/heads/*' }),
    fic({ name: 'main', subject: 'repo:octo-org/octo-repo:ref:refs/heads/main' }),
  ],
});
const hugeWorkflow = [
  'on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n    steps:\n',
  '      - uses: azure/login@v2\n        with:\n          client-id: c0ffee00-0000-4000-8000-000000000010\n',
  `      - run: echo "${'x'.repeat(TEN_MB)}"\n`,
  `  # ${HOSTILE.replaceAll('\n', ' ').repeat(1000)}\n`,
].join('');

describe('10 MB strings', () => {
  const graph = useGraph(() =>
    tenant({ applications: [victim], servicePrincipals: [servicePrincipal({ app: victim })] }),
  );

  it.each(['readApps', 'scanTenant'] as const)(
    'through %s, audit and every renderer, capped and escaped',
    async (reader) => {
      const client = createGraphClient({
        graphEndpoint: graph().url,
        getAccessToken: async () => 'reader-token',
        // A 10 MB answer takes longer than FAST_RETRY's 400 ms per attempt on a loaded machine; this test is about size.
        retry: { ...FAST_RETRY, attemptTimeoutMs: 60_000 },
      });
      const inventory = reader === 'readApps' ? readApps(client, [victim.appId]) : scanTenant(client);
      const { items } = await collect(inventory);
      expect(items).toHaveLength(1);
      expect(items[0] && 'app' in items[0] && items[0].app.displayName).toHaveLength(TEN_MB);

      const repository = {
        owner: 'octo-org',
        name: 'octo-repo',
        subjectFormat: { kind: 'default', source: 'assumed' },
      } as const;
      const workflows = analyseWorkflows([{ path: '.github/workflows/deploy.yml', text: hugeWorkflow }], repository);
      const report = await audit(items, {
        policy: DEFAULT_POLICY,
        context: { now: new Date('2026-09-01T00:00:00Z'), workflows, repository },
      });
      expect(report.summary.appsEvaluated).toBe(1);
      expect(report.findings.length).toBeGreaterThan(0);

      const summary = renderSummary(report);
      expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
      const comment = renderComment(report);
      expect(comment.length).toBeLessThanOrEqual(65_536);
      for (const text of [summary, comment]) {
        expect(text).not.toContain('<script>');
        expect(text).not.toMatch(/^::error::/m);
      }
      const annotations = planAnnotations(report.findings);
      expect(annotations.length).toBeLessThanOrEqual(50);
      for (const a of annotations) {
        expect(`${a.title ?? ''}${a.message}`.length).toBeLessThan(64 * 1024);
        expect(a.message).not.toMatch(/[\r\n]::/);
      }
      const text = renderText(report, { color: false });
      expect(text).not.toMatch(/^::error::/m);
      const markdown = renderMarkdown(report);
      expect(markdown).not.toContain('<script>');
      const sarif = renderSarif(report, {
        rules: RULES,
        toolVersion: '0.1.0',
        informationUri: 'https://github.com/octo-org/entra-federation-guard',
        workspace: '/home/runner/work/octo-repo/octo-repo',
      } as Parameters<typeof renderSarif>[1]);
      // SARIF text is shown as plain text (JSON-escaped), so only its size is at stake: each message is capped.
      const results = (sarif.runs as { results?: { message: { text?: string } }[] }[]).flatMap((r) => r.results ?? []);
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) expect(r.message.text?.length ?? 0).toBeLessThan(64 * 1024);
      expect(JSON.stringify(sarif).length).toBeLessThan(2 * 1024 * 1024);
      // The JSON report is data, not a bounded medium: it must stay valid JSON with the name intact.
      expect((JSON.parse(renderJson(report)) as { apps: { displayName: string }[] }).apps[0]?.displayName).toBe(
        hugeName,
      );
    },
  );
});
