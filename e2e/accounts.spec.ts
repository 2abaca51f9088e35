import { expect, test } from "@playwright/test";
import { admin, adminApi, createUser, signIn } from "./support/accounts";

test("on the account page a person makes and revokes an API token, and changes their password", async ({ page }) => {
  const user = await createUser(page.request, "Paula Password");
  await signIn(page, user.email, user.password);
  await page.getByRole("link", { name: "Your account: Paula Password" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await page.getByLabel("Label").fill("nightly export");
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("New API token");
  await expect(shown).toHaveText(/^cdt_\S+$/);
  const bearer = { authorization: `Bearer ${await shown.textContent()}` };
  expect((await page.request.get("/api/v1/projects", { headers: bearer })).status()).toBe(200);
  const row = page.getByRole("row", { name: /nightly export/ });
  await expect(row).toBeVisible();

  // Shown once: a reload lists the token, never its secret again.
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  await page.getByRole("button", { name: "Revoke nightly export" }).click();
  await expect(row).toHaveCount(0);
  expect((await page.request.get("/api/v1/projects", { headers: bearer })).status()).toBe(401);

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("Paula's brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  // This session stays; the new password opens the next one.
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/projects$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, user.email, "Paula's brand new password");
});

test("after an admin's reset, the next sign-in must choose a new password before anything else", async ({ page }) => {
  const user = await createUser(page.request, "Rita Reset");
  const admin = await adminApi(page.request);
  const { temporaryPassword } = await admin.post<{ temporaryPassword: string }>(
    `/api/v1/users/${user.id}/password-reset`,
    {},
    200,
  );
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(temporaryPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/account\/password$/);

  await page.getByLabel("Current password").fill(temporaryPassword);
  await page.getByLabel("New password").fill("Rita's own new password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/projects$/);
});

test("an admin disables, re-enables and resets an account from the Accounts page", async ({ page, browser }) => {
  const user = await createUser(page.request, "Dora Disabled");
  await signIn(page, admin.email, admin.password);
  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: new RegExp(user.email.replace(/\./g, "\\.")) });
  page.on("dialog", (dialog) => void dialog.accept());

  await row.getByRole("button", { name: "Disable the account of Dora Disabled" }).click();
  await expect(row.getByRole("cell", { name: "disabled", exact: true })).toBeVisible();
  const other = await browser.newContext();
  const theirs = await other.newPage();
  await theirs.goto("/sign-in");
  await theirs.getByLabel("Email").fill(user.email);
  await theirs.getByLabel("Password").fill(user.password);
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(theirs.locator("form").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );

  await row.getByRole("button", { name: "Enable the account of Dora Disabled" }).click();
  await expect(row.getByRole("cell", { name: "active", exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Reset the password of Dora Disabled" }).click();
  const shown = row.getByLabel("Temporary password of Dora Disabled");
  await expect(shown).toHaveText(/^\w{5}-\w{5}-\w{5}-\w{5}$/);
  const temporary = await shown.textContent();
  await theirs.getByLabel("Password").fill(temporary ?? "");
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(theirs).toHaveURL(/\/account\/password$/);
  await other.close();
});
