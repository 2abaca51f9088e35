/**
 * Mentions in a comment's text. The composer inserts a mention as `@[Name](userId)`: the id
 * makes it unambiguous (two Adas, a name with spaces, a renamed member) and the name keeps the
 * text readable wherever the raw body shows (the API, exports). At save, only the ids of the
 * project's members are kept; anything else that looks like a mention is plain text.
 */
export type Mention = { name: string; userId: string };

/** Names may hold anything but brackets and line breaks; ids are our UUIDs (or similar tokens). */
const MENTION = /@\[([^\][\n\r]{1,100})\]\(([A-Za-z0-9_-]{1,64})\)/g;

/** The text a mention of `member` is written as (brackets in the name are dropped, to keep the syntax whole). */
export function formatMention(member: Mention): string {
  const name = member.name.replace(/[\][\n\r]/g, "").trim() || "member";
  return `@[${name}](${member.userId})`;
}

/** The distinct users a text mentions, in order of first mention. */
export function parseMentions(body: string): Mention[] {
  const seen = new Map<string, Mention>();
  for (const match of body.matchAll(MENTION)) {
    const [, name, userId] = match;
    if (name && userId && !seen.has(userId)) seen.set(userId, { name: name.trim(), userId });
  }
  return [...seen.values()];
}

export type BodySegment = { kind: "text"; text: string } | { kind: "mention"; name: string; userId: string };

/** A comment's text cut into plain runs and mentions, to render the mentions highlighted. */
export function splitMentions(body: string): BodySegment[] {
  const out: BodySegment[] = [];
  let at = 0;
  for (const match of body.matchAll(MENTION)) {
    const index = match.index;
    if (index > at) out.push({ kind: "text", text: body.slice(at, index) });
    out.push({ kind: "mention", name: match[1]!.trim(), userId: match[2]! });
    at = index + match[0].length;
  }
  if (at < body.length) out.push({ kind: "text", text: body.slice(at) });
  return out;
}

/**
 * The `@query` being typed just before `caret` (the text after `@` up to the caret, with no
 * line break and at most 40 characters), with where the `@` is; null when the caret is not in one.
 * An `@` counts only at the start or after a space or an opening bracket, so an email address
 * does not open the list.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n\r@[\]()]/.test(query) || /\s{2}/.test(query)) return null;
  const prev = at === 0 ? "" : before[at - 1]!;
  if (prev !== "" && !/[\s([{"'“‘]/.test(prev)) return null;
  return { start: at, query };
}
