// Privilege: what the app can do once signed in. A federated credential is only as safe as the
// power it hands out; tenant-wide write permissions turn any trust slip into a tenant takeover.
import type { AppInventory } from '../../inventory/model.js';
import type { EvaluationContext, RuleDefinition, RuleHit } from '../types.js';
import { appLabel, quote } from './text.js';
import { graphOf } from '../remediation.js';

const inList = (list: readonly string[], value: string | null): boolean =>
  value !== null && list.some((entry) => entry.toLowerCase() === value.toLowerCase());

/** What the default privileged permissions allow, so the message says why it matters. */
const GRAPH_CONSEQUENCES: ReadonlyMap<string, string> = new Map([
  ['RoleManagement.ReadWrite.Directory', 'lets it assign itself any directory role, Global Administrator included'],
  ['AppRoleAssignment.ReadWrite.All', 'lets it grant itself any application permission, and so any other privilege'],
  ['Application.ReadWrite.All', 'lets it add credentials to any app registration and sign in as that app'],
  ['Directory.ReadWrite.All', 'lets it change users, groups and other directory objects across the tenant'],
]);

export const privilegedGraphPermission: RuleDefinition = {
  id: 'privileged-graph-permission',
  defaultSeverity: 'warning',
  title: 'The service principal holds a privileged Microsoft Graph application permission.',
  rationale:
    'Permissions such as `RoleManagement.ReadWrite.Directory`, `AppRoleAssignment.ReadWrite.All`, `Application.ReadWrite.All` and `Directory.ReadWrite.All` let the app raise its own privilege up to Global Administrator. Whoever can sign in as the app (any workflow its federated credentials admit) inherits that.',
  example:
    'The service principal of app "deploy-api" holds Microsoft Graph application permission Application.ReadWrite.All (1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9).',
  fix: 'Remove the app role assignment and grant the narrowest permission that works (e.g. `Application.ReadWrite.OwnedBy` instead of `Application.ReadWrite.All`).',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const sp = app.servicePrincipal;
    if (!sp) return [];
    const privileged = context.settings.privilegedGraphPermissions;
    return sp.appRoleAssignments
      .filter((a) => inList(privileged, a.permission) || inList(privileged, a.appRoleId))
      .map((a) => {
        const name = a.permission ?? a.appRoleId;
        const resource = a.resourceDisplayName ?? 'resource';
        const why = GRAPH_CONSEQUENCES.get(a.permission ?? '') ?? 'which the policy counts as privileged';
        return {
          target: { kind: 'servicePrincipal', id: a.id, name },
          message: `The service principal of ${appLabel(app)} holds ${quote(resource)} application permission ${name}${a.permission ? ` (${a.appRoleId})` : ''}, which ${why.replace(/^which /, '')}; every workflow that can sign in as the app gets it too.`,
          remediation: `Remove the assignment (\`az rest --method DELETE --uri ${graphOf(context)}/v1.0/servicePrincipals/${sp.objectId}/appRoleAssignments/${a.id}\`) and grant the narrowest permission that works instead.`,
        };
      });
  },
};

export const privilegedDirectoryRole: RuleDefinition = {
  id: 'privileged-directory-role',
  defaultSeverity: 'warning',
  title: 'The service principal is a member of a privileged Entra directory role.',
  rationale:
    'Roles such as Global Administrator, Privileged Role Administrator, Application Administrator and Cloud Application Administrator control the tenant or every app in it (including adding credentials to other apps). A CI identity rarely needs them, and any workflow that can sign in as the app holds them.',
  example:
    'The service principal of app "deploy-api" is a member of directory role "Application Administrator" (9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3).',
  fix: 'Remove the service principal from the role (Entra admin center → Roles and administrators, or a Graph DELETE on the role membership) and grant a narrower role scoped to the resources it manages.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const sp = app.servicePrincipal;
    if (!sp) return [];
    const privileged = context.settings.privilegedDirectoryRoles;
    return sp.directoryRoles
      .filter((r) => inList(privileged, r.roleTemplateId) || inList(privileged, r.displayName))
      .map((r) => {
        const name = r.displayName ?? r.roleTemplateId ?? r.id;
        return {
          target: { kind: 'servicePrincipal', id: r.id, name },
          message: `The service principal of ${appLabel(app)} is a member of directory role ${quote(name)}${r.roleTemplateId && r.displayName ? ` (${r.roleTemplateId})` : ''}; every workflow that can sign in as the app holds that role.`,
          remediation: `Remove the membership (\`az rest --method DELETE --uri "${graphOf(context)}/v1.0/directoryRoles/${r.id}/members/${sp.objectId}/\\$ref"\`) and assign a narrower role, scoped to the resources the workload manages.`,
        };
      });
  },
};

export const privilegeRules: readonly RuleDefinition[] = [privilegedGraphPermission, privilegedDirectoryRole];
