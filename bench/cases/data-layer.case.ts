import { randomUUID } from "node:crypto";
import { test } from "vitest";
import { getDb, getHandle } from "@/db/client";
import { insertClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { claims, events } from "@/db/schema";
import { useTemporaryDatabase } from "@/db/test-database";
import { desk } from "@/services/testing/desk";
import { isQuick, median, record, round } from "../support/results";

// Creating a claim as the service does (the claim row and its audit event in one IMMEDIATE
// transaction) through db/queries, against the very same SQL (as Drizzle writes it) run through
// raw better-sqlite3 statements prepared once. What is left between the two is the query
// layer's own cost per call.
test("data layer: claim create through db/queries vs raw prepared statements", async () => {
  const close = useTemporaryDatabase();
  try {
    const d = await desk("The minister said the treaty was signed in 2025 and ratified a month later.");
    const { projectId, documentId } = d;
    const userId = d.editor.userId;
    const values = (id: string) => ({
      id,
      documentId,
      revision: 1,
      exact: "the treaty was signed",
      prefix: "The minister said ",
      suffix: " in 2025 and ratified",
      start: 18,
      end: 39,
      claimText: "the treaty was signed",
      claimant: null,
      createdBy: userId,
    });
    const event = (claim: { id: string }) => ({
      actorId: userId,
      projectId,
      documentId,
      claimId: claim.id,
      entityType: "claim",
      entityId: claim.id,
      action: "created",
      before: null,
      after: claim,
    });

    const viaQueries = () => {
      inTransaction((tx) => {
        const claim = insertClaim(tx, values(randomUUID()));
        insertEvent(tx, event(claim));
      });
    };

    // The raw side runs the SQL Drizzle writes for these two inserts, its parameters in
    // Drizzle's order: only the ids and the event's JSON change from one claim to the next.
    const db = getDb();
    const claimSql = db
      .insert(claims)
      .values({ anchorStatus: "exact", anchorScore: 1, ...values("@id") })
      .returning()
      .toSQL();
    const eventSql = db
      .insert(events)
      .values({ ...event({ id: "@claim" }), after: { at: "@after" } })
      .returning({ id: events.id })
      .toSQL();
    const claimIdAt = claimSql.params.indexOf("@id");
    const eventIdsAt = eventSql.params.flatMap((p, i) => (p === "@claim" ? [i] : []));
    const afterAt = eventSql.params.indexOf(JSON.stringify({ at: "@after" }));
    if (claimIdAt === -1 || eventIdsAt.length === 0 || afterAt === -1) throw new Error("unexpected SQL from Drizzle");
    const sqlite = getHandle().sqlite;
    const insertClaimRaw = sqlite.prepare(claimSql.sql);
    const insertEventRaw = sqlite.prepare(eventSql.sql);
    const rawTransaction = sqlite.transaction((id: string) => {
      const claimParams = [...claimSql.params];
      claimParams[claimIdAt] = id;
      const claim = insertClaimRaw.get(...claimParams) as { id: string };
      const eventParams = [...eventSql.params];
      for (const i of eventIdsAt) eventParams[i] = claim.id;
      eventParams[afterAt] = JSON.stringify(claim);
      insertEventRaw.get(...eventParams);
    });
    const viaRaw = () => rawTransaction.immediate(randomUUID());

    const batch = isQuick ? 1000 : 2000;
    const rounds = isQuick ? 3 : 7;
    const perSecond = (fn: () => void) => {
      const t = performance.now();
      for (let i = 0; i < batch; i++) fn();
      return (batch / (performance.now() - t)) * 1000;
    };
    perSecond(viaQueries);
    perSecond(viaRaw);
    const ours: number[] = [];
    const raw: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Alternating, so that neither side always meets the larger table.
      if (r % 2 === 0) {
        ours.push(perSecond(viaQueries));
        raw.push(perSecond(viaRaw));
      } else {
        raw.push(perSecond(viaRaw));
        ours.push(perSecond(viaQueries));
      }
    }
    const figure = median(ours);
    const baseline = median(raw);
    const ratio = figure / baseline;
    record({
      case: "data layer",
      figure: Math.round(figure),
      unit: "claims/s",
      baseline: Math.round(baseline),
      ratio: round(ratio, 2),
      goal: "≥ 0.8 of raw",
      met: ratio >= 0.8,
      details: { rounds, perRound: batch },
    });
  } finally {
    close();
  }
});
