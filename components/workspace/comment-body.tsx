import { splitMentions } from "@/lib/notifications/mentions";

/** A comment's text, its mentions (`@[Name](userId)`) shown as highlighted names. */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="whitespace-pre-wrap">
      {splitMentions(body).map((part, i) =>
        part.kind === "text" ? (
          part.text
        ) : (
          <span key={i} className="rounded bg-sky-100 px-0.5 font-medium text-sky-900" data-mention={part.userId}>
            @{part.name}
          </span>
        ),
      )}
    </p>
  );
}
