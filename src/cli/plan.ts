// `plan`: which federated credentials a repository's workflows need, from the checkout alone (no sign-in).
import { parseIdentityResourceId } from '../arm/resource-id.js';
import { parseGuid } from '../config/validate.js';
import { UsageError } from './errors.js';
import { buildPlan, renderPlan, PLAN_FORMATS } from '../plan/index.js';
import { escapeTerminal } from '../report/escape.js';
import { enumValue, flag, parseCommandLine, stringValue, validated } from './args.js';
import { HELP } from './help.js';
import { writeResult, type CliDeps, type CliIo } from './io.js';
import { REPOSITORY_OPTIONS } from './options.js';
import { analyseRepository, githubFromEnvironment, parseRepositoryOptions, repositoryFacts } from './repository.js';

const OPTIONS = {
  ...REPOSITORY_OPTIONS,
  app: { type: 'string' },
  identity: { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
} as const;

export async function planCommand(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { values } = parseCommandLine('plan', argv, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout.write(`${HELP.plan}\n`);
    return 0;
  }
  const format = enumValue('format', stringValue(values, 'format') ?? 'text', PLAN_FORMATS);
  const appText = stringValue(values, 'app');
  const appId = appText === undefined ? undefined : validated(() => parseGuid('--app', appText.trim()));
  const identityText = stringValue(values, 'identity');
  const identity = identityText === undefined ? undefined : parseIdentityResourceId(identityText);
  if (identityText !== undefined && identity === null)
    throw new UsageError(
      `--identity '${identityText}' is not a user-assigned managed identity's resource id: expected /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>.`,
    );
  // Required here, so never null: parseRepositoryOptions throws a UsageError without --repo.
  const options = parseRepositoryOptions(values, io.cwd, true) as NonNullable<
    ReturnType<typeof parseRepositoryOptions>
  >;

  const github = await githubFromEnvironment(io.env);
  const factNotices: string[] = [];
  const facts = await repositoryFacts(options, deps.git, github, factNotices);
  const analysed = await analyseRepository(options.dir, facts, github);
  const { analysis } = analysed;
  const notices = [...factNotices, ...analysed.notices];
  // Workflow text is untrusted: notes reach the terminal without control characters.
  for (const notice of notices) io.stderr.write(`plan: note: ${escapeTerminal(notice, 500)}\n`);
  const plan = buildPlan(analysis, {
    ...(appId === undefined ? {} : { appId }),
    ...(identity ? { identity: identity.id } : {}),
  });
  await writeResult(io, stringValue(values, 'output'), renderPlan(plan, format));
  return 0;
}
