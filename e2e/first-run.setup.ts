import { expect, test } from "@playwright/test";
import { admin } from "./support/accounts";

test("first-run setup creates the admin and lands on the demo project", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Welcome to ClaimDesk" })).toBeVisible();

  // A too-short password is refused in the page, and nothing is created.
  await page.getByLabel("Name").fill(admin.name);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("must be at least 10 characters")).toBeVisible();
  await expect(page).toHaveURL(/\/setup$/);

  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Create admin account" }).click();

  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Demo: Russia–Iran treaty coverage" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(admin.name)).toBeVisible();

  // Setup happens once: the page now sends people to sign in.
  const again = await page.request.post("/api/v1/setup", {
    data: { name: "Mallory", email: "mallory@example.org", password: "another long password" },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.code).toBe("conflict");
});
