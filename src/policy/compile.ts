// Compiles the text of a policy file into a CompiledPolicy, or throws a PolicyError that points at
// the offending node. Pure: no file system, no network; runs before any network call.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { quotePrefix } from '../fs/quote.js';
import { PolicyError } from './errors.js';
import { parseCalendarDate } from './dates.js';
import { didYouMean } from './suggest.js';
import { digestOf } from './digest.js';
import { DEFAULT_SETTINGS, GITHUB_OWNER_PATTERN, SETTING_SPECS, type SettingSpec } from './settings.js';
import { RULES } from './rules/index.js';
import { SEVERITIES, type PolicySettings, type RuleSetting } from './types.js';
import { clientIdKey } from '../workflows/attribution.js';

export interface CompiledException {
  rule: string;
  /** appId (matched case-insensitively) or exact display name. */
  app: string;
  /** Credential display name, name or id; absent to cover every target of the app. */
  credential?: string;
  /** YYYY-MM-DD; the exception lapses at the end of that day, UTC. */
  expires: string;
  reason: string;
  location: { file: string; line: number };
}

export interface CompiledPolicy {
  /** The policy file's path, or null for the built-in default policy. */
  source: string | null;
  /** sha256 of the canonical JSON of what the policy means (not where it came from). */
  digest: string;
  /** The effective setting of every rule in the catalogue. */
  severities: ReadonlyMap<string, RuleSetting>;
  settings: PolicySettings;
  exceptions: readonly CompiledException[];
}

const TOP_LEVEL_KEYS = ['version', 'rules', 'settings', 'exceptions', 'client-ids'] as const;
/** A secret or variable name as GitHub allows it: letters, digits and `_`, not starting with a digit. */
const CLIENT_ID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXCEPTION_KEYS = ['rule', 'app', 'credential', 'expires', 'reason'] as const;
const RULE_SETTINGS: readonly RuleSetting[] = [...SEVERITIES, 'off'];

/** Walks the YAML document, turning every mistake into a located PolicyError. */
class PolicyReader {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  fail(node: Node | null | undefined, detail: string, offset?: number): never {
    const at = offset ?? node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(at);
    throw new PolicyError(this.file, line, col, detail);
  }

  lineOf(node: Node): number {
    return this.lines.linePos(node.range?.[0] ?? 0).line;
  }

  /** Each alias → its anchored node, found in one pass (yaml's Alias.resolve walks the document per call). */
  private targets: Map<unknown, Node> | undefined;

  /** Follows an alias to its anchored node. */
  resolve(node: unknown): Node | null {
    if (isAlias(node)) {
      this.targets ??= aliasTargets(this.doc);
      const target = this.targets.get(node);
      if (!target) this.fail(node, `alias \`*${node.source}\` names no anchor; expected an anchor defined earlier`);
      return target as Node;
    }
    return (node as Node | null) ?? null;
  }

