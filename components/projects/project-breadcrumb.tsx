import Link from "next/link";

/**
 * The trail above a project's pages: "Projects / <project> /", each a link back up. The
 * project's own page passes no project (it is the page's heading there).
 */
export function ProjectBreadcrumb({ project }: { project?: { id: string; name: string } }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
      <Link href="/projects" className="hover:underline">
        Projects
      </Link>{" "}
      /{" "}
      {project ? (
        <>
          <Link href={`/projects/${project.id}`} className="hover:underline">
            {project.name}
          </Link>{" "}
          /
        </>
      ) : null}
    </nav>
  );
}
