import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { compilePolicy, DEFAULT_POLICY, PolicyError, RULES } from '../../src/policy/index.js';
import { DEFAULT_SETTINGS } from '../../src/policy/settings.js';

const FILE = '.github/entra-federation-guard.yml';

function errorOf(text: string): string {
  try {
    compilePolicy(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).message;
  }
  throw new Error('expected a PolicyError');
}

const FULL = `# yaml-language-server: $schema=../schema/policy.schema.json
version: 1
rules:
  client-secret-present: error
  fic-near-limit: off
  credential-expiring: notice
settings:
  allowed-issuers: [https://token.actions.githubusercontent.com, https://token.actions.githubusercontent.com/contoso]
  allowed-owners: [contoso, contoso-labs]
  max-secret-lifetime-days: 90
  expiry-warning-days: 14
  max-federated-credentials: 15
  privileged-graph-permissions: [Application.ReadWrite.All]
  privileged-directory-roles:
    - Global Administrator
exceptions:
  - rule: client-secret-present
    app: 11111111-2222-3333-4444-555555555555
    credential: B7A1C0DE-0000-4000-8000-000000000001
    expires: 2027-01-31
    reason: Migration to federation tracked in JIRA-123
  - rule: privileged-directory-role
    app: " 22222222-3333-4444-5555-666666666666 "
    expires: 2026-12-31
    reason: " Needs Application Administrator until the landing zone is split "
`;

describe('exceptions name apps and credentials by id only', () => {
  const exception = (fields: string) =>
    `version: 1\nexceptions:\n  - rule: fic-pull-request\n    expires: 2027-06-30\n    reason: r\n${fields}`;
  test.each([
    [
      'an app display name',
      '    app: entra-federation-guard\n',
      `${FILE}:6:10: exceptions[0].app is "entra-federation-guard"; exceptions match apps by id only, since anyone who can edit an app can rename it: write the app's appId (Application (client) ID) or object id, for example from \`az ad app list --display-name "<name>" --query "[].appId"\``,
    ],
    [
      'a credential display name',
      '    app: 11111111-2222-3333-4444-555555555555\n    credential: legacy-secret\n',
      `${FILE}:7:17: exceptions[0].credential is "legacy-secret"; exceptions match credentials by id only, not by display name: write the secret's or certificate's keyId or the federated credential's id (the target id of the finding in the JSON report), or a workflow job as path#job`,
    ],
  ])('%s is a policy error with the fix', (_name, fields, message) => {
    expect(() => compilePolicy(exception(fields), FILE)).toThrow(message);
  });

  test('appId, object id (any case) and a workflow job target are accepted', () => {
    const policy = compilePolicy(
      exception('    app: A0000000-0000-4000-8000-000000000001\n    credential: .github/workflows/pr.yml#deploy\n'),
      FILE,
    );
    expect(policy.exceptions[0]).toMatchObject({
      app: 'A0000000-0000-4000-8000-000000000001',
      credential: '.github/workflows/pr.yml#deploy',
    });
  });
});

