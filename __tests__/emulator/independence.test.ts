// The emulators are independent oracles: nothing under emulator/ may import the product's matching,
// workflow or policy code, or the emulators would agree with the product by construction.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const EMULATOR = join(ROOT, 'emulator');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of static and dynamic imports and re-exports. */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g))
    specifiers.push(m[1] ?? '');
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) specifiers.push(m[1] ?? '');
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1] ?? '');
  return specifiers;
}

describe('emulator independence', () => {
  const files = sources(EMULATOR);

  it('finds the emulator sources, the federation model among them', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(['emulator/entra.ts', 'emulator/github-oidc.ts', 'emulator/federation/entra-decision.ts']),
    );
  });

  it('reads imports the way the files write them', () => {
    expect(
      importsOf("import { a } from '../src/matching/matcher.js';\nexport * from './x.js';\nawait import('../y.js');"),
    ).toEqual(['../src/matching/matcher.js', './x.js', '../y.js']);
  });

  it.each(['src/matching', 'src/workflows', 'src/policy'])('no emulator file imports %s', (forbidden) => {
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(ROOT, resolve(file, '..', spec)))
        .filter((target) => target === forbidden || target.startsWith(`${forbidden}/`))
        .map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
