// Shared by the adversarial fuzz suites: each parser of untrusted input, fed megabyte-sized runs that make
// backtracking regexes and quadratic loops blow up (bench/adversarial.ts), must finish within a generous bound
// and fail, if at all, only with its documented error.
import { expect, it } from '@jest/globals';
import fc from 'fast-check';
import { adversarialRuns, MEGABYTE, run, type Parser } from '../../bench/adversarial.js';

/** Generous: a linear parser takes well under a second per megabyte; a quadratic one takes hours. */
export const BOUND_MS = 30_000;
const TEST_TIMEOUT_MS = 600_000;

export function adversarialSuite(parser: Parser): void {
  const inputs = Object.entries(parser.inputs(adversarialRuns(MEGABYTE)));
  it(
    `${parser.name}: every megabyte-sized adversarial input finishes within ${BOUND_MS / 1000} s`,
    () => {
      const slow: string[] = [];
      for (const [name, text] of inputs) {
        const started = performance.now();
        parser.parse(text);
        const ms = performance.now() - started;
        if (ms > BOUND_MS) slow.push(`${name}: ${Math.round(ms)} ms`);
      }
      expect(slow).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    `${parser.name}: random mixes of the adversarial pieces finish too`,
    () => {
      const pieces = [
        ' ',
        '${{',
        '/',
        '<',
        '@',
        '\n',
        'eyJ',
        '.',
        "'",
        '*',
        ':',
        '[',
        '{',
        '-',
        'ghs_',
        'a',
        '}}',
        '#',
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), (mix) => {
          const runs = Object.fromEntries(
            Object.keys(adversarialRuns(16)).map((key) => [key, run(mix.join(''), MEGABYTE / 4)]),
          );
          const [, text] = Object.entries(parser.inputs(runs))[0] ?? ['', ''];
          const started = performance.now();
          parser.parse(text);
          return performance.now() - started < BOUND_MS;
        }),
        { numRuns: 6 },
      );
    },
    TEST_TIMEOUT_MS,
  );
}
