// Asks for the job's GitHub OIDC token the moment the process starts, before the rest of the
// action is loaded: loading @actions/core, the Azure SDK and MSAL costs more than the request
// itself, so the two overlap instead of adding up (bench: cold start, single-app check).
// Deliberately small and dependency-free: nothing here may log, and any failure (or a proxy,
// which only @actions/http-client honours) leaves the token to the normal, retried path
// (`core.getIDToken`), which also explains what went wrong.
import http from 'node:http';
import https from 'node:https';

export interface EarlyOidcToken {
  audience: string;
  /** Settles once the request has been handed to the network (or failed, or a short wait passed). */
  sent: Promise<void>;
  /** The token, or null when this early attempt did not get one. Never rejects. */
  token: Promise<string | null>;
}

type Env = Readonly<Record<string, string | undefined>>;

const SEND_WAIT_MS = 1_000;
const RESPONSE_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 64 * 1024;

export function requestOidcTokenEarly(env: Env, audience: string): EarlyOidcToken | null {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !bearer) return null;
  if (env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY) return null;
  let url: URL;
  try {
    url = new URL(`${requestUrl}&audience=${encodeURIComponent(audience)}`);
  } catch {
    return null;
  }
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
  if (!client) return null;

  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
    setTimeout(resolve, SEND_WAIT_MS).unref();
  });
  const token = new Promise<string | null>((resolve) => {
    const request = client.request(
      url,
      { headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' }, timeout: RESPONSE_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) request.destroy();
          else chunks.push(chunk);
        });
        response.on('end', () => resolve(response.statusCode === 200 ? tokenOf(Buffer.concat(chunks)) : null));
        response.on('error', () => resolve(null));
      },
    );
    request.on('finish', () => markSent());
    request.on('timeout', () => request.destroy());
    request.on('error', () => {
      markSent();
      resolve(null);
    });
    request.on('close', () => resolve(null)); // no-op when already resolved
    request.end();
  });
  return { audience, sent, token };
}

function tokenOf(body: Buffer): string | null {
  try {
    const value = (JSON.parse(body.toString('utf8')) as { value?: unknown }).value;
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}

/** A fetcher for the token source: the early token once (when it matches), then `fallback`. */
export function withEarlyToken(
  early: EarlyOidcToken | null,
  fallback: (audience: string) => Promise<string>,
): (audience: string) => Promise<string> {
  let pending = early;
  return async (audience) => {
    const first = pending;
    pending = null;
    if (first && first.audience === audience) {
      const token = await first.token;
      if (token) return token;
    }
    return fallback(audience);
  };
}
