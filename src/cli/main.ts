// The CLI's dispatcher: command → module, and the one place errors become exit codes and stderr lines.
import { redactTokens } from '../auth/mask.js';
import { errorMessage } from '../http/retry.js';
import { PolicyError } from '../policy/index.js';
import { closeMatches } from '../policy/suggest.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { EXIT, IncompleteError, UsageError } from './errors.js';
import { exportCommand } from './export.js';
import { HELP } from './help.js';
import type { CliDeps, CliIo, OutputStream } from './io.js';
import { redact, registerEnvironmentSecrets } from '../auth/redact.js';
import { credentialFromEnvironment } from './live.js';
import { mergeCommand } from './merge.js';
import { planCommand } from './plan.js';
import { rulesCommand } from './rules.js';
import { git } from './repository.js';
import { scanCommand } from './scan.js';

type Command = (argv: readonly string[], io: CliIo, deps: CliDeps) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  export: exportCommand,
  plan: planCommand,
  merge: mergeCommand,
  rules: rulesCommand,
};

/** Runs one command line and returns its exit code; never throws, never calls process.exit. */
export async function main(
  argv: readonly string[],
  io: Partial<CliIo> = {},
  deps: Partial<CliDeps> = {},
): Promise<number> {
  const env = io.env ?? process.env;
  registerEnvironmentSecrets(env);
  const full: CliIo = {
    // Nothing leaves the CLI unredacted: every credential it holds, and anything token-shaped (see auth/redact.ts).
    stdout: redacting(io.stdout ?? process.stdout),
    stderr: redacting(io.stderr ?? process.stderr),
    env,
    cwd: io.cwd ?? process.cwd(),
    now: io.now ?? (() => new Date()),
  };
  const [first, ...rest] = argv;
  if (first === undefined) {
    full.stderr.write(`${HELP.main}\n`);
    return EXIT.usage;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    full.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return EXIT.pass;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    full.stdout.write(`${topic !== undefined && topic in HELP ? HELP[topic as keyof typeof HELP] : HELP.main}\n`);
    return EXIT.pass;
  }
  const command = COMMANDS[first];
  if (!command) {
    const guess = first.startsWith('-') ? [] : closeMatches(first, Object.keys(COMMANDS), 1);
    const hint = guess.length === 0 ? '' : ` Did you mean '${TOOL_NAME} ${guess.join('')}'?`;
    full.stderr.write(
      `${TOOL_NAME}: unknown command ${JSON.stringify(first)}; expected one of ${Object.keys(COMMANDS).join(', ')}.${hint} Run '${TOOL_NAME} --help'.\n`,
    );
    return EXIT.usage;
  }
  try {
    return await command(rest, full, {
      createCredential: deps.createCredential ?? credentialFromEnvironment(full.env),
      git: deps.git ?? git,
    });
  } catch (error) {
    return report(error, first, full);
  }
}

function redacting(stream: OutputStream): OutputStream {
  return {
    write: (text: string) => stream.write(redact(text)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

function report(error: unknown, command: string, io: CliIo): number {
  const say = (text: string) => io.stderr.write(`${TOOL_NAME} ${command}: ${redactTokens(text)}\n`);
  if (error instanceof UsageError) {
    say(`${error.message}\nRun '${TOOL_NAME} ${command} --help' for usage.`);
    return EXIT.usage;
  }
  if (error instanceof PolicyError) {
    say(`invalid policy: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof IncompleteError) {
    say(error.message);
    return EXIT.incomplete;
  }
  say(`could not complete: ${errorMessage(error)}`);
  return EXIT.incomplete;
}
