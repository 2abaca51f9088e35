import "server-only";
import { DEFAULT_TOKEN_DAYS, type CreateTokenInput } from "@/lib/validation/accounts";
import { issueApiToken, type IssuedApiToken } from "./support/issue-api-token";
import { verifyCredentials, type AttemptContext } from "./support/verify-credentials";

/**
 * Issues a personal API token for the account whose email and password are given (throttled
 * as a sign-in is); the token is shown once and stored hashed, and expires after the days chosen.
 */
export async function createApiToken(
  input: Omit<CreateTokenInput, "expiresInDays"> & { expiresInDays?: number },
  context: AttemptContext = { address: null },
): Promise<IssuedApiToken> {
  const { user } = await verifyCredentials(input, context);
  const expiresInDays = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
  return issueApiToken({ userId: user.id, label: input.label ?? null, expiresInDays });
}
