import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  Industry,
  Light,
  ProjectFilter,
  ProjectListQuery as ProjectListResult,
  ProjectOrder,
  ProjectSortField,
  ProjectWarning,
  Stage,
  Tier,
} from '../../gql/graphql';
import { withLanguage } from '../../i18n';
import { type ChoosableColumn, useColumnChoice } from '../../lib/columnChoice';
import { formatAmount } from '../../lib/format';
import { type ParamKind, useListState } from '../../lib/listState';
import { unitOptions } from '../../lib/unitOptions';
import { useCan, useSession } from '../auth/session';
import { GradeBadge } from '../compliance/ClauseTable';
import { ImportWizard } from './ImportWizard';
import { ProjectFormDrawer } from './ProjectForm';
import { LightBadge, StageTag, TierTag } from './tags';
import { industries, lights, stages, tiers } from './values';

export const ProjectListQuery = graphql(`
  query ProjectList($filter: ProjectFilter, $first: Int, $offset: Int, $orderBy: ProjectOrder) {
    projects(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
      totalCount
      nodes {
        id
        code
        name
        investor
        industry
        totalInvestment
        tier
        stage
        signedOn
        light
        muGrade
        countsTowardTarget
        leadUnit {
          id
          name
        }
        region {
          id
          name
        }
      }
    }
    units {
      id
      name
      kind
    }
    regions {
      id
      name
      level
    }
  }
`);

type Row = ProjectListResult['projects']['nodes'][number];

const warningLabels = {
  OVERDUE_NODE: 'dashboard.overdueNodes',
  OVERDUE_PROBLEM: 'dashboard.overdueProblems',
  NON_COMPLIANT: 'dashboard.nonCompliant',
} as const satisfies Record<ProjectWarning, string>;
const sortFields: Record<string, ProjectSortField> = {
  code: 'CODE',
  name: 'NAME',
  totalInvestment: 'TOTAL_INVESTMENT',
  signedOn: 'SIGNED_ON',
  stage: 'STAGE',
};
const sortKeyOf = Object.fromEntries(Object.entries(sortFields).map(([k, v]) => [v, k])) as Record<
  ProjectSortField,
  string
>;
const pageSizes = [20, 50, 100];

/** What 项目库 keeps in the address: the dashboard's warnings link here with theirs. */
const listShape = {
  search: 'text',
  stage: 'list',
  tier: 'list',
  industry: 'list',
  light: 'list',
  warning: 'list',
  unit: 'text',
  region: 'text',
  manufacturing: 'bool',
  leader: 'text',
  asOf: 'text',
  sort: 'text',
  order: 'text',
  page: 'int',
  size: 'int',
} as const satisfies Record<string, ParamKind>;

const only = <T extends string>(values: readonly T[], chosen: string[]) =>
  chosen.filter((v): v is T => values.includes(v as T));

/** The 台账 download for the filters on screen. */
function exportUrl(filter: ProjectFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = params.toString();
  return withLanguage(`/api/projects.xlsx${query ? `?${query}` : ''}`);
}

