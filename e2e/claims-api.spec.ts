import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { admin, adminApi, api, apiToken, createUser } from "./support/accounts";

type Selector = { exact: string; prefix: string; suffix: string; start: number | null; end: number | null };
type Claim = {
  id: string;
  documentId: string;
  selector: Selector;
  claimText: string;
  status: string;
  anchorStatus: string;
  verdicts: { userId: string; rating: string; rationale: string | null }[];
  resolution: { rating: string; rationale: string } | null;
  sources: { id: string; url: string }[];
  commentCount: number;
  version: number;
};

const PARAGRAPHS = [
  "Moscow 😀 and Tehran 🇮🇷 have unveiled plans to sign a “comprehensive strategic partnership” treaty.",
  "The minister said the treaty binds neither side to defend the other in case of an attack.",
  "Officials added that there’s as yet no definitive evidence of missile transfers.",
];
const TEXT = PARAGRAPHS.join("\n\n");
const QUOTE = "the treaty binds neither side to defend the other";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectError(res: APIResponse, status: number, code: string) {
  expect(res.status(), await res.text()).toBe(status);
  const body = (await res.json()) as { error: { code: string; fields?: Record<string, string[]> } };
  expect(body.error.code).toBe(code);
  return body.error;
}

/** A project with a non-admin editor and a reviewer, and one document with TEXT. */
async function desk(request: APIRequestContext, name: string) {
  const a = await adminApi(request);
  const editor = await createUser(request, "Edna Editor");
  const reviewer = await createUser(request, "Reza Reviewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  const editorToken = await apiToken(request, editor.email, editor.password);
  const reviewerToken = await apiToken(request, reviewer.email, reviewer.password);
  const e = api(request, editorToken);
  const { id: documentId } = await e.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: name,
    text: TEXT,
  });
  return {
    projectId,
    documentId,
    editor: { ...editor, token: editorToken },
    reviewer: { ...reviewer, token: reviewerToken },
  };
}

async function markClaim(
  request: APIRequestContext,
  token: string,
  documentId: string,
  selector: unknown,
): Promise<Claim> {
  return api(request, token).post<Claim>(`/api/v1/documents/${documentId}/claims`, { selector });
}

test("claims are marked by quote, by position in code points, or by both, and agree", async ({ request }) => {
  const { documentId, reviewer } = await desk(request, "Selectors desk");
  const doc = await api(request, reviewer.token).get<{ text: string }>(`/api/v1/documents/${documentId}`);
  expect(doc.text).toBe(TEXT);
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(QUOTE))).length;
  const end = start + Array.from(QUOTE).length;
  // Three astral characters (an emoji and a two-letter flag) come before the quote.
  expect(TEXT.indexOf(QUOTE) - start).toBe(3);

  const url = `/api/v1/documents/${documentId}/claims`;
  const byQuote = await request.post(url, {
    headers: bearer(reviewer.token),
    data: { selector: { type: "TextQuoteSelector", exact: QUOTE } },
  });
  const byPosition = await request.post(url, {
    headers: bearer(reviewer.token),
    data: { selector: { type: "TextPositionSelector", start, end } },
  });
  const byBoth = await request.post(url, {
    headers: bearer(reviewer.token),
    data: {
      selector: [
        { type: "TextQuoteSelector", exact: QUOTE, prefix: "The minister said " },
        { type: "TextPositionSelector", start, end },
      ],
    },
  });
  const claims: Claim[] = [];
  for (const res of [byQuote, byPosition, byBoth]) {
    expect(res.status(), await res.text()).toBe(201);
    const claim = (await res.json()) as Claim;
    expect(res.headers()["location"]).toBe(`/api/v1/claims/${claim.id}`);
    expect(res.headers()["etag"]).toBe(`"${claim.id}.${claim.version}"`);
    expect(claim).toMatchObject({ documentId, status: "open", anchorStatus: "exact", claimText: QUOTE });
    expect(claim.selector).toMatchObject({ start, end, exact: QUOTE });
    expect(claim.selector.prefix.endsWith("The minister said ")).toBe(true);
    claims.push(claim);
  }
  expect(new Set(claims.map((c) => c.id)).size).toBe(3);
  expect(claims[1]?.selector).toEqual(claims[0]?.selector);
  expect(claims[2]?.selector).toEqual(claims[0]?.selector);

  const missing = await request.post(url, {
    headers: bearer(reviewer.token),
    data: { selector: { type: "TextQuoteSelector", exact: "the treaty includes a mutual defence clause" } },
  });
  const error = await expectError(missing, 422, "invalid");
  expect(error.fields?.selector).toBeDefined();
  expect(await api(request, reviewer.token).get<Claim[]>(url)).toHaveLength(3);
});

