// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif).
//
// Locations: code scanning needs a file location for every result. Workflow findings carry their own
// (the workflow file and line). Findings about an app registration live in Entra, not in the repository, so
// they point at the policy file when one is in use (that is where the rule is configured or excepted), and
// otherwise at the `.github/workflows` folder, whose workflows sign in as the app. The app and credential are
// named in the message and in a logical location, and the fingerprint does not depend on the file or line.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RuleDefinition, Severity } from '../policy/types.js';
import { sanitizeText, singleLine } from './escape.js';
import { appName } from './format.js';
import type { Report, SuppressedFinding } from './model.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
/** The partialFingerprints key; bump the version if the fingerprint's inputs ever change. */
export const FINGERPRINT_KEY = 'entraFederationGuard/v1';
export const DEFAULT_APP_LOCATION = '.github/workflows';

export interface SarifOptions {
  rules: readonly RuleDefinition[];
  toolVersion: string;
  /** Absolute URL of the tool's documentation. */
  informationUri: string;
  /** Absolute path of the checkout; workflow paths are made relative to it. */
  repoRoot?: string;
  /** Repository-relative path of the policy file, used as the location of app-level findings. */
  policyFile?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };
// Code scanning maps 9.0+ critical, 7.0+ high, 4.0+ medium, else low.
const SECURITY_SEVERITY: Partial<Record<Severity, string>> = { error: '8.0', warning: '5.0' };
const TEXT_MAX = 10_000;

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [Record<string, unknown>];
}

/** Stable identity of a finding across runs: rule, app and target only, never line numbers or wording. */
export function fingerprintOf(finding: Pick<Finding, 'rule' | 'appId' | 'target'>): string {
  return createHash('sha256')
    .update([finding.rule, finding.appId, finding.target.kind, finding.target.id].join('\u0000'))
    .digest('hex');
}

export function renderSarif(report: Report, options: SarifOptions): SarifLog {
  if (typeof options.toolVersion !== 'string' || options.toolVersion.trim() === '') {
    throw new TypeError('renderSarif: toolVersion must be a non-empty string.');
  }
  const informationUri = absoluteUrl(options.informationUri);
  const descriptors = ruleDescriptors(options.rules, [...report.findings, ...report.suppressed]);
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const names = new Map(report.apps.map((a) => [a.appId, appName(a)]));
  const appLocation =
    options.policyFile !== undefined && options.policyFile !== '' ? options.policyFile : DEFAULT_APP_LOCATION;

  const toResult = (finding: Finding, suppression?: SuppressedFinding['exception']) => {
    const result: Record<string, unknown> = {
      ruleId: finding.rule,
      ruleIndex: indexOf.get(finding.rule) ?? -1,
      level: LEVEL[finding.severity],
      message: { text: resultText(finding, names.get(finding.appId)) },
      locations: [location(finding, names.get(finding.appId), appLocation, options.repoRoot)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(finding) },
      properties: {
        appId: finding.appId,
        targetKind: finding.target.kind,
        targetId: finding.target.id,
      },
    };
    if (suppression !== undefined) {
      result.suppressions = [
        {
          kind: 'external',
          state: 'accepted',
          justification: singleLine(`${suppression.reason} (exception expires ${suppression.expires})`, 2000),
        },
      ];
    }
    return result;
  };

  const notifications = [
    ...report.notEvaluated.map((n) => ({
      level: 'error',
      message: { text: singleLine(`App ${n.appId} was not evaluated: ${n.reason}`, TEXT_MAX) },
    })),
    ...report.notices.map((n) => ({ level: 'note', message: { text: singleLine(n, TEXT_MAX) } })),
  ];

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: report.tool.name,
        version: options.toolVersion,
        semanticVersion: options.toolVersion,
        informationUri,
        rules: descriptors,
      },
    },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    results: [...report.findings.map((f) => toResult(f)), ...report.suppressed.map((f) => toResult(f, f.exception))],
  };
  if (options.repoRoot !== undefined) {
    run.originalUriBaseIds = { '%SRCROOT%': { uri: pathToFileURL(path.resolve(options.repoRoot) + path.sep).href } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown>;
}

/** The catalogue in its order, plus any rule a finding names that the catalogue lacks (so ruleIndex is valid). */
function ruleDescriptors(rules: readonly RuleDefinition[], findings: readonly Finding[]): RuleDescriptor[] {
  const known = new Set(rules.map((r) => r.id));
  const missing = [...new Set(findings.map((f) => f.rule).filter((id) => !known.has(id)))].sort();
  return [
    ...rules.map(fromCatalogue),
    ...missing.map((id) => {
      const severity = findings.find((f) => f.rule === id)?.severity ?? 'warning';
      return descriptor(id, severity, id, id, `Rule ${id}.`, `Rule ${id}.`);
    }),
  ];
}

function fromCatalogue(rule: RuleDefinition): RuleDescriptor {
  const helpText = `${rule.rationale}\n\nExample: ${rule.example}\n\nFix: ${rule.fix}`;
  const helpMarkdown = `${rule.rationale}\n\n**Example:** ${rule.example}\n\n**Fix:** ${rule.fix}`;
  return descriptor(rule.id, rule.defaultSeverity, rule.title, rule.rationale, helpText, helpMarkdown);
}

function descriptor(
  id: string,
  severity: Severity,
  short: string,
  full: string,
  helpText: string,
  helpMarkdown: string,
): RuleDescriptor {
  const properties: Record<string, unknown> = {
    tags: ['security', 'entra-id', 'workload-identity-federation'],
    precision: 'high',
  };
  const securitySeverity = SECURITY_SEVERITY[severity];
  if (securitySeverity !== undefined) properties['security-severity'] = securitySeverity;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: LEVEL[severity] },
    properties,
  };
}

/** client-secret-present → ClientSecretPresent */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function resultText(finding: Finding, appName: string | undefined): string {
  const app = appName === undefined || appName === '' ? finding.appId : `${appName} (${finding.appId})`;
  const subject = finding.appId === '' ? '' : `App ${app}, ${finding.target.kind} "${finding.target.name}": `;
  return sanitizeText(`${subject}${finding.message}\nFix: ${finding.remediation}`, TEXT_MAX);
}

function location(finding: Finding, appName: string | undefined, appLocation: string, repoRoot: string | undefined) {
  const logicalLocations = [
    {
      name: singleLine(finding.target.name || finding.target.id, 500),
      fullyQualifiedName: singleLine(
        [appName ?? finding.appId, finding.target.kind, finding.target.id].filter((s) => s !== '').join('/'),
        1000,
      ),
      kind: 'resource',
    },
  ];
  if (finding.location !== undefined) {
    return {
      physicalLocation: {
        artifactLocation: artifactLocation(finding.location.file, repoRoot),
        region: { startLine: finding.location.line },
      },
      logicalLocations,
    };
  }
  return { physicalLocation: { artifactLocation: artifactLocation(appLocation, repoRoot) }, logicalLocations };
}

/** Repository-relative, `/`-separated, percent-encoded; an absolute path outside the checkout stays a file URL. */
function artifactLocation(file: string, repoRoot: string | undefined): { uri: string; uriBaseId?: string } {
  let relative = file.replace(/\\/g, '/');
  if (path.isAbsolute(file)) {
    const root = repoRoot === undefined ? undefined : path.resolve(repoRoot);
    const rel = root === undefined ? undefined : path.relative(root, file);
    if (rel === undefined || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
    relative = rel.split(path.sep).join('/');
  }
  relative = relative.replace(/^\.\//, '');
  const uri = relative
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

function absoluteUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  throw new TypeError(`renderSarif: informationUri must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
}
