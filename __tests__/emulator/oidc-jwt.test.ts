import { describe, expect, it } from '@jest/globals';
import {
  base64url,
  decodeJwt,
  fromBase64url,
  generateSigningKey,
  jwksOf,
  signJwt,
  verifyJwt,
} from '../../emulator/jwt.js';

const key = generateSigningKey('key-1');
const other = generateSigningKey('key-2');
const payload = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
  exp: 1_900_000_000,
};

function part(token: string, index: number): string {
  return token.split('.')[index] ?? '';
}

describe('RS256 JWTs', () => {
  it('signs a token whose header names the key, and verifies it against the JWKS', () => {
    const token = signJwt({ x5t: key.x5t }, payload, key);
    const result = verifyJwt(token, jwksOf([other, key]));
    expect(result).toEqual({ ok: true, header: { typ: 'JWT', alg: 'RS256', kid: 'key-1', x5t: key.x5t }, payload });
  });

  it('publishes RSA public keys only', () => {
    const [jwk] = jwksOf([key]).keys;
    expect(Object.keys(jwk ?? {}).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use', 'x5t']);
    expect(jwk).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: 'key-1', e: 'AQAB' });
    expect(fromBase64url(jwk?.n ?? '')?.length).toBe(256);
  });

  it('ignores a caller-supplied alg or kid: they always come from the key', () => {
    const token = signJwt({ alg: 'none', kid: 'spoofed' }, payload, key);
    expect(decodeJwt(token)).toMatchObject({ ok: true, header: { alg: 'RS256', kid: 'key-1' } });
  });

  const tampered: [string, (token: string) => string, string][] = [
    [
      'a changed payload',
      (t) =>
        `${part(t, 0)}.${base64url(JSON.stringify({ ...payload, sub: 'repo:evil/repo:ref:refs/heads/main' }))}.${part(t, 2)}`,
      'bad-signature',
    ],
    [
      'a signature from another key',
      (t) => `${part(t, 0)}.${part(t, 1)}.${part(signJwt({}, payload, other), 2)}`,
      'bad-signature',
    ],
    [
      'a header naming an unknown kid',
      (t) => `${base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'rotated' }))}.${part(t, 1)}.${part(t, 2)}`,
      'unknown-kid',
    ],
    [
      'alg none',
      (t) => `${base64url(JSON.stringify({ typ: 'JWT', alg: 'none', kid: 'key-1' }))}.${part(t, 1)}.`,
      'unsupported-alg',
    ],
    ['two parts', (t) => `${part(t, 0)}.${part(t, 1)}`, 'malformed'],
    ['a payload that is not JSON', (t) => `${part(t, 0)}.${base64url('not json')}.${part(t, 2)}`, 'malformed'],
    ['a JSON array payload', (t) => `${part(t, 0)}.${base64url('[1,2]')}.${part(t, 2)}`, 'malformed'],
    ['standard base64 characters', (t) => `${part(t, 0)}.${part(t, 1)}.${part(t, 2)}+/=`, 'malformed'],
  ];

  it.each(tampered)('rejects %s', (_name, mutate, error) => {
    const result = verifyJwt(mutate(signJwt({}, payload, key)), jwksOf([key]));
    expect(result).toMatchObject({ ok: false, error });
  });
});
