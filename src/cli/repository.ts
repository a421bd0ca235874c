// --repo DIR: a local checkout whose workflows are analysed. The repository's owner/name comes from
// --github-repo or the checkout's `origin` remote; the subject format is GitHub's default unless
// --owner-id/--repo-id give the ids of the immutable form. With a GitHub token (GITHUB_TOKEN or GH_TOKEN;
// GITHUB_API_URL for GHES) the canonical names, ids, default branch, subject format and `vars.*` client
// ids are read from the GitHub API; without one, a name read from a git remote has an unverified case.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { resolveVariables } from '../action/client-ids.js';
import { quote } from '../config/validate.js';
import type { GitHubClient } from '../github/client.js';
import { analyseWorkflows, readWorkflowFiles } from '../workflows/index.js';
import type { RepositoryFacts, WorkflowAnalysis } from '../workflows/model.js';
import { stringValue, type Values } from './args.js';
import { IncompleteError, UsageError } from './errors.js';

const run = promisify(execFile);
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

export interface RepositoryOptions {
  /** Absolute path of the checkout. */
  dir: string;
  githubRepo?: { owner: string; name: string };
  ids?: { ownerId: string; repoId: string };
}

/** What git can tell about a checkout; injectable for tests. */
export interface GitReader {
  originUrl(dir: string): Promise<string | null>;
  /** e.g. main, from refs/remotes/origin/HEAD. */
  defaultBranch(dir: string): Promise<string | null>;
}

export const git: GitReader = {
  async originUrl(dir) {
    return gitOutput(dir, ['remote', 'get-url', 'origin']);
  },
  async defaultBranch(dir) {
    const ref = await gitOutput(dir, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
    return ref?.startsWith('refs/remotes/origin/') ? ref.slice('refs/remotes/origin/'.length) : null;
  },
};

async function gitOutput(dir: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], { timeout: 5000, windowsHide: true });
    const text = stdout.trim();
    return text === '' ? null : text;
  } catch {
    return null;
  }
}

export function parseGitHubRepo(flagName: string, value: string): { owner: string; name: string } {
  const [owner = '', name = '', ...rest] = value.trim().split('/');
  if (rest.length > 0 || !OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..')
    throw new UsageError(`${flagName} must be OWNER/REPO, for example contoso/payments-api; got ${quote(value)}.`);
  return { owner, name };
}

/**
 * owner/name from a remote URL: https://host/OWNER/REPO(.git), ssh://git@host/OWNER/REPO.git or
 * git@host:OWNER/REPO.git. Null for anything else (the URL itself is never echoed: it may hold a token).
 */
export function parseRemoteUrl(url: string): { owner: string; name: string } | null {
  const text = url.trim();
  let path: string;
  const scp = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!\/)(.+)$/.exec(text);
  if (scp?.[1]) path = scp[1];
  else {
    try {
      const parsed = new URL(text);
      if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return null;
      path = parsed.pathname;
    } catch {
      return null;
    }
  }
  const parts = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '')
    .split('/');
  if (parts.length !== 2) return null;
  const [owner = '', name = ''] = parts;
  return OWNER.test(owner) && NAME.test(name) ? { owner, name } : null;
}

function positiveInteger(flagName: string, value: string): string {
  if (!/^[1-9]\d{0,15}$/.test(value.trim()))
    throw new UsageError(
      `${flagName} must be a positive integer (the numeric id GitHub puts in the token); got ${quote(value)}.`,
    );
  return value.trim();
}

/** --repo, --github-repo, --owner-id, --repo-id, validated; null when --repo is absent. */
export function parseRepositoryOptions(values: Values, cwd: string, required: boolean): RepositoryOptions | null {
  const dirText = stringValue(values, 'repo');
  const githubRepo = stringValue(values, 'github-repo');
  const ownerId = stringValue(values, 'owner-id');
  const repoId = stringValue(values, 'repo-id');
  if (dirText === undefined) {
    if (required) throw new UsageError('--repo DIR is required: the local checkout whose .github/workflows to read.');
    for (const [name, value] of [
      ['github-repo', githubRepo],
      ['owner-id', ownerId],
      ['repo-id', repoId],
    ] as const)
      if (value !== undefined) throw new UsageError(`--${name} needs --repo (it describes the checkout).`);
    return null;
  }
  if ((ownerId === undefined) !== (repoId === undefined))
    throw new UsageError('--owner-id and --repo-id go together: the immutable subject form names both ids.');
  return {
    dir: resolve(cwd, dirText),
    ...(githubRepo !== undefined ? { githubRepo: parseGitHubRepo('--github-repo', githubRepo) } : {}),
    ...(ownerId !== undefined && repoId !== undefined
      ? { ids: { ownerId: positiveInteger('--owner-id', ownerId), repoId: positiveInteger('--repo-id', repoId) } }
      : {}),
  };
}

