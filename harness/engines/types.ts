/**
 * The one interface every browser driver implements, so a scenario never knows whether
 * Playwright or WebDriver ran it.
 */
import type { ProbeRequest } from '../probe/probe.js';
import type { EngineIdentity, EngineMessage, PageObservation } from '../model/observation.js';
import type { MessageWait } from './inbox.js';
import type { EngineName, PermissionName, VariantName } from '../model/engine-names.js';

export interface BrowserSession {
  /** Top-level navigation; resolves when the document has loaded. */
  goto(url: string): Promise<void>;
  /** Runs the probe in the current document. */
  probe(request: ProbeRequest): Promise<PageObservation>;
  /** Runs an expression in the current document and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * The engine's messages about this run since the last call, oldest first; after a failure,
   * waits briefly for them (they arrive on their own channel, after the page's answer).
   */
  takeMessages(wait: MessageWait): Promise<EngineMessage[]>;
  /**
   * The URLs the engine sent a CORS preflight for since the last call, where its driver reports
   * preflights (Chromium's DevTools Network domain); absent where it does not. For servers the
   * harness does not run, which keep no log for it.
   */
  takePreflights?(): string[];
  /**
   * Gives this session's page the focus, as the page a user is looking at has: a window opened
   * later takes it (Firefox defers a permission prompt of an unfocused window). Where sessions
   * cannot be open side by side, absent.
   */
  focus?(): Promise<void>;
  /**
   * Set when the session's page went away while the harness still used it, by no call of its
   * own: why (its process crashed, the browser closed it). A request it was making measured nothing.
   */
  readonly interrupted?: string | undefined;
  close(): Promise<void>;
}

export interface PermissionGrant {
  origin: string;
  permissions: PermissionName[];
}

export interface BrowserEngine {
  readonly identity: EngineIdentity;
  /** Set when the browser or its driver died under us: why this engine can no longer run. */
  readonly failure: string | undefined;
  /**
   * A fresh profile: no cookies, no cache, no preflight cache, and no permission but those
   * `grant` names, granted to its origin as a user would.
   */
  newSession(grant?: PermissionGrant): Promise<BrowserSession>;
  /** How many sessions can be open at once (a WebDriver endpoint serves one). */
  readonly sessionLimit: number;
  /** The permissions this driver can grant; a scenario that needs another is not measured. */
  readonly grantablePermissions: readonly PermissionName[];
  /**
   * A page of the profile shared by scenarios that leave no state behind (no cookies): one page
   * per page origin, so that runs whose steps visit several origins find each origin's page where
   * the last run there left it, instead of navigating one page back and forth (a navigation costs
   * an engine far more than a request). Selected, where pages are tabs. Without an origin, a
   * page for no origin in particular (for callers that navigate it where they like).
   */
  sharedSession(origin?: string): Promise<BrowserSession>;
  /** Closes the shared profile (a page in it stuck or gone); the next sharedSession opens a new one. */
  discardShared(): Promise<void>;
  close(): Promise<void>;
}
