// The `roles` claim of the guard's own Graph access token: the application permissions Entra granted.
// Only that claim is read; the token itself is never logged or kept.

/**
 * The application permissions in an access token, or null when the token carries none (a delegated token,
 * whose `scp` and the user's roles decide instead) or cannot be decoded.
 */
export function rolesOfAccessToken(token: string): string[] | null {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  const { roles, scp } = claims as { roles?: unknown; scp?: unknown };
  if (typeof scp === 'string' && scp !== '') return null;
  if (!Array.isArray(roles)) return typeof scp === 'string' ? null : [];
  return roles.filter((r): r is string => typeof r === 'string');
}
