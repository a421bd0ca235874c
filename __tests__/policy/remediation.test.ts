// Remediation commands name the Microsoft Graph of the tenant's cloud (policy/remediation.ts): a US Government,
// DoD or China tenant is not managed through graph.microsoft.com.
import { describe, expect, test } from '@jest/globals';
import { CLOUDS } from '../../src/auth/clouds.js';
import { ruleById } from '../../src/policy/index.js';
import type { EvaluationContext } from '../../src/policy/types.js';
import { app, context, flexible } from './fixtures.js';

const credential = flexible("claims['sub'] eq 'repo:contoso/api:environment:production'", { audiences: ['x'] });

function remediation(ctx: EvaluationContext): string {
  const rule = ruleById('fic-audience');
  if (!rule) throw new Error('no rule fic-audience');
  const [hit] = rule.check(app({ federatedCredentials: [credential] }), ctx);
  return hit?.remediation ?? '';
}

describe('remediation commands follow the cloud', () => {
  test.each(Object.entries(CLOUDS))('%s', (_, cloud) => {
    const text = remediation({ ...context(), graphEndpoint: cloud.graphEndpoint });
    expect(text).toContain(`--uri ${cloud.graphEndpoint}/beta/applications/`);
    if (cloud.graphEndpoint !== 'https://graph.microsoft.com') expect(text).not.toContain('graph.microsoft.com/');
  });

  test('without a cloud (a snapshot of an unnamed cloud) the global Graph is named', () => {
    expect(remediation(context())).toContain('--uri https://graph.microsoft.com/beta/applications/');
  });
});
