/** The engine cannot run on this machine; the message is one line a user can act on. */
export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}
