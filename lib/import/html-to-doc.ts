import { DOMParser as PMDOMParser } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { documentSchema } from "../editor/extensions";
import type { DocNode } from "../text/doc-node";
import { flattenDeepElements } from "./nesting";

const SAFE_LINK = /^(https?:|mailto:)/i;
/** Elements removed with everything in them: executable or invisible content. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "head",
  "title",
  "meta",
  "link",
]);

/**
 * Reduces HTML to the editor's schema. Only what the schema knows survives the parse, so
 * scripts, styles, event handlers and unknown elements are dropped; links keep only http(s)
 * and mailto targets. Elements nested past MAX_NESTING are unwrapped (lib/import/nesting.ts).
 */
export function docFromHtml(html: string): DocNode {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    const container = window.document.createElement("div");
    // Remove executable and invisible content before parsing, so their text never becomes
    // document text.
    const template = window.document.createElement("template");
    template.innerHTML = html;
    // First made shallow (happy-dom's selectors recurse too), dropping those past the limit.
    flattenDeepElements(template.content as unknown as Parameters<typeof flattenDeepElements>[0], {
      drop: (node) => DROPPED.has(String((node as unknown as Element).tagName).toLowerCase()),
    });
    for (const el of Array.from(template.content.querySelectorAll([...DROPPED].join(", ")))) {
      el.remove();
    }
    container.appendChild(template.content);
    const parsed = PMDOMParser.fromSchema(documentSchema()).parse(container as unknown as Node, {
      preserveWhitespace: false,
    });
    return sanitizeLinks(parsed.toJSON() as DocNode);
  } finally {
    void window.happyDOM.close();
  }
}

export function sanitizeLinks(node: DocNode): DocNode {
  const marks = node.marks?.filter((m) => m.type !== "link" || SAFE_LINK.test(String(m.attrs?.href ?? "")));
  return {
    ...node,
    ...(node.marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map(sanitizeLinks) } : {}),
  };
}
