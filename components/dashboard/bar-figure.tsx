"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { FigureLink } from "./figure-link";

export type BarDatum = {
  key: string;
  label: string;
  /** The charted number first, then any further columns of the table. */
  values: number[];
  color: string;
  /** The claims explorer filtered to the claims behind this row; null when it cannot list them exactly. */
  href: string | null;
};

const ROW_HEIGHT = 34;

/**
 * A horizontal bar chart with its numbers printed beside it as a table. The chart is an image
 * with a title and a description for screen readers; each bar is named on its axis and labelled
 * with its number, and a click on it opens the claims behind it. The table holds the same
 * numbers as links, so a keyboard or screen reader user loses nothing.
 */
export function BarFigure({
  title,
  description,
  categoryHeading,
  valueHeadings,
  data,
}: {
  title: string;
  description: string;
  categoryHeading: string;
  valueHeadings: string[];
  data: BarDatum[];
}) {
  const router = useRouter();
  // Only what the chart draws: recharts copies a datum's fields onto its bar's element.
  const chartData = data.map((d) => ({ label: d.label, value: d.values[0] ?? 0 }));
  const height = data.length * ROW_HEIGHT + 40;
  return (
    <div className="grid items-start gap-4 md:grid-cols-[3fr_2fr]">
      <div className="rounded border border-stone-200 bg-white p-2">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
          <BarChart
            data={chartData}
            layout="vertical"
            role="img"
            title={title}
            desc={description}
            accessibilityLayer={false}
            margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke="#e7e5e4" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#57534e" }} />
            <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12, fill: "#292524" }} />
            <Tooltip cursor={{ fill: "#f5f5f4" }} />
            <Bar
              dataKey="value"
              name={valueHeadings[0] ?? "Count"}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_, index) => {
                const href = data[index]?.href;
                if (href) router.push(href);
              }}
            >
              {data.map((d) => (
                <Cell key={d.key} fill={d.color} />
              ))}
              <LabelList dataKey="value" position="right" fill="#1c1917" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
        <caption className="sr-only">{title}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              {categoryHeading}
            </th>
            {valueHeadings.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-right">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-1.5 font-normal">
                <span
                  aria-hidden="true"
                  className="mr-2 inline-block h-2.5 w-2.5 rounded-sm align-middle"
                  style={{ background: d.color }}
                />
                {d.label}
              </th>
              {d.values.map((n, i) => (
                <td key={valueHeadings[i] ?? i} className="px-3 py-1.5 text-right tabular-nums">
                  <FigureLink
                    href={d.href}
                    n={n}
                    label={`${d.label}, ${(valueHeadings[i] ?? "").toLowerCase()}: ${n}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