  /** The pairs of a mapping node, with each key as a plain string. */
  entries(node: Node, what: string): { key: string; keyNode: Node; value: Node | null }[] {
    if (!isMap(node)) this.fail(node, `${what} is ${describe(node)}; expected a mapping of keys to values`);
    return node.items.map((pair) => {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
        this.fail(keyNode ?? node, `a key in ${what} is ${describe(keyNode)}; expected a plain string key`);
      }
      return { key: keyNode.value, keyNode, value: this.resolve(pair.value) };
    });
  }

  unknownKey(keyNode: Node, key: string, where: string, allowed: readonly string[]): never {
    this.fail(
      keyNode,
      `unknown key \`${clipKey(key)}\` in ${where}${didYouMean(key, allowed)}; expected one of ${allowed.map((k) => `\`${k}\``).join(', ')}`,
    );
  }

  string(node: Node | null, what: string, parent: Node): string {
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.fail(node ?? parent, `${what} is ${describe(node)}; expected a string`);
    }
    if (node.value.trim() === '') this.fail(node, `${what} is empty; expected a non-empty string`);
    return node.value;
  }

  stringList(node: Node | null, what: string, parent: Node): { value: string; node: Node }[] {
    if (!isSeq(node)) this.fail(node ?? parent, `${what} is ${describe(node)}; expected a list of strings`);
    return node.items.map((item, index) => {
      const resolved = this.resolve(item);
      return { value: this.string(resolved, `${what}[${index}]`, node), node: resolved as Node };
    });
  }

  positiveInteger(node: Node | null, what: string, parent: Node, max?: number): number {
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
      this.fail(node ?? parent, `${what} is ${describe(node)}; expected a positive whole number`);
    }
    const value = node.value;
    if (value <= 0) this.fail(node, `${what} is ${value}; expected a positive whole number`);
    if (max !== undefined && value > max)
      this.fail(node, `${what} is ${value}; expected a whole number from 1 to ${max}`);
    return value;
  }
}

/** An alias names the last node before it with that anchor: one visit in document order finds them all. */
function aliasTargets(doc: Document): Map<unknown, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<unknown, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

/** The offset of the first key written twice in one mapping, with a hash set per mapping (linear). */
function duplicateKeyAt(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(id)) {
          at = pair.key.range?.[0] ?? 0;
          return visit.BREAK;
        }
        seen.add(id);
      }
      return undefined;
    },
  });
  return at;
}

/** A key or rule id from the file, quoted in full only when it is short and plain (the file may hold secrets). */
function clipKey(key: string): string {
  return /^[\w.-]{0,60}$/.test(key) ? key : quotePrefix(key);
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'null';
    if (typeof v === 'string') return `the string ${quotePrefix(v)}`;
    if (typeof v === 'number') return `the number ${v}`;
    if (typeof v === 'boolean') return `the boolean ${v}`;
    return `a ${typeof v}`;
  }
  return 'an unsupported YAML value';
}

/** Close matches when there are some; otherwise the whole catalogue, which is short enough to read. */
function unknownRuleHint(id: string, ids: readonly string[]): string {
  const suggestion = didYouMean(id, ids);
  return suggestion !== ''
    ? `${suggestion}; expected a rule id from docs/rules.md`
    : `; expected one of ${ids.join(', ')}`;
}

function readRules(reader: PolicyReader, node: Node): Map<string, RuleSetting> {
  const ids = RULES.map((r) => r.id);
  const overrides = new Map<string, RuleSetting>();
  for (const { key, keyNode, value } of reader.entries(node, '`rules`')) {
    if (!ids.includes(key)) {
      reader.fail(keyNode, `unknown rule \`${clipKey(key)}\`${unknownRuleHint(key, ids)}`);
    }
    if (!isScalar(value) || typeof value.value !== 'string' || !RULE_SETTINGS.includes(value.value as RuleSetting)) {
      reader.fail(
        value ?? keyNode,
        `rule \`${key}\` is set to ${describe(value)}; expected one of ${RULE_SETTINGS.join(', ')}`,
      );
    }
    overrides.set(key, value.value as RuleSetting);
  }
  return overrides;
}

function readSetting(
  reader: PolicyReader,
  spec: SettingSpec,
  value: Node | null,
  keyNode: Node,
): PolicySettings[keyof PolicySettings] {
  const what = `settings.${spec.key}`;
  switch (spec.kind) {
    case 'days':
      return reader.positiveInteger(value, what, keyNode);
    case 'credentialCount':
      return reader.positiveInteger(value, what, keyNode, 20);
    case 'boolean':
      if (!isScalar(value) || typeof value.value !== 'boolean')
        reader.fail(value ?? keyNode, `${what} is ${describe(value)}; expected true or false`);
      return value.value;
    case 'names':
      return reader.stringList(value, what, keyNode).map((item) => item.value.trim());
    case 'owners':
      return reader.stringList(value, what, keyNode).map(({ value: owner, node }) => {
        if (!GITHUB_OWNER_PATTERN.test(owner)) {
          reader.fail(
            node,
            `${what} has ${quotePrefix(owner)}; expected a GitHub user or organisation name (letters, digits and inner hyphens)`,
          );
        }
        return owner;
      });
    case 'issuers':
      return reader.stringList(value, what, keyNode).map(({ value: issuer, node }) => {
        // Entra compares issuers exactly: an allowed issuer with stray spaces would never match anything.
        if (issuer !== issuer.trim() || !isHttpsUrl(issuer)) {
          reader.fail(
            node,
            `${what} has ${quotePrefix(issuer)}; expected an https URL without spaces, such as https://token.actions.githubusercontent.com`,
          );
        }
        return issuer;
      });
  }
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(text);
  } catch {
    return false;
  }
}

function readSettings(reader: PolicyReader, node: Node): PolicySettings {
  const settings: PolicySettings = structuredClone({ ...DEFAULT_SETTINGS });
  const keys = SETTING_SPECS.map((s) => s.key);
  for (const { key, keyNode, value } of reader.entries(node, '`settings`')) {
    const spec = SETTING_SPECS.find((s) => s.key === key);
    if (!spec) reader.unknownKey(keyNode, key, '`settings`', keys);
    (settings as unknown as Record<string, unknown>)[spec.field] = readSetting(reader, spec, value, keyNode);
  }
  return settings;
}

