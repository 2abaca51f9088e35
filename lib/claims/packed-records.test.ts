import { describe, expect, it } from "vitest";
import { packRecords, unpackRecords } from "./packed-records";

type Row = {
  id: string;
  documentId: string;
  selector: { exact: string; start: number | null; end: number | null };
  status: "open" | "resolved";
  resolution: { rating: string } | null;
  gaps: { kind: string }[];
  permissions: { edit: boolean; rate: boolean };
  commentCount: number;
};

function rows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `claim-${i}`,
    documentId: "doc-1",
    selector: { exact: `words ${i}`, start: i % 7 === 0 ? null : i * 10, end: i % 7 === 0 ? null : i * 10 + 5 },
    status: i % 3 === 0 ? "resolved" : "open",
    resolution: i % 3 === 0 ? { rating: i % 2 ? "false" : "true" } : null,
    gaps: i % 2 ? [{ kind: "no-source" }] : [],
    permissions: { edit: i % 5 === 0, rate: true },
    commentCount: i % 4,
  }));
}

describe("packed records", () => {
  it("come back as they were, through JSON, in their order", () => {
    const original = rows(200);
    const packed = JSON.parse(JSON.stringify(packRecords(original))) as ReturnType<typeof packRecords<Row>>;
    expect(unpackRecords(packed)).toEqual(original);
  });

  it("write a repeated value once and keep unique ones as they are", () => {
    const packed = packRecords(rows(200));
    const column = (field: keyof Row) => packed.columns[packed.fields.indexOf(field)];
    expect(column("documentId")).toEqual({ dictionary: ["doc-1"], indexes: Array(200).fill(0) });
    expect(column("permissions")).toMatchObject({ dictionary: expect.any(Array) });
    expect(column("id")).toEqual({ values: rows(200).map((r) => r.id) });
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(rows(200)).length * 0.6);
  });

  it("pack no record, and records of one, and keep a field some records lack out of those", () => {
    expect(unpackRecords(packRecords([]))).toEqual([]);
    expect(unpackRecords(packRecords([{ a: 1 }]))).toEqual([{ a: 1 }]);
    const ragged = [{ a: 1, b: "x" }, { a: 2 }] as { a: number; b?: string }[];
    expect(unpackRecords(packRecords(ragged))).toEqual(ragged);
  });
});
