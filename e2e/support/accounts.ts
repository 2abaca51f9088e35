import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The admin the first-run setup creates; every other spec signs in as this person. */
export const admin = {
  name: "Ada Admin",
  email: "ada.admin@example.org",
  password: "correct horse battery staple",
};

export async function apiToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const res = await request.post("/api/v1/tokens", { data: { email, password, label: "e2e" } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

/** An API client for `token`, for arranging data the way another program would. */
export function api(request: APIRequestContext, token: string) {
  const headers = { authorization: `Bearer ${token}` };
  return {
    async post<T = Record<string, unknown>>(url: string, data: unknown, expected = 201): Promise<T> {
      const res = await request.post(url, { data, headers });
      expect(res.status(), `${url}: ${await res.text()}`).toBe(expected);
      return (await res.json()) as T;
    },
    async get<T = unknown>(url: string): Promise<T> {
      const res = await request.get(url, { headers });
      expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
      return (await res.json()) as T;
    },
    /** Changes a resource as another program would: with If-Match, the ETag it has now. */
    async patch<T = Record<string, unknown>>(url: string, data: unknown): Promise<T> {
      const current = await request.get(url, { headers });
      expect(current.status(), `${url}: ${await current.text()}`).toBe(200);
      const res = await request.patch(url, {
        data,
        headers: { ...headers, "if-match": current.headers()["etag"] ?? "" },
      });
      expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
      return (await res.json()) as T;
    },
  };
}

export async function adminApi(request: APIRequestContext) {
  return api(request, await apiToken(request, admin.email, admin.password));
}

/** A new account made by the admin, with a unique email. */
export async function createUser(request: APIRequestContext, name: string) {
  const a = await adminApi(request);
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 8)}@example.org`;
  const password = `pw-${randomUUID()}`;
  const { id } = await a.post<{ id: string }>("/api/v1/users", { name, email, password });
  return { id, name, email, password };
}

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/projects/);
}
