// Exit codes are part of the CLI's contract (docs/cli.md): scripts and CI branch on them.
export const EXIT = {
  /** Every app was evaluated and the verdict stays below --fail-on. */
  pass: 0,
  /** The verdict reached --fail-on. */
  policyFailure: 1,
  /** Bad flags or configuration (unknown option, bad value, invalid policy file). */
  usage: 2,
  /** The run could not complete: sign-in failed, an app was not evaluated, a file could not be read. */
  incomplete: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called; the message names the flag, the value and what is allowed. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The run could not complete (sign-in, network, unreadable input); nothing the flags could fix alone. */
export class IncompleteError extends Error {
  override name = 'IncompleteError';
}
