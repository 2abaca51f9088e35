import { expect, type Page } from "@playwright/test";

/**
 * Waits for the document's editor: it is made in the browser after hydration, so before it is
 * there the page neither reacts to a selection nor has drawn any highlight.
 */
export async function editorReady(page: Page): Promise<void> {
  await expect(page.locator(".ProseMirror")).toBeVisible();
}

/**
 * Selects `text` in the document editor as a reader's drag would: a DOM selection over the
 * text nodes holding it (highlights split the text into several nodes), which ProseMirror then
 * reads as its own selection.
 */
export async function selectInDocument(page: Page, text: string, occurrence = 0): Promise<void> {
  await editorReady(page);
  const found = await page.evaluate(
    ({ text, occurrence }) => {
      const root = document.querySelector(".ProseMirror");
      if (!root) return false;
      const nodes: { node: Text; start: number }[] = [];
      let all = "";
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: all.length });
        all += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) {
        at = all.indexOf(text, at + 1);
        if (at < 0) return false;
      }
      const locate = (offset: number, isEnd: boolean) => {
        for (const { node, start } of nodes) {
          const end = start + node.data.length;
          if (offset < end || (isEnd && offset === end)) return { node, offset: offset - start };
        }
        const last = nodes[nodes.length - 1]!;
        return { node: last.node, offset: last.node.data.length };
      };
      const from = locate(at, false);
      const to = locate(at + text.length, true);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      (root as HTMLElement).focus();
      return true;
    },
    { text, occurrence },
  );
  expect(found, `“${text}” should be in the document`).toBe(true);
}

/** Clicks in the middle of `word` in the document text (its first occurrence after `after`). */
export async function clickWord(page: Page, word: string, after = ""): Promise<void> {
  await editorReady(page);
  const point = await page.evaluate(
    ({ word, after }) => {
      const root = document.querySelector(".ProseMirror")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let all = "";
      const nodes: { node: Text; start: number }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: all.length });
        all += (n as Text).data;
      }
      const at = all.indexOf(word, after ? all.indexOf(after) : 0);
      const mid = at + Math.floor(word.length / 2);
      const hit = nodes.find(({ node, start }) => mid >= start && mid < start + node.data.length)!;
      const range = document.createRange();
      range.setStart(hit.node, mid - hit.start);
      range.setEnd(hit.node, mid - hit.start + 1);
      // A mouse click lands in the viewport: bring the word into it first.
      hit.node.parentElement?.scrollIntoView({ block: "center" });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { word, after },
  );
  await page.mouse.click(point.x, point.y);
}

/** The text a claim's highlight covers, joined across the spans it is drawn in. */
export async function highlightedText(page: Page, claimId: string): Promise<string> {
  await editorReady(page);
  return page.evaluate((id) => {
    const root = document.querySelector(".ProseMirror")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.parentElement as HTMLElement).closest(`[data-claim-id="${CSS.escape(id)}"]`)) text += (n as Text).data;
    }
    return text;
  }, claimId);
}

/** The id of the claim open in the panel, from the URL (#claim-<id>). */
export async function openClaimId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/#claim-/);
  return decodeURIComponent(new URL(page.url()).hash.replace("#claim-", ""));
}
