import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";

/**
 * The one-time code that first-run setup asks of anyone not on this machine: until the first
 * admin exists, whoever reaches the server first could otherwise become it. It is made when the
 * server starts on an empty database (or at the first setup attempt from elsewhere), printed in
 * the server's log, kept only in memory, and forgotten once setup is done.
 *
 * It lives on `globalThis`: the instrumentation hook that prints it and the routes that check it
 * are separate bundles of one process.
 */

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I to misread
const GROUPS = 3;
const GROUP_LENGTH = 4; // 12 characters of 32: 60 bits
const KEY = Symbol.for("claimdesk.setup-code");

type Store = { code: string | null };

function store(): Store {
  const holder = globalThis as typeof globalThis & { [KEY]?: Store };
  holder[KEY] ??= { code: null };
  return holder[KEY];
}

function normalized(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** The current code, made and printed in the log when there is none yet. */
export function currentSetupCode(): string {
  const s = store();
  if (s.code === null) {
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
    );
    s.code = groups.join("-");
    console.log(
      [
        "",
        "ClaimDesk has no account yet. To set it up from another machine, enter this one-time",
        "setup code on the setup page (from this machine itself, at 127.0.0.1 or localhost, none is needed):",
        "",
        `    ${s.code}`,
        "",
      ].join("\n"),
    );
  }
  return s.code;
}

/** Whether `given` is the current code (case, spaces and dashes aside). */
export function isSetupCodeRight(given: string | undefined): boolean {
  if (!given) return false;
  const digest = (value: string) => createHash("sha256").update(normalized(value)).digest();
  return timingSafeEqual(digest(given), digest(currentSetupCode()));
}

/** Forgets the code: setup is done. */
export function retireSetupCode(): void {
  store().code = null;
}
