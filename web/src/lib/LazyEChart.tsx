import { lazy, Suspense } from 'react';
import { chartHeight } from './chartHeight';

const EChart = lazy(() => import('./EChart'));

/**
 * An ECharts chart loaded when first shown, holding its place meanwhile: the page around it is drawn
 * at once and does not move when the chart arrives (no layout shift), and ECharts stays out of the
 * first screen's bundle.
 */
export function LazyEChart(props: Parameters<typeof EChart>[0]) {
  const height = props.height ?? chartHeight;
  return (
    <Suspense fallback={<div role="img" aria-label={props.label} aria-busy="true" style={{ height }} />}>
      <EChart {...props} height={height} />
    </Suspense>
  );
}
