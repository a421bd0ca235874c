// The emulators' own model of federation: GitHub's `sub` and Entra's sign-in decision.
export * from './github-subject.js';
export * from './entra-decision.js';
