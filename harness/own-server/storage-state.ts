/**
 * auth.storageState: a Playwright storageState file (what `context.storageState({ path })` writes
 * once a test has signed in), read for the cookies the target's host gets, which become the
 * path's auth.cookies. Its local storage is left out: the checks run corsmatrix's probe page, not
 * the front end that would read it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { authCookieSchema, requestOrigin, type AuthCookie, type ProjectConfig } from './config.js';

/** The part of Playwright's storageState format read here. */
const storageStateSchema = z.object({
  cookies: z.array(
    z.object({
      name: z.string(),
      value: z.string(),
      domain: z.string(),
      path: z.string(),
      /** Seconds since 1970; -1 for a session cookie. */
      expires: z.number(),
      httpOnly: z.boolean(),
      secure: z.boolean(),
      sameSite: z.enum(['Strict', 'Lax', 'None']),
    }),
  ),
});

/** A storageState file that cannot be used: the message names the config field and the file. */
export class StorageStateError extends Error {}

/** Whether a cookie of this domain (`.example.com`: the domain and its subdomains; else the host alone) goes to the host. */
function domainMatches(domain: string, host: string): boolean {
  const name = domain.toLowerCase();
  if (!name.startsWith('.')) return name === host;
  return host === name.slice(1) || host.endsWith(name);
}

function cookiesFor(file: string, host: string, field: string): AuthCookie[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StorageStateError(`${field}: ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = storageStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StorageStateError(`${field}: ${file} is not a Playwright storageState file (${issue?.path.map(String).join('.') || 'the file'}: ${issue?.message ?? 'unreadable'})`);
  }
  const matching = parsed.data.cookies.filter((cookie) => domainMatches(cookie.domain, host));
  if (matching.length === 0) {
    const domains = [...new Set(parsed.data.cookies.map((cookie) => cookie.domain))];
    throw new StorageStateError(`${field}: ${file} has no cookie for ${host}${domains.length > 0 ? ` (its cookies are for ${domains.join(', ')})` : ' (it has none)'}`);
  }
  return matching.map((cookie, index) => {
    const read = authCookieSchema.safeParse({
      name: cookie.name,
      value: cookie.value,
      path: cookie.path,
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite,
      ...(cookie.domain.startsWith('.') ? { domain: cookie.domain.slice(1) } : {}),
      ...(cookie.expires > 0 ? { expires: cookie.expires } : {}),
    });
    if (!read.success) throw new StorageStateError(`${field}: ${file}: cookie ${index} (${cookie.name}): ${read.error.issues[0]?.message ?? 'unusable'}`);
    return read.data;
  });
}

/** The config with every storageState read into its path's auth.cookies; throws StorageStateError naming the field. */
export function withStorageStateCookies(config: ProjectConfig, configDir: string): ProjectConfig {
  return {
    ...config,
    targets: config.targets.map((target, targetIndex) => ({
      ...target,
      paths: target.paths.map((policy, pathIndex) => {
        const { storageState, ...auth } = policy.auth ?? {};
        if (storageState === undefined) return policy;
        const host = new URL(requestOrigin(target)).hostname.toLowerCase();
        const read = cookiesFor(path.resolve(configDir, storageState), host, `targets.${targetIndex}.paths.${pathIndex}.auth.storageState`);
        return { ...policy, auth: { ...auth, cookies: [...(auth.cookies ?? []), ...read] } };
      }),
    })),
  };
}
