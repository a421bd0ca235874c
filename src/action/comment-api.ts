// The sticky comment's view of the GitHub API. A refused call is thrown with its status, so
// the reporter can tell "needs pull-requests: write" from other failures.
import type { GitHubClient, GitHubResult } from '../github/client.js';
import type { CommentApi, IssueComment } from '../report/comment.js';

class GitHubCallError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

function unwrap<T>(result: GitHubResult<T>): T {
  if (!result.available) throw new GitHubCallError(result.reason, result.status);
  return result.value;
}

/**
 * The sticky comment's API. `author` is the login the token writes as: only that account's comments are listed,
 * so no other account's comment can be found as ours, edited, or taken for an up-to-date result.
 */
export function commentApiFor(gh: GitHubClient, owner: string, repo: string, author: string): CommentApi {
  return {
    async *list(issueNumber: number): AsyncIterable<IssueComment> {
      for (const c of unwrap(await gh.listIssueComments(owner, repo, issueNumber))) {
        if (c.author !== author) continue;
        yield { id: c.id, body: c.body, user: { login: c.author, type: c.authorType ?? 'User' } };
      }
    },
    async create(issueNumber, body) {
      return unwrap(await gh.createIssueComment(owner, repo, issueNumber, body));
    },
    async update(commentId, body) {
      return unwrap(await gh.updateIssueComment(owner, repo, commentId, body));
    },
  };
}
