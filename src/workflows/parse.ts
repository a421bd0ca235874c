// Pure: one workflow file's text → the parts of it that decide who signs in and with which OIDC subject.
import type { WorkflowProblem } from './model.js';
import {
  entryOf,
  parseYamlTree,
  stringList,
  stringMap,
  textOf,
  valueOf,
  type MapNode,
  type TreeNode,
} from './yaml-tree.js';

export interface Trigger {
  /** Event name as written under `on:` (push, pull_request, workflow_dispatch, …). */
  event: string;
  line: number;
  branches?: string[];
  branchesIgnore?: string[];
  tags?: string[];
  tagsIgnore?: string[];
}

export interface InputSpec {
  /** string, choice, boolean, environment, number… (undefined: free text). */
  type?: string;
  options?: string[];
  default?: string;
}

/** `permissions:` as written: a shorthand for every scope, or a map of scopes. */
export type PermissionSpec = { kind: 'all'; level: string } | { kind: 'map'; scopes: Record<string, string> };

export interface MatrixSpec {
  line: number;
  /** Literal axes; an axis given as an expression (fromJson…) is absent and `dynamic` is true. */
  axes: Record<string, string[]>;
  include: Record<string, string>[];
  dynamic: boolean;
}

export interface ParsedStep {
  line: number;
  name?: string;
  uses?: string;
  run?: string;
  with: Record<string, string>;
  env: Record<string, string>;
}

export interface ParsedJob {
  id: string;
  line: number;
  name?: string;
  environment?: { text: string; line: number };
  permissions?: PermissionSpec;
  env: Record<string, string>;
  /** A reusable workflow call: `./.github/workflows/x.yml` or `owner/repo/.github/workflows/x.yml@ref`. */
  uses?: string;
  with: Record<string, string>;
  /** Line of each `with:` entry of a reusable-workflow call (where a person changes what it passes). */
  withLines?: Record<string, number>;
  secrets: Record<string, string> | 'inherit';
  matrix?: MatrixSpec;
  steps: ParsedStep[];
}

export interface ParsedWorkflow {
  file: string;
  name?: string;
  triggers: Trigger[];
  permissions?: PermissionSpec;
  env: Record<string, string>;
  /** Inputs declared under `on.workflow_call.inputs`. */
  callInputs: Record<string, InputSpec>;
  /** Inputs declared under `on.workflow_dispatch.inputs`. */
  dispatchInputs: Record<string, InputSpec>;
  jobs: ParsedJob[];
}

export type ParseResult = { ok: true; workflow: ParsedWorkflow } | { ok: false; problem: WorkflowProblem };

/** Parses a workflow file; malformed files become a problem, never an exception. */
export function parseWorkflow(file: string, text: string): ParseResult {
  const tree = parseYamlTree(text);
  if (!tree.ok) return { ok: false, problem: { file, line: tree.line, message: tree.message, unreadable: true } };
  const root = tree.root;
  if (root.kind !== 'map') {
    const what = root.kind === 'seq' ? 'a list' : root.value === null ? 'empty' : 'a single value';
    return {
      ok: false,
      problem: { file, line: root.line, message: `not a workflow: the document is ${what}, not a mapping` },
    };
  }
  const onEntry = entryOf(root, 'on');
  if (!onEntry) return { ok: false, problem: { file, line: 1, message: 'not a workflow: no `on:` triggers' } };
  const jobsNode = valueOf(root, 'jobs');
  if (jobsNode?.kind !== 'map') {
    const line = entryOf(root, 'jobs')?.keyLine ?? 1;
    return { ok: false, problem: { file, line, message: 'not a workflow: `jobs:` is missing or not a mapping' } };
  }
  return {
    ok: true,
    workflow: {
      file,
      name: textOf(valueOf(root, 'name')),
      triggers: parseTriggers(onEntry.value),
      permissions: parsePermissions(valueOf(root, 'permissions')),
      env: stringMap(valueOf(root, 'env')),
      callInputs: parseInputs(valueOf(valueOf(onEntry.value, 'workflow_call'), 'inputs')),
      dispatchInputs: parseInputs(valueOf(valueOf(onEntry.value, 'workflow_dispatch'), 'inputs')),
      jobs: jobsNode.entries.map((e) => parseJob(e.key, e.keyLine, e.value)),
    },
  };
}

function parseTriggers(node: TreeNode): Trigger[] {
  if (node.kind === 'scalar') return node.value ? [{ event: node.value, line: node.line }] : [];
  if (node.kind === 'seq') {
    return node.items.flatMap((item): Trigger[] => {
      if (item.kind === 'scalar' && item.value) return [{ event: item.value, line: item.line }];
      // A list item written as a one-key map (`- push: {branches: [main]}`) is accepted by GitHub too.
      if (item.kind === 'map') return item.entries.map((e) => triggerOf(e.key, e.keyLine, e.value));
      return [];
    });
  }
  return node.entries.map((e) => triggerOf(e.key, e.keyLine, e.value));
}

