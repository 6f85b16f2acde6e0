/**
 * Remote WebDriver endpoints from the environment: `CORSMATRIX_<ENGINE>_WEBDRIVER_URL` (one URL or
 * a comma-separated list), `CORSMATRIX_<ENGINE>_MAX_SESSIONS` (sessions each endpoint serves at
 * once, default 1, as WebKitWebDriver and safaridriver do) and `CORSMATRIX_<ENGINE>_CAPABILITIES`
 * (JSON). Read by playwright.config.ts, to run no more workers of that project than the endpoints
 * have sessions, and by the launcher, to connect.
 */
import { z } from 'zod';
import type { EngineName } from '../../model/engine-names.js';

export interface RemoteWebDriverConfig {
  engine: EngineName;
  endpoints: string[];
  maxSessionsPerEndpoint: number;
  capabilities: Record<string, unknown>;
  /** The variable names, for messages that tell a user what to change. */
  variables: { url: string; maxSessions: string; capabilities: string };
}

const defaultCapabilities: Record<EngineName, Record<string, unknown>> = {
  chromium: { browserName: 'chrome' },
  firefox: { browserName: 'firefox' },
  webkit: { browserName: 'safari' },
};

const endpointList = z
  .string()
  .transform((text) => text.split(',').map((part) => part.trim()).filter((part) => part !== ''))
  .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1));
const sessionCount = z.coerce.number().int().min(1);
const capabilityObject = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      context.addIssue({ code: 'custom', message: `not JSON: ${(error as Error).message}` });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.unknown()));

function variablesFor(engine: EngineName): RemoteWebDriverConfig['variables'] {
  const prefix = `CORSMATRIX_${engine.toUpperCase()}`;
  return { url: `${prefix}_WEBDRIVER_URL`, maxSessions: `${prefix}_MAX_SESSIONS`, capabilities: `${prefix}_CAPABILITIES` };
}

function parsed<T>(schema: z.ZodType<T>, variable: string, value: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const reason = result.error.issues.map((issue) => issue.message).join('; ');
  throw new Error(`${variable}=${JSON.stringify(value)} is not valid: ${reason}`);
}

/**
 * The engine's remote endpoints, or undefined when the engine runs locally. A malformed variable
 * is a mistake to fix, not a missing browser: it throws, naming the variable, and fails the cells.
 */
export function remoteWebDriverConfig(engine: EngineName, env: NodeJS.ProcessEnv = process.env): RemoteWebDriverConfig | undefined {
  const variables = variablesFor(engine);
  const url = env[variables.url];
  if (url === undefined || url.trim() === '') return undefined;
  const maxSessions = env[variables.maxSessions];
  const capabilities = env[variables.capabilities];
  return {
    engine,
    endpoints: parsed(endpointList, variables.url, url),
    maxSessionsPerEndpoint: maxSessions === undefined || maxSessions === '' ? 1 : parsed(sessionCount, variables.maxSessions, maxSessions),
    capabilities: capabilities === undefined || capabilities === '' ? defaultCapabilities[engine] : parsed(capabilityObject, variables.capabilities, capabilities),
    variables,
  };
}

/**
 * How many workers of the engine's project can hold a session at once, or undefined when the
 * engine is local or its configuration is malformed (the launcher then reports the mistake).
 */
export function remoteWorkerLimit(engine: EngineName, env: NodeJS.ProcessEnv = process.env): number | undefined {
  try {
    const config = remoteWebDriverConfig(engine, env);
    return config && config.endpoints.length * config.maxSessionsPerEndpoint;
  } catch {
    return undefined;
  }
}
