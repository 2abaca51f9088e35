/**
 * Reads a labelled set of sentences for the check-worthiness benchmark, in the layout of the
 * ClaimBuster data set (Arslan, Hassan, Li & Tremayne, "A Benchmark Dataset of Check-worthy
 * Factual Claims", ICWSM 2020, https://doi.org/10.5281/zenodo.3609356): `groundtruth.csv` and
 * `crowdsourced.csv` have a header row with, among others, `Sentence_id`, `Text`, `File_id`
 * (the debate) and `Verdict` (1 a check-worthy factual sentence, 0 an unimportant factual one,
 * -1 a non-factual one). Only `Text` and `Verdict` are required; `File_id`, when present,
 * groups the sentences into one ranking per debate. A `label` column (1 or 0, as in its
 * `2xNCS.json` files) may stand for `Verdict`.
 *
 * Comma-separated with RFC 4180 quoting, or tab-separated when the header has a tab. Lines
 * starting with `#` are comments.
 */

export type LabelledSentence = {
  text: string;
  isCheckWorthy: boolean;
  /** The ranking the sentence belongs to (File_id); "" when the file has no such column. */
  group: string;
};

/** Rows of a delimited file, quotes honoured: `""` inside quotes is one `"`; newlines may be quoted. */
export function parseDelimited(content: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atRowStart = true;
  const text = content.replace(/^\uFEFF/, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (atRowStart && c === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
      continue;
    }
    atRowStart = false;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
      atRowStart = true;
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class LabelledSetError extends Error {
  override name = "LabelledSetError";
}

export function parseLabelledSentences(content: string): LabelledSentence[] {
  const firstLine = content.split(/\r?\n/).find((line) => line.trim() !== "" && !line.startsWith("#")) ?? "";
  const rows = parseDelimited(content, firstLine.includes("\t") ? "\t" : ",");
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const textAt = header.indexOf("text");
  const verdictAt = header.includes("verdict") ? header.indexOf("verdict") : header.indexOf("label");
  const groupAt = header.indexOf("file_id");
  if (textAt < 0 || verdictAt < 0) {
    throw new LabelledSetError(
      `the header must name a Text and a Verdict (or label) column; it has: ${header.join(", ")}`,
    );
  }
  return rows.map((row, i) => {
    const verdict = (row[verdictAt] ?? "").trim();
    if (!/^-?\d+$/.test(verdict)) throw new LabelledSetError(`row ${i + 2}: Verdict “${verdict}” is not -1, 0 or 1`);
    return {
      text: (row[textAt] ?? "").trim(),
      isCheckWorthy: Number(verdict) === 1,
      group: groupAt < 0 ? "" : (row[groupAt] ?? ""),
    };
  });
}
