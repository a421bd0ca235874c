// What a person sees on GitHub: the job summary of the demo (the bundled action run against the emulators and
// the demo tenant) and the pull-request comment, rendered by cmark-gfm as github.com renders them.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import { renderComment } from '../../src/report/comment.js';
import type { Report } from '../../src/report/model.js';
import { renderSummary } from '../../src/report/summary.js';
import { repoRoot } from '../helpers/run-action.js';
import { codeBlocks, proseText, renderGfm, singleQuotedArguments, tagNames } from './gfm.js';
import { DEPLOY_API, hostileFinding, TOOL, UNREAD_APP_ID, workflowFinding } from './fixtures.js';

interface Demo {
  report: Report;
  summary: string;
  root: string;
}

/** `npm run demo` as a user runs it; the files it keeps are the runner's summary and the JSON report. */
function runDemo(): Demo {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'emulator/demo.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const summaryFile = /^Job summary: (.+)$/m.exec(result.stdout)?.[1];
  const reportFile = /^JSON report: (.+)$/m.exec(result.stdout)?.[1];
  if (summaryFile === undefined || reportFile === undefined) {
    throw new Error(`the demo did not run (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return {
    summary: readFileSync(summaryFile, 'utf8'),
    report: JSON.parse(readFileSync(reportFile, 'utf8')) as Report,
    root: path.dirname(summaryFile),
  };
}

/** Every command the report's fixes hold, found independently of the renderer: the backticked `az …` text. */
function commandsIn(report: Report): string[] {
  return report.findings.flatMap((f) =>
    [...f.remediation.matchAll(/`((?:az|terraform|gh) [^`]+)`/g)].map((m) => m[1] ?? ''),
  );
}

/** Markers of text that renders differently from what it says: a backslash escape, an entity, a stray backtick. */
const VISIBLE_ESCAPE = /\\[!-/:-@[-`{-~]|&(?:amp|lt|gt|quot|#\d+);|`/;

function expectReadable(html: string): void {
  const prose = proseText(html);
  const escape = VISIBLE_ESCAPE.exec(prose);
  expect(escape === null ? null : prose.slice(Math.max(0, escape.index - 60), escape.index + 60)).toBeNull();
}

function expectCommandsCopyable(html: string, report: Report): void {
  const blocks = codeBlocks(html);
  const shown = blocks.filter((b) => b.language === 'sh').map((b) => b.code);
  const commands = commandsIn(report);
  expect(commands.length).toBeGreaterThan(0);
  // Every command is a block of its own, byte for byte what would run, and nothing else is.
  expect([...new Set(shown)].sort()).toEqual([...new Set(commands)].sort());
  for (const command of shown) {
    for (const argument of singleQuotedArguments(command)) {
      if (argument.startsWith('{')) expect(() => JSON.parse(argument) as unknown).not.toThrow();
    }
  }
  for (const request of blocks.filter((b) => b.language === 'http')) {
    const body = request.code.split('\n\n')[1] ?? '';
    expect(() => JSON.parse(body) as unknown).not.toThrow();
  }
}

/** One `<summary>` per finding, and the per-rule table adds up to what is listed. */
function expectCountsMatch(html: string, report: Report): void {
  const listed = html.match(/<details><summary>(?:<b>error<\/b>|warning|notice) · /g) ?? [];
  expect(listed).toHaveLength(report.findings.length);
  const table = /<th>Findings<\/th>[^]*?<tbody>([^]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const counts = [...table.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(report.findings.length);
  expect(html).toContain(`${report.summary.errors} error`);
}

describe('the demo rendered by cmark-gfm', () => {
  let demo: Demo;
  beforeAll(() => {
    demo = runDemo();
  }, 150_000);
  afterAll(() => rmSync(demo.root, { recursive: true, force: true }));

  it('the job summary: no visible escapes, every command a copyable block, counts that add up', () => {
    const html = renderGfm(demo.summary);
    expect(demo.report.findings.length).toBeGreaterThan(10);
    expectReadable(html);
    expectCommandsCopyable(html, demo.report);
    expectCountsMatch(html, demo.report);
    // Nothing a reader did not write is a link.
    expect(html).not.toContain('<a ');
  });

  it('the pull-request comment: the same, one compact line per finding, and no table wider than three columns', () => {
    const html = renderGfm(
      renderComment(demo.report, { runUrl: 'https://github.com/contoso/payments-api/actions/runs/4242' }),
    );
    expectReadable(html);
    expectCommandsCopyable(html, demo.report);
    expectCountsMatch(html, demo.report);
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://github.com/contoso/payments-api/actions/runs/4242',
    ]);
    for (const header of html.match(/<thead>[^]*?<\/thead>/g) ?? []) {
      expect((header.match(/<th>/g) ?? []).length).toBeLessThanOrEqual(3);
    }
  });
});

describe('untrusted text under cmark-gfm', () => {
  const LINKY = [
    'https://evil.example/login',
    'www.evil.example',
    'octo-org/octo-repo#1',
    '@octocat',
    '#12',
    'GH-7',
    'mail admin@evil.example',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '[click](https://evil.example)',
  ].join(' ');
  const report = buildReport({
    tool: TOOL,
    apps: [{ ...DEPLOY_API, displayName: LINKY }],
    findings: [
      hostileFinding(),
      {
        ...workflowFinding,
        target: { ...workflowFinding.target, name: LINKY },
        message: LINKY,
        remediation: `${LINKY} \`az ad app show --id ${DEPLOY_API.appId}\``,
      },
    ],
    notEvaluated: [{ appId: UNREAD_APP_ID, reason: LINKY }],
    notices: [LINKY],
  });

  it.each([
    ['summary', renderSummary(report)],
    ['comment', renderComment(report)],
  ])('the %s cannot link, mention, reference or inject HTML', (_, markdown) => {
    const html = renderGfm(markdown);
    expect(html).not.toContain('<a ');
    const allowed = new Set([
      'p',
      'strong',
      'b',
      'i',
      'em',
      'code',
      'pre',
      'details',
      'summary',
      'h3',
      'h4',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'ul',
      'li',
      'br',
      'sub',
      'hr',
    ]);
    expect([...tagNames(html)].filter((t) => !allowed.has(t))).toEqual([]);
    const prose = proseText(html);
    // GitHub's mention and reference filters run on this text; each needs its characters side by side.
    expect(prose).not.toMatch(/@[A-Za-z0-9]/);
    expect(prose).not.toMatch(/#[0-9]/);
    expect(prose).not.toMatch(/GH-[0-9]/i);
    expect(prose).not.toMatch(/:\/\/|www\./i);
    // …and the reader still sees the words.
    expect(prose.replace(/\u200B/g, '')).toContain('octo-org/octo-repo#1');
    expect(prose.replace(/\u200B/g, '')).toContain('<script>alert(1)</script>');
  });

  it('the headline says incomplete, not pass, when an app was not evaluated', () => {
    const unread = buildReport({
      tool: TOOL,
      apps: [DEPLOY_API],
      findings: [],
      notEvaluated: [{ appId: UNREAD_APP_ID, reason: 'denied' }],
    });
    expect(report.verdict).toBe('fail');
    expect(proseText(renderGfm(renderSummary(unread)))).toContain('Entra Federation Guard: incomplete');
    expect(proseText(renderGfm(renderComment(unread)))).toContain('Entra Federation Guard: incomplete');
    expect(proseText(renderGfm(renderSummary(report)))).toContain('Entra Federation Guard: fail, incomplete');
  });
});
