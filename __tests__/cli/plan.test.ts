// `plan` on real public workflows (../shared/corpus/github-workflows, see SOURCES.md there), copied into a
// checkout's .github/workflows: every job that signs in is listed, and every exact subject is one GitHub can mint.
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subjectDefects } from '../../src/matching/subject.js';
import type { Plan } from '../../src/plan/index.js';
import { sharedCorpus } from '../helpers/corpus.js';
import { runCli } from './run.js';

const CORPUS = sharedCorpus('github-workflows');
const FILES: Record<string, string> = {
  'Azure-Samples__azure-search-openai-demo__azure-dev.yml': 'azure-dev.yml',
  'Azure-Samples__terraform-github-actions__tf-plan-apply.yml': 'tf-plan-apply.yml',
  'Azure__aks-baseline-automation__IaC-bicep-AKS.yml': 'IaC-bicep-AKS.yml',
  'Azure__azureml-examples__cli-jobs-basics-hello-world.yml': 'cli-jobs-basics-hello-world.yml',
};
// Read off the files by hand (the same table as __tests__/workflows/corpus.test.ts).
const SIGNING_IN = [
  '.github/workflows/IaC-bicep-AKS.yml:31 prereqs',
  '.github/workflows/IaC-bicep-AKS.yml:86 deployment',
  '.github/workflows/azure-dev.yml:22 build',
  '.github/workflows/cli-jobs-basics-hello-world.yml:23 build',
  '.github/workflows/tf-plan-apply.yml:120 terraform-apply',
  '.github/workflows/tf-plan-apply.yml:24 terraform-plan',
];

const repo = mkdtempSync(join(tmpdir(), 'efg-cli-plan-'));
mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
for (const [source, name] of Object.entries(FILES))
  copyFileSync(join(CORPUS, source), join(repo, '.github', 'workflows', name));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const plan = async (...extra: string[]) => runCli(['plan', '--repo', repo, '--github-repo', 'contoso/api', ...extra]);
const exactSubjects = (p: Plan) => [
  ...new Set(
    p.jobs.filter((j) => j.signsIn).flatMap((j) => j.subjects.filter((s) => s.kind === 'exact').map((s) => s.subject)),
  ),
];

describe('plan', () => {
  it('lists every job that signs in, with subjects GitHub can mint', async () => {
    const run = await plan('--format', 'json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Plan;
    expect(result).toMatchObject({
      version: 1,
      repository: 'contoso/api',
      subjectFormat: { kind: 'default', source: 'assumed' },
      issuer: 'https://token.actions.githubusercontent.com',
    });
    expect(
      result.jobs
        .filter((j) => j.signsIn)
        .map((j) => `${j.file}:${j.line} ${j.job}`)
        .sort(),
    ).toEqual(SIGNING_IN);
    const subjects = exactSubjects(result);
    expect(subjects).toEqual(
      expect.arrayContaining([
        'repo:contoso/api:ref:refs/heads/main',
        'repo:contoso/api:pull_request',
        'repo:contoso/api:environment:production',
      ]),
    );
    for (const subject of subjects) {
      expect(subject.startsWith('repo:contoso/api:')).toBe(true);
      expect(subjectDefects(subject)).toEqual([]);
    }
    expect(run.stderr).toContain("plan: note: Predicted subjects assume GitHub's default form");
  });

  it('renders one az command and one Terraform resource per exact subject, never a pull_request trust for a deploying app', async () => {
    const all = exactSubjects(JSON.parse((await plan('--format', 'json')).stdout) as Plan);
    const subjects = all.filter((s) => !s.endsWith(':pull_request'));
    expect(all.length - subjects.length).toBe(1);
    const az = await plan('--format', 'az', '--app', '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8');
    const commands = az.stdout.split('\n').filter((l) => l.startsWith('az ad app federated-credential create'));
    expect(commands).toHaveLength(subjects.length);
    for (const command of commands)
      expect(command).toMatch(
        /^az ad app federated-credential create --id 7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8 --parameters '\{"name":"[A-Za-z0-9][A-Za-z0-9_-]{2,119}",/,
      );
    const terraform = await plan('--format', 'terraform', '--app', '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8');
    expect(terraform.stdout.match(/^resource "azuread_application_federated_identity_credential" /gm)).toHaveLength(
      subjects.length,
    );
    for (const subject of subjects) {
      expect(az.stdout).toContain(`"subject":"${subject}"`);
      expect(terraform.stdout).toContain(`subject        = "${subject}"`);
    }
    expect(az.stdout).toMatch(/^# NOT created: repo:contoso\/api:pull_request /m);
    expect(terraform.stdout).toMatch(/^# NOT created: repo:contoso\/api:pull_request /m);
  });

  it('predicts the immutable form from --owner-id and --repo-id', async () => {
    const result = JSON.parse(
      (await plan('--format', 'json', '--owner-id', '81234567', '--repo-id', '734129856')).stdout,
    ) as Plan;
    expect(result.subjectFormat).toEqual({ kind: 'immutable', source: 'option' });
    const subjects = exactSubjects(result);
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) {
      expect(subject.startsWith('repo:contoso@81234567/api@734129856:')).toBe(true);
      expect(subjectDefects(subject)).toEqual([]);
    }
  });

  it('writes the text plan to --output and nothing to stdout', async () => {
    const output = join(repo, 'out', 'plan.txt');
    const run = await plan('--output', output);
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });
});
