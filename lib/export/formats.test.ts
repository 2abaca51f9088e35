import { describe, expect, it } from "vitest";
import { asciiSlug, attachmentDisposition, exportFilename, isExportFormat } from "./formats";

describe("export file names", () => {
  it("are a safe slug of the title with the format's extension", () => {
    const title = "Russia and Iran to sign “comprehensive strategic partnership” treaty";
    expect(exportFilename(title, "csv")).toBe("russia-and-iran-to-sign-comprehensive-strategic-partnership-treaty.csv");
    expect(exportFilename(title, "claimreview")).toBe(
      "russia-and-iran-to-sign-comprehensive-strategic-partnership-treaty.claimreview.jsonld",
    );
    expect(exportFilename(title, "webannotation")).toMatch(/\.annotations\.jsonld$/);
    expect(exportFilename(title, "markdown")).toMatch(/\.md$/);
  });

  it("drop accents, path characters, quotes and control characters", () => {
    expect(asciiSlug('Ça "marche" ../../etc/passwd\r\nX', "doc")).toBe("ca-marche-etc-passwd-x");
    expect(asciiSlug("", "doc")).toBe("doc");
    expect(asciiSlug("Переговоры в Москве", "document")).toBe("document");
  });

  it("are at most 80 characters before the extension, cut at a hyphen", () => {
    const slug = asciiSlug("word ".repeat(40), "doc");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toMatch(/^word(-word)*$/);
  });

  it("give the title in its own script as filename* when the ASCII name loses it", () => {
    expect(attachmentDisposition("Treaty coverage", "pdf")).toBe('attachment; filename="treaty-coverage.pdf"');
    expect(attachmentDisposition("Переговоры в Москве", "pdf", "document")).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent("переговоры-в-москве.pdf")}`,
    );
  });

  it("know their formats", () => {
    expect(isExportFormat("claimreview")).toBe(true);
    expect(isExportFormat("xml")).toBe(false);
    expect(isExportFormat(null)).toBe(false);
  });
});
