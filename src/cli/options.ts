// Option groups shared by several commands.
import type { OptionSpecs } from './args.js';

export const SELECTION_OPTIONS: OptionSpecs = {
  apps: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  filter: { type: 'string' },
  shard: { type: 'string' },
};

export const TENANT_OPTIONS: OptionSpecs = {
  tenant: { type: 'string' },
  cloud: { type: 'string' },
  'authority-host': { type: 'string' },
  'graph-endpoint': { type: 'string' },
  'arm-endpoint': { type: 'string' },
};

export const REPOSITORY_OPTIONS: OptionSpecs = {
  repo: { type: 'string' },
  'github-repo': { type: 'string' },
  'owner-id': { type: 'string' },
  'repo-id': { type: 'string' },
};

export const OUTPUT_OPTIONS: OptionSpecs = {
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
};
