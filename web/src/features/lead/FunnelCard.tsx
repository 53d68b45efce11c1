import { useQuery } from '@apollo/client/react';
import { funnelSteps } from '@zdyq/db/values';
import { Button, Card, Col, DatePicker, Drawer, Flex, Row, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { EChartsOption } from 'echarts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FunnelQuery as FunnelData } from '../../gql/graphql';
import { withLanguage } from '../../i18n';
import { LazyEChart } from '../../lib/LazyEChart';
import { FunnelQuery } from './graphql';

type Entry = FunnelData['funnel']['entries'][number];
type Group = FunnelData['funnel']['bySource'][number];

const percent = (v: number | null | undefined) => (v == null ? '—' : `${v}%`);

/**
 * 招商漏斗 on the dashboard: the leads received in the window (by default the twelve months to `asOf`)
 * and how many reached 在谈, 签约 and 开工, with 招商周期; each figure opens the leads behind it.
 */
export function FunnelCard({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const [window, setWindow] = useState<[string, string] | null>(null);
  const [from, to] = window ?? [dayjs(asOf).subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD'), asOf];
  const { data } = useQuery(FunnelQuery, { variables: { from, to } });
  const [shown, setShown] = useState<string | null>(null);
  const f = data?.funnel;
  const counts = useMemo(
    () => (f ? { LEAD: f.leads, NEGOTIATING: f.negotiating, SIGNED: f.signed, STARTED: f.started } : null),
    [f],
  );
  const option = useMemo<EChartsOption | null>(
    () =>
      counts && {
        tooltip: { trigger: 'item', formatter: '{b}: {c}' },
        series: [
          {
            type: 'funnel',
            sort: 'none',
            left: '10%',
            width: '80%',
            minSize: '10%',
            label: { show: true, position: 'inside', formatter: '{b} {c}' },
            data: funnelSteps.map((step) => ({ name: t(`funnelStep.${step}`), value: counts[step] })),
          },
        ],
      },
    [counts, t],
  );
  const reachedAtLeast = (e: Entry, step: string) =>
    funnelSteps.indexOf(e.reached) >= funnelSteps.indexOf(step as never);
  const listed = f && shown ? f.entries.filter((e) => reachedAtLeast(e, shown)) : [];
  const groupColumns = (key: 'source' | 'unit') => [
    {
      title: key === 'source' ? t('lead.source') : t('lead.unit'),
      key,
      render: (_: unknown, g: Group) => (key === 'source' ? t(`leadSource.${g.source}`) : (g.unit?.name ?? '—')),
    },
    ...funnelSteps.map((step) => ({
      title: t(`funnelStep.${step}`),
      key: step,
      align: 'right' as const,
      render: (_: unknown, g: Group) =>
        ({ LEAD: g.leads, NEGOTIATING: g.negotiating, SIGNED: g.signed, STARTED: g.started })[step],
    })),
  ];
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('lead.funnel')}</h2>}
      extra={
        <Flex gap={8} wrap>
          <Button href={withLanguage(`/api/funnel.xlsx?from=${from}&to=${to}`)}>{t('lead.export')}</Button>
          <DatePicker.RangePicker
            aria-label={t('lead.funnelWindow')}
            allowClear={false}
            value={[dayjs(from), dayjs(to)]}
            onChange={(range) => {
              if (range?.[0] && range[1]) setWindow([range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')]);
            }}
          />
        </Flex>
      }
    >
      {f && counts && option && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <LazyEChart option={option} label={t('lead.funnel')} />
          </Col>
          <Col xs={24} lg={14}>
            <Flex wrap gap={24}>
              {funnelSteps.map((step) => (
                <button
                  key={step}
                  type="button"
                  className="statistic-button"
                  onClick={() => setShown(step)}
                  style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'start' }}
                >
                  <Statistic title={t(`funnelStep.${step}`)} value={counts[step]} />
                </button>
              ))}
            </Flex>
            <Typography.Paragraph style={{ marginTop: 12 }}>
              {t('lead.funnelRates', {
                negotiating: percent(f.negotiatingRate),
                signed: percent(f.signedRate),
                started: percent(f.startedRate),
              })}
            </Typography.Paragraph>
            <Typography.Paragraph>
              {t('lead.cycle', { sign: f.medianDaysToSign ?? '—', start: f.medianDaysToStart ?? '—' })}
            </Typography.Paragraph>
            <Table<Group>
              size="small"
              rowKey={(g) => g.source ?? ''}
              pagination={false}
              dataSource={f.bySource}
              columns={groupColumns('source')}
              title={() => t('lead.bySource')}
            />
            <Table<Group>
              size="small"
              rowKey={(g) => g.unit?.id ?? ''}
              pagination={false}
              dataSource={f.byUnit}
              columns={groupColumns('unit')}
              title={() => t('lead.byUnit')}
              style={{ marginTop: 12 }}
            />
          </Col>
        </Row>
      )}
      <Drawer
        open={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? `${t('lead.records')}：${t(`funnelStep.${shown}`)}` : ''}
        size={560}
      >
        <Table<Entry>
          size="small"
          rowKey={(e) => e.lead.id}
          pagination={false}
          dataSource={listed}
          columns={[
            {
              title: t('lead.name'),
              key: 'title',
              render: (_, e) => <Link to={`/leads/${e.lead.id}`}>{e.lead.title}</Link>,
            },
            { title: t('lead.unit'), key: 'unit', render: (_, e) => e.lead.unit.name },
            { title: t('lead.receivedOn'), key: 'received', render: (_, e) => e.lead.receivedOn },
            { title: t('lead.reached'), key: 'reached', render: (_, e) => t(`funnelStep.${e.reached}`) },
            {
              title: t('funnelStep.SIGNED'),
              key: 'days',
              render: (_, e) => (e.daysToSign == null ? '—' : t('lead.days', { n: e.daysToSign })),
            },
          ]}
        />
      </Drawer>
    </Card>
  );
}
