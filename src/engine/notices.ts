// Typed notices: what a run wants its reader to know that is not a finding (an app source that
// could not be read in full, a check that was skipped and why). Each shell renders them its own
// way: the report's notices (text), and in the action an annotation when one is attached.

export type NoticeCode =
  /** No OIDC token can exist in this run (fork or Dependabot pull request): the apps were not read. */
  | 'apps-not-read'
  /** The repository's OIDC subject format was assumed, not learned. */
  | 'subject-format-assumed'
  /** Environment protection rules could not be read: fic-unprotected-environment was not evaluated. */
  | 'environments-unknown'
  /** No workflow files: the workflow-aware checks were skipped. */
  | 'workflows-missing'
  /** A workflow file could not be used (parse error, unsupported construct). */
  | 'workflow-not-analysed'
  /** Which app a workflow signs in as could not be resolved. */
  | 'client-id'
  /** Directory-role memberships were not checked (or only partly), and why. */
  | 'directory-roles-not-checked'
  /** The apps were judged from a snapshot file, not the live tenant. */
  | 'snapshot'
  /** Anything else a source reports. */
  | 'info';

export interface Notice {
  code: NoticeCode;
  /** One or a few sentences, plain text; may contain untrusted text (escaped by each renderer). */
  message: string;
  /** Where the action shows it as an annotation (a workflow file and line), when it has a place. */
  annotation?: { title: string; file?: string; line?: number; /** Shown instead of `message` there. */ text?: string };
}

/** Where sources report notices while a check runs; read in the order they were added. */
export class Notices {
  private readonly list: Notice[] = [];
  private readonly keys = new Set<string>();

  add(code: NoticeCode, message: string, annotation?: Notice['annotation']): void {
    // The same notice from two sources (or two pages of one) is shown once.
    const key = `${code}\u0000${message}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.list.push({ code, message, ...(annotation ? { annotation } : {}) });
  }

  all(): readonly Notice[] {
    return this.list;
  }

  /** The report's notices: the messages, in order. */
  texts(): string[] {
    return this.list.map((n) => n.message);
  }
}
