// The README's inputs and outputs tables are the user's contract: they must name exactly the inputs
// and outputs of action.yml, with the same defaults. Format: under `## Inputs`, a Markdown table whose
// columns are the input name in backticks, the description, the default; under `## Outputs`, the
// output name in backticks, then the description.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/run-action.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The rows of the first table under `## <heading>`, as trimmed cells (escaped pipes kept inside cells). */
function tableUnder(heading: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start === -1) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /.test(line)) break;
    if (!line.trim().startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue; // the delimiter row
    rows.push(cells);
  }
  return rows.slice(1); // without the header row
}

/** `name` in backticks → name; anything else is left as is so the mismatch shows. */
const unquote = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1] ?? cell;

/** The README's way of saying "no default" is any of these. */
const NO_DEFAULT = new Set(['', '—', '–', '-', 'none', '(none)', 'n/a']);
const normaliseDefault = (cell: string) => {
  const value = cell.replace(/^`|`$/g, '').replace(/^'(.*)'$/, '$1');
  return NO_DEFAULT.has(value.toLowerCase()) ? null : value;
};

describe('README inputs and outputs match action.yml', () => {
  it('has an Inputs table: the same inputs, in the same order, with the same defaults', () => {
    const rows = tableUnder('Inputs');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => unquote(r[0] ?? ''))).toEqual(Object.keys(action.inputs));
    const defaults = Object.fromEntries(rows.map((r) => [unquote(r[0] ?? ''), normaliseDefault(r[2] ?? '')]));
    const expected = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? null]),
    );
    expect(defaults).toEqual(expected);
    for (const row of rows) expect(row[1]).not.toBe('');
  });

  it('has an Outputs table: the same outputs, in the same order', () => {
    const rows = tableUnder('Outputs');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => unquote(r[0] ?? ''))).toEqual(Object.keys(action.outputs));
    for (const row of rows) expect(row[1]).not.toBe('');
  });
});
