// Named parsers for user input. Each error quotes the bad value and states the rule,
// so a user can fix their workflow without reading our source.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A verified domain such as contoso.onmicrosoft.com or contoso.com.
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export class InputError extends Error {
  override name = 'InputError';
}

/** Quote a user value for an error message without echoing anything huge or multi-line. */
export function quote(value: string): string {
  const flat = value.replace(/[\r\n\t]/g, ' ');
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat);
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

export function parseGuid(name: string, value: string): string {
  if (!isGuid(value)) {
    throw new InputError(`${name} must be a GUID such as 00000000-0000-0000-0000-000000000000; got ${quote(value)}.`);
  }
  return value.toLowerCase();
}

export function parseTenant(name: string, value: string): string {
  if (isGuid(value)) return value.toLowerCase();
  if (DOMAIN.test(value)) return value.toLowerCase();
  throw new InputError(
    `${name} must be the directory (tenant) ID, a GUID, or a verified domain such as contoso.onmicrosoft.com; got ${quote(value)}.`,
  );
}

/** Comma- or newline-separated list; blanks and surrounding spaces ignored. */
export function parseList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseGuidList(name: string, value: string): string[] {
  const items = parseList(value);
  const bad = items.filter((s) => !isGuid(s));
  if (bad.length > 0) {
    throw new InputError(
      `${name} must list application (client) IDs as GUIDs, separated by commas or new lines; not GUIDs: ${bad.map(quote).join(', ')}.`,
    );
  }
  return [...new Set(items.map((s) => s.toLowerCase()))];
}

export function parseEnum<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (hit === undefined) {
    throw new InputError(`${name} must be one of ${allowed.join(', ')}; got ${quote(value)}.`);
  }
  return hit;
}

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off', ''].includes(v)) return false;
  throw new InputError(`${name} must be true or false; got ${quote(value)}.`);
}

/** An https URL without query or fragment, returned without a trailing slash. */
export function parseHttpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      `${name} must be an absolute https URL such as https://login.microsoftonline.com; got ${quote(value)}.`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new InputError(`${name} must use https (Entra and Graph refuse plain http); got ${quote(value)}.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(
      `${name} must not carry a query, fragment or credentials; got ${quote(url.origin + url.pathname)}.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}
