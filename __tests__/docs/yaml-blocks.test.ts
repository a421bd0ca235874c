// Docs that work when copied: every YAML block of the README and docs/ parses, every workflow among them passes
// a real workflow validator (@action-validator/core, the schema-based validator of the action-validator CLI),
// every complete policy file compiles, and action.yml is a valid action.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { compilePolicy } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/run-action.js';

interface ValidationState {
  errors: unknown[];
}
const validator = createRequire(import.meta.url)('@action-validator/core') as {
  validateWorkflow(src: string): ValidationState;
  validateAction(src: string): ValidationState;
};

interface Block {
  where: string;
  text: string;
}

const FILES = [
  'README.md',
  ...readdirSync(path.join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Fenced ```yaml / ```yml blocks, with the file and line they start on. */
function yamlBlocks(file: string): Block[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^( *)(`{3,}|~{3,})ya?ml\s*$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').startsWith(`${indent}${fence}`); j += 1) {
      body.push((lines[j] ?? '').slice(indent.length));
    }
    blocks.push({ where: `${file}:${i + 1}`, text: `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}

const blocks = FILES.flatMap(yamlBlocks);
const parsed = blocks.map((b) => ({ ...b, doc: parseDocument(b.text, { prettyErrors: false }) }));
const workflows = parsed.filter((b) => {
  const value = b.doc.toJS() as unknown;
  return typeof value === 'object' && value !== null && 'jobs' in value;
});
const policies = parsed.filter((b) => {
  const value = b.doc.toJS() as unknown;
  return typeof value === 'object' && value !== null && 'version' in value && !('jobs' in value);
});

describe('YAML in the README and docs', () => {
  it('finds the blocks (README scenarios, docs workflows and policies)', () => {
    expect(blocks.length).toBeGreaterThan(20);
    expect(workflows.length).toBeGreaterThanOrEqual(6);
    expect(policies.length).toBeGreaterThanOrEqual(3);
  });

  it.each(parsed.map((b) => [b.where, b] as const))('%s parses', (_, block) => {
    expect(block.doc.errors.map((e) => e.message)).toEqual([]);
  });

  it.each(workflows.map((b) => [b.where, b] as const))('%s is a valid workflow', (_, block) => {
    expect(validator.validateWorkflow(block.text).errors).toEqual([]);
  });

  it.each(policies.map((b) => [b.where, b] as const))('%s is a policy that compiles', (_, block) => {
    expect(() => compilePolicy(block.text, block.where)).not.toThrow();
  });

  it('the validator rejects what GitHub rejects (so the checks above can fail)', () => {
    // README scenario 3 as it was: an unquoted ${{ }} inside a flow mapping is not YAML at all.
    const broken = 'steps:\n  - uses: actions/upload-artifact@v4\n    with: { name: shard-${{ matrix.shard }} }\n';
    expect(parseDocument(broken).errors.length).toBeGreaterThan(0);
    expect(
      validator.validateWorkflow('name: x\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors,
    ).not.toEqual([]);
  });

  it('action.yml is a valid action', () => {
    const action = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    expect(action).toMatch(/^ {2}using: node24$/m);
    // The validator's schema (0.6.0) predates GitHub's node24 runtime and lists node12/16/20 only; everything else
    // in the file is checked as written.
    expect(validator.validateAction(action.replace(/^( {2}using: )node24$/m, '$1node20')).errors).toEqual([]);
  });
});