describe('compilePolicy accepts a complete policy', () => {
  const policy = compilePolicy(FULL, FILE);

  test('rule settings override the defaults and leave the others alone', () => {
    expect(policy.severities.get('client-secret-present')).toBe('error');
    expect(policy.severities.get('fic-near-limit')).toBe('off');
    expect(policy.severities.get('credential-expiring')).toBe('notice');
    expect(policy.severities.get('fic-pull-request')).toBe('error');
    expect(policy.severities.get('secret-alongside-federation')).toBe('warning');
    expect([...policy.severities.keys()]).toEqual(RULES.map((r) => r.id));
  });

  test('settings are read; lists replace the defaults', () => {
    expect(policy.settings).toEqual({
      allowedIssuers: [
        'https://token.actions.githubusercontent.com',
        'https://token.actions.githubusercontent.com/contoso',
      ],
      allowedOwners: ['contoso', 'contoso-labs'],
      maxSecretLifetimeDays: 90,
      expiryWarningDays: 14,
      snapshotMaxAgeDays: 7,
      maxFederatedCredentials: 15,
      privilegedGraphPermissions: ['Application.ReadWrite.All'],
      privilegedDirectoryRoles: ['Global Administrator'],
      failOnUnavailableSignals: false,
      unusedDays: 90,
    });
  });

  test('exceptions keep their line in the policy file and trim their text', () => {
    expect(policy.exceptions).toEqual([
      {
        rule: 'client-secret-present',
        app: '11111111-2222-3333-4444-555555555555',
        credential: 'B7A1C0DE-0000-4000-8000-000000000001',
        expires: '2027-01-31',
        reason: 'Migration to federation tracked in JIRA-123',
        location: { file: FILE, line: 17 },
      },
      {
        rule: 'privileged-directory-role',
        app: '22222222-3333-4444-5555-666666666666',
        expires: '2026-12-31',
        reason: 'Needs Application Administrator until the landing zone is split',
        location: { file: FILE, line: 22 },
      },
    ]);
    expect(policy.source).toBe(FILE);
  });

  test('settings left out keep their defaults', () => {
    const minimal = compilePolicy('version: 1\nsettings:\n  expiry-warning-days: 7\n', FILE);
    expect(minimal.settings).toEqual({ ...DEFAULT_SETTINGS, expiryWarningDays: 7 });
  });

  test('client-ids: secret names (any case) and NAME@environment map to lower-case app ids', () => {
    const text =
      'version: 1\nclient-ids:\n  azure_client_id: 11111111-2222-3333-4444-55555555555A\n  AZURE_CLIENT_ID@Production: 99999999-8888-7777-6666-555555555555\n';
    expect(compilePolicy(text, FILE).settings.clientIds).toEqual({
      AZURE_CLIENT_ID: '11111111-2222-3333-4444-55555555555a',
      'AZURE_CLIENT_ID@production': '99999999-8888-7777-6666-555555555555',
    });
    expect(compilePolicy('version: 1\n', FILE).settings.clientIds).toBeUndefined();
  });

  test('anchors and aliases are followed', () => {
    const text =
      'version: 1\nsettings:\n  allowed-owners: &owners [contoso]\nexceptions:\n  - &e {rule: fic-audience, app: 11111111-2222-3333-4444-555555555555, expires: 2027-01-01, reason: r}\n';
    expect(compilePolicy(text, FILE).settings.allowedOwners).toEqual(['contoso']);
  });
});