/** A GitHub client from GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GHES), or null without a token. */
export async function githubFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Promise<GitHubClient | null> {
  const token = (env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '').trim();
  if (token === '') return null;
  const { createGitHubClient } = await import('../github/client.js');
  const baseUrl = env.GITHUB_API_URL?.trim();
  return createGitHubClient({ token, mask: false, ...(baseUrl ? { baseUrl } : {}) });
}

export async function repositoryFacts(
  options: RepositoryOptions,
  reader: GitReader = git,
  github: GitHubClient | null = null,
  notices: string[] = [],
): Promise<RepositoryFacts> {
  let info;
  try {
    info = await stat(options.dir);
  } catch {
    throw new UsageError(
      `--repo must be a directory (a checkout of the repository); ${quote(options.dir)} does not exist.`,
    );
  }
  if (!info.isDirectory()) throw new UsageError(`--repo must be a directory; ${quote(options.dir)} is a file.`);
  let repository = options.githubRepo ?? null;
  if (!repository) {
    const url = await reader.originUrl(options.dir);
    repository = url === null ? null : parseRemoteUrl(url);
    if (!repository)
      throw new UsageError(
        `Cannot tell which GitHub repository ${quote(options.dir)} is: ${
          url === null ? 'it has no git remote "origin"' : 'its git remote "origin" is not a URL ending in OWNER/REPO'
        }. Pass --github-repo OWNER/REPO.`,
      );
  }
  const defaultBranch = await reader.defaultBranch(options.dir);
  const facts: RepositoryFacts = {
    owner: repository.owner,
    name: repository.name,
    ...(options.ids ? { ownerId: options.ids.ownerId, repoId: options.ids.repoId } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    subjectFormat: options.ids ? { kind: 'immutable', source: 'option' } : { kind: 'default', source: 'assumed' },
  };
  const fromRemote = options.githubRepo === undefined;
  if (!github) {
    if (fromRemote) facts.nameCaseUnverified = true;
    return facts;
  }
  const [repo, customization] = await Promise.all([
    github.readRepository(facts.owner, facts.name),
    github.readSubjectCustomization(facts.owner, facts.name),
  ]);
  if (repo.available) {
    // GitHub's canonical spelling is what `sub` carries (a remote URL may be spelled otherwise).
    facts.owner = repo.value.owner;
    facts.name = repo.value.name;
    facts.ownerId ??= repo.value.ownerId;
    facts.repoId ??= repo.value.repoId;
    facts.defaultBranch = repo.value.defaultBranch;
  } else {
    notices.push(`The repository could not be read from GitHub: ${repo.reason}`);
    if (fromRemote) facts.nameCaseUnverified = true;
  }
  if (!options.ids) {
    if (customization.available) facts.subjectFormat = customization.value;
    else notices.push(`The OIDC subject format could not be read from GitHub: ${customization.reason}`);
  }
  return facts;
}

export interface RepositoryAnalysis {
  analysis: WorkflowAnalysis;
  /** Malformed or skipped workflow files and assumptions, as report notices. */
  notices: string[];
}

export async function analyseRepository(
  dir: string,
  facts: RepositoryFacts,
  github: GitHubClient | null = null,
): Promise<RepositoryAnalysis> {
  let read;
  try {
    read = await readWorkflowFiles(dir);
  } catch (error) {
    throw new IncompleteError(`Could not read the workflows of ${dir}: ${(error as Error).message}`);
  }
  const analysed = analyseWorkflows(read.files, facts);
  // Files that could not be read are problems of the analysis too (workflow-unreadable reports them).
  analysed.problems.unshift(...read.problems);
  const notices = analysed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  if (facts.subjectFormat.source === 'assumed')
    notices.push(
      "Predicted subjects assume GitHub's default form repo:OWNER/REPO:<context>; if the repository uses the immutable " +
        'form, pass --owner-id and --repo-id (or set GITHUB_TOKEN to read it from GitHub).',
    );
  if (facts.nameCaseUnverified)
    notices.push(
      `The letter case of ${facts.owner}/${facts.name} was read from the git remote and is unverified: GitHub puts its ` +
        'canonical names in the subject. Set GITHUB_TOKEN (or pass --github-repo) to confirm it; until then a ' +
        'credential that differs from the predicted subject only in that case is reported as a notice.',
    );
  const analysis = await resolveVariables(analysed, github, { owner: facts.owner, name: facts.name }, notices);
  return { analysis, notices };
}
