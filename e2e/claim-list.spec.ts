import { expect, test } from "@playwright/test";
import { adminApi, admin, signIn } from "./support/accounts";
import { editorReady } from "./support/editor";

// The claim list draws only the rows in view (it is virtualised), so a document with many
// claims is arranged here: every claim must still be reachable by keyboard and by scrolling.
const CLAIMS = 120;

async function arrange(request: Parameters<typeof adminApi>[0]) {
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: `Long list ${Date.now()}` });
  // One short paragraph per claim: "Statement 7 says the figure was 7." and so on.
  const sentences = Array.from({ length: CLAIMS }, (_, i) => `Statement ${i + 1} says the figure was ${i + 1}.`);
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "A hundred and twenty claims",
    text: sentences.join("\n\n"),
  });
  const claimIds: string[] = [];
  for (const sentence of sentences) {
    const claim = await a.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
      selector: { type: "TextQuoteSelector", exact: sentence.replace(/\.$/, "") },
    });
    claimIds.push(claim.id);
  }
  return { documentId, claimIds };
}

test("a long claim list is walked with the arrow keys, Home and End, and Enter opens the claim reached", async ({
  page,
  request,
}) => {
  const { documentId } = await arrange(request);
  await signIn(page, admin.email, admin.password);
  await page.goto(`/documents/${documentId}`);
  await editorReady(page);
  const list = page.getByRole("list", { name: "Claims in reading order" });
  await expect(page.getByRole("heading", { name: `Claims (${CLAIMS})` })).toBeVisible();
  // Only the rows in view are drawn, each saying where it stands among all.
  expect(await list.getByRole("listitem").count()).toBeLessThan(CLAIMS);
  await expect(list.getByRole("listitem").first()).toHaveAttribute("aria-setsize", String(CLAIMS));

  const first = list.getByRole("button", { name: /“Statement 1 says the figure was 1”/ });
  await first.focus();
  await page.keyboard.press("ArrowDown");
  await expect(list.getByRole("button", { name: /“Statement 2 says the figure was 2”/ })).toBeFocused();

  await page.keyboard.press("End");
  const last = list.getByRole("button", { name: new RegExp(`“Statement ${CLAIMS} says the figure was ${CLAIMS}”`) });
  await expect(last).toBeFocused();
  await expect(last.locator("xpath=..")).toHaveAttribute("aria-posinset", String(CLAIMS));
  await page.keyboard.press("ArrowUp");
  const beforeLast = `Statement ${CLAIMS - 1} says the figure was ${CLAIMS - 1}`;
  await expect(list.getByRole("button", { name: new RegExp(`“${beforeLast}”`) })).toBeFocused();

  await page.keyboard.press("Enter");
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“${beforeLast}”`);

  await panel.getByRole("button", { name: "Close claim" }).click();
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").first().focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(
    page.getByRole("list", { name: "Claims in reading order" }).getByRole("button", { name: /“Statement 1 says/ }),
  ).toBeFocused();
});

test("a link to the last of many claims opens it once the page's claims arrive, and scrolls its words into view", async ({
  page,
  request,
}) => {
  const { documentId, claimIds } = await arrange(request);
  const last = claimIds[CLAIMS - 1] as string;
  await signIn(page, admin.email, admin.password);
  await page.goto(`/documents/${documentId}#claim-${last}`);
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“Statement ${CLAIMS} says the figure was ${CLAIMS}”`);
  await expect(page.locator(`.ProseMirror [data-claim-id="${last}"]`).first()).toBeInViewport();
});
