import type { EChartsOption } from 'echarts';
import { BarChart, FunnelChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { chartHeight } from './chartHeight';

// Only the chart types and parts the product draws: the whole of ECharts is three times the size.
echarts.use([
  BarChart,
  FunnelChart,
  LineChart,
  PieChart,
  ScatterChart,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * One ECharts chart that follows its container's size. Pages use it through LazyEChart, so ECharts
 * stays out of the first screen's bundle. A chart of another type needs it registered above.
 */
export default function EChart({
  option,
  height = chartHeight,
  label,
}: {
  option: EChartsOption;
  height?: number;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
