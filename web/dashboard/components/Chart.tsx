// Bar charts with Chart.js (only the parts used are registered, to keep the bundle
// small). A chart is a picture for the eye: every chart of the dashboard has its data
// as a table beside it (ChartWithTable), which screen readers and keyboard users read.
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartData, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useId, type ReactNode } from 'react';

ChartJS.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);
ChartJS.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
ChartJS.defaults.color = '#1f2933';
ChartJS.defaults.locale = 'de-DE';
ChartJS.defaults.animation = false;

/** The chart colours: distinguishable, each at least 3:1 against white. */
export const colours = ['#005b9a', '#b3541e', '#2e7d32', '#6a1b9a', '#8a6d00', '#c62828'];

/**
 * wrapLabel breaks a long axis label into lines of about width characters (Chart.js
 * draws an array as lines), so that long names stay readable on a phone.
 */
export function wrapLabel(text: string, width = 26): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ' ' + word;
    else lines.push(word);
  }
  return lines;
}

interface Props {
  /** the chart's short description for screen readers (what it shows, where the table is) */
  label: string;
  data: ChartData<'bar'>;
  options?: ChartOptions<'bar'>;
  height?: number;
}

/** BarChart draws a bar chart that fills its box. */
export function BarChart({ label, data, options, height = 260 }: Props) {
  return (
    <div className="diagramm" style={{ height }}>
      <Bar
        aria-label={label}
        data={data}
        options={{ responsive: true, maintainAspectRatio: false, ...options }}
        fallbackContent={<p>{label}</p>}
      />
    </div>
  );
}

/** ChartWithTable is a chart with its data as a table in a disclosure below it. */
export function ChartWithTable({ chart, table, tableTitle }: { chart: ReactNode; table: ReactNode; tableTitle: string }) {
  const id = useId();
  return (
    <figure className="mit-tabelle">
      {chart}
      <details>
        <summary id={id}>{tableTitle}</summary>
        <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">{table}</div>
      </details>
    </figure>
  );
}
