"use client";

import { createContext, use } from "react";

export type MentionMember = { userId: string; name: string };

type MentionMembers = { members: MentionMember[]; userId: string };

const MentionMembersContext = createContext<MentionMembers>({ members: [], userId: "" });

/**
 * The project's members a comment may mention (every member: all of them can read the claim),
 * and who is writing, for every comment box of the document page without threading them
 * through each panel.
 */
export function MentionMembersProvider({ members, userId, children }: MentionMembers & { children: React.ReactNode }) {
  return <MentionMembersContext value={{ members, userId }}>{children}</MentionMembersContext>;
}

export function useMentionMembers(): MentionMembers {
  return use(MentionMembersContext);
}
