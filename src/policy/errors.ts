/** A policy file mistake, located at the offending YAML node (1-based line and column). */
export class PolicyError extends Error {
  /** What is wrong and what was expected, without the location prefix. */
  readonly detail: string;

  constructor(
    public readonly file: string,
    public readonly line: number,
    public readonly column: number,
    detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'PolicyError';
    this.detail = detail;
  }
}
