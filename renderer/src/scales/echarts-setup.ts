import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  MarkAreaComponent,
  type MarkAreaComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use as registerParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts a trend line needs, so the bundle stays small (docs/decisions/0007-charts.md).
registerParts([LineChart, GridComponent, MarkAreaComponent, TooltipComponent, CanvasRenderer]);

export type TrendChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | MarkAreaComponentOption | TooltipComponentOption
>;

export { init as initChart };
