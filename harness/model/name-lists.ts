/** Helpers over the const lists of names (engines, origins, listeners, libraries). */

/**
 * Whether a string from outside (a CLI argument, a query, a file) is one of a list of names: the
 * type guard behind isEngineName, isOriginName and isLibraryName, checked instead of cast.
 */
export function isOneOf<Name extends string>(names: readonly Name[], value: string): value is Name {
  return names.some((name) => name === value);
}

/** A record with a value for every name of the list, made by `value`. */
export function recordOf<Name extends string, Value>(names: readonly Name[], value: (name: Name) => Value): Record<Name, Value> {
  // The one cast: Object.fromEntries cannot say that the keys are exactly the list's.
  return Object.fromEntries(names.map((name) => [name, value(name)])) as Record<Name, Value>;
}
