import { describe, expect, it } from "vitest";
import { BLOCK_SEPARATOR, canonicalText, docFromLines, docFromPlainText, HARD_BREAK } from "./canonical-text";
import type { DocNode } from "./doc-node";

const t = (text: string, marks?: DocNode["marks"]): DocNode =>
  marks ? { type: "text", text, marks } : { type: "text", text };
const p = (...content: DocNode[]): DocNode => (content.length ? { type: "paragraph", content } : { type: "paragraph" });
const doc = (...content: DocNode[]): DocNode => ({ type: "doc", content });

function textNodes(node: DocNode): DocNode[] {
  if (node.type === "text") return [node];
  return (node.content ?? []).flatMap(textNodes);
}

describe("canonicalText", () => {
  it("separates blocks with the exported BLOCK_SEPARATOR and hard breaks with HARD_BREAK", () => {
    const d = doc(p(t("a"), { type: "hardBreak" }, t("b")), p(t("c")));
    expect(canonicalText(d)).toBe(`a${HARD_BREAK}b${BLOCK_SEPARATOR}c`);
  });

  it("joins paragraphs and headings with a blank line", () => {
    const d = doc({ type: "heading", attrs: { level: 1 }, content: [t("Title")] }, p(t("First.")), p(t("Second.")));
    expect(canonicalText(d)).toBe("Title\n\nFirst.\n\nSecond.");
  });

  it("turns a hard break into a single newline", () => {
    expect(canonicalText(doc(p(t("a"), { type: "hardBreak" }, t("b"))))).toBe("a\nb");
  });

  it("keeps a paragraph made only of a hard break", () => {
    expect(canonicalText(doc(p(t("a")), p({ type: "hardBreak" }), p(t("b"))))).toBe("a\n\n\n\n\nb");
  });

  it("skips empty paragraphs and non-text leaves", () => {
    const d = doc(
      p(),
      p(t("a")),
      p(),
      { type: "horizontalRule" },
      { type: "image", attrs: { src: "x.png" } },
      { type: "heading", attrs: { level: 2 } },
      p(t("b")),
      p(),
    );
    expect(canonicalText(d)).toBe("a\n\nb");
  });

  it("ignores inline images inside a paragraph", () => {
    const d = doc(p(t("a"), { type: "image", attrs: { src: "x" } }, t("b")));
    expect(canonicalText(d)).toBe("ab");
  });

  it("makes each list item paragraph and each quoted paragraph a block", () => {
    const d = doc(
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [p(t("one")), p(t("one, more"))] },
          {
            type: "listItem",
            content: [p(t("two")), { type: "orderedList", content: [{ type: "listItem", content: [p(t("nested"))] }] }],
          },
        ],
      },
      { type: "blockquote", content: [p(t("q1")), p(t("q2"))] },
    );
    expect(canonicalText(d)).toBe("one\n\none, more\n\ntwo\n\nnested\n\nq1\n\nq2");
  });

  it("keeps newlines inside a code block as they are", () => {
    const d = doc(p(t("before")), { type: "codeBlock", content: [t("a\n\nb\n")] }, p(t("after")));
    expect(canonicalText(d)).toBe("before\n\na\n\nb\n\n\nafter");
  });

  it("concatenates text split across marks", () => {
    const d = doc(p(t("plain "), t("bold", [{ type: "bold" }]), t(" end")));
    expect(canonicalText(d)).toBe("plain bold end");
  });

  it("keeps emoji, combining marks and right-to-left text untouched", () => {
    const s = "😀 👩‍👩‍👧 🇫🇷 e\u0301 שלום مرحبا";
    expect(canonicalText(doc(p(t(s))))).toBe(s);
  });

  it("is empty for an empty document", () => {
    expect(canonicalText(doc(p()))).toBe("");
    expect(canonicalText({ type: "doc" })).toBe("");
  });
});

describe("docFromPlainText", () => {
  it("gives one empty paragraph for empty input", () => {
    expect(docFromPlainText("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(docFromPlainText("\n \n\t\r\n")).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
  });

  it("splits paragraphs at blank lines and makes single newlines hard breaks", () => {
    expect(docFromPlainText("a\nb\n\nc")).toEqual(doc(p(t("a"), { type: "hardBreak" }, t("b")), p(t("c"))));
  });

  it("treats CRLF and lone CR as line breaks", () => {
    expect(docFromPlainText("a\r\nb\r\n\r\nc\rd\r\re")).toEqual(
      doc(p(t("a"), { type: "hardBreak" }, t("b")), p(t("c"), { type: "hardBreak" }, t("d")), p(t("e"))),
    );
  });

  it("treats a line of spaces and tabs as blank", () => {
    expect(canonicalText(docFromPlainText("a\n \t \nb"))).toBe("a\n\nb");
  });

  it("drops leading, trailing and repeated blank lines", () => {
    expect(canonicalText(docFromPlainText("\n\n\na\n\n\n\n\nb\n\n"))).toBe("a\n\nb");
  });

  it("keeps spaces inside and around a line", () => {
    expect(canonicalText(docFromPlainText("  indented  \n\n\u00a0nbsp"))).toBe("  indented  \n\n\u00a0nbsp");
  });

  it("never produces empty text nodes", () => {
    for (const input of ["", "\n", "a\n\n\nb", "\r\r\r", " \n\t", "a\nb\nc"]) {
      for (const node of textNodes(docFromPlainText(input))) {
        expect(node.text).not.toBe("");
      }
    }
  });

  it("keeps lone surrogates", () => {
    expect(canonicalText(docFromPlainText("x\ud800y\n\n\udc00"))).toBe("x\ud800y\n\n\udc00");
  });
});

describe("docFromLines", () => {
  it("makes every non-blank line a paragraph", () => {
    const d = docFromLines("First line.\nSecond line.\r\n\n  \nThird.");
    expect(d).toEqual(doc(p(t("First line.")), p(t("Second line.")), p(t("Third."))));
    expect(canonicalText(d)).toBe("First line.\n\nSecond line.\n\nThird.");
  });

  it("gives one empty paragraph for empty input", () => {
    expect(docFromLines("\n\n")).toEqual(doc(p()));
  });
});
