import { expect, test, type Page } from "@playwright/test";
import { admin, adminApi, signIn } from "./support/accounts";

const DEMO = "Demo: Russia–Iran treaty coverage";

/** Signs in as the admin (the demo's editor and author) and opens the demo project's dashboard; answers the project's id. */
async function openDemoDashboard(page: Page): Promise<string> {
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: DEMO }).click();
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  const match = /\/projects\/([^/]+)\/dashboard$/.exec(new URL(page.url()).pathname);
  expect(match, page.url()).not.toBeNull();
  return match![1]!;
}

test("the dashboard shows the demo project's figures, each a link to its claims", async ({ page }) => {
  const projectId = await openDemoDashboard(page);

  // The demo: four claims by the admin, each with one verdict (Unproven twice, True, Mostly
  // true); two resolved (Unproven, True), two in review; all anchored exactly.
  const resolutions = page.getByRole("region", { name: "Resolutions", exact: true });
  await expect(resolutions.getByRole("img", { name: "Claims by resolved rating", exact: true })).toBeVisible();
  await expect(resolutions.getByRole("link", { name: "Unproven, claims: 1", exact: true })).toBeVisible();
  await expect(resolutions.getByRole("link", { name: "True, claims: 1", exact: true })).toBeVisible();
  await expect(resolutions.getByRole("link")).toHaveCount(2);

  const verdicts = page.getByRole("region", { name: "Verdicts", exact: true });
  await expect(verdicts.getByRole("link", { name: "Unproven, verdicts: 2", exact: true })).toBeVisible();
  await expect(verdicts.getByRole("link", { name: "Mostly true, verdicts: 1", exact: true })).toBeVisible();
  await expect(verdicts.getByRole("link", { name: "True, verdicts: 1", exact: true })).toBeVisible();

  const statuses = page.getByRole("region", { name: "Claims by status", exact: true });
  await expect(statuses.getByRole("link", { name: "Resolved, claims: 2", exact: true })).toBeVisible();
  await expect(statuses.getByRole("link", { name: "In review, claims: 2", exact: true })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Claims by anchor status", exact: true })
      .getByRole("link", { name: "Exact, claims: 4", exact: true }),
  ).toBeVisible();

  const documents = page.getByRole("region", { name: "Documents", exact: true });
  await expect(documents.getByRole("link", { name: /Russia and Iran to sign.*, claims: 4$/ })).toBeVisible();
  await expect(documents.getByRole("link", { name: /Russia and Iran to sign.*, resolved Unproven: 1$/ })).toBeVisible();

  const reviewers = page.getByRole("region", { name: "Reviewers", exact: true });
  const adminRow = reviewers.getByRole("row", { name: new RegExp(admin.name) });
  await expect(adminRow.getByRole("link", { name: `${admin.name}, verdicts given: 4`, exact: true })).toHaveAttribute(
    "href",
    /\/claims\?reviewer=/,
  );

  // One reviewer only: alpha is not available, and the page says why in words.
  const agreement = page.getByRole("region", { name: "Agreement between reviewers", exact: true });
  await expect(agreement).toContainText("Not available. Only one reviewer has given verdicts.");

  const perDay = page.getByRole("region", { name: "Claims marked per day", exact: true });
  await expect(perDay.getByRole("img", { name: "Claims marked per day", exact: true })).toBeVisible();
  await expect(perDay.getByRole("link", { name: /to .*, claims marked: 4$/ })).toBeVisible();

  // A figure lands on the claims explorer filtered to exactly its claims.
  await resolutions.getByRole("link", { name: "Unproven, claims: 1", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/claims\\?rating=unproven$`));
});

test("a document's count by resolved rating opens the explorer on that document and rating", async ({ page }) => {
  const projectId = await openDemoDashboard(page);
  await page
    .getByRole("region", { name: "Documents", exact: true })
    .getByRole("link", { name: /Russia and Iran to sign.*, resolved True: 1$/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/claims\\?`));
  const url = new URL(page.url());
  expect([...url.searchParams.keys()].sort()).toEqual(["documentId", "rating"]);
  expect(url.searchParams.get("rating")).toBe("true");
  expect(url.searchParams.get("documentId")).toMatch(/\S/);
});

test("the stats API answers the demo project's figures", async ({ page, request }) => {
  const projectId = await openDemoDashboard(page);
  const a = await adminApi(request);
  const stats = await a.get<{
    resolutions: Record<string, number>;
    verdicts: Record<string, number>;
    statuses: Record<string, number>;
    reviewers: { name: string; verdicts: number }[];
    agreement: {
      alphaOrdinal: number | null;
      alphaNominal: number | null;
      claimsCounted: number;
      claimsLeftOut: number;
    };
  }>(`/api/v1/projects/${projectId}/stats`);
  expect(stats.resolutions).toMatchObject({ unproven: 1, true: 1, false: 0 });
  expect(stats.verdicts).toMatchObject({ unproven: 2, true: 1, "mostly-true": 1 });
  expect(stats.statuses).toEqual({ open: 0, "in-review": 2, resolved: 2 });
  expect(stats.reviewers).toContainEqual(expect.objectContaining({ name: admin.name, verdicts: 4 }));
  expect(stats.agreement).toMatchObject({ alphaOrdinal: null, alphaNominal: null, claimsCounted: 0, claimsLeftOut: 4 });
});
