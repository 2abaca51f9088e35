import type { Metadata } from "next";
import { NewUserForm } from "@/components/auth/new-user-form";
import { listUsers } from "@/services/list-users";
import { load } from "../../_lib/load";
import { requireSessionActor } from "../../_lib/session";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: "Accounts" };

export default async function UsersPage() {
  const actor = await requireSessionActor("/admin/users");
  const users = load(() => listUsers(actor));
  return (
    <div className="grid gap-8 md:grid-cols-[3fr_2fr]">
      <section>
        <h1 className="mb-4 text-2xl font-semibold">Accounts</h1>
        <table className="w-full border-collapse border border-stone-200 bg-white text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th className="px-3 py-2">Name</th>
              <th className="px-3 py-2">Email</th>
              <th className="px-3 py-2">Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-stone-200">
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">{u.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <aside>
        <NewUserForm action={createUserAction} />
      </aside>
    </div>
  );
}