test("a claim reads the same alone as in its document's list", async ({ request }) => {
  const { documentId, reviewer } = await desk(request, "Claim object desk");
  const created = await markClaim(request, reviewer.token, documentId, {
    type: "TextQuoteSelector",
    exact: "there's as yet no definitive evidence",
  });
  expect(created.selector.exact).toBe("there’s as yet no definitive evidence");

  const res = await request.get(`/api/v1/claims/${created.id}`, { headers: bearer(reviewer.token) });
  expect(res.status()).toBe(200);
  expect(res.headers()["etag"]).toBe(`"${created.id}.1"`);
  const one = (await res.json()) as Claim;
  const list = await api(request, reviewer.token).get<Claim[]>(`/api/v1/documents/${documentId}/claims`);
  expect(list.find((c) => c.id === created.id)).toEqual(one);
  expect(one).toEqual(created);
  expect(Object.keys(one)).toEqual(
    expect.arrayContaining([
      "id",
      "documentId",
      "selector",
      "claimText",
      "claimant",
      "status",
      "assigneeId",
      "anchorStatus",
      "anchorScore",
      "verdicts",
      "resolution",
      "sources",
      "commentCount",
      "version",
    ]),
  );
  expect(Object.keys(one.selector).sort()).toEqual(["end", "exact", "prefix", "start", "suffix"]);
});

