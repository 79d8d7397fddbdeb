/**
 * The id a URL fragment names. A fragment that is not valid percent-encoding (`#100%`) is taken as written,
 * as the browser does when it looks for the target, instead of throwing.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
