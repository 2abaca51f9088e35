/** What a notice is about: a mention in a comment, a claim given to you, a resolution of a claim you rated, a reply to your comment. */
export type NotificationKind = "mention" | "assignment" | "resolution" | "reply";

/** One notice as its recipient reads it (`GET /api/v1/me/notifications`). */
export type NotificationView = {
  id: string;
  kind: NotificationKind;
  isRead: boolean;
  createdAt: string;
  /** Who caused it; null when that account is gone. */
  actor: { id: string; name: string } | null;
  project: { id: string; name: string };
  document: { id: string; title: string } | null;
  /** The claim, with the start of its quote; null when it was deleted since. */
  claim: { id: string; quote: string } | null;
  commentId: string | null;
  /** Where to open it: the claim in its document's page (or the document when the claim is gone). */
  href: string;
  /** The notice in words, as this reader may see it (blind review holds). */
  text: string;
};

/** A page of notices, newest first; `nextCursor` fetches the older ones (null: none left). */
export type NotificationList = {
  notifications: NotificationView[];
  unreadCount: number;
  nextCursor: string | null;
};