function readExceptions(reader: PolicyReader, node: Node, file: string): CompiledException[] {
  if (!isSeq(node)) reader.fail(node, `\`exceptions\` is ${describe(node)}; expected a list of exceptions`);
  const ids = RULES.map((r) => r.id);
  return node.items.map((item, index) => {
    const entry = reader.resolve(item);
    const where = `exceptions[${index}]`;
    if (!entry) reader.fail(node, `${where} is empty; expected a mapping with rule, app, expires and reason`);
    const fields = new Map<string, { keyNode: Node; value: Node | null }>();
    for (const { key, keyNode, value } of reader.entries(entry, where)) {
      if (!(EXCEPTION_KEYS as readonly string[]).includes(key)) reader.unknownKey(keyNode, key, where, EXCEPTION_KEYS);
      fields.set(key, { keyNode, value });
    }
    for (const required of ['rule', 'app', 'expires', 'reason']) {
      if (!fields.has(required))
        reader.fail(entry, `${where} has no \`${required}\`; expected rule, app, expires and reason`);
    }
    const field = (key: string) => fields.get(key) as { keyNode: Node; value: Node | null };

    const rule = reader.string(field('rule').value, `${where}.rule`, field('rule').keyNode);
    if (!ids.includes(rule)) {
      reader.fail(
        field('rule').value,
        `${where}.rule names unknown rule \`${clipKey(rule)}\`${unknownRuleHint(rule, ids)}`,
      );
    }
    const expiresNode = field('expires').value;
    const expires = reader.string(expiresNode, `${where}.expires`, field('expires').keyNode);
    if (parseCalendarDate(expires) === null) {
      reader.fail(
        expiresNode,
        `${where}.expires is ${quotePrefix(expires)}; expected a real calendar date written YYYY-MM-DD`,
      );
    }
    const compiled: CompiledException = {
      rule,
      app: exceptionApp(reader, field('app').value, `${where}.app`, field('app').keyNode),
      expires,
      reason: reader.string(field('reason').value, `${where}.reason`, field('reason').keyNode).trim(),
      location: { file, line: reader.lineOf(entry) },
    };
    if (fields.has('credential')) {
      compiled.credential = exceptionCredential(
        reader,
        field('credential').value,
        `${where}.credential`,
        field('credential').keyNode,
      );
    }
    return compiled;
  });
}

/**
 * `client-ids:` maps the secret or variable a workflow reads its client id from to the app:
 * `NAME: APPID` for a repository or organisation secret, `NAME@ENVIRONMENT: APPID` for an environment secret.
 */
function readClientIds(reader: PolicyReader, node: Node): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { key, keyNode, value } of reader.entries(node, '`client-ids`')) {
    const at = key.indexOf('@');
    const name = at < 0 ? key : key.slice(0, at);
    const environment = at < 0 ? undefined : key.slice(at + 1);
    if (!CLIENT_ID_NAME.test(name))
      reader.fail(
        keyNode,
        `\`client-ids\` key ${JSON.stringify(key)} does not start with a secret or variable name; expected NAME or NAME@ENVIRONMENT, e.g. AZURE_CLIENT_ID or AZURE_CLIENT_ID@production (letters, digits and _, not starting with a digit)`,
      );
    // eslint-disable-next-line no-control-regex
    if (environment !== undefined && (environment.trim() === '' || /[\u0000-\u001f]/.test(environment)))
      reader.fail(
        keyNode,
        `\`client-ids\` key ${JSON.stringify(key)} names no environment after @; expected NAME@ENVIRONMENT`,
      );
    const what = `\`client-ids.${key}\``;
    const text = reader.string(value, what, keyNode).trim();
    if (!GUID.test(text))
      reader.fail(
        value,
        `${what} is ${JSON.stringify(text)}; expected the app's client id, a GUID such as 11111111-2222-3333-4444-555555555555`,
      );
    const normalised = clientIdKey(name, environment);
    if (normalised in map)
      reader.fail(
        keyNode,
        `\`client-ids\` names ${JSON.stringify(key)} twice (secret names and environments ignore case); expected each once`,
      );
    map[normalised] = text.toLowerCase();
  }
  return map;
}

