import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Progress, Select, Space, Spin, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplianceStatus, Light, BattleMapQuery as Result, Stage } from '../../gql/graphql';
import { type ChoosableColumn, useColumnChoice } from '../../lib/columnChoice';
import { useNames } from '../../lib/labels';
import { useSession } from '../auth/session';
import { LevelTag } from '../problem/tags';
import { forwardStages } from '../project/StageDialogs';
import { LightBadge, StageTag } from '../project/tags';
import { districtNamed } from '../region/districtNamed';
import { BattleMapQuery } from './graphql';

const DistrictMap = lazy(() => import('./DistrictMap'));
const NodeTimeline = lazy(() => import('./NodeTimeline'));

type Row = Result['battleMap'][number];
const lightRank: Record<Light, number> = { RED: 0, YELLOW: 1, GREEN: 2 };
const complianceColors: Record<ComplianceStatus, string> = {
  NONE: 'default',
  COMPLIANT: 'green',
  NON_COMPLIANT: 'red',
  RECTIFYING: 'orange',
};

function StageProgress({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const reached = stage === 'TERMINATED' ? 0 : forwardStages.indexOf(stage) + 1;
  return (
    <Space orientation="vertical" size={0}>
      <StageTag stage={stage} />
      <Progress
        steps={6}
        percent={(reached / 6) * 100}
        showInfo={false}
        size={[10, 6]}
        aria-label={t('battle.stageProgress', { reached, total: 6 })}
      />
    </Space>
  );
}

/** 挂图作战: the ≥50亿 board, a node timeline, and the district map, with filters by unit, leader and light. */
export function BattleBoard() {
  const { t } = useTranslation();
  const names = useNames();
  const [withMajor10, setWithMajor10] = useState(false);
  const [unit, setUnit] = useState<string>();
  const [leader, setLeader] = useState<string>();
  const [lights, setLights] = useState<Light[]>([]);
  const { me } = useSession();
  const [mine, setMine] = useState(false);
  const { data, loading } = useQuery(BattleMapQuery, { variables: { minTier: withMajor10 ? 'MAJOR_10' : 'MAJOR_50' } });
  const all = useMemo(() => districtNamed(data?.battleMap ?? []), [data]);
  const rows = useMemo(
    () =>
      all.filter(
        (p) =>
          (!mine || p.responsibleLeaderUser?.id === me.id) &&
          (!unit || p.leadUnit.id === unit) &&
          (!leader || p.responsibleLeader === leader) &&
          (lights.length === 0 || lights.includes(p.light)),
      ),
    [all, mine, me.id, unit, leader, lights],
  );
  const units = [...new Map(all.map((p) => [p.leadUnit.id, p.leadUnit.name])).entries()];
  const leaders = [...new Set(all.map((p) => p.responsibleLeader).filter((l): l is string => Boolean(l)))];

  const columns: ChoosableColumn<Row>[] = [
    {
      key: 'name',
      title: t('projectField.name'),
      dataIndex: 'name',
      width: 200,
      fixed: 'left',
      render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link>,
    },
    {
      key: 'totalInvestment',
      title: t('projectField.totalInvestment'),
      dataIndex: 'totalInvestment',
      align: 'right',
      width: 120,
      sorter: (a, b) => Number(a.totalInvestment) - Number(b.totalInvestment),
      defaultSortOrder: 'descend',
    },
    { key: 'leadUnit', title: t('projectField.leadUnitId'), render: (_, p) => p.leadUnit.name, width: 120 },
    {
      key: 'responsibleLeader',
      title: t('projectField.responsibleLeader'),
      dataIndex: 'responsibleLeader',
      width: 130,
    },
    {
      key: 'serviceOfficer',
      title: t('projectField.serviceOfficerId'),
      width: 110,
      render: (_, p) => p.serviceOfficer?.displayName ?? '—',
    },
    {
      key: 'stage',
      title: t('projectField.stage'),
      dataIndex: 'stage',
      width: 130,
      render: (s: Stage) => <StageProgress stage={s} />,
      sorter: (a, b) => forwardStages.indexOf(a.stage) - forwardStages.indexOf(b.stage),
    },
    {
      key: 'nextNode',
      title: t('battle.nextNode'),
      width: 170,
      render: (_, p) =>
        p.nextMilestone ? (
          <span>
            {names.node(p.nextMilestone)}
            <br />
            <Typography.Text type={p.nextMilestone.status === 'OVERDUE' ? 'danger' : 'secondary'}>
              {p.nextMilestone.plannedOn}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'light',
      title: t('projectField.light'),
      dataIndex: 'light',
      width: 90,
      fixed: 'right',
      render: (l: Light) => <LightBadge light={l} />,
      sorter: (a, b) => lightRank[a.light] - lightRank[b.light],
    },
    {
      key: 'openProblems',
      title: t('battle.openProblems'),
      width: 120,
      sorter: (a, b) => a.openProblemCount - b.openProblemCount,
      render: (_, p) =>
        p.openProblemCount === 0 ? (
          '0'
        ) : (
          <Link to={`/projects/${p.id}?tab=problems`}>
            <Space size={4}>
              {p.openProblemCount}
              {p.worstOpenProblemLevel && <LevelTag level={p.worstOpenProblemLevel} />}
            </Space>
          </Link>
        ),
    },
    {
      key: 'compliance',
      title: t('battle.compliance'),
      dataIndex: 'complianceStatus',
      width: 90,
      render: (c: ComplianceStatus) => <Tag color={complianceColors[c]}>{t(`complianceStatus.${c}`)}</Tag>,
    },
  ];
  const { visible, chooser } = useColumnChoice(me.id, 'battle', columns, ['serviceOfficer']);

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('nav.battle')}</h1>}
      extra={
        <Link to="/screen">
          <Button>{t('battle.wallScreen')}</Button>
        </Link>
      }
    >
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('project.allUnits')}
          aria-label={t('project.allUnits')}
          style={{ minWidth: 160 }}
          options={units.map(([value, label]) => ({ value, label }))}
          onChange={setUnit}
        />
        <Select
          allowClear
          placeholder={t('battle.allLeaders')}
          aria-label={t('battle.allLeaders')}
          style={{ minWidth: 180 }}
          options={leaders.map((l) => ({ value: l, label: l }))}
          onChange={setLeader}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('project.allLights')}
          aria-label={t('project.allLights')}
          style={{ minWidth: 140 }}
          options={lights.map((l) => ({ value: l, label: t(`light.${l}`) }))}
          onChange={setLights}
        />
        {me.role === 'LEADER' && (
          <Space>
            <Switch checked={mine} onChange={setMine} aria-label={t('leader.mine')} />
            {t('leader.mine')}
          </Space>
        )}
        <Space>
          <Switch checked={withMajor10} onChange={setWithMajor10} aria-label={t('battle.withMajor10')} />
          {t('battle.withMajor10')}
        </Space>
        <Typography.Text type="secondary" data-testid="battle-count">
          {t('battle.count', { count: rows.length })}
        </Typography.Text>
        {chooser}
        {data && data.battleMapCount > all.length && (
          <Typography.Text type="warning">
            {t('battle.bounded', { total: data.battleMapCount, shown: all.length })}
          </Typography.Text>
        )}
      </Flex>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'board',
            label: t('battle.board'),
            children: (
              <Table<Row>
                rowKey="id"
                size="small"
                loading={loading}
                dataSource={rows}
                pagination={false}
                sticky
                scroll={{ x: 'max-content' }}
                columns={visible}
              />
            ),
          },
          {
            key: 'timeline',
            label: t('battle.timeline'),
            children: (
              <Suspense fallback={<Spin />}>
                <NodeTimeline projects={rows} minTier={withMajor10 ? 'MAJOR_10' : 'MAJOR_50'} />
              </Suspense>
            ),
          },
          {
            key: 'map',
            label: t('battle.map'),
            children: (
              <Suspense fallback={<Spin />}>
                <DistrictMap
                  projects={rows}
                  tileUrl={data?.appConfig.mapTileUrl}
                  attribution={data?.appConfig.mapTileAttribution}
                  label={t('battle.map')}
                />
              </Suspense>
            ),
          },
        ]}
      />
    </Card>
  );
}
