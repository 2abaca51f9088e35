// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { ClaimHighlights, type HighlightSpec } from "@/components/editor/claim-highlights";
import { documentExtensions } from "@/lib/editor/extensions";
import { docFromPlainText } from "@/lib/text/canonical-text";
import { codePointLength } from "@/lib/text/offsets";
import { seededRandom, syntheticText } from "@/lib/text/synthetic-text";

// Typing in a 100,000-word document: one character inserted near the top, as a transaction,
// with 3,000 claim highlights against the same editor with none (the baseline). The
// highlights are mapped through each transaction, not rebuilt, so the two should stay close.
// happy-dom stands in for the browser's DOM here; the ratio is what to read.
const vocabulary = readFileSync("fixtures/russia-iran-treaty.txt", "utf8").split(/\s+/);
const random = seededRandom(42);
const text = syntheticText(600_000, random, vocabulary);
const content = docFromPlainText(text);
const length = codePointLength(text);
const specs: HighlightSpec[] = Array.from({ length: 3000 }, (_, i) => {
  const start = Math.floor(random() * (length - 200));
  return { id: `c${i}`, start, end: start + 30 + Math.floor(random() * 90), tone: "open", label: "Open" };
});

function makeEditor(withClaims: boolean): Editor {
  const element = document.createElement("div");
  document.body.appendChild(element);
  const editor = new Editor({
    element,
    extensions: [...documentExtensions(), ClaimHighlights],
    content,
    editable: true,
  });
  if (withClaims) editor.commands.setClaimHighlights(specs);
  return editor;
}

const plain = makeEditor(false);
const annotated = makeEditor(true);

function typeOneCharacter(editor: Editor) {
  editor.view.dispatch(editor.state.tr.insertText("x", 5));
}

describe("typing one character in a 100,000-word document", () => {
  bench("baseline: no claims", () => typeOneCharacter(plain), { time: 2000 });
  bench("with 3,000 claim highlights", () => typeOneCharacter(annotated), { time: 2000 });
});

describe("replacing every highlight (after a claim list change)", () => {
  bench("set 3,000 highlights", () => {
    annotated.commands.setClaimHighlights(specs);
  });
});