describe('the digest identifies what a policy means', () => {
  test('the same content from different files has the same digest', () => {
    expect(compilePolicy(FULL, 'a.yml').digest).toBe(compilePolicy(FULL, 'elsewhere/b.yml').digest);
  });

  test('key order and formatting do not change it', () => {
    const a = compilePolicy('version: 1\nrules: {fic-audience: error, fic-wildcard: off}\n', FILE);
    const b = compilePolicy('rules:\n  fic-wildcard: off\n  fic-audience: error\nversion: 1 # comment\n', FILE);
    expect(a.digest).toBe(b.digest);
    expect(a.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  test('any change of meaning changes it', () => {
    const base = compilePolicy('version: 1\n', FILE);
    expect(base.digest).toBe(DEFAULT_POLICY.digest);
    for (const text of [
      'version: 1\nrules: {fic-audience: error}\n',
      'version: 1\nsettings: {expiry-warning-days: 31}\n',
      'version: 1\nexceptions: [{rule: fic-audience, app: 11111111-2222-3333-4444-555555555555, expires: 2027-01-01, reason: r}]\n',
    ]) {
      expect(compilePolicy(text, FILE).digest).not.toBe(base.digest);
    }
  });

  test('an explicit default severity means the same as leaving it out', () => {
    expect(compilePolicy('version: 1\nrules: {fic-audience: warning}\n', FILE).digest).toBe(DEFAULT_POLICY.digest);
  });
});

test('DEFAULT_POLICY is the catalogue defaults with the documented settings', () => {
  expect(DEFAULT_POLICY.source).toBeNull();
  expect(DEFAULT_POLICY.exceptions).toEqual([]);
  expect(DEFAULT_POLICY.settings).toEqual({
    allowedIssuers: ['https://token.actions.githubusercontent.com'],
    allowedOwners: [],
    maxSecretLifetimeDays: 180,
    expiryWarningDays: 30,
    snapshotMaxAgeDays: 7,
    maxFederatedCredentials: 18,
    failOnUnavailableSignals: false,
    unusedDays: 90,
    privilegedGraphPermissions: [
      'RoleManagement.ReadWrite.Directory',
      '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
      'AppRoleAssignment.ReadWrite.All',
      '06b708a9-e830-4db3-a914-8e69da51d44f',
      'Application.ReadWrite.All',
      '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
      'Directory.ReadWrite.All',
      '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
    ],
    privilegedDirectoryRoles: [
      'Global Administrator',
      '62e90394-69f5-4237-9190-012177145e10',
      'Privileged Role Administrator',
      'e8611ab8-c189-46e8-94e1-60213ab1f814',
      'Application Administrator',
      '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
      'Cloud Application Administrator',
      '158c047a-c907-4556-b7ef-446551a6b5f7',
    ],
  });
  for (const rule of RULES) expect(DEFAULT_POLICY.severities.get(rule.id)).toBe(rule.defaultSeverity);
});

describe('compilePolicy rejects each class of mistake at the offending node', () => {
  const cases: [string, string, string][] = [
    // [class, policy text, exact message]
    [
      'YAML syntax',
      'version: 1\nrules: [a,\n',
      `${FILE}:3:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]; expected well-formed YAML with each key once`,
    ],
    [
      'unclosed quote',
      'version: 1\nsettings:\n  allowed-owners: ["contoso]\n',
      `${FILE}:4:1: YAML syntax error: Missing closing "quote; expected well-formed YAML with each key once`,
    ],
    [
      'tab indentation',
      'version: 1\nrules:\n\tfic-audience: off\n',
      `${FILE}:3:1: YAML syntax error: Tabs are not allowed as indentation; expected well-formed YAML with each key once`,
    ],
    [
      'duplicate key',
      'version: 1\nrules:\n  fic-audience: off\n  fic-audience: error\n',
      `${FILE}:4:3: duplicate key; expected well-formed YAML with each key once`,
    ],
    [
      'several documents',
      'version: 1\n---\nversion: 1\n',
      `${FILE}:2:1: YAML syntax error: Source contains multiple documents; please use YAML.parseAllDocuments(); expected well-formed YAML with each key once`,
    ],
    [
      'empty file',
      '# nothing here\n',
      `${FILE}:1:1: the policy file is empty; expected a mapping that starts with \`version: 1\``,
    ],
    ['not a mapping', '- version: 1\n', `${FILE}:1:1: the policy file is a list; expected a mapping of keys to values`],
    [
      'version missing',
      'rules:\n  fic-audience: off\n',
      `${FILE}:1:1: the policy file has no \`version\`; expected \`version: 1\``,
    ],
    ['version 2', 'version: 2\n', `${FILE}:1:10: \`version\` is the number 2; expected 1`],
    ['version as string', "version: '1'\n", `${FILE}:1:10: \`version\` is the string "1"; expected 1`],
    [
      'unknown top-level key',
      'version: 1\nrule:\n  fic-audience: off\n',
      `${FILE}:2:1: unknown key \`rule\` in the policy file (did you mean \`rules\`?); expected one of \`version\`, \`rules\`, \`settings\`, \`exceptions\`, \`client-ids\``,
    ],
    [
      'client-ids key that is not a secret name',
      'version: 1\nclient-ids:\n  1AZURE_CLIENT_ID: 11111111-2222-3333-4444-555555555555\n',
      `${FILE}:3:3: \`client-ids\` key "1AZURE_CLIENT_ID" does not start with a secret or variable name; expected NAME or NAME@ENVIRONMENT, e.g. AZURE_CLIENT_ID or AZURE_CLIENT_ID@production (letters, digits and _, not starting with a digit)`,
    ],
    [
      'client-ids key with @ but no environment',
      'version: 1\nclient-ids:\n  AZURE_CLIENT_ID@: 11111111-2222-3333-4444-555555555555\n',
      `${FILE}:3:3: \`client-ids\` key "AZURE_CLIENT_ID@" names no environment after @; expected NAME@ENVIRONMENT`,
    ],
    [
      'client-ids value that is not a GUID',
      'version: 1\nclient-ids:\n  AZURE_CLIENT_ID@prod: contoso-deploy\n',
      `${FILE}:3:25: \`client-ids.AZURE_CLIENT_ID@prod\` is "contoso-deploy"; expected the app's client id, a GUID such as 11111111-2222-3333-4444-555555555555`,
    ],
    [
      'client-ids name given twice in different case',
      'version: 1\nclient-ids:\n  AZURE_CLIENT_ID: 11111111-2222-3333-4444-555555555555\n  azure_client_id: 11111111-2222-3333-4444-555555555555\n',
      `${FILE}:4:3: \`client-ids\` names "azure_client_id" twice (secret names and environments ignore case); expected each once`,
    ],
    [
      'empty section',
      'version: 1\nrules:\n',
      `${FILE}:2:1: \`rules\` is empty; expected a mapping or no \`rules\` key at all`,
    ],
    [
      'rules as a list',
      'version: 1\nrules:\n  - fic-audience\n',
      `${FILE}:3:3: \`rules\` is a list; expected a mapping of keys to values`,
    ],
    [
      'unknown rule id',
      'version: 1\nrules:\n  client-secret: error\n',
      `${FILE}:3:3: unknown rule \`client-secret\` (did you mean \`client-secret-present\`?); expected a rule id from docs/rules.md`,
    ],
    [
      'unknown rule id, nothing close',
      'version: 1\nrules:\n  zzz: error\n',
      `${FILE}:3:3: unknown rule \`zzz\`; expected one of ${RULES.map((r) => r.id).join(', ')}`,
    ],
    [
      'bad severity',
      'version: 1\nrules:\n  fic-audience: fatal\n',
      `${FILE}:3:17: rule \`fic-audience\` is set to the string "fatal"; expected one of error, warning, notice, off`,
    ],
    [
      'boolean severity',
      'version: 1\nrules:\n  fic-audience: false\n',
      `${FILE}:3:17: rule \`fic-audience\` is set to the boolean false; expected one of error, warning, notice, off`,
    ],
    [
      'unknown setting',
      'version: 1\nsettings:\n  allowed-issuer: [https://x.example]\n',
      `${FILE}:3:3: unknown key \`allowed-issuer\` in \`settings\` (did you mean \`allowed-issuers\`?); expected one of \`allowed-issuers\`, \`allowed-owners\`, \`max-secret-lifetime-days\`, \`expiry-warning-days\`, \`snapshot-max-age-days\`, \`max-federated-credentials\`, \`privileged-graph-permissions\`, \`privileged-directory-roles\`, \`fail-on-unavailable-signals\`, \`unused-days\``,
    ],
    [
      'setting of the wrong type',
      'version: 1\nsettings:\n  allowed-owners: contoso\n',
      `${FILE}:3:19: settings.allowed-owners is the string "contoso"; expected a list of strings`,
    ],
    [
      'list item of the wrong type',
      'version: 1\nsettings:\n  privileged-directory-roles: [Global Administrator, 42]\n',
      `${FILE}:3:54: settings.privileged-directory-roles[1] is the number 42; expected a string`,
    ],
    [
      'issuer with a trailing space',
      "version: 1\nsettings:\n  allowed-issuers: ['https://token.actions.githubusercontent.com ']\n",
      `${FILE}:3:21: settings.allowed-issuers has "https://token.actions.githubusercontent.com "; expected an https URL without spaces, such as https://token.actions.githubusercontent.com`,
    ],
    [
      'http issuer',
      'version: 1\nsettings:\n  allowed-issuers:\n    - http://token.actions.githubusercontent.com\n',
      `${FILE}:4:7: settings.allowed-issuers has "http://token.actions.githubusercontent.com"; expected an https URL without spaces, such as https://token.actions.githubusercontent.com`,
    ],
    [
      'owner that GitHub cannot have',
      'version: 1\nsettings:\n  allowed-owners: [contoso/api]\n',
      `${FILE}:3:20: settings.allowed-owners has "contoso/api"; expected a GitHub user or organisation name (letters, digits and inner hyphens)`,
    ],
    [
      'zero days',
      'version: 1\nsettings:\n  expiry-warning-days: 0\n',
      `${FILE}:3:24: settings.expiry-warning-days is 0; expected a positive whole number`,
    ],
    [
      'negative days',
      'version: 1\nsettings:\n  max-secret-lifetime-days: -5\n',
      `${FILE}:3:29: settings.max-secret-lifetime-days is -5; expected a positive whole number`,
    ],
    [
      'fractional days',
      'version: 1\nsettings:\n  max-secret-lifetime-days: 90.5\n',
      `${FILE}:3:29: settings.max-secret-lifetime-days is the number 90.5; expected a positive whole number`,
    ],
    [
      'days as text',
      'version: 1\nsettings:\n  max-secret-lifetime-days: 90d\n',
      `${FILE}:3:29: settings.max-secret-lifetime-days is the string "90d"; expected a positive whole number`,
    ],
    [
      'credential threshold above Entra limit',
      'version: 1\nsettings:\n  max-federated-credentials: 25\n',
      `${FILE}:3:30: settings.max-federated-credentials is 25; expected a whole number from 1 to 20`,
    ],
    [
      'exceptions as a mapping',
      'version: 1\nexceptions:\n  rule: fic-audience\n',
      `${FILE}:3:3: \`exceptions\` is a mapping; expected a list of exceptions`,
    ],
    [
      'exception missing reason',
      'version: 1\nexceptions:\n  - rule: fic-audience\n    app: 11111111-2222-3333-4444-555555555555\n    expires: 2027-01-01\n',
      `${FILE}:3:5: exceptions[0] has no \`reason\`; expected rule, app, expires and reason`,
    ],
    [
      'exception unknown key',
      'version: 1\nexceptions:\n  - rule: fic-audience\n    app: 11111111-2222-3333-4444-555555555555\n    expiry: 2027-01-01\n    reason: r\n',
      `${FILE}:5:5: unknown key \`expiry\` in exceptions[0] (did you mean \`expires\`?); expected one of \`rule\`, \`app\`, \`credential\`, \`expires\`, \`reason\``,
    ],
    [
      'exception unknown rule',
      'version: 1\nexceptions:\n  - rule: fic-audiences\n    app: 11111111-2222-3333-4444-555555555555\n    expires: 2027-01-01\n    reason: r\n',
      `${FILE}:3:11: exceptions[0].rule names unknown rule \`fic-audiences\` (did you mean \`fic-audience\`?); expected a rule id from docs/rules.md`,
    ],
    [
      'date that is not a calendar date',
      'version: 1\nexceptions:\n  - {rule: fic-audience, app: 11111111-2222-3333-4444-555555555555, expires: 2027-02-29, reason: r}\n',
      `${FILE}:3:78: exceptions[0].expires is "2027-02-29"; expected a real calendar date written YYYY-MM-DD`,
    ],
    [
      'date in another format',
      'version: 1\nexceptions:\n  - {rule: fic-audience, app: 11111111-2222-3333-4444-555555555555, expires: 31/01/2027, reason: r}\n',
      `${FILE}:3:78: exceptions[0].expires is "31/01/2027"; expected a real calendar date written YYYY-MM-DD`,
    ],
    [
      'date with a time',
      'version: 1\nexceptions:\n  - {rule: fic-audience, app: 11111111-2222-3333-4444-555555555555, expires: "2027-01-31T00:00:00Z", reason: r}\n',
      `${FILE}:3:78: exceptions[0].expires is "2027-01-31T00:00:00Z"; expected a real calendar date written YYYY-MM-DD`,
    ],
    [
      'empty reason',
      "version: 1\nexceptions:\n  - {rule: fic-audience, app: 11111111-2222-3333-4444-555555555555, expires: 2027-01-31, reason: ''}\n",
      `${FILE}:3:98: exceptions[0].reason is empty; expected a non-empty string`,
    ],
    [
      'numeric app',
      'version: 1\nexceptions:\n  - {rule: fic-audience, app: 12345, expires: 2027-01-31, reason: r}\n',
      `${FILE}:3:31: exceptions[0].app is the number 12345; expected a string`,
    ],
    [
      'alias to nothing',
      'version: 1\nsettings:\n  allowed-owners: *owners\n',
      `${FILE}:3:19: alias \`*owners\` names no anchor; expected an anchor defined earlier`,
    ],
  ];

  test.each(cases)('%s', (_kind, text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  test('the error carries its location as fields too', () => {
    try {
      compilePolicy('version: 1\nrules:\n  fic-audience: fatal\n', 'policy.yml');
      throw new Error('expected a PolicyError');
    } catch (error) {
      expect(error).toMatchObject({ file: 'policy.yml', line: 3, column: 17, name: 'PolicyError' });
    }
  });
});

describe('fuzzing compilePolicy', () => {
  const fragments = fc.constantFrom(
    'version: 1\n',
    'rules:\n',
    '  fic-audience: error\n',
    'settings:\n',
    '  expiry-warning-days: 3\n',
    'exceptions:\n',
    '  - rule: fic-audience\n',
    '    app: 11111111-2222-3333-4444-555555555555\n',
    '    expires: 2027-01-01\n',
    '    reason: r\n',
    '&a ',
    '*a',
    '[',
    '{',
    ': ',
    '- ',
    '\t',
    '"',
    "'",
    '#',
    '---\n',
    '!!binary ',
    '? ',
    '%YAML 1.1\n',
  );

  test('arbitrary text never throws anything but a PolicyError', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fragments, { maxLength: 25 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        try {
          const policy = compilePolicy(text, 'fuzz.yml');
          expect(policy.digest).toMatch(/^[0-9a-f]{64}$/);
        } catch (error) {
          if (!(error instanceof PolicyError)) throw error;
          expect(error.message).toMatch(/^fuzz\.yml:\d+:\d+: .+; expected .+/s);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
