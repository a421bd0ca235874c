// Masking and redaction: every value that could echo a credential is registered with the runner
// before anything is logged, and error text is scrubbed of anything shaped like a JWT.
import * as core from '@actions/core';

const masked = new Set<string>();

/** Registers a secret with the runner's log masker once per value. */
export function maskSecret(value: string): void {
  if (value.length === 0 || masked.has(value)) return;
  masked.add(value);
  core.setSecret(value);
}

const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;

/** Replaces anything shaped like a JWT (header.payload.signature) in untrusted text. */
export function redactTokens(text: string): string {
  return text.replace(JWT_SHAPE, '[redacted token]');
}
