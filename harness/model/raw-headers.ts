/** Node's raw headers, `[name, value, name, value, ...]`, as pairs in the order they came. */
export function rawHeaderPairs(rawHeaders: readonly string[]): Array<[string, string]> {
  return rawHeaders.flatMap((name, index): Array<[string, string]> => {
    const value = rawHeaders[index + 1];
    // HTTP/2 pseudo-headers (:method, :path, ...) are framing, not request headers.
    return index % 2 === 0 && value !== undefined && !name.startsWith(':') ? [[name, value]] : [];
  });
}