test("a document's claims carry an ETag: an unchanged list is answered 304, a changed one in full", async ({
  request,
}) => {
  const { documentId, reviewer } = await desk(request, "Conditional list desk");
  await markClaim(request, reviewer.token, documentId, { type: "TextQuoteSelector", exact: QUOTE });
  const url = `/api/v1/documents/${documentId}/claims`;
  const headers = bearer(reviewer.token);

  const first = await request.get(url, { headers });
  expect(first.status()).toBe(200);
  const tag = first.headers()["etag"] as string;
  expect(tag).toMatch(/^"[\w-]+"$/);
  expect((await first.json()) as Claim[]).toHaveLength(1);
  const again = await request.get(url, { headers });
  expect(again.headers()["etag"]).toBe(tag);
  expect(await again.json()).toEqual(await first.json());

  const unchanged = await request.get(url, { headers: { ...headers, "if-none-match": tag } });
  expect(unchanged.status()).toBe(304);
  expect(unchanged.headers()["etag"]).toBe(tag);
  expect(await unchanged.body()).toHaveLength(0);

  const second = await markClaim(request, reviewer.token, documentId, {
    type: "TextQuoteSelector",
    exact: "no definitive evidence",
  });
  const changed = await request.get(url, { headers: { ...headers, "if-none-match": tag } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).not.toBe(tag);
  expect(((await changed.json()) as Claim[]).map((c) => c.id)).toContain(second.id);

  // The tag opens nothing by itself: one who is not a member is refused, tag or not.
  const outsider = await createUser(request, "Otto Outsider");
  const outsiderToken = await apiToken(request, outsider.email, outsider.password);
  const refused = await request.get(url, { headers: { ...bearer(outsiderToken), "if-none-match": tag } });
  expect(refused.status()).toBe(404);
});

test("editing and deleting a claim need its ETag; validation comes first", async ({ request }) => {
  const { documentId, reviewer } = await desk(request, "Preconditions desk");
  const claim = await markClaim(request, reviewer.token, documentId, { type: "TextQuoteSelector", exact: QUOTE });
  const url = `/api/v1/claims/${claim.id}`;
  const headers = bearer(reviewer.token);
  const firstTag = `"${claim.id}.1"`;

  await expectError(
    await request.patch(url, { headers, data: { claimant: "The minister" } }),
    428,
    "precondition-required",
  );
  const invalid = await expectError(await request.patch(url, { headers, data: { status: "closed" } }), 422, "invalid");
  expect(invalid.fields?.status).toBeDefined();

  const edited = await request.patch(url, {
    headers: { ...headers, "if-match": firstTag },
    data: { claimant: "The minister" },
  });
  expect(edited.status(), await edited.text()).toBe(200);
  expect(edited.headers()["etag"]).toBe(`"${claim.id}.2"`);
  expect(await edited.json()).toMatchObject({ id: claim.id, claimant: "The minister", version: 2 });

  await expectError(
    await request.patch(url, { headers: { ...headers, "if-match": firstTag }, data: { claimant: "Someone else" } }),
    412,
    "stale-version",
  );
  expect(((await (await request.get(url, { headers })).json()) as { claimant: string }).claimant).toBe("The minister");

  await expectError(await request.delete(url, { headers }), 428, "precondition-required");
  const deleted = await request.delete(url, { headers: { ...headers, "if-match": `"${claim.id}.2"` } });
  expect(deleted.status()).toBe(204);
  await expectError(await request.get(url, { headers }), 404, "not-found");
});

test("a reviewer gives a verdict; only the editor resolves the claim", async ({ request }) => {
  const { documentId, editor, reviewer } = await desk(request, "Verdicts desk");
  const claim = await markClaim(request, reviewer.token, documentId, {
    type: "TextQuoteSelector",
    exact: "there’s as yet no definitive evidence",
  });

  const verdict = await request.put(`/api/v1/claims/${claim.id}/verdict`, {
    headers: bearer(reviewer.token),
    data: { rating: "unproven", rationale: "No public evidence of transfers either way." },
  });
  expect(verdict.status(), await verdict.text()).toBe(200);
  const given = (await verdict.json()) as { rating: string; rationale: string; claim: Claim };
  expect(given).toMatchObject({ rating: "unproven", rationale: "No public evidence of transfers either way." });
  expect(given.claim.status).toBe("in-review");

  const resolution = { rating: "unproven", rationale: "Officials concede there is no evidence yet." };
  await expectError(
    await request.put(`/api/v1/claims/${claim.id}/resolution`, { headers: bearer(reviewer.token), data: resolution }),
    403,
    "forbidden",
  );
  const resolved = await request.put(`/api/v1/claims/${claim.id}/resolution`, {
    headers: bearer(editor.token),
    data: resolution,
  });
  expect(resolved.status(), await resolved.text()).toBe(200);
  const body = (await resolved.json()) as { rating: string; claim: Claim };
  expect(body.rating).toBe("unproven");
  expect(body.claim.status).toBe("resolved");
  expect(body.claim.resolution).toMatchObject(resolution);
});

test("sources need an http URL; comments take replies", async ({ request }) => {
  const { documentId, reviewer } = await desk(request, "Sources desk");
  const claim = await markClaim(request, reviewer.token, documentId, { type: "TextQuoteSelector", exact: QUOTE });
  const headers = bearer(reviewer.token);

  const cited = await request.post(`/api/v1/claims/${claim.id}/sources`, {
    headers,
    data: {
      url: "https://example.org/treaty-text",
      title: "Treaty text",
      kind: "primary-document",
      stance: "supports",
    },
  });
  expect(cited.status(), await cited.text()).toBe(201);
  const source = (await cited.json()) as { id: string; url: string; stance: string };
  expect(source).toMatchObject({ url: "https://example.org/treaty-text", stance: "supports" });
  expect(cited.headers()["location"]).toBe(`/api/v1/claims/${claim.id}/sources/${source.id}`);

  const script = await request.post(`/api/v1/claims/${claim.id}/sources`, {
    headers,
    data: { url: "javascript:alert(1)", kind: "news-report", stance: "refutes" },
  });
  expect((await expectError(script, 422, "invalid")).fields?.url).toBeDefined();

  const r = api(request, reviewer.token);
  const comment = await r.post<{ id: string; parentId: string | null }>(`/api/v1/claims/${claim.id}/comments`, {
    body: "Which minister?",
  });
  expect(comment.parentId).toBeNull();
  const reply = await r.post<{ id: string; parentId: string | null }>(`/api/v1/claims/${claim.id}/comments`, {
    body: "Lavrov.",
    parentId: comment.id,
  });
  expect(reply.parentId).toBe(comment.id);

  const after = await r.get<Claim>(`/api/v1/claims/${claim.id}`);
  expect(after.commentCount).toBe(2);
  expect(after.sources.map((s) => s.url)).toEqual(["https://example.org/treaty-text"]);
});

test("a new revision without the claim's paragraph leaves the claim orphaned", async ({ request }) => {
  const { documentId, editor, reviewer } = await desk(request, "Revisions desk");
  const claim = await markClaim(request, reviewer.token, documentId, { type: "TextQuoteSelector", exact: QUOTE });
  const headers = bearer(editor.token);
  const revised = [PARAGRAPHS[0], PARAGRAPHS[2]].join("\n\n");

  await expectError(
    await request.put(`/api/v1/documents/${documentId}/content`, { headers, data: { text: revised } }),
    428,
    "precondition-required",
  );

  const doc = await request.get(`/api/v1/documents/${documentId}`, { headers });
  const etag = doc.headers()["etag"];
  expect(etag).toBe(`"${documentId}.1"`);
  const saved = await request.put(`/api/v1/documents/${documentId}/content`, {
    headers: { ...headers, "if-match": etag ?? "" },
    data: { text: revised },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(await saved.json()).toEqual({
    revision: 2,
    claims: [{ id: claim.id, anchorStatus: "orphaned", anchorScore: null, start: null, end: null }],
  });
  expect(saved.headers()["etag"]).toBe(`"${documentId}.2"`);

  const orphan = await api(request, reviewer.token).get<Claim>(`/api/v1/claims/${claim.id}`);
  expect(orphan.anchorStatus).toBe("orphaned");
  expect(orphan.selector).toMatchObject({ exact: QUOTE, start: null, end: null });
  const reread = await api(request, editor.token).get<{ revision: number; text: string }>(
    `/api/v1/documents/${documentId}`,
  );
  expect(reread).toMatchObject({ revision: 2, text: revised });
});

test("every Location a create answers with can be read back", async ({ request }) => {
  const token = await apiToken(request, admin.email, admin.password);
  const headers = { authorization: `Bearer ${token}` };
  const post = async (url: string, data: unknown) => {
    const res = await request.post(url, { headers, data });
    expect(res.status(), await res.text()).toBe(201);
    const location = res.headers()["location"];
    expect(location).toBeTruthy();
    const back = await request.get(location!, { headers });
    expect(back.status(), `GET ${location}`).toBe(200);
    return (await res.json()) as { id: string };
  };
  const project = await post("/api/v1/projects", { name: "Locations desk" });
  const user = await post("/api/v1/users", {
    name: "Lou Location",
    email: `lou.${Date.now()}@example.org`,
    password: "a long enough password",
  });
  const member = await request.post(`/api/v1/projects/${project.id}/members`, {
    headers,
    data: { userId: user.id, role: "viewer" },
  });
  expect(member.status()).toBe(201);
  expect((await request.get(member.headers()["location"]!, { headers })).status()).toBe(200);
  const document = await post(`/api/v1/projects/${project.id}/documents`, { title: "Doc", text: "A claim to check." });
  const claim = await post(`/api/v1/documents/${document.id}/claims`, {
    selector: { type: "TextQuoteSelector", exact: "claim to check" },
  });
  await post(`/api/v1/claims/${claim.id}/sources`, {
    url: "https://example.org/a",
    kind: "dataset",
    stance: "context",
  });
  await post(`/api/v1/claims/${claim.id}/comments`, { body: "Looking into it." });
});
