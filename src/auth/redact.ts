// Redaction by value: every credential the run holds (the OIDC JWT, Entra access tokens, the github-token, the
// runner's own request tokens) is registered here the moment it is known, and every output is scrubbed of each
// registered value and of anything shaped like a token (JWTs; GitHub's ghp_/gho_/ghu_/ghs_/ghr_/github_pat_).
// Outputs are scrubbed as data, before any Markdown or JSON escaping: `ghs\_…` in Markdown no longer contains the
// value, so neither this pass nor the runner's own log masking would find it afterwards.

export const REDACTED = '[redacted token]';

/** Values shorter than this are not secrets worth matching everywhere (and would shred ordinary text). */
const MIN_SECRET_LENGTH = 8;

const secrets = new Set<string>();
let ordered: string[] = [];

/** Registers a credential value; every later output has it replaced. */
export function registerSecret(value: string | undefined | null): void {
  if (typeof value !== 'string') return;
  const trimmed = value.trim();
  if (trimmed.length < MIN_SECRET_LENGTH || secrets.has(trimmed)) return;
  secrets.add(trimmed);
  // Longest first, so a value that contains another is replaced whole.
  ordered = [...secrets].sort((a, b) => b.length - a.length);
}

/** The runner's own credentials, present in the environment of every action step. */
const ENVIRONMENT_SECRETS = [
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL_TOKEN',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'INPUT_GITHUB_TOKEN',
  'AZURE_CLIENT_SECRET',
  'AZURE_FEDERATED_TOKEN',
  'ACTIONS_ID_TOKEN',
];

/** Registers every credential the process environment hands the run. */
export function registerEnvironmentSecrets(env: Readonly<Record<string, string | undefined>>): void {
  for (const name of ENVIRONMENT_SECRETS) registerSecret(env[name]);
}

/** For tests: forget every registered value. */
export function clearSecretsForTests(): void {
  secrets.clear();
  ordered = [];
}

const GITHUB_TOKEN_SHAPE = /(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
const JWT_CHAR = /[A-Za-z0-9_-]/;

/** Every registered value and every token-shaped run in `text`, replaced. Linear in the length of the text. */
export function redact(text: string): string {
  let out = text;
  for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return redactJwts(out).replace(GITHUB_TOKEN_SHAPE, REDACTED);
}

/**
 * JWT-shaped runs (`eyJ…` header, payload and signature in base64url) replaced, scanned by hand: the regex
 * `eyJ[…]{2,}\.[…]{2,}\.[…]*` backtracks quadratically on a long `eyJeyJeyJ…`.
 */
function redactJwts(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const start = text.indexOf('eyJ', from);
    if (start === -1) break;
    const headerEnd = runEnd(text, start + 3);
    if (headerEnd - (start + 3) >= 2 && text[headerEnd] === '.') {
      const payloadEnd = runEnd(text, headerEnd + 1);
      if (payloadEnd - (headerEnd + 1) >= 2 && text[payloadEnd] === '.') {
        const end = runEnd(text, payloadEnd + 1);
        out += text.slice(copied, start) + REDACTED;
        copied = end;
        from = end;
        continue;
      }
    }
    // Any `eyJ` inside this run ends at the same place and fails the same way.
    from = Math.max(headerEnd, start + 1);
  }
  return out + text.slice(copied);
}

function runEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && JWT_CHAR.test(text[i] as string)) i += 1;
  return i;
}

/** A deep copy of plain data (a report, a SARIF log) with every string, keys included, redacted. */
export function redactDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[redact(key)] = walk(inner);
    return out;
  }
  return value;
}
