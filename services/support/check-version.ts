import { AppError, staleVersion } from "@/lib/errors";

/**
 * The version a writer last saw: a number (a form's hidden field), the versions named by an
 * If-Match header, "any" for `If-Match: *`, or undefined when none was sent.
 */
export type ExpectedVersion = number | number[] | "any" | undefined;

/**
 * The optimistic-concurrency check: `expected` is the version the writer last saw (from
 * If-Match or a form). Missing when required → 428; different → 412.
 */
export function checkVersion(
  current: number,
  expected: ExpectedVersion,
  options: { required: boolean; what: string },
): void {
  if (expected === undefined) {
    if (options.required) {
      throw new AppError(
        "precondition-required",
        `Send If-Match with the ${options.what}'s ETag, so a change made meanwhile is not overwritten.`,
      );
    }
    return;
  }
  if (expected === "any") return;
  const versions = Array.isArray(expected) ? expected : [expected];
  if (!versions.includes(current)) throw staleVersion(`The ${options.what}`);
}
