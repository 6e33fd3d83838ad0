import { axisStep, type BandArea, type ScoreRange, type TrendPoint } from './trend-data';
import { concernAreaFill } from './concern-colors';
import type { TrendChartOption } from './echarts-setup';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** ECharts writes tooltips as HTML; band labels come from district files, so they go in as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character]!);
}

const day = 24 * 60 * 60 * 1000;

const timePadding = ({ min, max }: { min: number; max: number }) => Math.max((max - min) * 0.04, day);

/**
 * The chart: the score over time on a time axis, the bands as labelled shaded areas behind it,
 * and the y axis over every value the score can take.
 */
export function trendChartOption({
  points,
  areas,
  range,
  axisDate,
  tooltip,
}: {
  points: TrendPoint[];
  areas: BandArea[];
  range: ScoreRange;
  axisDate: (time: number) => string;
  tooltip: (point: TrendPoint) => string;
}): TrendChartOption {
  const step = axisStep(range);
  return {
    animation: false,
    grid: { left: 48, right: 176, top: 20, bottom: 36 },
    xAxis: {
      type: 'time',
      // A little room at both ends so the first and last points and their values are not cut.
      min: (extent: { min: number; max: number }) => extent.min - timePadding(extent),
      max: (extent: { min: number; max: number }) => extent.max + timePadding(extent),
      axisLabel: { formatter: (value: number) => axisDate(value), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: range.min,
      max: range.max,
      interval: step.interval,
      axisLabel: { showMaxLabel: step.showMaxLabel },
      splitLine: { show: false },
    },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const index = Array.isArray(params) ? params[0]?.dataIndex : params.dataIndex;
        const point = index === undefined ? undefined : points[index];
        return point ? escapeHtml(tooltip(point)) : '';
      },
    },
    series: [
      {
        type: 'line',
        data: points.map((point) => [point.date, point.value]),
        symbolSize: 9,
        lineStyle: { width: 2, color: '#1f4e5f' },
        itemStyle: { color: '#1f4e5f' },
        label: { show: true, position: 'top', fontWeight: 'bold' },
        markArea: {
          silent: true,
          label: { position: 'right', color: '#3b4a51', fontSize: 12, width: 164, overflow: 'truncate' },
          data: areas.map((area) => [
            { yAxis: area.from, name: area.label, itemStyle: { color: concernAreaFill(area.concern) } },
            { yAxis: area.to },
          ]),
        },
      },
    ],
  };
}
