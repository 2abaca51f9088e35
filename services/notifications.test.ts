import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { formatMention } from "@/lib/notifications/mentions";
import { commentSchema } from "@/lib/validation/claims";
import { markNotificationsReadSchema, notificationListSchema } from "@/lib/validation/notifications";
import { addComment } from "./add-comment";
import { adoptVerdict } from "./adopt-verdict";
import { assignClaims } from "./assign-claims";
import { editClaim } from "./edit-claim";
import { editComment } from "./edit-comment";
import { listMyNotifications } from "./list-my-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import type { SessionActor } from "./support/actor";
import { subscribeToUser } from "./support/live-events";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT = "The minister said the treaty binds neither side to defend the other. Officials added more.";
const QUOTE = "binds neither side to defend the other";

function inbox(actor: SessionActor, query: Record<string, string> = {}) {
  return listMyNotifications(actor, notificationListSchema.parse(query));
}

function comment(actor: SessionActor, claimId: string, body: string, parentId: string | null = null) {
  return addComment(actor, claimId, commentSchema.parse({ body, parentId }));
}

async function claimOnDesk(options: { blindReview?: boolean } = {}) {
  const d = await desk(TEXT, options);
  const claim = mark(d.alice, d.documentId, quote(QUOTE));
  return { d, claim };
}

