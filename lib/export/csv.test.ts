import { describe, expect, it } from "vitest";
import { buildCsv, CSV_COLUMNS, csvCell, csvHeader, csvLines, csvRow } from "./csv";
import { ARTICLE_TEXT, claimOn, makeExportDocument, resolution, source } from "./testing/make-export-document";

/** A strict RFC 4180 reader: records end in CRLF; quoted fields may hold `""`, commas and breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) throw new Error(`expected a separator at ${i}`);
  }
  if (record.length > 0) throw new Error("last record not ended by CRLF");
  return records;
}

const DEMO_QUOTE = "There’s as yet no definitive evidence that Iran has transferred ballistic missiles to Russia";

function demoDocument() {
  const claim = claimOn(ARTICLE_TEXT, DEMO_QUOTE, {
    claimText: 'Iran "has not" transferred missiles, yet',
    claimant: "U.S. officials, unnamed",
    status: "resolved",
    resolution: resolution("unproven", '=HYPERLINK("http://evil.example","click"),\nsecond line'),
    verdicts: [
      {
        userId: "u1",
        userName: "Rita Reviewer",
        rating: "unproven",
        confidence: "high",
        rationale: "Hedged:\n“no definitive evidence”",
        updatedAt: "2025-01-21T10:00:00Z",
      },
      {
        userId: "u2",
        userName: "Sam",
        rating: "mostly-false",
        confidence: null,
        rationale: null,
        updatedAt: "2025-01-21T11:00:00Z",
      },
    ],
    sources: [source("https://www.state.gov/briefing"), source("https://news.example.org/a,b")],
  });
  const earlier = claimOn(ARTICLE_TEXT, "signed a comprehensive strategic partnership treaty", {
    claimText: "-5 treaties",
  });
  return makeExportDocument({ claims: [claim, earlier] });
}

describe("CSV export", () => {
  it("starts with a UTF-8 byte order mark and the header, and ends every record with CRLF", () => {
    const csv = buildCsv(demoDocument());
    expect(
      csv.startsWith(
        "\uFEFFdocument,quote,wording,claimant,status,resolution_rating,resolution_rationale,verdicts,source_urls\r\n",
      ),
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("has one record per claim, in text order, that reads back to the claim's values", () => {
    const doc = demoDocument();
    const [header, first, second, ...rest] = parseCsv(buildCsv(doc).slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rest).toEqual([]);
    expect(first).toEqual([
      "Russia and Iran sign a treaty",
      "signed a comprehensive strategic partnership treaty",
      "'-5 treaties",
      "",
      "open",
      "",
      "",
      "",
      "",
    ]);
    expect(second).toEqual([
      "Russia and Iran sign a treaty",
      DEMO_QUOTE,
      'Iran "has not" transferred missiles, yet',
      "U.S. officials, unnamed",
      "resolved",
      "Unproven",
      `'=HYPERLINK("http://evil.example","click"),\nsecond line`,
      "Rita Reviewer: Unproven — Hedged: “no definitive evidence”\nSam: Mostly false",
      "https://www.state.gov/briefing\nhttps://news.example.org/a,b",
    ]);
  });

  it("defuses a rationale beginning with =HYPERLINK( so a spreadsheet shows it as text", () => {
    const csv = buildCsv(demoDocument());
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click""),\nsecond line"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("prefixes a cell beginning %j with a quote mark", (value) => {
    const cell = csvCell(value);
    expect(parseCsv(`${cell}\r\n`)).toEqual([[`'${value}`]]);
  });

  it("quotes only cells that need it, doubling their quotes", () => {
    expect(csvCell("plain text")).toBe("plain text");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("carriage\rreturn")).toBe('"carriage\rreturn"');
    expect(csvCell("")).toBe("");
  });

  it("streams: the header and then one line per claim, the same bytes as the whole file", () => {
    const doc = demoDocument();
    const other = makeExportDocument({
      id: "doc-2",
      title: "Second",
      claims: [claimOn(ARTICLE_TEXT, "Foreign Minister")],
    });
    const lines = [...csvLines([doc, other])];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(csvHeader());
    expect(lines[3]).toBe(csvRow(other, other.claims[0]!));
    expect(lines.join("")).toBe(buildCsv([doc, other]));
    expect(parseCsv(lines.join("").slice(1)).map((r) => r[0])).toEqual(["document", doc.title, doc.title, "Second"]);
  });

  it("can leave out the byte order mark for a caller that appends to a file", () => {
    expect(csvHeader({ bom: false }).startsWith("document,")).toBe(true);
    expect(buildCsv(makeExportDocument(), { bom: false })).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});
