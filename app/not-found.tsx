import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-lg">
      <h1 className="mb-3 text-2xl font-semibold">Not found</h1>
      <p className="mb-4 text-stone-700">There is nothing here, or it belongs to a project you are not a member of.</p>
      <Link href="/projects" className="text-sky-800 underline">
        Back to your projects
      </Link>
    </section>
  );
}
