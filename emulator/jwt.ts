// RS256 JSON Web Tokens with node:crypto only: the GitHub OIDC issuer and Entra both sign
// with it, and Entra verifies the GitHub assertion with it.
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface SigningKey {
  kid: string;
  /** base64url SHA-1 thumbprint, sent as `x5t` (see thumbprintOf). */
  x5t: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface Jwk {
  kty: 'RSA';
  use: 'sig';
  alg: 'RS256';
  kid: string;
  n: string;
  e: string;
  x5t?: string;
}

export interface Jwks {
  keys: Jwk[];
}

export interface JwtHeader {
  typ?: string;
  alg: string;
  kid?: string;
  x5t?: string;
  [field: string]: unknown;
}

export type JwtPayload = Record<string, unknown>;

export interface DecodedJwt {
  header: JwtHeader;
  payload: JwtPayload;
}

export type JwtErrorKind = 'malformed' | 'unsupported-alg' | 'unknown-kid' | 'bad-signature';

export type VerifyResult = ({ ok: true } & DecodedJwt) | { ok: false; error: JwtErrorKind; message: string };

export function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

/** Strict base64url decoding: undefined for characters outside the alphabet (or padding). */
export function fromBase64url(input: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(input)) return undefined;
  return Buffer.from(input, 'base64url');
}

/**
 * A stand-in for the certificate thumbprint: real issuers hash their X.509 certificate; we
 * have a bare key, so we hash its SubjectPublicKeyInfo. Only its shape matters to clients.
 */
function thumbprintOf(publicKey: KeyObject): string {
  return base64url(
    createHash('sha1')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest(),
  );
}

export function generateSigningKey(kid: string): SigningKey {
  if (kid.length === 0) throw new Error('generateSigningKey: kid must not be empty');
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 0x10001 });
  return { kid, x5t: thumbprintOf(publicKey), privateKey, publicKey };
}

export function jwkOf(key: SigningKey): Jwk {
  const jwk = key.publicKey.export({ format: 'jwk' });
  if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') throw new Error(`Key ${key.kid} is not an RSA key`);
  return { kty: 'RSA', use: 'sig', alg: 'RS256', kid: key.kid, n: jwk.n, e: jwk.e, x5t: key.x5t };
}

export function jwksOf(keys: readonly SigningKey[]): Jwks {
  return { keys: keys.map(jwkOf) };
}

/** Signs `payload` with RS256; the header's alg and kid always come from the key. */
export function signJwt(header: Partial<JwtHeader>, payload: JwtPayload, key: SigningKey): string {
  const fullHeader: JwtHeader = { typ: 'JWT', ...header, alg: 'RS256', kid: key.kid };
  const signingInput = `${base64url(JSON.stringify(fullHeader))}.${base64url(JSON.stringify(payload))}`;
  const signature = sign('sha256', Buffer.from(signingInput), key.privateKey);
  return `${signingInput}.${base64url(signature)}`;
}

function parseJsonObject(part: string): Record<string, unknown> | undefined {
  const raw = fromBase64url(part);
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes without verifying: for reading `iss` and `kid` before the keys are known. */
export function decodeJwt(
  token: string,
): ({ ok: true } & DecodedJwt) | { ok: false; error: 'malformed'; message: string } {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return { ok: false, error: 'malformed', message: `expected 3 dot-separated parts, got ${parts.length}` };
  }
  const header = parseJsonObject(parts[0] ?? '');
  const payload = parseJsonObject(parts[1] ?? '');
  if (!header) return { ok: false, error: 'malformed', message: 'the header is not base64url-encoded JSON' };
  if (!payload) return { ok: false, error: 'malformed', message: 'the payload is not base64url-encoded JSON' };
  if (typeof header.alg !== 'string') return { ok: false, error: 'malformed', message: 'the header has no alg' };
  return { ok: true, header: header as JwtHeader, payload };
}

/** Verifies an RS256 signature against a JWKS; claims (exp, aud, …) are the caller's business. */
export function verifyJwt(token: string, jwks: Jwks): VerifyResult {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return decoded;
  const { header } = decoded;
  if (header.alg !== 'RS256') {
    return { ok: false, error: 'unsupported-alg', message: `alg ${String(header.alg)} is not supported; only RS256` };
  }
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) return { ok: false, error: 'unknown-kid', message: `no key with kid '${String(header.kid)}' in the JWKS` };
  const lastDot = token.lastIndexOf('.');
  const signature = fromBase64url(token.slice(lastDot + 1));
  if (!signature) return { ok: false, error: 'malformed', message: 'the signature is not base64url' };
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
  } catch {
    return { ok: false, error: 'bad-signature', message: `key '${jwk.kid}' in the JWKS is not a valid RSA key` };
  }
  const valid = verify('sha256', Buffer.from(token.slice(0, lastDot)), publicKey, signature);
  if (!valid) return { ok: false, error: 'bad-signature', message: 'the signature does not verify' };
  return decoded;
}
