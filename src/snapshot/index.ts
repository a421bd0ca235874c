// Offline snapshots of a tenant's app registrations (export → scan --snapshot).
export { SNAPSHOT_VERSION, SnapshotError, type GraphJson, type Snapshot } from './model.js';
export { buildSnapshot, renderSnapshot, type SnapshotInput } from './build.js';
export { parseSnapshot, readSnapshotFile, snapshotInventory, type SnapshotSelection } from './read.js';
export { redactApplication, redactServicePrincipal } from './redact.js';
