// Reads that need an app's service principal first: "after the service principal is read, read more
// for this identity". Both ways of choosing apps (by id, by listing) call every IdentityRead on each
// group of apps they assembled (a $batch chunk, a listing page) before anything is yielded, so what
// an identity read adds is normalised once with the rest, and lands in snapshots too.
//
// The first one: directory roles through the unified RBAC API, which names the role and also holds
// assignments at administrative-unit scope (memberOf holds neither when the guard lacks a
// role-reading permission). Managed identities' federated credentials (Azure Resource Manager) are
// meant to plug in the same way.
import type { Notices } from '../engine/notices.js';
import type { NotEvaluated } from '../inventory/model.js';
import { errorMessage } from '../http/retry.js';
import { executeBatch, followPages, itemFailure, type ExecuteBatchOptions, type ItemResult } from './batch.js';
import type { BatchItemRequest, GraphClient } from './client.js';
import { arrayOf, asObject, rawAppId, type RawApp } from './normalise.js';

export interface IdentityReadContext {
  client: GraphClient;
  /** The run's retry options and throttle, for every $batch an identity read sends. */
  batch: ExecuteBatchOptions;
  notices?: Notices;
}

export type IdentityReadResult = { raw: RawApp } | { notEvaluated: NotEvaluated };

export interface IdentityRead {
  readonly name: string;
  /**
   * Reads more for a group of apps (some without a service principal) and returns one result per app, in
   * order: the raw app with what it read added, or why the app cannot be evaluated. Never rejects.
   */
  read(apps: readonly RawApp[], context: IdentityReadContext): Promise<IdentityReadResult[]>;
}

/** Runs each identity read over the group, in order; an app not evaluated by one is not passed to the next. */
export async function applyIdentityReads<T extends { raw: RawApp } | { notEvaluated: NotEvaluated }>(
  reads: readonly IdentityRead[],
  outcomes: readonly T[],
  context: IdentityReadContext,
): Promise<(T | IdentityReadResult)[]> {
  let current: (T | IdentityReadResult)[] = [...outcomes];
  for (const identityRead of reads) {
    const positions: number[] = [];
    const apps: RawApp[] = [];
    current.forEach((outcome, position) => {
      if ('raw' in outcome) {
        positions.push(position);
        apps.push(outcome.raw);
      }
    });
    if (apps.length === 0) break;
    let results: IdentityReadResult[];
    try {
      results = await identityRead.read(apps, context);
    } catch (error) {
      // A read that throws (it should not) leaves its apps not evaluated rather than the scan broken.
      results = apps.map((raw) => ({
        notEvaluated: { appId: appIdOf(raw), reason: `could not read ${identityRead.name}: ${errorMessage(error)}` },
      }));
    }
    const next = [...current];
    positions.forEach((position, i) => {
      const result = results[i];
      if (result) next[position] = result;
    });
    current = next;
  }
  return current;
}

function appIdOf(raw: RawApp): string {
  return rawAppId(raw);
}

