// Pure: what a `${{ … }}` expression in a job can be before the run starts. Only what is decidable from the
// files is resolved (literals, choice inputs, literal matrices, values passed down by a calling workflow);
// everything else is reported with the reason it cannot be known.
import type { ClientIdRef } from './model.js';
import type { ParsedJob, ParsedStep, ParsedWorkflow } from './parse.js';

/** Where an expression is evaluated: a job of a workflow, possibly called by another job. */
export interface Scope {
  workflow: ParsedWorkflow;
  job: ParsedJob;
  caller?: { scope: Scope; with: Record<string, string>; secrets: Record<string, string> | 'inherit' };
}

export type Candidates = { ok: true; values: string[] } | { ok: false; reason: string };

const MAX_CANDIDATES = 64;
const MAX_DEPTH = 12;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The inside of a text that is one whole `${{ … }}` expression, trimmed; undefined otherwise. Written without a
 * regular expression: `^\$\{\{\s*([\s\S]*?)\s*\}\}$` backtracks cubically on `${{` and a long run of spaces,
 * and workflow files come from whoever opened the pull request.
 */
export function wholeExpressionInner(text: string): string | undefined {
  if (!text.startsWith('${{') || !text.endsWith('}}') || text.length < 5) return undefined;
  return text.slice(3, -2).trim();
}

/** The environment variables visible to a step: workflow, then job, then step (later wins). */
export function envOf(scope: Scope, step?: ParsedStep): Record<string, string> {
  return Object.assign(Object.create(null) as Record<string, string>, scope.workflow.env, scope.job.env, step?.env);
}

/**
 * Follows a value that is a single reference (`${{ env.X }}`, `${{ inputs.x }}`, `${{ secrets.X }}`, `$X`)
 * through env blocks and calling workflows until it is a literal or a reference that only the run can
 * resolve. Returns the text in the outermost workflow's terms.
 */
export function followReference(text: string, scope: Scope, step?: ParsedStep, depth = 0): string {
  const trimmed = unquote(text.trim());
  if (depth > MAX_DEPTH) return trimmed;
  const shellVariable = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|(?:env:|Env:|ENV:)?([A-Za-z_][A-Za-z0-9_]*))$/.exec(
    trimmed,
  );
  if (shellVariable) {
    const name = shellVariable[1] ?? shellVariable[2] ?? '';
    const value = envOf(scope, step)[name];
    return value === undefined ? trimmed : followReference(value, scope, step, depth + 1);
  }
  const path = referencePath(trimmed);
  if (!path) return trimmed;
  if (path.root === 'env') {
    const value = envOf(scope, step)[path.name];
    return value === undefined ? trimmed : followReference(value, scope, step, depth + 1);
  }
  if (path.root === 'inputs') {
    const caller = scope.caller;
    const passed = caller?.with[path.name];
    if (caller && passed !== undefined) return followReference(passed, caller.scope, undefined, depth + 1);
    const fallback = scope.workflow.callInputs[path.name]?.default;
    if (caller && fallback !== undefined) return fallback;
    return trimmed;
  }
  if (path.root === 'secrets' && scope.caller) {
    const { secrets, scope: outer } = scope.caller;
    if (secrets === 'inherit') return followReference(trimmed, outer, undefined, depth + 1);
    const passed = secrets[path.name];
    return passed === undefined ? trimmed : followReference(passed, outer, undefined, depth + 1);
  }
  return trimmed;
}

/** Classifies a client id as written (after following references) into where its value comes from. */
export function classifyClientId(text: string): ClientIdRef {
  const value = text.trim();
  if (GUID.test(value)) return { source: 'literal', value, resolved: value.toLowerCase() };
  const path = referencePath(value);
  if (path?.root === 'vars') return { source: 'vars', value: `vars.${path.name}` };
  if (path?.root === 'secrets') return { source: 'secrets', value: `secrets.${path.name}` };
  if (path?.root === 'inputs') return { source: 'input', value: `inputs.${path.name}` };
  const inner = wholeExpressionInner(value);
  return { source: 'expression', value: inner ?? value };
}

/** Every value a text with embedded expressions can take, or why that cannot be known before the run. */
export function candidatesOf(text: string, scope: Scope, depth = 0): Candidates {
  if (depth > MAX_DEPTH) return { ok: false, reason: `\`${text}\` refers to itself through too many levels` };
  let results = [''];
  let rest = text;
  while (rest.length > 0) {
    const start = rest.indexOf('${{');
    if (start < 0) {
      results = results.map((r) => r + rest);
      break;
    }
    const end = rest.indexOf('}}', start + 3);
    if (end < 0) return { ok: false, reason: `\`${text}\` has an unterminated expression` };
    const literal = rest.slice(0, start);
    const expression = rest.slice(start + 3, end).trim();
    const values = expressionCandidates(expression, scope, depth);
    if (!values.ok) return values;
    const next: string[] = [];
    for (const prefix of results) for (const value of values.values) next.push(prefix + literal + value);
    if (next.length > MAX_CANDIDATES) {
      return { ok: false, reason: `\`${text}\` can take more than ${MAX_CANDIDATES} values` };
    }
    results = next;
    rest = rest.slice(end + 2);
  }
  return { ok: true, values: [...new Set(results)] };
}

