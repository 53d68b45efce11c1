import { Card, Col, Row } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from '../../gql/graphql';
import { LazyEChart } from '../../lib/LazyEChart';

type Data = DashboardQuery['dashboard'];

const palette = ['#b71c1c', '#d4380d', '#d48806', '#389e0d', '#08979c', '#1d39c4', '#531dab', '#8c8c8c'];

/** The charts of the dashboard, drawn in their places at once; ECharts loads when they are shown. */
export default function Charts({ data }: { data: Data }) {
  const { t } = useTranslation();

  const funnel = useMemo<EChartsOption>(
    () => ({
      color: palette,
      tooltip: { trigger: 'axis' },
      grid: { left: 110, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: data.stageFunnel.map((s) => t(`stage.${s.stage}`)) },
      series: [
        {
          type: 'bar',
          name: t('dashboard.count'),
          data: data.stageFunnel.map((s) => s.count),
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [data.stageFunnel, t],
  );

  const industries = useMemo<EChartsOption>(
    () => ({
      color: palette,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          data: data.byIndustry
            .filter((i) => i.count > 0)
            .map((i) => ({ name: t(`industry.${i.industry}`), value: i.count })),
        },
      ],
    }),
    [data.byIndustry, t],
  );

  const signings = useMemo<EChartsOption>(
    () => ({
      color: palette,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 36, bottom: 36 },
      xAxis: { type: 'category', data: data.signingsByMonth.map((m) => m.month) },
      yAxis: [
        { type: 'value', name: t('dashboard.signingCount'), minInterval: 1 },
        { type: 'value', name: t('dashboard.signingInvestment') },
      ],
      series: [
        { type: 'bar', name: t('dashboard.signingCount'), data: data.signingsByMonth.map((m) => m.count) },
        {
          type: 'line',
          name: t('dashboard.signingInvestment'),
          yAxisIndex: 1,
          data: data.signingsByMonth.map((m) => Number(m.investment)),
        },
      ],
    }),
    [data.signingsByMonth, t],
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('dashboard.funnel')}>
          <LazyEChart option={funnel} label={t('dashboard.funnel')} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('dashboard.industries')}>
          <LazyEChart option={industries} label={t('dashboard.industries')} />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('dashboard.signings')}>
          <LazyEChart option={signings} label={t('dashboard.signings')} height={320} />
        </Card>
      </Col>
    </Row>
  );
}
