import { useQuery } from '@apollo/client/react';
import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetProjectsQuery as Result, Stage } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
import { useNames } from '../../lib/labels';
import { StageTag } from '../project/tags';
import { TargetProjectsQuery } from './graphql';
import type { Target } from './TargetCard';

type Row = Result['targets'][number]['projects'][number];
type UnitRow = Result['targets'][number]['byUnit'][number];
type Pipeline = Result['targets'][number]['pipeline'][number];

/** The projects behind a target's figure, and for the 30-project target the pipeline. */
export function TargetDrawer({
  target,
  asOf,
  regionId,
  onClose,
}: {
  target: Target | null;
  asOf: string;
  /** The region the figure is of, when not the account's own. */
  regionId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const { data, loading } = useQuery(TargetProjectsQuery, { variables: { asOf, regionId }, skip: !target });
  const detail = data?.targets.find((x) => x.code === target?.code);
  const columns = [
    { title: t('projectField.code'), dataIndex: 'code', width: 130 },
    { title: t('projectField.name'), render: (_: unknown, p: Row) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
    { title: t('projectField.totalInvestment'), dataIndex: 'totalInvestment', align: 'right' as const, width: 130 },
    { title: t('projectField.signedOn'), dataIndex: 'signedOn', width: 110 },
    { title: t('projectField.stage'), dataIndex: 'stage', render: (s: Stage) => <StageTag stage={s} />, width: 110 },
    { title: t('projectField.leadUnitId'), render: (_: unknown, p: Row) => p.leadUnit.name, width: 130 },
  ];
  return (
    <Drawer open={target !== null} onClose={onClose} title={target ? names.target(target) : undefined} size="large">
      {(detail?.byUnit.length ?? 0) > 0 && (
        <section aria-label={t('dashboard.byUnit')}>
          <Typography.Title level={5}>{t('dashboard.byUnit')}</Typography.Title>
          <Table<UnitRow>
            rowKey={(u) => u.unit.id}
            size="small"
            dataSource={detail?.byUnit ?? []}
            pagination={false}
            style={{ marginBottom: 24 }}
            columns={[
              { title: t('projectField.leadUnitId'), render: (_: unknown, u: UnitRow) => u.unit.name },
              {
                title: t('dashboard.quota'),
                dataIndex: 'quota',
                align: 'right',
                render: (q: number | null) => q ?? '—',
              },
              { title: t('dashboard.unitCurrent'), dataIndex: 'current', align: 'right' },
              {
                title: t('dashboard.ofQuota'),
                dataIndex: 'percent',
                align: 'right',
                render: formatPercent,
              },
            ]}
          />
        </section>
      )}
      <Typography.Title level={5}>
        {detail?.kind === 'RATE' ? t('dashboard.base') : t('dashboard.counted')} ({detail?.projects.length ?? 0})
      </Typography.Title>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={detail?.projects ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
      />
      {(detail?.pipeline.length ?? 0) > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('dashboard.pipeline')} ({detail?.pipeline.length}){' '}
            {t('dashboard.pipelineHigh', { count: detail?.pipelineHigh ?? 0 })}
          </Typography.Title>
          <Table<Pipeline>
            rowKey="id"
            size="small"
            dataSource={detail?.pipeline ?? []}
            columns={[
              ...columns.filter((c) => c.dataIndex !== 'signedOn'),
              {
                title: t('projectField.likelihood'),
                dataIndex: 'likelihood',
                width: 100,
                render: (l: Pipeline['likelihood']) => (l ? t(`likelihood.${l}`) : '—'),
              },
              { title: t('projectField.expectedSigningMonth'), dataIndex: 'expectedSigningMonth', width: 120 },
            ]}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 760 }}
          />
        </>
      )}
    </Drawer>
  );
}
