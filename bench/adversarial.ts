// Megabyte-sized adversarial inputs for every parser of untrusted input: the policy, workflow files, snapshots,
// shard reports, Graph JSON, GitHub JSON, subjects and expressions, and output redaction. Each input is a run
// that makes a backtracking regular expression or a quadratic loop blow up (long runs of white space, `${{`,
// slashes, `<`, `@`, `eyJ`, quotes, brackets, many keys, many aliases), placed where the parser reads it.
// The fuzz suite asserts that each finishes within a generous bound; `npm run bench` prints the worst case.
import { redact } from '../src/auth/redact.js';
import { toEnvironmentProtection } from '../src/github/client.js';
import { GraphMalformedError } from '../src/graph/client.js';
import { NO_PERMISSION_NAMES, normaliseApp } from '../src/graph/normalise.js';
import { evaluateExpression, parseExpression, parseSubject, subjectDefects } from '../src/matching/index.js';
import { compilePolicy, PolicyError } from '../src/policy/index.js';
import { mergeReports } from '../src/report/build.js';
import type { Report } from '../src/report/model.js';
import { parseSnapshot, snapshotInventory, SnapshotError } from '../src/snapshot/index.js';
import { analyseWorkflows } from '../src/workflows/analyse.js';

export const MEGABYTE = 1024 * 1024;

/** A run of `piece` about `bytes` long, then `tail`. */
export function run(piece: string, bytes = MEGABYTE, tail = ''): string {
  return piece.repeat(Math.max(1, Math.floor(bytes / piece.length))) + tail;
}

/** Runs that defeat naive regexes and loops. */
export function adversarialRuns(bytes = MEGABYTE): Record<string, string> {
  return {
    spaces: run(' ', bytes, 'x'),
    'expression opener and spaces': `\${{${run(' ', bytes - 3)}`,
    slashes: run('/', bytes, 'x'),
    'angle brackets': run('<', bytes),
    'at signs then newline': run('@', bytes, '\nx'),
    'eyJ runs': run('eyJ', bytes),
    'JWT-like segments': `eyJab.${run('c', bytes)}`,
    'ghs_ runs': run('ghs_', bytes),
    quotes: `'${run("'", bytes)}a`,
    'star runs': run('*a', bytes, 'b'),
    'colon runs': run(':', bytes),
    'open brackets': run('[', bytes),
    'open braces': run('{', bytes),
    dashes: run('-', bytes, 'x'),
  };
}

/** What a parser does with one text; returns normally or throws only its documented error. */
export interface Parser {
  name: string;
  /** Wraps the adversarial run where the parser reads untrusted text. */
  inputs(runs: Record<string, string>): Record<string, string>;
  parse(text: string): void;
}

const REPOSITORY = { owner: 'o', name: 'r', subjectFormat: { kind: 'default', source: 'assumed' } } as const;
const json = (value: unknown) => JSON.stringify(value);
const only = (error: unknown, ...kinds: (abstract new (...args: never[]) => Error)[]) => {
  if (!kinds.some((kind) => error instanceof kind)) throw error;
};
const each = (runs: Record<string, string>, wrap: (run: string) => string) =>
  Object.fromEntries(Object.entries(runs).map(([name, text]) => [name, wrap(text)]));

function graphApplication(text: string): Record<string, unknown> {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    appId: '11111111-2222-3333-4444-555555555555',
    displayName: text,
    passwordCredentials: [{ keyId: 'k', displayName: text, hint: 'abc', endDateTime: text }],
    keyCredentials: [],
    federatedIdentityCredentials: [
      { id: 'f', name: text, issuer: text, subject: text, audiences: [text], description: text },
      {
        id: 'g',
        name: 'flex',
        issuer: 'https://token.actions.githubusercontent.com',
        subject: null,
        audiences: ['api://AzureADTokenExchange'],
        claimsMatchingExpression: { value: `claims['sub'] matches '${text}'`, languageVersion: 1 },
      },
    ],
  };
}

const workflow = (value: string) =>
  [
    'on:',
    '  push:',
    `    branches: [${json(value)}]`,
    'permissions: { id-token: write }',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    `    environment: ${json(value)}`,
    '    steps:',
    `      - uses: ${json(`./.github/workflows/${value}@x`)}`,
    `      - uses: azure/login@v2`,
    `        with: { client-id: ${json(value)}, tenant-id: t }`,
    `      - run: ${json(`az login --federated-token x --service-principal -u ${value}`)}`,
  ].join('\n');

