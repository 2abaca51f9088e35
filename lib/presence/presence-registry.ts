/**
 * Who has a document open right now, and which claim each has open: one entry per open live
 * stream, so a person with two tabs has two, and an entry goes when its stream closes. Kept in
 * memory by the server process that holds the streams (a second process would keep its own;
 * presence is a courtesy, not a record, so nothing is written to the database).
 *
 * A stream's entry is addressed two ways: by the stream (`streamId`, which only the server
 * knows) to join and leave, and by the person's tab (`userId` with the `tab` id their page
 * chose) to report the open claim, so one person can never move another's marker.
 *
 * A closed stream is noticed at once, but a connection that drops without closing (a laptop
 * lid, a lost network) keeps its stream open on the server until TCP gives up, minutes later.
 * So a page also reports in every few seconds (its heartbeat), and an entry not heard from for
 * `ttlMs` is hidden until it reports again (its stream may still be alive).
 */
/** How often a page reports in, and how long the registry waits on a silent one before hiding it. */
export const PRESENCE_HEARTBEAT_MS = 4_000;
export const PRESENCE_TTL_MS = 10_000;

export type PresenceEntry = {
  streamId: string;
  userId: string;
  name: string;
  tab: string;
  claimId: string | null;
  /** The start of that claim's quote, to name it in the tooltip. */
  quote: string | null;
  /** Order of the last change, to show a person's most recent tab when they have several. */
  touched: number;
  /** When its page last reported in (ms). */
  seenAt: number;
  /** Not heard from for longer than the registry's time to live. */
  isSilent: boolean;
};

/** Another person on the page, as a reader sees them. */
export type PresencePerson = {
  userId: string;
  name: string;
  initials: string;
  claimId: string | null;
  quote: string | null;
};

/** What one stream is told: the others on the page (not its own person), and what the server holds for it. */
export type PresenceSnapshot = { you: { claimId: string | null }; others: PresencePerson[] };

/** Up to two letters: the first of the first and of the last word of a name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = [...words[0]!][0] ?? "";
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? "") : "";
  return (first + last).toUpperCase();
}

export class PresenceRegistry {
  private readonly documents = new Map<string, Map<string, PresenceEntry>>();
  private clock = 0;

  constructor(private readonly ttlMs = PRESENCE_TTL_MS) {}

  join(
    documentId: string,
    entry: Omit<PresenceEntry, "claimId" | "quote" | "touched" | "seenAt" | "isSilent">,
    now: number,
  ): void {
    let streams = this.documents.get(documentId);
    if (!streams) this.documents.set(documentId, (streams = new Map()));
    streams.set(entry.streamId, {
      ...entry,
      claimId: null,
      quote: null,
      touched: ++this.clock,
      seenAt: now,
      isSilent: false,
    });
  }

  /** Removes a stream's entry; true when there was one. */
  leave(documentId: string, streamId: string): boolean {
    const streams = this.documents.get(documentId);
    if (!streams?.delete(streamId)) return false;
    if (streams.size === 0) this.documents.delete(documentId);
    return true;
  }

  /**
   * `userId`'s tab `tab` reports in, with the claim it has open (null: none); true when what
   * others see changed (the claim, or the tab heard from again after a silence).
   */
  setOpenClaim(
    documentId: string,
    who: { userId: string; tab: string },
    claim: { claimId: string; quote: string } | null,
    now: number,
  ): boolean {
    let isChanged = false;
    for (const entry of this.documents.get(documentId)?.values() ?? []) {
      if (entry.userId !== who.userId || entry.tab !== who.tab) continue;
      entry.seenAt = now;
      if (entry.isSilent) {
        entry.isSilent = false;
        isChanged = true;
      }
      if (entry.claimId === (claim?.claimId ?? null)) continue;
      entry.claimId = claim?.claimId ?? null;
      entry.quote = claim?.quote ?? null;
      entry.touched = ++this.clock;
      isChanged = true;
    }
    return isChanged;
  }

  /** Hides the entries of the document not heard from for the time to live; true when any went silent now. */
  sweep(documentId: string, now: number): boolean {
    let isChanged = false;
    for (const entry of this.documents.get(documentId)?.values() ?? []) {
      if (entry.isSilent || now - entry.seenAt <= this.ttlMs) continue;
      entry.isSilent = true;
      isChanged = true;
    }
    return isChanged;
  }

  /** What the stream `streamId` (of `userId`) is told: everyone else heard from lately, once each (their latest tab), by name. */
  snapshotFor(documentId: string, streamId: string, userId: string): PresenceSnapshot {
    const streams = this.documents.get(documentId);
    const latest = new Map<string, PresenceEntry>();
    for (const entry of streams?.values() ?? []) {
      if (entry.userId === userId || entry.isSilent) continue;
      const seen = latest.get(entry.userId);
      if (!seen || entry.touched > seen.touched) latest.set(entry.userId, entry);
    }
    const others = [...latest.values()]
      .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
      .map((e) => ({
        userId: e.userId,
        name: e.name,
        initials: initialsOf(e.name),
        claimId: e.claimId,
        quote: e.quote,
      }));
    return { you: { claimId: streams?.get(streamId)?.claimId ?? null }, others };
  }

  /** How many streams hold the document open (for tests and diagnostics). */
  size(documentId: string): number {
    return this.documents.get(documentId)?.size ?? 0;
  }
}
