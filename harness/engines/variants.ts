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
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineUnavailableError } from './errors.js';

export const policyMountPoint = '/etc/chromium/policies/managed';
export const legacyMethodCasePolicy = { AccessControlAllowMethodsInCORSPreflightSpecConformant: false };

export const privateMountLauncher = fileURLToPath(new URL('./private-mount-launcher.sh', import.meta.url));

export interface VariantLauncher {
  executable: string;
  env: Record<string, string>;
  note: string;
  cleanup: () => Promise<void>;
}

export async function legacyMethodCaseLauncher(realChromium: string): Promise<VariantLauncher> {
  if (process.getuid?.() !== 0) {
    throw new EngineUnavailableError('chromium-legacy-method-case needs root to mount a private policy directory; run as root or skip this project');
  }
  if (!existsSync(policyMountPoint)) {
    throw new EngineUnavailableError(`chromium-legacy-method-case needs the empty directory ${policyMountPoint} as a mount point; run \`npm run setup\``);
  }
  const directory = await mkdtemp(path.join(tmpdir(), 'corsmatrix-policy-'));
  await writeFile(path.join(directory, 'corsmatrix.json'), JSON.stringify(legacyMethodCasePolicy));
  return {
    executable: privateMountLauncher,
    env: {
      CORSMATRIX_BIND_SOURCE: directory,
      CORSMATRIX_BIND_TARGET: policyMountPoint,
      CORSMATRIX_EXEC: realChromium,
    },
    note: `enterprise policy ${JSON.stringify(legacyMethodCasePolicy)}, visible to this browser only (private mount namespace)`,
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
}
