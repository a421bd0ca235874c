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

export function commentApiFor(gh: GitHubClient, owner: string, repo: string): CommentApi {
  return {
    async *list(issueNumber: number): AsyncIterable<IssueComment> {
      for (const c of unwrap(await gh.listIssueComments(owner, repo, issueNumber))) {
        yield { id: c.id, body: c.body, user: c.author ? { login: c.author, type: c.authorType ?? 'User' } : null };
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