const IN_FILTER_MAX = 15;
const BATCH_LIMIT = 20;
const odataString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Directory role assignments of each service principal (`/roleManagement/directory/roleAssignments`,
 * 15 principals per `principalId in (…)`, all of a group's requests in one $batch), with the roles' names
 * read once per run. Needs RoleManagement.Read.Directory (or Directory.Read.All): without it Graph answers
 * 403, the run says once that directory roles were checked through memberOf only, and an app whose
 * memberOf holds a role Graph would not name is not evaluated (normalise.ts).
 */
export function directoryRoleAssignments(): IdentityRead {
  let denied = false;
  let names: Promise<Map<string, { displayName: string | null; templateId: string | null }>> | null = null;

  return {
    name: 'the directory role assignments',
    async read(apps, context) {
      const results: IdentityReadResult[] = apps.map((raw) => ({ raw }));
      if (denied) return results;
      const principals = apps
        .map((raw, position) => ({ position, id: principalIdOf(raw) }))
        .filter((p): p is { position: number; id: string } => p.id !== null);
      if (principals.length === 0) return results;

      const groups: (typeof principals)[] = [];
      for (let i = 0; i < principals.length; i += IN_FILTER_MAX) groups.push(principals.slice(i, i + IN_FILTER_MAX));
      const items: BatchItemRequest[] = groups.map((group, g) => ({
        id: `roles-${g}`,
        method: 'GET',
        url: `/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(
          `principalId in (${group.map((p) => odataString(p.id)).join(',')})`,
        )}`,
      }));
      const answers = new Map<string, ItemResult>();
      for (let i = 0; i < items.length; i += BATCH_LIMIT)
        for (const [id, answer] of await executeBatch(context.client, items.slice(i, i + BATCH_LIMIT), context.batch))
          answers.set(id, answer);

      const byPrincipal = new Map<string, Record<string, unknown>[]>();
      for (const [g, group] of groups.entries()) {
        const answer = answers.get(`roles-${g}`) ?? { failure: 'the request was not sent' };
        if (!('failure' in answer) && (answer.status === 403 || answer.status === 401)) {
          denied = true;
          context.notices?.add(
            'directory-roles-not-checked',
            'Directory roles were checked through memberOf only: Graph denied /roleManagement/directory/roleAssignments ' +
              `(HTTP ${answer.status}). ` +
              'Roles assigned at an administrative-unit scope were not checked, and an app whose service principal holds a ' +
              'role Graph returned without its name (limited information) is listed as not evaluated. Grant the guard ' +
              'RoleManagement.Read.Directory (application permission, admin consent) to check them.',
          );
          return results;
        }
        let values: unknown[];
        try {
          if ('failure' in answer || answer.status !== 200)
            throw new Error(itemFailure('the directory role assignments', answer));
          const body = asObject(answer.body, 'roleAssignments page');
          values = [...arrayOf(body, 'value', 'roleAssignments page')];
          const next = body['@odata.nextLink'];
          if (typeof next === 'string') values.push(...(await followPages(context.client, next)));
        } catch (error) {
          const reason = errorMessage(error);
          for (const p of group)
            results[p.position] = {
              notEvaluated: {
                appId: appIdOf(apps[p.position] as RawApp),
                reason: reason.startsWith('could not read')
                  ? reason
                  : `could not read the directory role assignments: ${reason}`,
              },
            };
          continue;
        }
        for (const [i, value] of values.entries()) {
          const assignment = asObject(value, `roleAssignments[${i}]`);
          const principal = typeof assignment.principalId === 'string' ? assignment.principalId.toLowerCase() : '';
          byPrincipal.set(principal, [...(byPrincipal.get(principal) ?? []), assignment]);
        }
      }

      if (byPrincipal.size > 0) names ??= readRoleNames(context.client);
      const known = byPrincipal.size > 0 ? await (names as NonNullable<typeof names>) : new Map();
      for (const p of principals) {
        const result = results[p.position];
        if (!result || !('raw' in result)) continue;
        const assignments = (byPrincipal.get(p.id.toLowerCase()) ?? []).map((a) => {
          const definitionId = typeof a.roleDefinitionId === 'string' ? a.roleDefinitionId : '';
          const definition = known.get(definitionId.toLowerCase());
          return {
            ...a,
            roleDefinition: {
              id: definitionId,
              displayName: definition?.displayName ?? null,
              templateId: definition?.templateId ?? definitionId,
            },
          };
        });
        const { raw } = result;
        results[p.position] = {
          raw: { ...raw, servicePrincipal: { ...(raw.servicePrincipal ?? {}), roleAssignments: assignments } },
        };
      }
      return results;
    },
  };
}

function principalIdOf(raw: RawApp): string | null {
  const id = raw.servicePrincipal?.id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Role definitions by id (a built-in role's id is its template id); empty when they cannot be read. */
async function readRoleNames(
  client: GraphClient,
): Promise<Map<string, { displayName: string | null; templateId: string | null }>> {
  const out = new Map<string, { displayName: string | null; templateId: string | null }>();
  try {
    const values = await followPages(
      client,
      '/roleManagement/directory/roleDefinitions?$select=id,displayName,templateId',
    );
    for (const value of values) {
      if (typeof value !== 'object' || value === null) continue;
      const { id, displayName, templateId } = value as Record<string, unknown>;
      if (typeof id !== 'string') continue;
      out.set(id.toLowerCase(), {
        displayName: typeof displayName === 'string' ? displayName : null,
        templateId: typeof templateId === 'string' ? templateId : null,
      });
    }
  } catch {
    // Names are for people; the template ids still decide which roles are privileged.
  }
  return out;
}