/** A workflow job target as findings name it: `.github/workflows/deploy.yml#deploy`. */
const JOB_TARGET = /^[^#\s]+\.ya?ml#[^#\s]+$/;

/**
 * Exceptions name apps by id: a display name is set by anyone who may edit the app, so excepting one would let
 * any app renamed to it have its findings suppressed.
 */
function exceptionApp(reader: PolicyReader, node: Node | null, what: string, keyNode: Node): string {
  const value = reader.string(node, what, keyNode).trim();
  if (!GUID.test(value))
    reader.fail(
      node ?? keyNode,
      `${what} is ${quotePrefix(value)}; exceptions match apps by id only, since anyone who can edit an app can rename it: write the app's appId (Application (client) ID) or object id, for example from \`az ad app list --display-name "<name>" --query "[].appId"\``,
    );
  return value;
}

/** Credentials likewise: the key id of a secret or certificate, the id of a federated credential. */
function exceptionCredential(reader: PolicyReader, node: Node | null, what: string, keyNode: Node): string {
  const value = reader.string(node, what, keyNode).trim();
  if (!GUID.test(value) && !JOB_TARGET.test(value))
    reader.fail(
      node ?? keyNode,
      `${what} is ${quotePrefix(value)}; exceptions match credentials by id only, not by display name: write the secret's or certificate's keyId or the federated credential's id (the target id of the finding in the JSON report), or a workflow job as path#job`,
    );
  return value;
}

/** The meaning of a policy, without its provenance, for the digest. */
function canonicalContent(
  severities: ReadonlyMap<string, RuleSetting>,
  settings: PolicySettings,
  exceptions: readonly CompiledException[],
) {
  return {
    severities: Object.fromEntries([...severities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    settings,
    exceptions: exceptions.map(({ rule, app, credential, expires, reason }) => ({
      rule,
      app,
      credential: credential ?? null,
      expires,
      reason,
    })),
  };
}

/** Assembles a compiled policy from its parts; the default policy and compiled files share it. */
export function buildPolicy(
  source: string | null,
  overrides: ReadonlyMap<string, RuleSetting>,
  settings: PolicySettings,
  exceptions: readonly CompiledException[],
): CompiledPolicy {
  const severities = new Map<string, RuleSetting>(
    RULES.map((rule) => [rule.id, overrides.get(rule.id) ?? rule.defaultSeverity]),
  );
  return Object.freeze({
    source,
    digest: digestOf(canonicalContent(severities, settings, exceptions)),
    severities,
    settings: Object.freeze(settings),
    exceptions: Object.freeze([...exceptions]),
  });
}

export const DEFAULT_POLICY: CompiledPolicy = buildPolicy(
  null,
  new Map(),
  structuredClone({ ...DEFAULT_SETTINGS }),
  [],
);

/** Compiles a policy file's text; `file` is used in error messages and exception locations. */
export function compilePolicy(text: string, file: string): CompiledPolicy {
  const lines = new LineCounter();
  // yaml's own uniqueKeys check compares every pair of keys of a map (quadratic); duplicateKeyAt is linear.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const reader: PolicyReader = new PolicyReader(file, doc, lines);
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const detail = syntaxError.code === 'DUPLICATE_KEY' ? 'duplicate key' : `YAML syntax error: ${syntaxError.message}`;
    reader.fail(null, `${detail}; expected well-formed YAML with each key once`, syntaxError.pos[0]);
  }
  const duplicate = duplicateKeyAt(doc);
  if (duplicate !== undefined)
    reader.fail(null, 'duplicate key; expected well-formed YAML with each key once', duplicate);
  const root = reader.resolve(doc.contents);
  if (!root) reader.fail(null, 'the policy file is empty; expected a mapping that starts with `version: 1`');

  const top = new Map<string, { keyNode: Node; value: Node | null }>();
  for (const { key, keyNode, value } of reader.entries(root, 'the policy file')) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key))
      reader.unknownKey(keyNode, key, 'the policy file', TOP_LEVEL_KEYS);
    top.set(key, { keyNode, value });
  }

  const version = top.get('version');
  if (!version) reader.fail(root, 'the policy file has no `version`; expected `version: 1`');
  if (!isScalar(version.value) || version.value.value !== 1) {
    reader.fail(version.value ?? version.keyNode, `\`version\` is ${describe(version.value)}; expected 1`);
  }

  const section = (key: string) => {
    const entry = top.get(key);
    if (!entry) return null;
    // `rules:` with nothing under it is an easy slip; say so rather than silently ignoring it.
    if (entry.value === null || (isScalar(entry.value) && entry.value.value === null)) {
      reader.fail(
        entry.keyNode,
        `\`${key}\` is empty; expected ${key === 'exceptions' ? 'a list' : 'a mapping'} or no \`${key}\` key at all`,
      );
    }
    return entry.value;
  };
  const rulesNode = section('rules');
  const settingsNode = section('settings');
  const exceptionsNode = section('exceptions');
  const clientIdsNode = section('client-ids');

  const overrides = rulesNode ? readRules(reader, rulesNode) : new Map<string, RuleSetting>();
  const settings = settingsNode ? readSettings(reader, settingsNode) : structuredClone({ ...DEFAULT_SETTINGS });
  const exceptions = exceptionsNode ? readExceptions(reader, exceptionsNode, file) : [];
  if (clientIdsNode) settings.clientIds = readClientIds(reader, clientIdsNode);
  return buildPolicy(file, overrides, settings, exceptions);
}
