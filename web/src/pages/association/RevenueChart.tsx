import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Locale } from '../../i18n/i18n';
import { day, money } from './format';

const DAY = 86_400;
const HALF_BUCKET: Record<string, number> = { day: DAY / 2, week: 4 * DAY, month: 16 * DAY };

export interface ChartPoint {
  period: string;
  unlock: number;
  contact: number;
}

/**
 * Revenue over time, stacked by what earned it. uPlot draws bars in series order, so the total
 * (unlock + contact, in the contact colour) goes first and the unlock part over it; the legend
 * shows each part's own value. This module (and uPlot) is loaded only by the revenue page.
 */
export default function RevenueChart({
  points,
  currency,
  locale,
  granularity,
  labels,
}: {
  points: ChartPoint[];
  currency: string;
  locale: Locale;
  granularity: string;
  labels: { period: string; unlock: string; contact: string; summary: string };
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = points.map((p) => Date.parse(`${p.period}T00:00:00Z`) / 1000);
    const contact = points.map((p) => p.contact);
    const unlock = points.map((p) => p.unlock);
    const total = points.map((p) => p.unlock + p.contact);
    const bars = uPlot.paths.bars!({ size: [0.7, 48], align: 0 });
    const fmt = (v: number | null) => (v == null ? '' : money(locale, v, currency));
    const plot = new uPlot(
      {
        width: el.clientWidth || 600,
        height: 280,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        // Half a bucket of room on each side (seconds), so the first and last bars are drawn whole.
        scales: { x: { time: true, range: (_u, min, max) => [min - HALF_BUCKET[granularity], max + HALF_BUCKET[granularity]] } },
        legend: { live: true },
        series: [
          // uPlot names the x series "Time" in its legend unless given a label.
          {
            label: labels.period,
            value: (_u, v) => (v == null ? '' : day(locale, new Date(v * 1000).toISOString().slice(0, 10), granularity === 'month')),
          },
          {
            label: labels.contact,
            fill: '#c2410c',
            stroke: '#c2410c',
            paths: bars,
            points: { show: false },
            value: (_u, _v, _s, i) => (i == null ? '' : fmt(contact[i])),
          },
          {
            label: labels.unlock,
            fill: '#1d4ed8',
            stroke: '#1d4ed8',
            paths: bars,
            points: { show: false },
            value: (_u, _v, _s, i) => (i == null ? '' : fmt(unlock[i])),
          },
        ],
        axes: [
          // Room for a whole "Sept 2026" between ticks, so labels never run into each other on a phone.
          {
            space: 90,
            values: (_u, splits) => splits.map((v) => day(locale, new Date(v * 1000).toISOString().slice(0, 10), granularity !== 'day')),
          },
          { size: 80, values: (_u, splits) => splits.map((v) => money(locale, v, currency)) },
        ],
      },
      [xs, total, unlock],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: 280 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [points, currency, locale, granularity, labels]);
  return <div ref={box} className="revenue-chart" role="img" aria-label={labels.summary} />;
}
