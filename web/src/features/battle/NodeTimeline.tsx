import { useQuery } from '@apollo/client/react';
import { Radio, Spin } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneStatus, Tier } from '../../gql/graphql';
import EChart from '../../lib/EChart';
import { BattleTimelineQuery } from './graphql';

type TimelineProject = {
  id: string;
  name: string;
  milestones: Array<{
    name: string;
    baselineOn?: string | null;
    plannedOn?: string | null;
    actualOn?: string | null;
    status: MilestoneStatus;
  }>;
};

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

/**
 * A Gantt-style view of every board project's nodes: baseline (hollow), current plan (dot, red when
 * overdue) and actual (green), with a line at today; zoom by quarter or year.
 */
export default function NodeTimeline({
  projects: board,
  minTier,
}: {
  projects: ReadonlyArray<{ id: string; name: string }>;
  minTier: Tier;
}) {
  const { t } = useTranslation();
  const [span, setSpan] = useState<'quarter' | 'year' | 'all'>('year');
  const { data, loading } = useQuery(BattleTimelineQuery, { variables: { minTier } });
  const projects = useMemo<TimelineProject[]>(() => {
    const nodes = new Map((data?.battleMap ?? []).map((p) => [p.id, p.milestones]));
    return board.map((p) => ({ ...p, milestones: nodes.get(p.id) ?? [] }));
  }, [board, data]);
  const now = Date.now();
  const option = useMemo<EChartsOption>(() => {
    const names = projects.map((p) => p.name);
    const points = (
      pick: (m: TimelineProject['milestones'][number]) => string | null | undefined,
      filter?: (m: TimelineProject['milestones'][number]) => boolean,
    ) =>
      projects.flatMap((p, row) =>
        p.milestones
          .filter((m) => pick(m) && (!filter || filter(m)))
          .map((m) => ({ value: [day(pick(m) as string), row], name: m.name })),
      );
    const range = span === 'quarter' ? 92 : span === 'year' ? 366 : null;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: any) =>
          `${p.seriesName}<br/>${p.data.name}<br/>${new Date(p.value[0]).toISOString().slice(0, 10)}`,
      },
      legend: { top: 0 },
      grid: { left: 200, right: 24, top: 36, bottom: 60 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
      dataZoom: [
        {
          type: 'slider',
          xAxisIndex: 0,
          ...(range ? { startValue: now - (range / 2) * 86_400_000, endValue: now + (range / 2) * 86_400_000 } : {}),
        },
      ],
      series: [
        {
          type: 'scatter',
          name: t('project.baseline'),
          symbol: 'diamond',
          symbolSize: 9,
          itemStyle: { color: 'transparent', borderColor: '#8c8c8c', borderWidth: 1.5 },
          data: points((m) => m.baselineOn),
        },
        {
          type: 'scatter',
          name: t('project.planned'),
          symbolSize: 9,
          itemStyle: { color: '#1677ff' },
          data: points(
            (m) => m.plannedOn,
            (m) => m.status !== 'OVERDUE' && !m.actualOn,
          ),
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#b71c1c', type: 'dashed' },
            data: [{ xAxis: now, name: 'today' }],
            label: { show: false },
          },
        },
        {
          type: 'scatter',
          name: t('milestoneStatus.OVERDUE'),
          symbolSize: 11,
          itemStyle: { color: '#cf1322' },
          data: points(
            (m) => m.plannedOn,
            (m) => m.status === 'OVERDUE',
          ),
        },
        {
          type: 'scatter',
          name: t('project.actual'),
          symbol: 'rect',
          symbolSize: 8,
          itemStyle: { color: '#389e0d' },
          data: points((m) => m.actualOn),
        },
      ],
    };
  }, [projects, span, t, now]);

  if (loading && !data) return <Spin />;
  return (
    <>
      <Radio.Group
        value={span}
        onChange={(e) => setSpan(e.target.value)}
        optionType="button"
        options={[
          { value: 'quarter', label: t('battle.quarter') },
          { value: 'year', label: t('battle.year') },
          { value: 'all', label: t('battle.all') },
        ]}
        style={{ marginBottom: 8 }}
      />
      <EChart option={option} height={Math.max(320, projects.length * 34 + 120)} label={t('battle.timeline')} />
    </>
  );
}
