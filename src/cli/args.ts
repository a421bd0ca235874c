// Strict argument parsing (node:util parseArgs) with messages that name the flag, the bad value and what
// is allowed. Commands declare their options; nothing here knows about any one command.
import { parseArgs } from 'node:util';
import { InputError, quote } from '../config/validate.js';
import { closeMatches } from '../policy/suggest.js';
import { UsageError } from './errors.js';
import { checkOutputPath } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Parsed {
  values: Values;
  positionals: string[];
}

export const HELP_OPTION: OptionSpecs = { help: { type: 'boolean', short: 'h' } };

export function parseCommandLine(
  command: string,
  argv: readonly string[],
  options: OptionSpecs,
  allowPositionals = false,
): Parsed {
  const all = { ...options, ...HELP_OPTION };
  let values: Values;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: [...argv], options: all, strict: true, allowPositionals });
    values = parsed.values as Values;
    positionals = parsed.positionals;
  } catch (error) {
    throw translate(command, error, all);
  }
  // Before any work: `-o json` is a format, not a file name.
  for (const output of stringValues(values, 'output')) checkOutputPath(output);
  return { values, positionals };
}

function translate(command: string, error: unknown, options: OptionSpecs): Error {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /--([A-Za-z][A-Za-z-]*)/.exec(message)?.[0];
  const short = /'(-[A-Za-z])'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const allowed = Object.keys(options)
        .sort()
        .map((o) => `--${o}`)
        .join(', ');
      const guess = flag === undefined ? [] : closeMatches(flag.slice(2), Object.keys(options), 2);
      const hint = guess.length === 0 ? '' : ` (did you mean ${guess.map((o) => `--${o}`).join(' or ')}?)`;
      return new UsageError(
        `Unknown option ${flag ?? short ?? '(unnamed)'} for ${command}${hint}; allowed: ${allowed}.`,
      );
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const spec = flag ? options[flag.slice(2)] : undefined;
      if (spec?.type === 'boolean') return new UsageError(`${flag} takes no value.`);
      return new UsageError(
        `${flag ?? 'An option'} needs a value (use ${flag ?? '--option'}=VALUE for a value that starts with '-').`,
      );
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const argument = /'([^']*)'/.exec(message)?.[1] ?? '';
      return new UsageError(`Unexpected argument ${quote(argument)}: ${command} takes no positional arguments.`);
    }
    default:
      return new UsageError(message);
  }
}

export function stringValue(values: Values, name: string): string | undefined {
  const value = values[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const last = value[value.length - 1];
    return typeof last === 'string' ? last : undefined;
  }
  return undefined;
}

export function stringValues(values: Values, name: string): string[] {
  const value = values[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function flag(values: Values, name: string): boolean {
  return values[name] === true;
}

/** One of `allowed` (case-insensitive), or a UsageError naming the flag, the value and the choices. */
export function enumValue<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());
  if (hit === undefined) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got ${quote(value)}.`);
  return hit;
}

/** Runs a validator from config/validate.ts and turns its InputError into a UsageError. */
export function validated<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/** A flag that only means something alongside another one. */
export function requireWith(values: Values, name: string, needed: string, why = ''): void {
  if (values[name] !== undefined && values[needed] === undefined)
    throw new UsageError(`--${name} needs --${needed}${why ? ` (${why})` : ''}.`);
}
