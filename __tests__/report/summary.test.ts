import { describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import { renderComment } from '../../src/report/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import {
  DEPLOY_API,
  hostileFinding,
  HOSTILE,
  hugeName,
  manyFindings,
  realisticReport,
  RULE_FIXTURES,
  secretFinding,
  TOOL,
  UNREAD_APP_ID,
  workflowFinding,
} from './fixtures.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Every table row is whole: it starts and ends with a pipe and has the header's number of cells. */
function expectWholeTables(markdown: string): void {
  const lines = markdown.split('\n');
  let columns = 0;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    expect(line.endsWith(' |')).toBe(true);
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).length;
    if (columns === 0) columns = cells;
    expect(cells).toBe(columns);
  }
}

function count(haystack: string, needle: string | RegExp): number {
  return haystack.split(needle).length - 1;
}

describe('renderSummary', () => {
  const summary = renderSummary(realisticReport(), { rules: RULE_FIXTURES });

  it('starts with the verdict line', () => {
    expect(summary.split('\n')[0]).toBe(
      '**Entra Federation Guard: fail, incomplete** — 2 errors, 2 warnings, 1 notice across 3 apps; 1 app NOT evaluated',
    );
  });

  it('puts the apps that could not be read first, loudly', () => {
    const sections = [...summary.matchAll(/^### (.*)$/gm)].map((m) => m[1]);
    expect(sections).toEqual([
      'Not evaluated: 1 app could not be read',
      'billing-worker (`8e0d6c1a-2b3f-4a5e-9d8c-7b6a5f4e3d2c`) — 0 errors, 1 warning, 1 notice',
      'deploy-api (`3f2a9c41-7b1e-4d2a-9f0e-5c8b7a6d1e20`) — 2 errors, 1 warning, 0 notices',
      'No findings (1 app)',
      'Suppressed by policy exceptions (1)',
      'Notes from the run (1)',
    ]);
    expect(summary).toContain('**The credentials of these apps were NOT checked.');
    expect(summary).toContain(
      `| \`${UNREAD_APP_ID}\` | Graph answered 403 Authorization\\_RequestDenied for the app. |`,
    );
  });

  it('opens with a per-rule count table whose totals match the findings listed', () => {
    expect(summary).toContain(
      '| Rule | Severity | Findings |\n| --- | --- | --- |\n' +
        '| `fic-missing` | **error** | 1 |\n| `fic-wildcard` | **error** | 1 |\n' +
        '| `client-secret-present` | warning | 1 |\n| `fic-pull-request` | warning | 1 |\n' +
        '| `credential-expired` | notice | 1 |\n\n',
    );
    expect(count(summary, /^<details><summary>(?:<b>error<\/b>|warning|notice) · /m)).toBe(5);
  });

  it('shows one compact line per finding (severity, rule, target, location), message and fix inside', () => {
    expect(summary).toContain(
      '<details><summary><b>error</b> · <code>fic-missing</code> · job <i>deploy</i> · ' +
        '<code>.github/workflows/deploy.yml:27</code></summary>\n\n' +
        'Job "deploy" will present subject repo:contoso/api:environment:production, which no federated credential accepts.\n\n' +
        '**Fix:** Add a federated credential with subject repo:contoso/api:environment:production.\n\n</details>\n\n',
    );
    expectWholeTables(summary);
  });

  it('puts each command of a fix in a fenced block, byte for byte', () => {
    const command = `az ad app credential delete --id ${DEPLOY_API.appId} --key-id 9d6f1c2e`;
    const out = renderSummary(
      buildReport({
        tool: TOOL,
        apps: [DEPLOY_API],
        findings: [
          {
            ...secretFinding,
            remediation: `Federate (\`az ad app federated-credential create --id x --parameters '{"a":"b_c"}'\`), then delete it: \`${command}\`.`,
          },
        ],
      }),
    );
    expect(out).toContain(
      '**Fix:** Federate:\n\n```sh\naz ad app federated-credential create --id x --parameters \'{"a":"b_c"}\'\n```\n\n' +
        `Then delete it:\n\n\`\`\`sh\n${command}\n\`\`\`\n\n</details>`,
    );
  });

  it('lists suppressed findings apart, with the exception reason and expiry', () => {
    expect(summary).toContain(
      '| warning | `secret-lifetime-too-long` | billing-worker (`8e0d6c1a-2b3f-4a5e-9d8c-7b6a5f4e3d2c`) | ' +
        'nightly-export <sub>secret</sub> | Vendor integration, migration tracked in OPS-1234 | 2026-12-31 |',
    );
  });

  it('lists notices and the rules that fired', () => {
    expect(summary).toContain(
      '### Notes from the run (1)\n\n- Workflow .github/workflows/broken.yml is not valid YAML (line 4): skipped.\n',
    );
    expect(summary).toContain('<summary>Rules (6)</summary>');
    expect(summary).toContain('- `client-secret-present` (warning): The app registration has a client secret.\n');
  });

  it('lists findings for unlisted apps and for no app at all after the listed apps', () => {
    const orphan = { ...workflowFinding, appId: '' };
    const stranger = { ...workflowFinding, appId: UNREAD_APP_ID };
    const out = renderSummary(buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [orphan, stranger] }));
    expect([...out.matchAll(/^### (.*)$/gm)].map((m) => m[1])).toEqual([
      'No app registration — 1 error, 0 warnings, 0 notices',
      `\`${UNREAD_APP_ID}\` — 1 error, 0 warnings, 0 notices`,
      'No findings (1 app)',
    ]);
  });

  it('says "pass" with no tables when there are no findings', () => {
    const clean = renderSummary(buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [] }));
    expect(clean).toBe(
      '**Entra Federation Guard: pass** — 0 errors, 0 warnings, 0 notices across 1 app\n\n' +
        '### No findings (1 app)\n\n- deploy-api (`3f2a9c41-7b1e-4d2a-9f0e-5c8b7a6d1e20`)\n\n',
    );
  });

  describe('hostile text', () => {
    const hostile = renderSummary(
      buildReport({
        tool: TOOL,
        apps: [{ ...DEPLOY_API, displayName: `${HOSTILE.heading} ${HOSTILE.marker}` }],
        findings: [hostileFinding()],
        notEvaluated: [{ appId: UNREAD_APP_ID, reason: HOSTILE.tableBreaker }],
        notices: [HOSTILE.script, HOSTILE.mention],
      }),
    );

    it('cannot inject HTML, comments, links, images or mentions', () => {
      expect(hostile).not.toContain('<script');
      expect(hostile).not.toContain('<!--');
      expect(hostile).not.toMatch(/(?<!\\)\]\(javascript/);
      expect(hostile).not.toContain('![');
      expect(hostile).not.toMatch(/@(?!\u200B)[a-z]/);
      const tags = hostile.match(/<\/?[a-z]+>/g) ?? [];
      expect(new Set(tags)).toEqual(
        new Set([
          '<details>',
          '</details>',
          '<summary>',
          '</summary>',
          '<b>',
          '</b>',
          '<code>',
          '</code>',
          '<i>',
          '</i>',
          '<br>',
        ]),
      );
    });

    it('cannot break a table or start a block', () => {
      expectWholeTables(hostile);
      expect(hostile).not.toMatch(/^(#(?!## )|>|-(?! )|=)/m);
    });

    it('keeps a 10 MB display name to a bounded heading', () => {
      const big = renderSummary(
        buildReport({
          tool: TOOL,
          apps: [{ ...DEPLOY_API, displayName: hugeName() }],
          findings: manyFindings(1, 'error'),
        }),
      );
      expect(bytes(big)).toBeLessThan(2000);
    });
  });

  describe('size budget', () => {
    const huge = buildReport({
      tool: TOOL,
      apps: [DEPLOY_API],
      findings: manyFindings(6000, 'error', 300),
      notices: ['trailing notice'],
    });

    it('stays under 1 MB by default and says it was truncated', () => {
      const out = renderSummary(huge);
      expect(bytes(out)).toBeLessThanOrEqual(1_000_000);
      expect(bytes(out)).toBeGreaterThan(990_000);
      const shown = count(out, /^<details><summary><b>error<\/b> /m);
      expect(
        out.endsWith(
          `\n\n---\n\n**Truncated:** this summary shows ${shown} of 6000 rows to stay within GitHub's size limit. The JSON and SARIF reports list every finding.\n`,
        ),
      ).toBe(true);
      expect(out).not.toContain('trailing notice');
      expectWholeTables(out);
      // Only whole findings: every <details> is closed before the note.
      expect(count(out, '<details>')).toBe(shown);
      expect(count(out, '</details>')).toBe(shown);
      expect(out).toMatch(/<\/details>\n\n\n\n---\n\n\*\*Truncated:\*\*/);
    });

    it.each([2048, 5000, 50_000])('holds a budget of %d bytes exactly, never cutting a row', (maxBytes) => {
      const out = renderSummary(huge, { maxBytes });
      expect(bytes(out)).toBeLessThanOrEqual(maxBytes);
      expect(out.startsWith('**Entra Federation Guard: fail** — 6000 errors')).toBe(true);
      expect(out).toContain('**Truncated:**');
      expectWholeTables(out);
    });

    it('counts bytes, not characters', () => {
      const wide = buildReport({
        tool: TOOL,
        apps: [DEPLOY_API],
        findings: manyFindings(400, 'warning', 10).map((f) => ({ ...f, message: '漢字'.repeat(150) })),
      });
      const out = renderSummary(wide, { maxBytes: 20_000 });
      expect(bytes(out)).toBeLessThanOrEqual(20_000);
      expect(out.length).toBeLessThan(20_000 / 2);
    });

    it('rejects a budget too small to say anything', () => {
      expect(() => renderSummary(huge, { maxBytes: 100 })).toThrow('maxBytes must be an integer of at least 2048');
    });
  });
});

describe('renderMarkdown', () => {
  it('is the same document as the summary, without a budget', () => {
    const report = realisticReport();
    expect(renderMarkdown(report, { rules: RULE_FIXTURES })).toBe(renderSummary(report, { rules: RULE_FIXTURES }));
    const huge = buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: manyFindings(6000, 'error', 300) });
    const full = renderMarkdown(huge);
    expect(bytes(full)).toBeGreaterThan(1_000_000);
    expect(count(full, /^<details><summary><b>error<\/b> /m)).toBe(6000);
    expect(full).not.toContain('**Truncated:**');
  });
});

describe('snapshot mode', () => {
  const NOW = new Date('2026-12-05T12:00:00Z');
  const snapshotReport = (exportedAt: string) =>
    buildReport({
      tool: TOOL,
      apps: [DEPLOY_API],
      findings: [],
      scope: { snapshot: { exportedAt, tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47' } },
    });

  it.each([
    ['2026-12-01T06:00:00Z', 'exported 2026-12-01 06:00 UTC (4 days ago)'],
    ['2026-12-05T09:30:00Z', 'exported 2026-12-05 09:30 UTC (less than a day ago)'],
  ])('says the snapshot’s tenant and age right under the headline (%s)', (exportedAt, age) => {
    const line = `Judged against a snapshot of tenant \`72f988bf-86f1-41af-91ab-2d7cd011db47\` ${age}; nothing was read live.`;
    expect(renderSummary(snapshotReport(exportedAt), { now: NOW }).split('\n\n')[1]).toBe(line);
    expect(renderComment(snapshotReport(exportedAt), { now: NOW })).toContain(`\n${line}\n`);
  });

  it('says nothing of a snapshot in live mode', () => {
    expect(renderSummary(realisticReport(), { now: NOW })).not.toContain('snapshot');
  });
});
