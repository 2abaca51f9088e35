import type { Metadata } from "next";
import { AccountAdminButtons } from "@/components/auth/account-admin-actions";
import { NewUserForm } from "@/components/auth/new-user-form";
import { listUsers } from "@/services/list-users";
import { load } from "../../_lib/load";
import { requireSessionActor } from "../../_lib/session";
import { clearThrottleAction, createUserAction, resetPasswordAction, setDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Accounts" };

const adminActions = {
  resetPassword: resetPasswordAction,
  setDisabled: setDisabledAction,
  clearThrottle: clearThrottleAction,
};

function status(u: { disabledAt: string | null; mustChangePassword: boolean; isSignInThrottled: boolean }): string {
  const parts = [
    u.disabledAt ? "disabled" : "active",
    u.mustChangePassword ? "must choose a new password" : null,
    u.isSignInThrottled ? "sign-in throttled" : null,
  ];
  return parts.filter(Boolean).join(", ");
}

export default async function UsersPage() {
  const actor = await requireSessionActor("/admin/users");
  const users = load(() => listUsers(actor));
  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_1fr]">
      <section>
        <h1 className="mb-4 text-2xl font-semibold">Accounts</h1>
        <table className="w-full border-collapse border border-stone-200 bg-white text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th className="px-3 py-2">Name</th>
              <th className="px-3 py-2">Email</th>
              <th className="px-3 py-2">Role</th>
              <th className="px-3 py-2">Status</th>
              <th className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-stone-200 align-top">
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">{u.role}</td>
                <td className="px-3 py-2">{status(u)}</td>
                <td className="px-3 py-2">
                  <AccountAdminButtons
                    account={{
                      id: u.id,
                      name: u.name,
                      isDisabled: u.disabledAt !== null,
                      isThrottled: u.recentSignInFailures > 0,
                      isSelf: u.id === actor.userId,
                    }}
                    actions={adminActions}
                  />
                </td>
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
