/**
 * Where ClaimDesk may send a browser after a form or a sign-in: a path on this site, never
 * another site. Browsers read `/\evil.example`, `/<tab>/evil.example` and `//evil.example` as
 * addresses of another host (they turn `\` into `/` and drop tabs and newlines), and a value
 * from a query string arrives decoded once, so `/%5Cevil.example` becomes `/\evil.example`.
 * Rather than list the bad forms, this accepts one good one: a path that starts with a single
 * `/`, holds no backslash, control or space character even once percent-decoded, and that a URL
 * parser resolves on this origin to a path that still starts with a single `/`.
 */

const BASE = "http://claimdesk.invalid";
/** As sent: C0 and C1 controls, spaces and invisible format characters, and the backslash. */
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/u;
/** Once decoded: the same, but for a plain space (`%20` is an ordinary part of a path). */
const FORBIDDEN_DECODED =
  /[\u0000-\u001f\u007f-\u009f\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/u;
const MAX_LENGTH = 2048;

/** Decodes percent-escapes until nothing changes (a few rounds at most); null when they do not decode. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

function isSinglySlashedPath(value: string, forbidden = FORBIDDEN): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !forbidden.test(value);
}

/**
 * `value` as a same-origin path (with its query and fragment) when it is a safe place to send
 * the browser, else `fallback`. Absolute URLs, even of this site, are refused: only paths pass.
 */
export function safeRedirectPath(value: unknown, fallback = "/projects"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (!isSinglySlashedPath(value)) return fallback;
  const decoded = fullyDecoded(value);
  if (decoded === null || !isSinglySlashedPath(decoded, FORBIDDEN_DECODED)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parser folds dot segments (`/.//evil` is `//evil`): what it made must pass again.
  return isSinglySlashedPath(path) && isSinglySlashedPath(fullyDecoded(path) ?? "//", FORBIDDEN_DECODED)
    ? path
    : fallback;
}
