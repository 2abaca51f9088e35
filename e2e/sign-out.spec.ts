import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/accounts";

test("signing out ends the session on the server", async ({ page, context }) => {
  const user = await createUser(page.request, "Sam Signout");
  await signIn(page, user.email, user.password);

  const cookie = (await context.cookies()).find((c) => c.name === "claimdesk_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");

  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprojects$/);

  // The old cookie, replayed, no longer opens anything.
  const replay = await page.request.get("/api/v1/projects", {
    headers: { cookie: `claimdesk_session=${cookie?.value}` },
  });
  expect(replay.status()).toBe(401);
});

test("a wrong password is refused in the page without saying which field was wrong", async ({ page }) => {
  const user = await createUser(page.request, "Wanda Wrong");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // (Next.js keeps a route announcer with role="alert" in the page: look inside the form.)
  await expect(page.locator("form").getByRole("alert")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
  await expect(page).toHaveURL(/\/sign-in/);
});
