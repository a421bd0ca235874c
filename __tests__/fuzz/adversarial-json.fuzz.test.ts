// The JSON and text parsers of untrusted input (snapshots, shard reports, Graph and GitHub JSON, subjects,
// expressions) and output redaction, on megabyte-sized adversarial input.
import { describe } from '@jest/globals';
import { PARSERS } from '../../bench/adversarial.js';
import { adversarialSuite } from './adversarial.js';

describe('adversarial input: JSON and text parsers', () => {
  for (const parser of PARSERS.filter((p) => !/^(policy|workflows)/.test(p.name))) adversarialSuite(parser);
});
