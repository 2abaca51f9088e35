import { getSchema, type Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import type { Schema } from "@tiptap/pm/model";

/**
 * The document schema, shared by the editor in the browser and the importers on the server so
 * that both agree on which nodes exist (and so on the canonical text). Links open in a new tab
 * and only with safe protocols.
 */
export function documentExtensions(): Extensions {
  return [
    StarterKit.configure({
      link: {
        openOnClick: false,
        autolink: false,
        protocols: ["http", "https", "mailto"],
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
      },
      undoRedo: false,
    }),
  ];
}

let schema: Schema | undefined;

export function documentSchema(): Schema {
  schema ??= getSchema(documentExtensions());
  return schema;
}
