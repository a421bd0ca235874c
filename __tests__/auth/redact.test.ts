import { afterEach, describe, expect, it } from '@jest/globals';
import {
  clearSecretsForTests,
  redact,
  redactDeep,
  registerEnvironmentSecrets,
  registerSecret,
} from '../../src/auth/redact.js';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmEvYiJ9.c2lnbmF0dXJl';

afterEach(() => clearSecretsForTests());

describe('redact', () => {
  it.each([
    ['a JWT', `token ${JWT} end`, 'token [redacted token] end'],
    ['a ghs_ token', 'ghs_R7kQ2mZp9XwV4tLs8NbY3cHd6FjG1aE5uIoT', '[redacted token]'],
    ['a ghp_ token after a word character', 'x_ghp_abcdefghijklmnopqrstuvwxyz0123', 'x_[redacted token]'],
    ['a gho_ token', '(gho_abcdefghijklmnopqrstuvwxyz0123)', '([redacted token])'],
    ['a fine-grained PAT', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnop', '[redacted token]'],
    ['ordinary text', 'the ghs_ prefix and eyJ alone', 'the ghs_ prefix and eyJ alone'],
  ])('replaces %s by shape', (_name, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('replaces every registered value, whatever its shape, including inside other text', () => {
    registerSecret('opaque-entra-access-token-value');
    registerEnvironmentSecrets({ ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token-1234' });
    expect(redact('code=opaque-entra-access-token-value;id=xrunner-request-token-1234x')).toBe(
      'code=[redacted token];id=x[redacted token]x',
    );
  });

  it('redacts every string of a report, keys included, without changing the original', () => {
    registerSecret('s3cret-value-0001');
    const report = { notices: ['a s3cret-value-0001'], nested: [{ 's3cret-value-0001': 1, n: 2, b: true, z: null }] };
    expect(redactDeep(report)).toEqual({
      notices: ['a [redacted token]'],
      nested: [{ '[redacted token]': 1, n: 2, b: true, z: null }],
    });
    expect(report.notices[0]).toBe('a s3cret-value-0001');
  });

  it('runs in linear time on adversarial runs', () => {
    const inputs = [
      'eyJ'.repeat(400_000),
      `eyJab.${'c'.repeat(1_000_000)}`,
      'ghs_'.repeat(300_000),
      '.'.repeat(1_000_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      redact(text);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});