export const PARSERS: Parser[] = [
  {
    name: 'policy (compilePolicy)',
    inputs: (runs) => ({
      ...each(runs, (r) => `version: 1\nsettings:\n  allowed-issuers: [${json(r)}]\n  allowed-owners: [${json(r)}]\n`),
      'a key that is a run': `version: 1\nrules:\n  ${json(runs.spaces)}: error\n`,
      'many keys': `version: 1\nrules:\n${Array.from({ length: 50_000 }, (_, i) => `  k${i}: error`).join('\n')}\n`,
      'many aliases': `version: 1\nsettings:\n  allowed-owners: &o [contoso]\nexceptions:\n${run('  - *o\n', MEGABYTE * 0.6)}`,
      'an exception naming a run': `version: 1\nexceptions:\n  - { rule: fic-audience, app: ${json(runs.slashes)}, expires: 2027-01-01, reason: r }\n`,
    }),
    parse(text) {
      try {
        compilePolicy(text, 'policy.yml');
      } catch (error) {
        only(error, PolicyError);
      }
    },
  },
  {
    name: 'workflows (analyseWorkflows)',
    inputs: (runs) => ({
      ...each(runs, workflow),
      'many keys': `on: push\njobs:\n  a: { runs-on: x }\nenv:\n${Array.from({ length: 50_000 }, (_, i) => `  K${i}: v`).join('\n')}\n`,
      'many aliases': `a: &a x\non: push\njobs: {}\nl:\n${run('  - *a\n', MEGABYTE * 0.6)}`,
      'merge keys': `b: &b\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: v`).join('\n')}\non: push\njobs:\n  j:\n    <<: *b\n${Array.from({ length: 20_000 }, (_, i) => `    j${i}: v`).join('\n')}\n`,
      'deep nesting': `on: push\njobs: ${run('[', 200_000)}`,
    }),
    parse(text) {
      analyseWorkflows([{ path: '.github/workflows/w.yml', text }], REPOSITORY);
    },
  },
  {
    name: 'snapshots (parseSnapshot, snapshotInventory)',
    inputs: (runs) => ({
      ...each(runs, (r) =>
        json({
          version: 1,
          tenant: r.slice(0, 1000),
          exportedAt: '2026-01-01T00:00:00Z',
          applications: [graphApplication(r)],
          servicePrincipals: [],
          graphAppRoles: [],
          graphServicePrincipalId: null,
          notEvaluated: [{ appId: r, reason: r }],
        }),
      ),
      'deep JSON': run('[', 500_000),
    }),
    parse(text) {
      try {
        snapshotInventory(parseSnapshot(text, 'snapshot.json'));
      } catch (error) {
        only(error, SnapshotError);
      }
    },
  },
  {
    name: 'shard reports (mergeReports)',
    inputs: (runs) =>
      each(runs, (r) =>
        json({
          version: 1,
          tool: { name: r, version: r },
          verdict: 'pass',
          summary: { errors: 0, warnings: 0, notices: 0, appsEvaluated: 0, appsNotEvaluated: 0 },
          apps: [],
          findings: [],
          suppressed: [],
          notEvaluated: [{ appId: r, reason: r }],
          notices: [r],
          scope: { shard: r },
        }),
      ),
    parse(text) {
      const report = JSON.parse(text) as Report;
      try {
        mergeReports([report, report]);
      } catch (error) {
        only(error, Error);
      }
    },
  },
  {
    name: 'Graph JSON (normaliseApp)',
    inputs: (runs) => each(runs, (r) => json(graphApplication(r))),
    parse(text) {
      try {
        normaliseApp({ application: JSON.parse(text) as never, servicePrincipal: null }, NO_PERMISSION_NAMES);
      } catch (error) {
        only(error, GraphMalformedError);
      }
    },
  },
  {
    name: 'GitHub JSON (environments)',
    inputs: (runs) =>
      each(runs, (r) =>
        json({
          name: r,
          protection_rules: [
            { type: r, reviewers: [r] },
            { type: 'wait_timer', wait_timer: 5 },
          ],
          deployment_branch_policy: { protected_branches: r },
        }),
      ),
    parse(text) {
      toEnvironmentProtection(JSON.parse(text));
    },
  },
  {
    name: 'subjects (parseSubject, subjectDefects)',
    inputs: (runs) => ({
      ...runs,
      ...Object.fromEntries(Object.entries(runs).map(([name, r]) => [`${name} in a subject`, `repo:${r}:ref:${r}`])),
    }),
    parse(text) {
      parseSubject(text);
      subjectDefects(text);
    },
  },
  {
    name: 'expressions (parseExpression, evaluateExpression)',
    inputs: (runs) => each(runs, (r) => `claims['sub'] matches '${r.replace(/'/g, "''")}' or claims['sub'] eq 'x'`),
    parse(text) {
      const parsed = parseExpression(text);
      if (parsed.ok) evaluateExpression(parsed.value, { sub: run('a*', 100_000) });
    },
  },
  {
    name: 'redaction (redact)',
    inputs: (runs) => runs,
    parse(text) {
      redact(text);
    },
  },
];

export interface Timing {
  parser: string;
  input: string;
  bytes: number;
  ms: number;
}

/** Every parser on every adversarial input, timed. */
export function timeAll(bytes = MEGABYTE, parsers: readonly Parser[] = PARSERS): Timing[] {
  const runs = adversarialRuns(bytes);
  const timings: Timing[] = [];
  for (const parser of parsers) {
    for (const [input, text] of Object.entries(parser.inputs(runs))) {
      const started = performance.now();
      parser.parse(text);
      timings.push({ parser: parser.name, input, bytes: text.length, ms: performance.now() - started });
    }
  }
  return timings;
}
