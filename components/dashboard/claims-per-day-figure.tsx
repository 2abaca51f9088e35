"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dayLabel } from "./day-label";
import { FigureLink } from "./figure-link";

export type DayDatum = { date: string; claims: number; href: string };

const HEIGHT = 240;

/**
 * Claims marked per day as a bar chart (an image with a title and a description), the days
 * with claims listed beside it as links to the claims marked that day, and the whole period's
 * total linked to all of them.
 */
export function ClaimsPerDayFigure({
  title,
  description,
  days,
  total,
}: {
  title: string;
  description: string;
  days: DayDatum[];
  total: { claims: number; href: string; from: string; to: string };
}) {
  const router = useRouter();
  const busy = days.filter((d) => d.claims > 0);
  // Only what the chart draws: recharts copies a datum's fields onto its bar's element.
  const chartData = days.map((d) => ({ date: d.date, claims: d.claims }));
  return (
    <div className="grid items-start gap-4 md:grid-cols-[3fr_2fr]">
      <div className="rounded border border-stone-200 bg-white p-2">
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
          <BarChart
            data={chartData}
            role="img"
            title={title}
            desc={description}
            accessibilityLayer={false}
            margin={{ top: 20, right: 8, bottom: 8, left: 0 }}
          >
            <CartesianGrid vertical={false} stroke="#e7e5e4" />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => dayLabel(d)}
              minTickGap={24}
              tick={{ fontSize: 12, fill: "#57534e" }}
            />
            <YAxis allowDecimals={false} width={32} tick={{ fontSize: 12, fill: "#57534e" }} />
            <Tooltip labelFormatter={(d) => dayLabel(String(d), { withYear: true })} cursor={{ fill: "#f5f5f4" }} />
            <Bar
              dataKey="claims"
              name="Claims marked"
              fill="#0369a1"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_, index) => {
                const day = days[index];
                if (day && day.claims > 0) router.push(day.href);
              }}
            >
              <LabelList
                dataKey="claims"
                position="top"
                fontSize={11}
                fill="#1c1917"
                formatter={(v) => (Number(v) > 0 ? v : "")}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="max-h-72 overflow-y-auto rounded border border-stone-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{title}: the days with claims</caption>
          <thead className="sticky top-0 bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Day
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Claims marked
              </th>
            </tr>
          </thead>
          <tbody>
            {busy.length === 0 ? (
              <tr className="border-t border-stone-200">
                <td colSpan={2} className="px-3 py-2 text-stone-600">
                  No claims were marked in this period.
                </td>
              </tr>
            ) : (
              busy.map((d) => (
                <tr key={d.date} className="border-t border-stone-200">
                  <th scope="row" className="px-3 py-1.5 font-normal">
                    <time dateTime={d.date}>{dayLabel(d.date, { withYear: true })}</time>
                  </th>
                  <td className="px-3 py-1.5 text-right tabular-nums">
                    <FigureLink
                      href={d.href}
                      n={d.claims}
                      label={`${dayLabel(d.date, { withYear: true })}, claims marked: ${d.claims}`}
                    />
                  </td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-stone-300">
              <th scope="row" className="px-3 py-1.5 text-left">
                All {days.length} {days.length === 1 ? "day" : "days"}
              </th>
              <td className="px-3 py-1.5 text-right font-semibold tabular-nums">
                <FigureLink
                  href={total.href}
                  n={total.claims}
                  label={`${dayLabel(total.from, { withYear: true })} to ${dayLabel(total.to, { withYear: true })}, claims marked: ${total.claims}`}
                />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