describe("notifications", () => {
  it("a mention notifies the member mentioned, not a non-member, not the author; and is live", async () => {
    const { d, claim } = await claimOnDesk();
    const woken: string[] = [];
    const stop = subscribeToUser(d.bob.userId, (change) => woken.push(change.type));
    const body = `Look, ${formatMention(d.bob)} and ${formatMention(d.outsider)}, says ${formatMention(d.alice)}`;
    comment(d.alice, claim.id, body);
    stop();
    const bob = inbox(d.bob);
    expect(bob.unreadCount).toBe(1);
    expect(bob.notifications).toEqual([
      expect.objectContaining({
        kind: "mention",
        isRead: false,
        actor: { id: d.alice.userId, name: "Alice" },
        project: { id: d.projectId, name: "Desk" },
        document: { id: d.documentId, title: "Article" },
        claim: { id: claim.id, quote: QUOTE },
        href: `/documents/${d.documentId}#claim-${claim.id}`,
        text: `Alice mentioned you in a comment on the claim “${QUOTE}”`,
      }),
    ]);
    expect(woken).toEqual(["notification"]);
    expect(inbox(d.outsider).notifications).toEqual([]);
    expect(inbox(d.alice).notifications).toEqual([]);
  });

  it("an edit notifies only the members it newly mentions", async () => {
    const { d, claim } = await claimOnDesk();
    const first = comment(d.alice, claim.id, `Hi ${formatMention(d.bob)}`);
    editComment(d.alice, first.id, `Hi ${formatMention(d.bob)} and ${formatMention(d.editor)}`, first.version);
    expect(inbox(d.bob).notifications).toHaveLength(1);
    expect(inbox(d.editor).notifications.map((n) => n.kind)).toEqual(["mention"]);
  });

  it("a reply notifies the author of the comment replied to, once, and not someone replying to themself", async () => {
    const { d, claim } = await claimOnDesk();
    const root = comment(d.alice, claim.id, "What is the source?");
    comment(d.alice, claim.id, "Following up myself.", root.id);
    expect(inbox(d.alice).notifications).toEqual([]);
    comment(d.bob, claim.id, "The treaty text.", root.id);
    comment(d.bob, claim.id, `${formatMention(d.alice)} see above`, root.id);
    const alice = inbox(d.alice).notifications;
    expect(alice.map((n) => n.kind)).toEqual(["mention", "reply"]);
    expect(alice[1]!.text).toBe(`Bob replied to your comment on the claim “${QUOTE}”`);
  });

  it("an assignment notifies the assignee, from the panel and in bulk, but not an editor assigning themself", async () => {
    const { d, claim } = await claimOnDesk();
    editClaim(d.editor, claim.id, { assigneeId: d.bob.userId }, claim.version);
    expect(inbox(d.bob).notifications.map((n) => n.text)).toEqual([`Edith assigned you the claim “${QUOTE}”`]);
    assignClaims(d.editor, d.projectId, { claimIds: [claim.id], assigneeId: d.alice.userId });
    expect(inbox(d.alice).notifications.map((n) => n.kind)).toEqual(["assignment"]);
    assignClaims(d.editor, d.projectId, { claimIds: [claim.id], assigneeId: d.editor.userId });
    expect(inbox(d.editor).notifications).toEqual([]);
  });

  it("a resolution notifies everyone who rated the claim, naming the rating only to those allowed to see it", async () => {
    const { d, claim } = await claimOnDesk({ blindReview: true });
    rate(d.alice, claim.id, "false");
    resolve(d.editor, claim.id, "mostly-false");
    const alice = inbox(d.alice).notifications;
    expect(alice.map((n) => n.text)).toEqual([`Edith resolved the claim “${QUOTE}” as Mostly false`]);
    expect(inbox(d.bob).notifications).toEqual([]); // Bob did not rate it.
    expect(inbox(d.viewer).notifications).toEqual([]);

    // Resolving again, and adopting a verdict, tell the raters again.
    rate(d.bob, claim.id, "true");
    const resolution = resolve(d.editor, claim.id, "false").resolution!;
    adoptVerdict(d.editor, claim.id, { userId: d.bob.userId }, resolution.version);
    expect(inbox(d.bob).notifications[0]!.text).toBe(`Edith resolved the claim “${QUOTE}” as True`);
  });

  it("a resolution notice to a blind reviewer who has no verdict on the claim (now) says only that it was resolved", async () => {
    const { d, claim } = await claimOnDesk({ blindReview: true });
    rate(d.alice, claim.id, "false");
    resolve(d.editor, claim.id, "mostly-false");
    // Alice's verdict is gone from the claim's raters (deleted with her verdict row): blind again.
    const { getHandle } = await import("@/db/client");
    getHandle().sqlite.prepare("delete from verdicts where claim_id = ? and user_id = ?").run(claim.id, d.alice.userId);
    expect(inbox(d.alice).notifications.map((n) => n.text)).toEqual([`Edith resolved the claim “${QUOTE}”`]);
  });

  it("marks notices read by ids (only the reader's own) and all at once; another user's are not readable", async () => {
    const { d, claim } = await claimOnDesk();
    for (const body of ["one", "two", "three"]) comment(d.alice, claim.id, `${body} ${formatMention(d.bob)}`);
    comment(d.bob, claim.id, `for ${formatMention(d.alice)}`);
    const bobs = inbox(d.bob).notifications;
    const alices = inbox(d.alice).notifications;
    expect(bobs).toHaveLength(3);

    const input = markNotificationsReadSchema.parse({ ids: [bobs[0]!.id, alices[0]!.id, "no-such-id"] });
    expect(markNotificationsRead(d.bob, input)).toEqual({ marked: 1, unreadCount: 2 });
    expect(inbox(d.alice).unreadCount).toBe(1); // Bob cannot mark Alice's notice.
    expect(inbox(d.bob).notifications.map((n) => n.isRead)).toEqual([false, false, true]); // Unread first.
    expect(inbox(d.bob, { unreadOnly: "true" }).notifications).toHaveLength(2);
    expect(inbox(d.bob).notifications.some((n) => n.id === alices[0]!.id)).toBe(false);

    expect(markNotificationsRead(d.bob, markNotificationsReadSchema.parse({ all: true }))).toEqual({
      marked: 2,
      unreadCount: 0,
    });
    expect(inbox(d.alice).unreadCount).toBe(1);
  });

  it("pages newest first with a cursor, and refuses a cursor it did not give", async () => {
    const { d, claim } = await claimOnDesk();
    for (const n of [1, 2, 3, 4, 5]) comment(d.alice, claim.id, `note ${n} ${formatMention(d.bob)}`);
    const first = inbox(d.bob, { limit: "2" });
    expect(first.notifications).toHaveLength(2);
    const second = inbox(d.bob, { limit: "2", cursor: first.nextCursor! });
    const third = inbox(d.bob, { limit: "2", cursor: second.nextCursor! });
    expect(third.nextCursor).toBeNull();
    const ids = [...first.notifications, ...second.notifications, ...third.notifications].map((n) => n.id);
    expect(new Set(ids).size).toBe(5);
    const times = [...first.notifications, ...second.notifications, ...third.notifications].map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await rejection(() => inbox(d.bob, { cursor: "garbage" }))).code).toBe("invalid");
  });

  it("lists unread notices first, newest first within each, across pages", async () => {
    const { d, claim } = await claimOnDesk();
    for (const n of [1, 2, 3, 4]) comment(d.alice, claim.id, `note ${n} ${formatMention(d.bob)}`);
    const all = inbox(d.bob, {}).notifications;
    // The two newest read, the two oldest not: these come first.
    markNotificationsRead(d.bob, markNotificationsReadSchema.parse({ ids: [all[0]!.id, all[1]!.id] }));
    const first = inbox(d.bob, { limit: "3" });
    const second = inbox(d.bob, { limit: "3", cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    const listed = [...first.notifications, ...second.notifications];
    expect(listed.map((n) => n.id)).toEqual([all[2]!.id, all[3]!.id, all[0]!.id, all[1]!.id]);
    expect(listed.map((n) => n.isRead)).toEqual([false, false, true, true]);
  });

  it("bad input to mark read is refused by its schema", () => {
    for (const bad of [{}, { ids: [] }, { all: false }, { ids: ["a"], all: true }, { ids: "a" }]) {
      expect(markNotificationsReadSchema.safeParse(bad).success).toBe(false);
    }
  });
});
