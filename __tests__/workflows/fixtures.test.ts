// Every case under __tests__/fixtures/workflows: the workflows, the repository facts and the app's
// credentials in case.json; the jobs, subjects (with lines), problems and findings in expected.json.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCase, type CaseOutcome } from './fixture-case.js';

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('workflow fixtures', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as CaseOutcome;
    const { outcome } = await runCase(name);
    expect(outcome).toEqual(expected);
  });
});
