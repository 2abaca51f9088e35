import Link from "next/link";

export function SiteHeader({
  user,
  signOut,
}: {
  user: { name: string; permissions: { manageAccounts: boolean } } | null;
  signOut: () => Promise<void>;
}) {
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-sky-900">
          ClaimDesk
        </Link>
        {user ? (
          <>
            <Link href="/projects" className="text-sm text-stone-700 hover:text-stone-950">
              Projects
            </Link>
            {user.permissions.manageAccounts ? (
              <Link href="/admin/users" className="text-sm text-stone-700 hover:text-stone-950">
                Accounts
              </Link>
            ) : null}
            <span className="ml-auto text-sm text-stone-600">{user.name}</span>
            <form action={signOut}>
              <button type="submit" className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100">
                Sign out
              </button>
            </form>
          </>
        ) : null}
      </nav>
    </header>
  );
}
