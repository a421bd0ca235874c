// Lexical facts about GitHub's `sub` claim shared by the formatter, the parser and the defect checker.

/** include_claim_keys entries contain only letters, digits and '_' (emulator/facts/federation.md#github-subject). */
export const CLAIM_KEY = /^[A-Za-z0-9_]+$/;

/** The keys the `context` part expands to: environment:NAME, ref:REF, or the bare pull_request. */
export const CONTEXT_KEYS: ReadonlySet<string> = new Set(['environment', 'ref', 'pull_request']);
