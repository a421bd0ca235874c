// Issues 2 and 6: names in Graph and in workflow files are written by whoever can edit an app
// registration or open a pull request. The runner must see no workflow command but the action's
// own, the summary no live HTML or broken tables, and the outputs only what the action set.
import { describe, expect, it } from '@jest/globals';
import { useEmulators } from '../helpers/emulators.js';
import type { ActionRun } from '../helpers/run-action.js';
import { proseText, renderGfm } from '../report/gfm.js';
import {
  annotations,
  app,
  buildTenant,
  daysFromNow,
  fic,
  githubFixture,
  REPO,
  runGuard,
  secret,
  TENANT_ID,
  workflowCommands,
} from './harness.js';

const HOSTILE = [
  '::error::pwned',
  'x%0A::warning::y',
  '\r\n::set-output name=verdict::pass',
  '<script>alert(1)</script>',
  '<!-- entra-federation-guard -->',
  '| a | b |',
  '[x](javascript:alert(1))',
  `${'N'.repeat(100 * 1024)}::error::tail`,
];

const hostileApps = HOSTILE.map((name, i) =>
  app({
    displayName: name,
    appId: `0000000${i}-1111-4222-8333-44445555666${i}`,
    passwordCredentials: [
      secret({
        displayName: `${name}\n::notice::from-secret`,
        startDateTime: daysFromNow(-10),
        endDateTime: daysFromNow(80),
        keyId: `aaaaaaa${i}-bbbb-4ccc-8ddd-eeeeffff000${i}`,
      }),
    ],
  }),
);

const deployer = app({
  displayName: 'deploy <img src=x onerror=alert(1)>',
  federatedIdentityCredentials: [
    fic({
      name: 'main',
      subject: `repo:${REPO}:ref:refs/heads/main`,
      description: '::error::from-description <script>x</script>',
    }),
  ],
});

const HOSTILE_WORKFLOW = `name: "::error::workflow-name"
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  "deploy::warning::job<!--":
    runs-on: ubuntu-latest
    environment: "prod<script>alert(1)</script>|x|::error::env"
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${deployer.appId}
          tenant-id: ${TENANT_ID}
`;

const emulators = useEmulators(() => ({
  tenant: buildTenant([...hostileApps.map((a) => ({ app: a })), { app: deployer }]),
  github: githubFixture(),
}));

/** Annotations @actions/core emits for this report: at most 10 per level, plus setFailed's one error. */
function plannedAnnotations(run: ActionRun): number {
  const s = run.report?.summary ?? { errors: 0, warnings: 0, notices: 0 };
  const failed = run.code === 0 ? 0 : 1;
  return Math.min(s.errors, 10) + Math.min(s.warnings, 10) + Math.min(s.notices, 10) + failed;
}

describe('hostile names from Graph and from workflow files', () => {
  let run: ActionRun;

  it('runs to a verdict', async () => {
    run = await runGuard(emulators(), {
      apps: [...hostileApps, deployer].map((a) => a.appId),
      files: { '.github/workflows/deploy.yml': HOSTILE_WORKFLOW },
    });
    expect(run.stderr).toBe('');
    expect(run.report?.summary.appsEvaluated).toBe(HOSTILE.length + 1);
    expect(run.report?.findings.filter((f) => f.rule === 'client-secret-present')).toHaveLength(HOSTILE.length);
    // The hostile environment makes the job present a subject no credential has.
    const missing = run.report?.findings.find((f) => f.rule === 'fic-missing');
    expect(missing?.location).toEqual({ file: '.github/workflows/deploy.yml', line: 11 });
  });

  it('stdout: only the action’s own workflow commands, one line each', () => {
    const lines = run.stdout.split(/\r\n|\r|\n/);
    const commandLines = lines.filter((l) => l.startsWith('::'));
    const commands = workflowCommands(run.stdout);
    expect(commands).toHaveLength(commandLines.length);
    const kinds = new Set(commands.map((c) => c.command));
    for (const kind of kinds) expect(['add-mask', 'debug', 'error', 'warning', 'notice']).toContain(kind);
    for (const kind of ['add-mask', 'error', 'warning']) expect(kinds).toContain(kind);
    expect(annotations(run.stdout)).toHaveLength(plannedAnnotations(run));
    // Nothing hostile starts a line, whatever line break it smuggled in.
    for (const line of lines) {
      expect(line).not.toMatch(/^::(set-output|notice::from-secret|error::pwned|warning::y|error::tail|error::env)/);
    }
    for (const c of annotations(run.stdout)) expect(c.properties.title?.length ?? 0).toBeLessThanOrEqual(200);
  });

  it('outputs: exactly the four the action sets, equal to the report', () => {
    expect(run.outputs).toEqual({
      verdict: run.report?.verdict,
      errors: String(run.report?.summary.errors),
      warnings: String(run.report?.summary.warnings),
      'report-file': expect.stringMatching(/report\.json$/),
    });
    expect(run.outputs.verdict).toBe('fail');
  });

  it('summary: no live HTML, no comment marker, no javascript: link, intact tables, under 1 MiB', () => {
    const { summary } = run;
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    // What GitHub renders: hostile names show as text (inside code or escaped), never as tags or links.
    const html = renderGfm(summary);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('<a ');
    expect(proseText(html)).toContain('[x](javascript:alert(1))');
    // Every table row has exactly as many unescaped cell separators as its header.
    let columns = 0;
    for (const line of summary.split('\n')) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      const pipes = line.replace(/\\\|/g, '').split('|').length - 1;
      if (columns === 0) columns = pipes;
      expect(pipes).toBe(columns);
    }
  });

  it('the JSON report keeps the names as data (escaping is per medium, not in the data)', () => {
    const names = run.report?.apps.map((a) => a.displayName) ?? [];
    expect(names).toEqual(expect.arrayContaining(HOSTILE.slice(0, 7)));
  });
});
