// The YAML parsers of untrusted input (the policy file, workflow files) on megabyte-sized adversarial input.
import { describe } from '@jest/globals';
import { PARSERS } from '../../bench/adversarial.js';
import { adversarialSuite } from './adversarial.js';

describe('adversarial input: YAML parsers', () => {
  for (const parser of PARSERS.filter((p) => /^(policy|workflows)/.test(p.name))) adversarialSuite(parser);
});
