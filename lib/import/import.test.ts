import { describe, expect, it } from "vitest";
import { canonicalText } from "../text/canonical-text";
import { docFromHtml } from "./html-to-doc";
import { docFromMarkdown } from "./markdown-to-doc";
import { docFromTiptapJson, InvalidContentError } from "./tiptap-json-to-doc";
import { MAX_UPLOAD_BYTES, sourceFromUpload, UploadError } from "./upload";

const json = (value: unknown) => JSON.stringify(value);

describe("HTML import", () => {
  it("keeps the article's text and structure", () => {
    const doc = docFromHtml(
      "<h1>Title</h1><p>First <strong>bold</strong> para.</p><ul><li>one</li><li>two</li></ul><blockquote><p>Quoted</p></blockquote>",
    );
    expect(canonicalText(doc)).toBe("Title\n\nFirst bold para.\n\none\n\ntwo\n\nQuoted");
  });

  it("drops scripts, styles, event handlers and javascript: links, text and all", () => {
    const doc = docFromHtml(
      '<style>p{color:red}</style><p onclick="steal()">Hello <a href="javascript:alert(1)">click</a> <a href="https://example.org/a" onmouseover="x()">safe</a></p><script>alert("x")</script><iframe src="https://evil.example"></iframe>',
    );
    const out = json(doc);
    expect(canonicalText(doc)).toBe("Hello click safe");
    expect(out).not.toMatch(/script|alert|onclick|onmouseover|javascript|iframe|color:red|steal/);
    expect(out).toContain("https://example.org/a");
  });

  it("keeps right-to-left text as it is", () => {
    expect(canonicalText(docFromHtml('<p dir="rtl">שלום עולם</p><p>مرحبا</p>'))).toBe("שלום עולם\n\nمرحبا");
  });
});

describe("Markdown import", () => {
  it("reads headings, emphasis and lists; raw HTML in it is reduced too", () => {
    const doc = docFromMarkdown("# Head\n\nSome *text* here.\n\n- a\n- b\n\n<script>alert(1)</script>");
    expect(canonicalText(doc)).toBe("Head\n\nSome text here.\n\na\n\nb");
    expect(json(doc)).not.toContain("alert");
  });
});

describe("Tiptap JSON content", () => {
  it("accepts the editor's own documents", () => {
    const doc = docFromTiptapJson({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Hi" }] }],
    });
    expect(canonicalText(doc)).toBe("Hi");
  });

  it("refuses nodes the schema does not know, or that nest wrongly", () => {
    expect(() => docFromTiptapJson({ type: "doc", content: [{ type: "script", text: "x" }] })).toThrow(
      InvalidContentError,
    );
    expect(() => docFromTiptapJson({ type: "doc", content: [{ type: "text", text: "bare text in doc" }] })).toThrow(
      InvalidContentError,
    );
    expect(() => docFromTiptapJson({ type: "paragraph" })).toThrow(InvalidContentError);
  });

  it("removes javascript: links from submitted content", () => {
    const doc = docFromTiptapJson({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
        },
      ],
    });
    expect(json(doc)).not.toContain("javascript");
  });
});

describe("uploads", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("reads .txt, .md and .html by their extension", () => {
    expect(sourceFromUpload("a.txt", bytes("plain"))).toEqual({ text: "plain" });
    expect(sourceFromUpload("A.MD", bytes("# x"))).toEqual({ markdown: "# x" });
    expect(sourceFromUpload("page.html", bytes("<p>x</p>"))).toEqual({ html: "<p>x</p>" });
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(sourceFromUpload("bom.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("text")]))).toEqual({ text: "text" });
  });

  it("refuses other formats, non-UTF-8 bytes and files over 10 MiB with a clear reason", () => {
    expect(() => sourceFromUpload("a.pdf", bytes("%PDF"))).toThrow(/\.txt, \.md or \.html/);
    expect(() => sourceFromUpload("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toThrow(/UTF-8/);
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    expect(() => sourceFromUpload("big.txt", big)).toThrow(UploadError);
  });
});
