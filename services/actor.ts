import type { Actor } from "@/lib/auth/policy";

/** The signed-in person on whose behalf a service runs. */
export type SessionActor = Actor & { name: string; email: string };
