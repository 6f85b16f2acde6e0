/**
 * Whether an engine runs a scenario at all: a scenario can say an engine cannot be measured
 * here, a permission it needs may be one the engine's driver cannot grant, and its library may
 * need a runtime this machine lacks (Python for Flask-CORS). Such a cell is "not measured" with
 * the reason; it never passes.
 */
import type { BrowserEngine } from '../engines/types.js';
import { libraryAdapters } from '../libraries/index.js';
import type { Scenario } from '../model/scenario.js';

/** Why this engine does not run the scenario, or undefined when it does. */
export function notMeasuredIn(scenario: Scenario, engine: BrowserEngine): string | undefined {
  const entry = scenario.notMeasured.find(
    (candidate) => candidate.engine === engine.identity.engine && !(engine.identity.variant && candidate.exceptVariants?.includes(engine.identity.variant)),
  );
  if (entry) return `${entry.reason}${entry.link ? ` (${entry.link})` : ''}`;
  const ungrantable = scenario.setup.permissions.filter((permission) => !engine.grantablePermissions.includes(permission));
  if (ungrantable.length > 0) return `${engine.identity.driver} cannot grant the permission ${ungrantable.join(', ')}`;
  return scenario.library ? libraryAdapters[scenario.library.name].unavailable?.() : undefined;
}
