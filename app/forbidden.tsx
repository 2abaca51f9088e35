import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-lg">
      <h1 className="mb-3 text-2xl font-semibold">Not allowed</h1>
      <p className="mb-4 text-stone-700">
        Your role in this project does not give access to this page. Ask an editor of the project if you need it.
      </p>
      <Link href="/projects" className="text-sky-800 underline">
        Back to your projects
      </Link>
    </section>
  );
}
