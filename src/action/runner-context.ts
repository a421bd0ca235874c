// What the action knows about the run it is in, read once from the runner's environment
// and event payload (never from inputs).
import { readFileSync } from 'node:fs';

export interface PullRequestFacts {
  number: number;
  /** True for a pull request whose head lives in another repository (a fork). */
  fromFork: boolean;
}

export interface RunnerContext {
  workspace: string;
  /** RUNNER_TEMP: besides the workspace, the only folder the action writes to (report-file, sarif-file). */
  temp: string | null;
  /** The event payload's pull request heads and bases, for telling fork runs apart. */
  payload: EventPayload;
  repository: { owner: string; name: string } | null;
  eventName: string;
  ref: string;
  actor: string;
  job: string;
  /** The running workflow's path within the repository, e.g. .github/workflows/guard.yml */
  workflowFile: string | null;
  pullRequest: PullRequestFacts | null;
  runUrl: string | null;
  apiUrl: string;
}

export interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { repo?: { full_name?: string; fork?: boolean } | null };
    base?: { repo?: { full_name?: string } | null };
  };
  repository?: { full_name?: string };
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = event.pull_request;
  const base = env.GITHUB_REPOSITORY ?? event.repository?.full_name ?? '';
  const headRepo = pr?.head?.repo;
  // A deleted fork has head.repo null: still a fork, never trusted with a token.
  const fromFork = pr ? headRepo === null || headRepo?.fork === true || (headRepo?.full_name ?? base) !== base : false;
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const workflowFile = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef)?.[1] ?? null;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    temp: env.RUNNER_TEMP ?? null,
    payload: event,
    repository: owner && name ? { owner, name } : null,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    job: env.GITHUB_JOB ?? '',
    workflowFile,
    pullRequest: pr && typeof pr.number === 'number' ? { number: pr.number, fromFork } : null,
    runUrl: env.GITHUB_RUN_ID && base ? `${server}/${base}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}

function readEvent(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}
