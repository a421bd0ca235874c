// Masking and redaction: every value that could echo a credential is registered with the runner (its log masker)
// and with the redaction of every output (./redact.ts) before anything is logged.
import * as core from '@actions/core';
import { redact, registerSecret } from './redact.js';

const masked = new Set<string>();

/** Registers a secret with the runner's log masker and with output redaction, once per value. */
export function maskSecret(value: string): void {
  if (value.length === 0 || masked.has(value)) return;
  masked.add(value);
  registerSecret(value);
  core.setSecret(value);
}

/** Replaces every credential the run holds, and anything shaped like a token, in untrusted text. */
export function redactTokens(text: string): string {
  return redact(text);
}
