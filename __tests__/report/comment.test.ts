import { describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import {
  COMMENT_MARKER,
  renderComment,
  upsertStickyComment,
  type CommentApi,
  type IssueComment,
} from '../../src/report/comment.js';
import {
  BILLING,
  DEPLOY_API,
  hostileFinding,
  HOSTILE,
  manyFindings,
  realisticReport,
  secretFinding,
  TOOL,
  wildcardFinding,
} from './fixtures.js';

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

/** An issue's comments in memory, behaving like the REST API (ids ascending, author set by the token). */
class FakeComments implements CommentApi {
  comments: Required<IssueComment>[] = [];
  calls: string[] = [];
  private nextId = 1000;
  constructor(
    private readonly author = BOT,
    private readonly failWith?: { status: number; message: string },
  ) {}

  seed(body: string, user: { login: string; type: string }): void {
    this.comments.push({ id: this.nextId++, body, user });
  }

  async *list(issueNumber: number): AsyncIterable<IssueComment> {
    this.calls.push(`list ${issueNumber}`);
    for (const c of this.comments) yield { ...c };
  }

  async create(issueNumber: number, body: string): Promise<unknown> {
    this.calls.push(`create ${issueNumber}`);
    if (this.failWith) throw Object.assign(new Error(this.failWith.message), { status: this.failWith.status });
    this.comments.push({ id: this.nextId++, body, user: this.author });
    return {};
  }

  async update(commentId: number, body: string): Promise<unknown> {
    this.calls.push(`update ${commentId}`);
    const c = this.comments.find((x) => x.id === commentId);
    if (!c) throw Object.assign(new Error('Not Found'), { status: 404 });
    c.body = body;
    return {};
  }
}

const target = { owner: 'contoso', repo: 'api', issueNumber: 17 };
const runUrl = 'https://github.com/contoso/api/actions/runs/9001';

describe('renderComment', () => {
  it('starts with the marker and a content digest, then the verdict and findings', () => {
    const body = renderComment(realisticReport(), { runUrl });
    const [marker, digest, heading, blank, verdict] = body.split('\n');
    expect(marker).toBe(COMMENT_MARKER);
    expect(digest).toMatch(/^<!-- entra-federation-guard:digest=[0-9a-f]{64} -->$/);
    expect([heading, blank, verdict]).toEqual([
      '### Entra Federation Guard',
      '',
      '**Entra Federation Guard: fail, incomplete** — 2 errors, 2 warnings, 1 notice across 3 apps; 1 app NOT evaluated',
    ]);
    expect(body).toContain('| Rule | Severity | Findings |');
    expect(body).toContain('#### deploy-api (`3f2a9c41-7b1e-4d2a-9f0e-5c8b7a6d1e20`) — 2 errors, 1 warning, 0 notices');
    expect(body.match(/^<details><summary>/gm)).toHaveLength(5);
    expect(body).toContain('1 finding suppressed by policy exceptions (listed in the job summary).');
    expect(body.endsWith(`\n[View the workflow run](<${runUrl}>)\n`)).toBe(true);
  });

  it('is a short all-clear when there are no findings', () => {
    const body = renderComment(buildReport({ tool: TOOL, apps: [DEPLOY_API, BILLING], findings: [] }));
    expect(body.split('\n').slice(2).join('\n')).toBe(
      '### Entra Federation Guard\n\n**Entra Federation Guard: pass** — all clear: no findings across 2 apps.\n\n',
    );
  });

  it('digests the findings, not the run link', () => {
    const a = renderComment(realisticReport(), { runUrl });
    const b = renderComment(realisticReport(), { runUrl: 'https://github.com/contoso/api/actions/runs/9002' });
    const c = renderComment(realisticReport({ findings: [secretFinding] }), { runUrl });
    const digest = (body: string) => body.split('\n')[1];
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it('cannot be forged or broken by hostile text', () => {
    const body = renderComment(
      buildReport({
        tool: TOOL,
        apps: [{ ...DEPLOY_API, displayName: HOSTILE.marker }],
        findings: [
          hostileFinding({ message: `${HOSTILE.marker}\n<!-- entra-federation-guard:digest=${'0'.repeat(64)} -->` }),
        ],
        notices: [HOSTILE.marker],
      }),
    );
    expect(body.split('<!--')).toHaveLength(3); // exactly our two comments
    expect(body.indexOf(COMMENT_MARKER)).toBe(0);
    expect(body.lastIndexOf(COMMENT_MARKER)).toBe(0);
  });

  it('stays under GitHub’s 65,536-character limit', () => {
    const body = renderComment(
      buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: manyFindings(3000, 'error', 200) }),
      { runUrl },
    );
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('**Truncated:**');
  });

  it.each(['javascript:alert(1)', 'not a url', 'ftp://example.com/run'])('rejects runUrl %j', (bad) => {
    expect(() => renderComment(realisticReport(), { runUrl: bad })).toThrow('runUrl must');
  });

  it('percent-encodes a run URL so it cannot leave the link', () => {
    const body = renderComment(realisticReport(), { runUrl: 'https://github.com/a/b/actions/runs/1?x=<y> )' });
    expect(body).toContain('[View the workflow run](<https://github.com/a/b/actions/runs/1?x=%3Cy%3E%20)>)');
  });
});

describe('upsertStickyComment', () => {
  it('creates once, updates in place, skips unchanged content, then turns all clear', async () => {
    const api = new FakeComments();
    api.seed('Looks good to me!', { login: 'octocat', type: 'User' });

    const first = renderComment(realisticReport(), { runUrl });
    expect(await upsertStickyComment(api, { ...target, body: first })).toEqual({ action: 'created' });

    const changed = renderComment(realisticReport({ findings: [wildcardFinding] }), { runUrl });
    expect(await upsertStickyComment(api, { ...target, body: changed })).toEqual({ action: 'updated' });

    const sameFindingsNewRun = renderComment(realisticReport({ findings: [wildcardFinding] }), {
      runUrl: 'https://github.com/contoso/api/actions/runs/9002',
    });
    expect(await upsertStickyComment(api, { ...target, body: sameFindingsNewRun })).toEqual({ action: 'unchanged' });

    const allClear = renderComment(buildReport({ tool: TOOL, apps: [DEPLOY_API], findings: [] }), { runUrl });
    expect(await upsertStickyComment(api, { ...target, body: allClear })).toEqual({ action: 'updated' });

    expect(api.comments).toHaveLength(2);
    expect(api.comments[0]?.body).toBe('Looks good to me!');
    expect(api.comments[1]?.body).toBe(allClear);
    expect(api.calls).toEqual(['list 17', 'create 17', 'list 17', 'update 1001', 'list 17', 'list 17', 'update 1001']);
  });

  it('ignores the marker in a comment by a person (no hijack) and creates its own', async () => {
    const api = new FakeComments();
    const pasted = renderComment(realisticReport());
    api.seed(pasted, { login: 'mallory', type: 'User' });
    expect(await upsertStickyComment(api, { ...target, body: pasted })).toEqual({ action: 'created' });
    expect(api.comments.map((c) => c.user?.login)).toEqual(['mallory', 'github-actions[bot]']);
  });

  it('only counts the given bot login when one is set', async () => {
    const api = new FakeComments({ login: 'guard-app[bot]', type: 'Bot' });
    const body = renderComment(realisticReport());
    api.seed(body, { login: 'other-app[bot]', type: 'Bot' });
    expect(await upsertStickyComment(api, { ...target, body, botLogin: 'guard-app[bot]' })).toEqual({
      action: 'created',
    });
    expect(await upsertStickyComment(api, { ...target, body, botLogin: 'guard-app[bot]' })).toEqual({
      action: 'unchanged',
    });
  });

  it('does not mistake a bot comment that merely contains the marker later on', async () => {
    const api = new FakeComments();
    api.seed(`Quoting the guard:\n${COMMENT_MARKER}\n`, BOT);
    const body = renderComment(realisticReport());
    expect(await upsertStickyComment(api, { ...target, body })).toEqual({ action: 'created' });
  });

  it('skips with a reason on 403 Resource not accessible by integration', async () => {
    const api = new FakeComments(BOT, { status: 403, message: 'Resource not accessible by integration' });
    const result = await upsertStickyComment(api, { ...target, body: renderComment(realisticReport()) });
    expect(result).toEqual({
      action: 'skipped',
      reason:
        'The token cannot comment on pull request #17 in contoso/api (403 Resource not accessible by integration): ' +
        'the job needs `permissions: pull-requests: write`. Pull requests from forks get a read-only token, so no comment is possible there.',
    });
  });

  it('reports any other failure with context', async () => {
    const api = new FakeComments(BOT, { status: 502, message: 'Bad Gateway' });
    await expect(upsertStickyComment(api, { ...target, body: renderComment(realisticReport()) })).rejects.toThrow(
      'Could not update the sticky comment on pull request #17 in contoso/api: Bad Gateway',
    );
  });

  it.each([
    [{ issueNumber: 0 }, 'issueNumber must be a positive integer, got 0'],
    [{ body: 'no marker' }, 'the body must start with the comment marker'],
    [{ body: `${COMMENT_MARKER}\n${'x'.repeat(70_000)}` }, 'the body has 70032 characters; GitHub allows 65536'],
  ])('validates its input: %#', async (override, message) => {
    const api = new FakeComments();
    await expect(
      upsertStickyComment(api, { ...target, body: renderComment(realisticReport()), ...override }),
    ).rejects.toThrow(message);
    expect(api.calls).toEqual([]);
  });
});
