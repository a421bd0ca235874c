// The sticky PR comment: one comment per pull request, found again by a hidden marker, updated in place, and
// left alone when nothing changed.
import { createHash } from 'node:crypto';
import { layout, text, type Piece } from './layout.js';
import type { Report } from './model.js';
import { plural, PRODUCT_NAME } from './format.js';
import {
  findingsByAppSection,
  notEvaluatedSection,
  noticesSection,
  ruleCountsSection,
  snapshotLine,
  truncationNote,
  verdictLine,
} from './sections.js';
import { signalsMarkdown } from './signals.js';

/** First line of every comment we own. Findings cannot forge it: their `<` is always escaped. */
export const COMMENT_MARKER = '<!-- entra-federation-guard -->';
const DIGEST_LINE = /^<!-- entra-federation-guard:digest=([0-9a-f]{64}) -->$/m;
/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536;
const CONTENT_MAX_BYTES = 60_000;

export interface CommentOptions {
  /** Link to the workflow run, e.g. `${GITHUB_SERVER_URL}/${repo}/actions/runs/${runId}`. */
  runUrl?: string;
  /** For the snapshot's age (default: the current time). */
  now?: Date;
}

export function renderComment(report: Report, options: CommentOptions = {}): string {
  const content = layout(commentPieces(report, options.now ?? new Date()), {
    maxBytes: CONTENT_MAX_BYTES,
    note: truncationNote,
  });
  // The digest covers the content only, so a new run with the same findings does not rewrite the comment.
  const digest = createHash('sha256').update(content).digest('hex');
  const link = options.runUrl === undefined ? '' : `\n[View the workflow run](<${validRunUrl(options.runUrl)}>)\n`;
  return `${COMMENT_MARKER}\n<!-- entra-federation-guard:digest=${digest} -->\n${content}${link}`;
}

function commentPieces(report: Report, now: Date): Piece[] {
  const allClear = report.findings.length === 0 && report.notEvaluated.length === 0;
  const heading = text(`### ${PRODUCT_NAME}\n\n`);
  if (allClear) {
    return [
      heading,
      text(
        `**${PRODUCT_NAME}: ${report.verdict}** — all clear: no findings across ${plural(report.summary.appsEvaluated, 'app')}.\n\n` +
          snapshotLine(report, now),
      ),
      ...signalsMarkdown(report), // [signals] issue 13
      ...suppressedNote(report),
      ...noticesSection(report),
    ];
  }
  return [
    heading,
    text(verdictLine(report) + snapshotLine(report, now)),
    ...signalsMarkdown(report), // [signals] issue 13
    ...ruleCountsSection(report),
    ...notEvaluatedSection(report),
    ...findingsByAppSection(report, '####'),
    ...suppressedNote(report),
    ...noticesSection(report),
  ];
}

function suppressedNote(report: Report): Piece[] {
  if (report.suppressed.length === 0) return [];
  return [
    text(
      `${plural(report.suppressed.length, 'finding')} suppressed by policy exceptions (listed in the job summary).\n\n`,
    ),
  ];
}

function validRunUrl(runUrl: string): string {
  let url: URL;
  try {
    url = new URL(runUrl);
  } catch {
    throw new TypeError(
      `renderComment: runUrl must be an absolute http(s) URL, got ${JSON.stringify(runUrl.slice(0, 100))}.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`renderComment: runUrl must use http or https, got ${JSON.stringify(url.protocol)}.`);
  }
  // WHATWG serialisation percent-encodes spaces, quotes and angle brackets, so it cannot leave `<…>`.
  return url.href;
}

export interface CommentAuthor {
  login: string;
  type: string;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: CommentAuthor | null;
}

/** The few GitHub calls the sticky comment needs; src/github implements it over the REST API. */
export interface CommentApi {
  list(issueNumber: number): AsyncIterable<IssueComment>;
  create(issueNumber: number, body: string): Promise<unknown>;
  update(commentId: number, body: string): Promise<unknown>;
}

export interface UpsertCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /** Only comments by this bot login count as ours (default: any Bot, e.g. github-actions[bot] or a GitHub App). */
  botLogin?: string;
}

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged' } | { action: 'skipped'; reason: string };

export async function upsertStickyComment(api: CommentApi, request: UpsertCommentRequest): Promise<UpsertResult> {
  const { owner, repo, issueNumber, body, botLogin } = request;
  if (!Number.isInteger(issueNumber) || issueNumber < 1) {
    throw new RangeError(`upsertStickyComment: issueNumber must be a positive integer, got ${issueNumber}.`);
  }
  if (!body.startsWith(`${COMMENT_MARKER}\n`)) {
    throw new Error(
      'upsertStickyComment: the body must start with the comment marker; render it with renderComment().',
    );
  }
  if (body.length > COMMENT_MAX_CHARS) {
    throw new RangeError(
      `upsertStickyComment: the body has ${body.length} characters; GitHub allows ${COMMENT_MAX_CHARS}.`,
    );
  }
  const where = `pull request #${issueNumber} in ${owner}/${repo}`;
  try {
    const existing = await findOwnComment(api, issueNumber, botLogin);
    if (existing === undefined) {
      await api.create(issueNumber, body);
      return { action: 'created' };
    }
    if (existing.body === body || (digestIn(existing.body) ?? 'none') === digestIn(body)) {
      return { action: 'unchanged' };
    }
    await api.update(existing.id, body);
    return { action: 'updated' };
  } catch (error) {
    if (isForbidden(error)) {
      return {
        action: 'skipped',
        reason:
          `The token cannot comment on ${where} (403 Resource not accessible by integration): the job needs ` +
          '`permissions: pull-requests: write`. Pull requests from forks get a read-only token, so no comment is possible there.',
      };
    }
    throw new Error(`Could not update the sticky comment on ${where}: ${messageOf(error)}`, { cause: error });
  }
}

async function findOwnComment(
  api: CommentApi,
  issueNumber: number,
  botLogin: string | undefined,
): Promise<IssueComment | undefined> {
  for await (const comment of api.list(issueNumber)) {
    const author = comment.user;
    // A person can paste the marker; only a bot's comment is ours to overwrite.
    if (author?.type !== 'Bot') continue;
    if (botLogin !== undefined && author.login !== botLogin) continue;
    if (typeof comment.body === 'string' && comment.body.startsWith(`${COMMENT_MARKER}\n`)) return comment;
  }
  return undefined;
}

function digestIn(body: string | null | undefined): string | undefined {
  return typeof body === 'string' ? DIGEST_LINE.exec(body)?.[1] : undefined;
}

function isForbidden(error: unknown): boolean {
  const e = error as { status?: unknown; message?: unknown } | null;
  return (
    e?.status === 403 ||
    (typeof e?.message === 'string' && e.message.includes('Resource not accessible by integration'))
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
