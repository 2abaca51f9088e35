import type { Metadata } from "next";
import Link from "next/link";
import { AddMemberForm } from "@/components/projects/add-member-form";
import { openProjectMembers } from "@/services/open-project-members";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { addMemberAction } from "../actions";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/projects/${id}/members`);
  const { project, members } = load(() => openProjectMembers(actor, id));
  return (
    <div className="grid gap-8 md:grid-cols-[3fr_2fr]">
      <section>
        <p className="text-sm text-stone-500">
          <Link href={`/projects/${id}`} className="hover:underline">
            {project.name}
          </Link>{" "}
          /
        </p>
        <h1 className="mb-4 text-2xl font-semibold">Members</h1>
        <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th className="px-3 py-2">Name</th>
              <th className="px-3 py-2">Email</th>
              <th className="px-3 py-2">Role</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} className="border-t border-stone-200">
                <td className="px-3 py-2">{m.name}</td>
                <td className="px-3 py-2">{m.email}</td>
                <td className="px-3 py-2">{m.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <aside>
        <AddMemberForm action={addMemberAction.bind(null, id)} />
      </aside>
    </div>
  );
}
