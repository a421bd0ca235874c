// Entra's matching semantics and GitHub's subject rules, as one pure library.
export * from './subject.js';
export * from './expression.js';
export * from './matcher.js';
