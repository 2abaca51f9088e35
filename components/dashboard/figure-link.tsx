import Link from "next/link";

/**
 * A figure as a link to the claims behind it in the claims explorer. `label` is its accessible
 * name, the number included (a bare "3" says nothing in a list of links). A zero is printed
 * plainly (it would list nothing), and so is a figure with no `href`: one the explorer cannot
 * list exactly.
 */
export function FigureLink({
  href,
  n,
  label,
  children,
}: {
  href: string | null;
  n: number;
  label: string;
  children?: React.ReactNode;
}) {
  if (n === 0) return <span className="text-stone-500">{children ?? 0}</span>;
  if (href === null) return <span>{children ?? n}</span>;
  return (
    <Link href={href} aria-label={label} className="text-sky-800 underline hover:text-sky-950">
      {children ?? n}
    </Link>
  );
}
