/** A chart's height unless told: the space it takes before and after ECharts has loaded. */
export const chartHeight = 300;