/** 项目库: search, filter, sort and page through the projects, all in the database. */
export function ProjectList() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [state, update] = useListState(listShape);
  const filter: ProjectFilter = {
    search: state.search,
    stage: only(stages, state.stage),
    tier: only(tiers, state.tier),
    industry: only(industries, state.industry),
    light: only(lights, state.light),
    warning: only(Object.keys(warningLabels) as ProjectWarning[], state.warning),
    leadUnitId: state.unit,
    regionId: state.region,
    isManufacturing: state.manufacturing,
    responsibleLeaderId: state.leader,
    asOf: state.asOf,
  };
  const field = state.sort ? sortFields[state.sort] : undefined;
  const orderBy: ProjectOrder | undefined = field
    ? { field, direction: state.order === 'ascend' ? 'ASC' : 'DESC' }
    : undefined;
  const size = pageSizes.includes(state.size ?? 0) ? (state.size as number) : 50;
  const pageNo = Math.max(1, state.page ?? 1);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const { data, previousData, loading, refetch } = useQuery(ProjectListQuery, {
    variables: { filter, first: size, offset: (pageNo - 1) * size, orderBy },
  });
  const page = (data ?? previousData)?.projects;
  const units = (data ?? previousData)?.units ?? [];
  // A city account sees its districts: it may narrow to one, and every row names its district.
  const districts = ((data ?? previousData)?.regions ?? []).filter((r) => r.level === 'DISTRICT');
  const manyDistricts = districts.length > 1;
  const canCreate = useCan('project.write');

  /** A filter change starts again at the first page. */
  const set = (change: Partial<typeof state>) => update({ ...change, page: undefined });
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v as string}`) }));
  const sortOrder = (key: string) =>
    field && sortKeyOf[field] === key ? (state.order === 'ascend' ? 'ascend' : 'descend') : null;

  const columns: ChoosableColumn<Row>[] = [
    { key: 'code', title: t('projectField.code'), dataIndex: 'code', sorter: true, width: 120, fixed: 'left' },
    {
      key: 'name',
      title: t('projectField.name'),
      dataIndex: 'name',
      sorter: true,
      width: 200,
      fixed: 'left',
      render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link>,
    },
    { key: 'investor', title: t('projectField.investor'), dataIndex: 'investor', ellipsis: true, width: 180 },
    {
      key: 'industry',
      title: t('projectField.industry'),
      dataIndex: 'industry',
      render: (i: Industry) => t(`industry.${i}`),
      width: 90,
    },
    {
      key: 'totalInvestment',
      title: t('projectField.totalInvestment'),
      dataIndex: 'totalInvestment',
      sorter: true,
      align: 'right',
      width: 110,
      render: (v: string) => formatAmount(v),
    },
    {
      key: 'tier',
      title: t('projectField.tier'),
      dataIndex: 'tier',
      render: (tier: Tier) => <TierTag tier={tier} />,
      width: 90,
    },
    {
      key: 'stage',
      title: t('projectField.stage'),
      dataIndex: 'stage',
      sorter: true,
      render: (s: Stage) => <StageTag stage={s} />,
      width: 100,
    },
    { key: 'signedOn', title: t('projectField.signedOn'), dataIndex: 'signedOn', sorter: true, width: 105 },
    ...(manyDistricts
      ? [{ key: 'region', title: t('project.region'), render: (_: unknown, p: Row) => p.region.name, width: 90 }]
      : []),
    { key: 'leadUnit', title: t('projectField.leadUnitId'), render: (_, p) => p.leadUnit.name, width: 120 },
    {
      key: 'muGrade',
      title: t('compliance.grade'),
      dataIndex: 'muGrade',
      render: (g: string | null) => <GradeBadge grade={g} />,
      width: 80,
    },
    {
      key: 'light',
      title: t('projectField.light'),
      dataIndex: 'light',
      render: (l: Light) => <LightBadge light={l} />,
      width: 80,
      fixed: 'right',
    },
  ];
  const { visible, chooser } = useColumnChoice(me.id, 'projects', columns, ['investor']);

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('project.list')}</h1>}
      extra={
        <Space wrap>
          <Button href={exportUrl(filter)}>{t('ledger.export')}</Button>
          {canCreate && <Button onClick={() => setImporting(true)}>{t('ledger.import')}</Button>}
          {canCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('project.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          key={state.search ?? ''}
          allowClear
          defaultValue={state.search}
          placeholder={t('project.search')}
          aria-label={t('project.search')}
          style={{ width: 280 }}
          onSearch={(v) => set({ search: v.trim() || undefined })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('project.allStages')}
          aria-label={t('project.allStages')}
          style={{ minWidth: 160 }}
          options={options(stages, 'stage')}
          value={filter.stage}
          onChange={(v: Stage[]) => set({ stage: v })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('project.allTiers')}
          aria-label={t('project.allTiers')}
          style={{ minWidth: 140 }}
          options={options(tiers, 'tier')}
          value={filter.tier}
          onChange={(v: Tier[]) => set({ tier: v })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('project.allIndustries')}
          aria-label={t('project.allIndustries')}
          style={{ minWidth: 160 }}
          options={options(industries, 'industry')}
          value={filter.industry}
          onChange={(v: Industry[]) => set({ industry: v })}
        />
        <Select
          mode="multiple"
          allowClear
          value={filter.light}
          placeholder={t('project.allLights')}
          aria-label={t('project.allLights')}
          style={{ minWidth: 130 }}
          options={options(lights, 'light')}
          onChange={(v: Light[]) => set({ light: v })}
        />
        {manyDistricts && (
          <Select
            allowClear
            placeholder={t('project.allRegions')}
            aria-label={t('project.allRegions')}
            style={{ minWidth: 120 }}
            options={districts.map((r) => ({ value: r.id, label: r.name }))}
            value={state.region}
            onChange={(v?: string) => set({ region: v })}
          />
        )}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('project.allUnits')}
          aria-label={t('project.allUnits')}
          style={{ minWidth: 160 }}
          options={unitOptions(units, t)}
          value={state.unit}
          onChange={(v?: string) => set({ unit: v })}
        />
        <Select
          allowClear
          placeholder={t('project.manufacturing')}
          aria-label={t('project.manufacturing')}
          style={{ minWidth: 120 }}
          options={[
            { value: 'yes', label: t('project.manufacturing') },
            { value: 'no', label: t('project.nonManufacturing') },
          ]}
          value={state.manufacturing === undefined ? undefined : state.manufacturing ? 'yes' : 'no'}
          onChange={(v?: string) => set({ manufacturing: v === undefined ? undefined : v === 'yes' })}
        />
      </Flex>
      {(filter.warning ?? []).map((w) => (
        <Tag key={w} color="red" closable onClose={() => set({ warning: state.warning.filter((x) => x !== w) })}>
          {t(warningLabels[w])}
          {filter.asOf ? ` · ${filter.asOf}` : ''}
        </Tag>
      ))}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('project.total', { count: page?.totalCount ?? 0 })}</Typography.Text>
        {chooser}
      </Flex>
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.nodes ?? []}
        sticky
        scroll={{ x: 'max-content' }}
        style={{ marginTop: 8 }}
        pagination={{
          current: pageNo,
          pageSize: size,
          total: page?.totalCount ?? 0,
          pageSizeOptions: pageSizes,
          showSizeChanger: true,
          showQuickJumper: true,
        }}
        onChange={(pagination, _, sorter, { action }) => {
          if (action === 'paginate') {
            const nextSize = pagination.pageSize ?? size;
            update({
              page: nextSize === size ? pagination.current : undefined,
              size: nextSize === 50 ? undefined : nextSize,
            });
            return;
          }
          const s = sorter as SorterResult<Row>;
          const key = typeof s.field === 'string' && s.order ? s.field : undefined;
          set({ sort: key, order: key ? (s.order ?? undefined) : undefined });
        }}
        columns={visible.map((c) => (c.sorter ? { ...c, sortOrder: sortOrder(c.key) } : c))}
      />
      <ProjectFormDrawer open={creating} onClose={() => setCreating(false)} />
      <ImportWizard open={importing} onClose={() => setImporting(false)} onImported={() => refetch()} />
    </Card>
  );
}
