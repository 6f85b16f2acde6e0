/**
 * Engine variants. `legacy-method-case` is Chromium with the enterprise policy
 * AccessControlAllowMethodsInCORSPreflightSpecConformant=false, which restores the behaviour
 * Chrome had before 109 (crbug.com/1228178): Access-Control-Allow-Methods compared against the
 * upper-cased method.
 *
 * Chromium on Linux reads managed policies only from /etc/chromium/policies/managed, which is
 * machine-wide. Writing a file there would change every Chromium running at the same time,
 * including the plain `chromium` project in a parallel worker. So the policy directory is
 * bind-mounted over that path inside a private mount namespace that only this browser sees.
 * Root makes that namespace directly; an ordinary user makes it inside a user namespace in which
 * it is root (where the kernel allows unprivileged user namespaces).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineUnavailableError } from '../errors.js';
import { scaled } from '../../pace.js';

export const policyMountPoint = '/etc/chromium/policies/managed';
export const legacyMethodCasePolicy = { AccessControlAllowMethodsInCORSPreflightSpecConformant: false };

export const privateMountLauncher = fileURLToPath(new URL('./private-mount-launcher.sh', import.meta.url));

export interface VariantLauncher {
  executable: string;
  env: Record<string, string>;
  note: string;
  cleanup: () => Promise<void>;
}

/** How this process gets a private mount namespace: as root, or inside a user namespace mapped to root. */
export type PrivateMountRoute = 'root' | 'user-namespace';

export function privateMountRoute(): PrivateMountRoute {
  // CORSMATRIX_PRIVATE_MOUNT=user-namespace takes an ordinary user's route as root too, so that
  // the harness's tests, which run as root, cover it.
  return process.getuid?.() === 0 && process.env.CORSMATRIX_PRIVATE_MOUNT !== 'user-namespace' ? 'root' : 'user-namespace';
}

/** The unshare program; CORSMATRIX_UNSHARE lets a test put a stand-in there (one that fails as a restricted kernel does). */
function unshareProgram(): string {
  return process.env.CORSMATRIX_UNSHARE ?? 'unshare';
}

/**
 * Tries the user-namespace route once with the real directories before the browser starts, so
 * that a kernel which refuses it (user namespaces off, or Ubuntu 24.04's AppArmor restriction,
 * where the namespace is made but may not map the user or mount) gives a reason up front rather
 * than a browser that exits at launch. Returns what failed and what would make it work, or undefined.
 */
async function userNamespaceMountFails(source: string, target: string): Promise<string | undefined> {
  const args = ['--user', '--map-root-user', '--mount', '--propagation', 'private', '--', 'sh', '-c', 'mount --bind "$1" "$2"', 'trial', source, target];
  try {
    await promisify(execFile)(unshareProgram(), args, { timeout: scaled(10_000) });
    return undefined;
  } catch (error) {
    const failure = error instanceof Error ? (error as Error & { code?: unknown; stderr?: unknown }) : undefined;
    if (failure?.code === 'ENOENT') return `there is no \`${unshareProgram()}\` program to make one; run as root, or install util-linux`;
    const said = typeof failure?.stderr === 'string' ? failure.stderr.trim().split('\n')[0] : undefined;
    return (
      `\`unshare --user --map-root-user --mount\` failed here (${said || (failure?.message.split('\n')[0] ?? String(error))}); ` +
      'run as root, or allow unprivileged user namespaces (Ubuntu 24.04: sysctl kernel.apparmor_restrict_unprivileged_userns=0, or an AppArmor profile that allows userns to unshare)'
    );
  }
}

export async function legacyMethodCaseLauncher(realChromium: string): Promise<VariantLauncher> {
  if (!existsSync(policyMountPoint)) {
    throw new EngineUnavailableError(`chromium-legacy-method-case needs the empty directory ${policyMountPoint} as a mount point; run \`npm run setup\``);
  }
  const route = privateMountRoute();
  const directory = await mkdtemp(path.join(tmpdir(), 'corsmatrix-policy-'));
  const cleanup = () => rm(directory, { recursive: true, force: true });
  try {
    await writeFile(path.join(directory, 'corsmatrix.json'), JSON.stringify(legacyMethodCasePolicy));
    if (route === 'user-namespace') {
      const failure = await userNamespaceMountFails(directory, policyMountPoint);
      if (failure !== undefined) {
        throw new EngineUnavailableError(`chromium-legacy-method-case mounts a private policy directory, which needs root or an unprivileged user namespace, and ${failure}`);
      }
    }
  } catch (error) {
    await cleanup();
    throw error;
  }
  const where =
    route === 'root'
      ? 'private mount namespace, as root'
      : 'private mount namespace inside a user namespace mapped to root: Chromium runs as uid 0 of that namespace, without its sandbox as Playwright always starts it';
  return {
    executable: privateMountLauncher,
    env: {
      CORSMATRIX_BIND_SOURCE: directory,
      CORSMATRIX_BIND_TARGET: policyMountPoint,
      CORSMATRIX_EXEC: realChromium,
      CORSMATRIX_UNSHARE: unshareProgram(),
      // Set either way, so that a value in the run's own environment cannot choose the route.
      CORSMATRIX_USER_NAMESPACE: route === 'user-namespace' ? '1' : '0',
    },
    note: `enterprise policy ${JSON.stringify(legacyMethodCasePolicy)}, visible to this browser only (${where})`,
    cleanup,
  };
}