function expressionCandidates(expression: string, scope: Scope, depth: number): Candidates {
  const alternatives = splitTopLevel(expression, '||');
  if (alternatives.length > 1) {
    const values: string[] = [];
    for (const alternative of alternatives) {
      const result = expressionCandidates(alternative, scope, depth + 1);
      if (!result.ok) return result;
      values.push(...result.values.filter((v) => v !== ''));
    }
    return { ok: true, values: [...new Set(values)] };
  }
  const literal = /^'((?:[^']|'')*)'$/.exec(expression);
  if (literal) return { ok: true, values: [(literal[1] ?? '').replace(/''/g, "'")] };
  const path = referencePath(`\${{ ${expression} }}`);
  if (!path) return { ok: false, reason: `\`\${{ ${expression} }}\` is only known when the workflow runs` };
  switch (path.root) {
    case 'inputs':
      return inputCandidates(path.name, scope, depth);
    case 'matrix':
      return matrixCandidates(path.name, scope);
    case 'env': {
      const value = envOf(scope)[path.name];
      if (value === undefined) return { ok: false, reason: `env.${path.name} is not set in the workflow` };
      return candidatesOf(value, scope, depth + 1);
    }
    case 'vars':
      return { ok: false, reason: `vars.${path.name} is a repository variable, not visible in the workflow file` };
    case 'secrets':
      return { ok: false, reason: `secrets.${path.name} is a secret` };
  }
}

function inputCandidates(name: string, scope: Scope, depth: number): Candidates {
  const caller = scope.caller;
  if (caller) {
    const passed = caller.with[name];
    if (passed !== undefined) return candidatesOf(passed, caller.scope, depth + 1);
    const fallback = scope.workflow.callInputs[name]?.default;
    if (fallback !== undefined) return { ok: true, values: [fallback] };
    return { ok: false, reason: `input ${name} is not passed by the calling job ${caller.scope.job.id}` };
  }
  const dispatch = scope.workflow.dispatchInputs[name];
  if (dispatch) {
    if (dispatch.type === 'choice' && dispatch.options && dispatch.options.length > 0) {
      return { ok: true, values: dispatch.options };
    }
    if (dispatch.type === 'boolean') return { ok: true, values: ['true', 'false'] };
    if (dispatch.type === 'environment') {
      return {
        ok: false,
        reason: `input ${name} (type environment) lets whoever runs the workflow pick any environment`,
      };
    }
    return { ok: false, reason: `input ${name} is free text chosen by whoever runs the workflow` };
  }
  if (scope.workflow.callInputs[name]) {
    return { ok: false, reason: `input ${name} is given by a calling workflow that was not analysed` };
  }
  return { ok: false, reason: `input ${name} is not declared by the workflow` };
}

function matrixCandidates(name: string, scope: Scope): Candidates {
  const matrix = scope.job.matrix;
  if (!matrix) return { ok: false, reason: `job ${scope.job.id} has no matrix, so matrix.${name} is empty` };
  const values = [...(matrix.axes[name] ?? [])];
  for (const entry of matrix.include) {
    const value = entry[name];
    if (value !== undefined) values.push(value);
  }
  if (values.length === 0 || (matrix.dynamic && !(name in matrix.axes))) {
    return { ok: false, reason: `matrix.${name} is computed when the workflow runs` };
  }
  return { ok: true, values: [...new Set(values)] };
}

type ReferenceRoot = 'inputs' | 'matrix' | 'env' | 'vars' | 'secrets';

/** `${{ inputs.x }}`, `${{ github.event.inputs.x }}`, `${{ inputs['x'] }}`, `${{ secrets.X }}` … → root and name. */
export function referencePath(text: string): { root: ReferenceRoot; name: string } | undefined {
  const inner = wholeExpressionInner(text.trim());
  if (inner === undefined) return undefined;
  const match =
    /^(github\.event\.inputs|inputs|matrix|env|vars|secrets)(?:\.([A-Za-z0-9_-]+)|\[\s*'([^']+)'\s*\])$/.exec(inner);
  if (!match) return undefined;
  const root = (match[1] === 'github.event.inputs' ? 'inputs' : match[1]) as ReferenceRoot;
  return { root, name: match[2] ?? match[3] ?? '' };
}

function splitTopLevel(expression: string, operator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < expression.length; i += 1) {
    const ch = expression[i] ?? '';
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '(') depth += 1;
    if (!quoted && ch === ')') depth -= 1;
    if (!quoted && depth === 0 && expression.startsWith(operator, i)) {
      parts.push(current.trim());
      current = '';
      i += operator.length - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  return parts;
}

function unquote(text: string): string {
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
    return text.slice(1, -1);
  }
  return text;
}
