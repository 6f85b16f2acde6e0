/**
 * Page origins under their real names (`https://app.example.com`): each browser resolves the
 * run's host names to a loopback address of the harness's choosing, and only that browser does.
 * Nothing on the machine changes:
 * - Chromium: `--host-resolver-rules`;
 * - Firefox: the profile preference `network.dns.localDomains` when the address is 127.0.0.1
 *   (it maps names to localhost only), otherwise a private /etc/hosts;
 * - WebKitGTK: a private /etc/hosts for its driver and browser.
 * A private /etc/hosts is bind-mounted in a mount namespace that only that program and its
 * children see (private-mount-launcher.sh), which needs root, like the Chromium policy variant.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { isIPv4 } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkHostNames } from '../origins/names.js';
import { EngineUnavailableError } from './errors.js';
import { privateMountLauncher } from './variants.js';

/** Names the browser resolves to `address` (a 127.x.y.z loopback address). */
export interface HostMapping {
  address: string;
  names: string[];
}

/** The mapping with names lower-cased and each once; throws naming the first bad name or address. */
export function checkHostMapping(mapping: HostMapping): HostMapping {
  if (!isIPv4(mapping.address) || !mapping.address.startsWith('127.')) throw new Error(`"${mapping.address}" is not a loopback address (127.x.y.z)`);
  return { address: mapping.address, names: checkHostNames(mapping.names) };
}

function describe({ address, names }: HostMapping): string {
  return `${names.join(', ')} resolve to ${address} in this browser only`;
}

export function chromiumHostRules(mapping: HostMapping): { arg: string; note: string } {
  const arg = `--host-resolver-rules=${mapping.names.map((name) => `MAP ${name} ${mapping.address}`).join(',')}`;
  return { arg, note: `${arg}: ${describe(mapping)}` };
}

/** Firefox's own preference, where it can say it: names to localhost, that is 127.0.0.1. */
export function firefoxHostPrefs(mapping: HostMapping): { prefs: Record<string, string>; note: string } | undefined {
  if (mapping.address !== '127.0.0.1') return undefined;
  const value = mapping.names.join(',');
  return { prefs: { 'network.dns.localDomains': value }, note: `network.dns.localDomains=${value}: ${describe(mapping)}` };
}

export interface PrivateHosts {
  /** Runs `realExecutable` with the private hosts file in place of /etc/hosts. */
  executable: string;
  env: Record<string, string>;
  note: string;
  cleanup(): Promise<void>;
}

/** The machine's /etc/hosts plus one line per name, mounted over /etc/hosts for one program. */
export async function privateHostsFile(mapping: HostMapping, realExecutable: string, who: string): Promise<PrivateHosts> {
  if (process.getuid?.() !== 0) {
    throw new EngineUnavailableError(`${who} resolves ${mapping.names.join(', ')} to ${mapping.address} only through a private /etc/hosts, which needs root to mount`);
  }
  const directory = await mkdtemp(path.join(tmpdir(), 'corsmatrix-hosts-'));
  const file = path.join(directory, 'hosts');
  const machine = await readFile('/etc/hosts', 'utf8').catch(() => '');
  await writeFile(file, `${machine.trimEnd()}\n# corsmatrix: this run's page origins\n${mapping.names.map((name) => `${mapping.address} ${name}`).join('\n')}\n`);
  return {
    executable: privateMountLauncher,
    env: { CORSMATRIX_BIND_SOURCE: file, CORSMATRIX_BIND_TARGET: '/etc/hosts', CORSMATRIX_EXEC: realExecutable },
    note: `a private /etc/hosts in ${who}'s own mount namespace: ${describe(mapping)}`,
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
}