function triggerOf(event: string, line: number, config: TreeNode): Trigger {
  const trigger: Trigger = { event, line };
  const branches = stringList(valueOf(config, 'branches'));
  const branchesIgnore = stringList(valueOf(config, 'branches-ignore'));
  const tags = stringList(valueOf(config, 'tags'));
  const tagsIgnore = stringList(valueOf(config, 'tags-ignore'));
  if (branches) trigger.branches = branches;
  if (branchesIgnore) trigger.branchesIgnore = branchesIgnore;
  if (tags) trigger.tags = tags;
  if (tagsIgnore) trigger.tagsIgnore = tagsIgnore;
  return trigger;
}

function parsePermissions(node: TreeNode | undefined): PermissionSpec | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar') return { kind: 'all', level: node.value ?? '' };
  if (node.kind === 'map') return { kind: 'map', scopes: stringMap(node) };
  return { kind: 'map', scopes: {} };
}

function parseInputs(node: TreeNode | undefined): Record<string, InputSpec> {
  const inputs: Record<string, InputSpec> = Object.create(null) as Record<string, InputSpec>;
  if (node?.kind !== 'map') return inputs;
  for (const entry of node.entries) {
    const spec: InputSpec = {};
    const type = textOf(valueOf(entry.value, 'type'));
    const options = stringList(valueOf(entry.value, 'options'));
    const fallback = textOf(valueOf(entry.value, 'default'));
    if (type !== undefined) spec.type = type;
    if (options) spec.options = options;
    if (fallback !== undefined) spec.default = fallback;
    inputs[entry.key] = spec;
  }
  return inputs;
}

function parseJob(id: string, line: number, node: TreeNode): ParsedJob {
  const job: ParsedJob = {
    id,
    line,
    env: stringMap(valueOf(node, 'env')),
    with: stringMap(valueOf(node, 'with')),
    secrets: textOf(valueOf(node, 'secrets')) === 'inherit' ? 'inherit' : stringMap(valueOf(node, 'secrets')),
    steps: [],
  };
  const name = textOf(valueOf(node, 'name'));
  if (name !== undefined) job.name = name;
  const uses = textOf(valueOf(node, 'uses'));
  if (uses !== undefined) job.uses = uses.trim();
  const withNode = valueOf(node, 'with');
  if (withNode?.kind === 'map') job.withLines = Object.fromEntries(withNode.entries.map((e) => [e.key, e.keyLine]));
  const permissions = parsePermissions(valueOf(node, 'permissions'));
  if (permissions) job.permissions = permissions;
  const environment = parseEnvironment(entryOf(node, 'environment'));
  if (environment) job.environment = environment;
  const matrix = parseMatrix(valueOf(valueOf(node, 'strategy'), 'matrix'));
  if (matrix) job.matrix = matrix;
  const steps = valueOf(node, 'steps');
  if (steps?.kind === 'seq') job.steps = steps.items.flatMap((s) => (s.kind === 'map' ? [parseStep(s)] : []));
  return job;
}

function parseEnvironment(entry: { keyLine: number; value: TreeNode } | undefined): ParsedJob['environment'] {
  if (!entry) return undefined;
  const text = entry.value.kind === 'map' ? textOf(valueOf(entry.value, 'name')) : textOf(entry.value);
  if (text === undefined || text.trim() === '') return undefined;
  return { text: text.trim(), line: entry.keyLine };
}

function parseMatrix(node: TreeNode | undefined): MatrixSpec | undefined {
  if (!node) return undefined;
  const matrix: MatrixSpec = {
    line: node.line,
    axes: Object.create(null) as Record<string, string[]>,
    include: [],
    dynamic: false,
  };
  if (node.kind !== 'map') {
    matrix.dynamic = true;
    return matrix;
  }
  for (const entry of node.entries) {
    if (entry.key === 'include') {
      if (entry.value.kind === 'seq') {
        matrix.include = entry.value.items.flatMap((i) => (i.kind === 'map' ? [stringMap(i)] : []));
      } else matrix.dynamic = true;
      continue;
    }
    if (entry.key === 'exclude') continue;
    const values = entry.value.kind === 'seq' ? scalarItems(entry.value.items) : undefined;
    if (values) matrix.axes[entry.key] = values;
    else matrix.dynamic = true;
  }
  return matrix;
}

function scalarItems(items: TreeNode[]): string[] | undefined {
  const out: string[] = [];
  for (const item of items) {
    if (item.kind !== 'scalar') return undefined;
    out.push(item.value ?? '');
  }
  return out;
}

function parseStep(node: MapNode): ParsedStep {
  const step: ParsedStep = {
    line: node.line,
    with: stringMap(valueOf(node, 'with')),
    env: stringMap(valueOf(node, 'env')),
  };
  const name = textOf(valueOf(node, 'name'));
  const uses = textOf(valueOf(node, 'uses'));
  const run = textOf(valueOf(node, 'run'));
  if (name !== undefined) step.name = name;
  if (uses !== undefined) step.uses = uses.trim();
  if (run !== undefined) step.run = run;
  return step;
}
