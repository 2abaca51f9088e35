/**
 * Records packed by column, for a page that hands thousands of them to the browser at once
 * (the document page's claims). A list of objects repeats every key in every object, and claim
 * objects repeat many values too: the document's id, the reader's permissions, the same gaps,
 * empty lists, the same few statuses. Packed, each key is written once, and a column with few
 * distinct values is written as a dictionary of them and an index per record: the page's
 * payload shrinks to about a third, and with it the server's serialising, the transfer and the
 * browser's parsing (docs/PERFORMANCE.md). Any record type packs; no field list is kept here.
 *
 * Values read from a dictionary are shared by every record that has them (one permissions
 * object for a thousand claims): records unpacked here are to be treated as immutable, as React
 * state is.
 */

type Column = { values: unknown[] } | { dictionary: unknown[]; indexes: number[] };

export interface PackedRecords<T> {
  count: number;
  fields: (keyof T & string)[];
  columns: Column[];
}

/** A column is a dictionary when it has at most this share of distinct values. */
const DICTIONARY_SHARE = 0.25;

function packColumn(values: unknown[]): Column {
  // Equal values share an index: a primitive by itself, an object or array by its JSON.
  const primitives = new Map<unknown, number>();
  const objects = new Map<string, number>();
  const dictionary: unknown[] = [];
  const indexes: number[] = [];
  const limit = Math.max(1, Math.floor(values.length * DICTIONARY_SHARE));
  for (const value of values) {
    const isObject = value !== null && typeof value === "object";
    const json = isObject ? JSON.stringify(value) : "";
    let index = isObject ? objects.get(json) : primitives.get(value);
    if (index === undefined) {
      if (dictionary.length >= limit) return { values };
      index = dictionary.length;
      if (isObject) objects.set(json, index);
      else primitives.set(value, index);
      dictionary.push(value);
    }
    indexes.push(index);
  }
  return { dictionary, indexes };
}

/**
 * Packs `records` column by column. Every record is expected to have the same fields (a field
 * missing from one is packed as `undefined`, which a JSON transport drops).
 */
export function packRecords<T extends object>(records: readonly T[]): PackedRecords<T> {
  const fields = new Set<keyof T & string>();
  for (const record of records) for (const field of Object.keys(record)) fields.add(field as keyof T & string);
  const list = [...fields];
  return {
    count: records.length,
    fields: list,
    columns: list.map((field) => packColumn(records.map((record) => record[field]))),
  };
}

/** The records `packRecords` packed, in their order. */
export function unpackRecords<T extends object>(packed: PackedRecords<T>): T[] {
  const records: Record<string, unknown>[] = Array.from({ length: packed.count }, () => ({}));
  packed.fields.forEach((field, f) => {
    const column = packed.columns[f] as Column;
    if ("values" in column) {
      column.values.forEach((value, i) => {
        if (value !== undefined) (records[i] as Record<string, unknown>)[field] = value;
      });
    } else {
      column.indexes.forEach((index, i) => {
        const value = column.dictionary[index];
        if (value !== undefined) (records[i] as Record<string, unknown>)[field] = value;
      });
    }
  });
  return records as T[];
}
