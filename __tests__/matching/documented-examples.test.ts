// The documented-examples table against the product (src/matching) and the emulators' own model
// (emulator/federation), as pure functions. Both must give the documented answer.
import { describe, expect, it } from '@jest/globals';
import { decideSignIn, githubSubject } from '../../emulator/federation/index.js';
import { decide, formatSubject, type EntraDecision, type SubjectClaims } from '../../src/matching/index.js';
import type { SubjectFormat } from '../../src/workflows/model.js';
import {
  EXCHANGE_AUDIENCE,
  GITHUB_ISSUER,
  signInExamples,
  subjectExamples,
  type Expected,
} from './documented-examples.js';

function productFormat(includeClaimKeys: string[] | undefined, immutable: boolean): SubjectFormat {
  if (includeClaimKeys !== undefined) return { kind: 'custom', claimKeys: includeClaimKeys, immutable, source: 'api' };
  return { kind: immutable ? 'immutable' : 'default', source: 'api' };
}

function productAnswer(decision: EntraDecision): Expected | 'undecided' {
  switch (decision.outcome) {
    case 'match':
      return { accepted: decision.credential.name };
    case 'no-issuer':
      return { code: 700211 };
    case 'no-audience':
      return { code: 700212 };
    case 'subject-case':
      return { code: 7002138 };
    case 'no-subject':
      return { code: 700213 };
    case 'undecided':
      return 'undecided';
  }
}

describe("GitHub's documented subjects", () => {
  it.each(subjectExamples)('$name → $sub', ({ job, includeClaimKeys, immutable, sub }) => {
    const template = { immutable: immutable === true, ...(includeClaimKeys ? { includeClaimKeys } : {}) };
    expect({
      product: formatSubject(job as SubjectClaims, productFormat(includeClaimKeys, immutable === true)),
      emulator: githubSubject(job, template),
    }).toEqual({ product: sub, emulator: sub });
  });
});

describe("Entra's decision on documented credentials and tokens", () => {
  it.each(signInExamples)('$name', ({ claims, iss, aud, credential, expected }) => {
    const token = { iss: iss ?? GITHUB_ISSUER, aud: aud ?? EXCHANGE_AUDIENCE, sub: claims.sub ?? '', ...claims };
    const product = productAnswer(
      decide(token, [{ ...credential, id: '00000000-0000-4000-8000-000000000001', description: null }]),
    );
    const oracle = decideSignIn(token, [credential]);
    const emulator: Expected = oracle.accepted ? { accepted: oracle.credential.name } : { code: oracle.code };
    expect({ product, emulator }).toEqual({ product: expected, emulator: expected });
  });
});
