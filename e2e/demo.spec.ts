import { expect, test, type Page } from "@playwright/test";
import { admin, signIn } from "./support/accounts";

async function openDemoClaim(page: Page, words: RegExp) {
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Demo: Russia–Iran treaty coverage" }).click();
  await page.getByRole("link", { name: /Russia and Iran to sign/ }).click();
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button", { name: words }).click();
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel).toBeVisible();
  return panel.getByRole("region", { name: "History" });
}

test("the demo's claims have a history that reads like anybody's", async ({ page }) => {
  const history = await openDemoClaim(page, /no definitive evidence/);
  await expect(history).toContainText(`${admin.name} marked the claim`);
  await expect(history).toContainText(`${admin.name} rated it Unproven`);
  await expect(history).toContainText(`${admin.name} moved it from open to in-review`);
  await expect(history).toContainText(`${admin.name} resolved it as Unproven`);
  await expect(history).toContainText(`${admin.name} moved it from in-review to resolved`);
  await expect(history.getByRole("listitem")).toHaveCount(5);
  await expect(history).not.toContainText("undefined");

  // The side panel shows the open claim or the list: close one to reach the list.
  await page.getByRole("button", { name: "Close claim" }).click();
  await page
    .getByRole("list", { name: "Claims in reading order" })
    .getByRole("button", { name: /On January 17, Vladimir Putin/ })
    .click();
  await expect(history).toContainText(`${admin.name} cited http://en.kremlin.ru/events/president/news (supports)`);
  await expect(history).toContainText(`${admin.name} moved it from in-review to resolved`);
  await expect(history).not.toContainText("undefined");
});
