// The tenant's licences from GET /subscribedSkus: which Workload ID service plans it holds. Service plan ids
// as Microsoft's licensing service plan reference lists them (AAD_WRKLDID_P1, AAD_WRKLDID_P2); a subscription
// that is suspended, deleted or locked out unlocks nothing, nor does a plan whose provisioning is disabled.
import type { TenantLicences } from './model.js';

/** Workload ID P1 ("Workload ID" lead SKU): conditional access for workload identities only. */
export const WORKLOAD_ID_P1_PLAN = '84c289f0-efcb-486f-8581-07f44fc9efad';
/** Workload ID Premium (P2): conditional access, ID Protection for workload identities and the rest. */
export const WORKLOAD_ID_P2_PLAN = '7dc0e92d-bf15-401d-907e-0884efe7c760';

/** Entra ID P1 (AAD_PREMIUM) and P2 (AAD_PREMIUM_P2): sign-in logs and usage reports (issue 14). */
export const ENTRA_ID_PREMIUM_PLANS: readonly string[] = [
  '41781fb2-bc02-4b7c-bd55-b576c07bb09d',
  'eec0eb4f-6444-4f95-aba0-50c24d67f998',
];

const ACTIVE_SKU = new Set(['enabled', 'warning']);

export const UNKNOWN_LICENCES: TenantLicences = Object.freeze({
  workloadIdPremium: 'unknown',
  workloadIdConditionalAccess: 'unknown',
  entraIdPremium: 'unknown',
});

/** The licences a subscribedSkus collection grants; tolerant of missing fields. */
export function licencesFromSkus(skus: readonly unknown[]): TenantLicences {
  const plans = new Set<string>();
  for (const sku of skus) {
    if (typeof sku !== 'object' || sku === null) continue;
    const { capabilityStatus, servicePlans } = sku as { capabilityStatus?: unknown; servicePlans?: unknown };
    if (typeof capabilityStatus === 'string' && !ACTIVE_SKU.has(capabilityStatus.toLowerCase())) continue;
    if (!Array.isArray(servicePlans)) continue;
    for (const plan of servicePlans) {
      if (typeof plan !== 'object' || plan === null) continue;
      const { servicePlanId, provisioningStatus } = plan as { servicePlanId?: unknown; provisioningStatus?: unknown };
      if (typeof servicePlanId !== 'string') continue;
      if (typeof provisioningStatus === 'string' && provisioningStatus.toLowerCase() === 'disabled') continue;
      plans.add(servicePlanId.toLowerCase());
    }
  }
  const premium = plans.has(WORKLOAD_ID_P2_PLAN);
  return {
    workloadIdPremium: premium ? 'licensed' : 'unlicensed',
    workloadIdConditionalAccess: premium || plans.has(WORKLOAD_ID_P1_PLAN) ? 'licensed' : 'unlicensed',
    entraIdPremium: ENTRA_ID_PREMIUM_PLANS.some((p) => plans.has(p)) ? 'licensed' : 'unlicensed',
  };
}
