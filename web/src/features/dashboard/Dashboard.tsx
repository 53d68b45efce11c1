import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, DatePicker, Flex, Row, Spin, Statistic, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardQuery as Result } from '../../gql/graphql';
import { useToday } from '../../lib/today';
import { RegionPicker } from '../region/RegionPicker';
import { AnnualAssessment } from './AnnualAssessment';
import Charts from './Charts';
import { DashboardQuery } from './graphql';
import { raceFigureColumns } from './raceColumns';
import { type Target, TargetCard } from './TargetCard';
import { TargetDrawer } from './TargetDrawer';

// The funnel loads after the first screen, like the charts; a city's districts' board too.
const FunnelCard = lazy(() => import('../lead/FunnelCard').then((m) => ({ default: m.FunnelCard })));
const RegionBoard = lazy(() => import('../region/RegionBoard').then((m) => ({ default: m.RegionBoard })));

type RaceRow = Result['dashboard']['race']['rows'][number];

/** 驾驶舱: targets against 时序进度, the stage funnel, industries, signings, the unit race and warnings, as of any day. */
export function Dashboard() {
  const { t } = useTranslation();
  const today = useToday();
  const [chosen, setAsOf] = useState<string>();
  const asOf = chosen ?? today ?? '';
  const [open, setOpen] = useState<Target | null>(null);
  const [regionId, setRegionId] = useState<string>();
  const { data, loading } = useQuery(DashboardQuery, { variables: { asOf, regionId }, skip: !asOf });
  const region = data?.dashboard.region;
  const city = region && region.level !== 'DISTRICT' ? region : null;
  const warnings = data?.dashboard.warnings;
  const list = (warning: string) => `/projects?warning=${warning}&asOf=${asOf}`;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <h1 style={{ fontSize: 20, margin: 0 }}>{t('dashboard.title')}</h1>
          <Flex align="center" gap={8} wrap>
            <RegionPicker value={regionId} onChange={setRegionId} />
            <label htmlFor="dashboard-as-of">{t('dashboard.asOf')}</label>
            <DatePicker
              id="dashboard-as-of"
              allowClear={false}
              value={asOf ? dayjs(asOf) : undefined}
              onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
            />
          </Flex>
        </Flex>
      </Card>
      {loading && !data ? (
        <Spin />
      ) : (
        data && (
          <>
            <section aria-label={t('dashboard.targets')}>
              <Row gutter={[16, 16]}>
                {data.targets.map((target) => (
                  // Three to a row on a wide screen, two on a tablet: rows of cards of one height, not a ragged grid.
                  <Col key={target.code} xs={24} sm={12} xl={8} style={{ display: 'flex' }}>
                    <TargetCard
                      target={target}
                      ownUnit={target.byUnit.find((u) => u.unit.id === data.me?.unit?.id)}
                      onOpen={() => setOpen(target)}
                    />
                  </Col>
                ))}
              </Row>
            </section>
            <Card title={t('dashboard.warnings')}>
              <Row gutter={16}>
                <Col xs={24} sm={8}>
                  <Link to={list('OVERDUE_NODE')}>
                    <Statistic
                      title={t('dashboard.overdueNodes')}
                      value={warnings?.overdueNodes ?? 0}
                      suffix={
                        <small>
                          {t('dashboard.projectsAffected', { count: warnings?.projectsWithOverdueNodes ?? 0 })}
                        </small>
                      }
                      styles={{ content: { color: '#cf1322' } }}
                    />
                  </Link>
                </Col>
                <Col xs={24} sm={8}>
                  <Link to={list('OVERDUE_PROBLEM')}>
                    <Statistic
                      title={t('dashboard.overdueProblems')}
                      value={warnings?.overdueProblems ?? 0}
                      suffix={
                        <small>
                          {t('dashboard.projectsAffected', { count: warnings?.projectsWithOverdueProblems ?? 0 })}
                        </small>
                      }
                      styles={{ content: { color: '#ad4e00' } }}
                    />
                  </Link>
                </Col>
                <Col xs={24} sm={8}>
                  <Link to={list('NON_COMPLIANT')}>
                    <Statistic title={t('dashboard.nonCompliant')} value={warnings?.nonCompliantProjects ?? 0} />
                  </Link>
                </Col>
              </Row>
            </Card>
            {city && (
              <Suspense fallback={null}>
                <RegionBoard regionId={city.id} asOf={asOf} quarter={data.dashboard.race.quarter} />
              </Suspense>
            )}
            <Charts data={data.dashboard} />
            <Suspense fallback={null}>
              <FunnelCard asOf={asOf} />
            </Suspense>
            <Card
              title={`${t('dashboard.race')} · ${data.dashboard.race.quarter}`}
              extra={
                data.dashboard.race.published ? (
                  <Tag color="green" data-testid="race-status">
                    {t('dashboard.racePublished', { date: data.dashboard.race.publishedAt?.slice(0, 10) })}
                  </Tag>
                ) : (
                  <Tag color="gold" data-testid="race-status">
                    {t('dashboard.raceProvisional', { date: data.dashboard.race.asOf })}
                  </Tag>
                )
              }
            >
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('dashboard.scoring')}
                description={data.dashboard.weights.map((w) => `${t(`weight.${w.key}`)} ${w.weight}`).join('；')}
              />
              <Table<RaceRow>
                rowKey={(r) => r.unit.id}
                size="small"
                pagination={false}
                dataSource={data.dashboard.race.rows}
                scroll={{ x: 900 }}
                columns={[
                  { title: t('dashboard.rank'), dataIndex: 'rank', width: 60 },
                  ...(city
                    ? [{ title: t('region.district'), render: (_: unknown, r: RaceRow) => r.unit.region.name }]
                    : []),
                  { title: t('projectField.leadUnitId'), render: (_, r) => r.unit.name },
                  ...raceFigureColumns<RaceRow>(t),
                ]}
              />
            </Card>
            {/* Below the rest, and only with it: drawn alone first, it would be pushed down the page. */}
            <AnnualAssessment year={Number(asOf.slice(0, 4))} />
          </>
        )
      )}
      <TargetDrawer target={open} asOf={asOf} regionId={regionId} onClose={() => setOpen(null)} />
    </Flex>
  );
}
