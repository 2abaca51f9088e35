import { expect, test } from "@playwright/test";
import { admin, signIn } from "./support/accounts";

test("the demo document shows the article's text in the editor", async ({ page }) => {
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Demo: Russia–Iran treaty coverage" }).click();
  await page.getByRole("link", { name: /Russia and Iran to sign/ }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);

  const text = page.getByRole("textbox", { name: "Document text" });
  await expect(text).toContainText(
    "Russia and Iran have unveiled plans to sign a “comprehensive strategic partnership” treaty",
  );
  await expect(text).toContainText("there’s as yet no definitive evidence");
  // One paragraph a line of the article; the trailing lines are kept as the article has them.
  await expect(text.locator("p")).toHaveCount(13);
  await expect(text).toHaveAttribute("contenteditable", "false");
});
