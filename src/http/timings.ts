// How long a retry really waits. Always the real time, except when the test suite sets
// EFG_TEST_RETRY_SCALE (a number from 0 to 1) for a spawned bundle: every backoff and Retry-After
// wait of that process is then scaled down, so end-to-end tests of faults cost no real backoff.
// Read once, at start; nothing else reads it, and the benchmark never sets it.

export const RETRY_SCALE_VARIABLE = 'EFG_TEST_RETRY_SCALE';

export function retryScaleOf(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env[RETRY_SCALE_VARIABLE]?.trim();
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  return Number.isFinite(scale) && scale >= 0 && scale <= 1 ? scale : 1;
}

const SCALE = retryScaleOf(process.env);

/** The scale in force (1 outside tests), for SDKs that take retry delays as options instead of a sleep. */
export const RETRY_SCALE = SCALE;

/** Waits `ms` (scaled for tests, see above). */
export function sleep(ms: number): Promise<void> {
  const wait = ms * SCALE;
  return wait <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, wait));
}
