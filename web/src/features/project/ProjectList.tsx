import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
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
import { useSession } from '../auth/session';
import { GradeBadge } from '../compliance/ClauseTable';
import { ImportWizard } from './ImportWizard';
import { ProjectFormDrawer } from './ProjectForm';
import { LightBadge, StageTag, TierTag } from './tags';
import { industries, lights, stages, tiers } from './values';

export const ProjectListQuery = graphql(`
  query ProjectList($filter: ProjectFilter, $first: Int, $after: String, $orderBy: ProjectOrder) {
    projects(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
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
      }
    }
    units {
      id
      name
    }
  }
`);

type Row = ProjectListResult['projects']['nodes'][number];

const warningLabels = {
  OVERDUE_NODE: 'dashboard.overdueNodes',
  OVERDUE_PROBLEM: 'dashboard.overdueProblems',
  NON_COMPLIANT: 'dashboard.nonCompliant',
} as const satisfies Record<ProjectWarning, string>;
const warnings = Object.keys(warningLabels) as ProjectWarning[];
const sortFields: Record<string, ProjectSortField> = {
  code: 'CODE',
  name: 'NAME',
  totalInvestment: 'TOTAL_INVESTMENT',
  signedOn: 'SIGNED_ON',
  stage: 'STAGE',
};
const PAGE = 50;

/** The 台账 download for the filters on screen. */
function exportUrl(filter: ProjectFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = params.toString();
  return `/api/projects.xlsx${query ? `?${query}` : ''}`;
}

/** 项目库: search, filter, sort and page through the projects, all in the database. */
export function ProjectList() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  // The dashboard's warnings link here with the filter in the address.
  const [filter, setFilter] = useState<ProjectFilter>(() => ({
    warning: params.getAll('warning').filter((w): w is ProjectWarning => warnings.includes(w as ProjectWarning)),
    light: params.getAll('light').filter((l): l is Light => lights.includes(l as Light)),
    asOf: params.get('asOf') ?? undefined,
  }));
  const [orderBy, setOrderBy] = useState<ProjectOrder | undefined>();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const { data, loading, fetchMore, refetch } = useQuery(ProjectListQuery, {
    variables: { filter, first: PAGE, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.projects;
  const canCreate = me.role === 'ADMIN' || me.role === 'PROMOTER';

  const set = <K extends keyof ProjectFilter>(key: K, value: ProjectFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: Array.isArray(value) && value.length === 0 ? undefined : value }));
  const options = <T extends string>(values: T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v as string}`) }));

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
          allowClear
          placeholder={t('project.search')}
          aria-label={t('project.search')}
          style={{ width: 280 }}
          onSearch={(v) => set('search', v || undefined)}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('project.allStages')}
          aria-label={t('project.allStages')}
          style={{ minWidth: 160 }}
          options={options(stages, 'stage')}
          onChange={(v: Stage[]) => set('stage', v)}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('project.allTiers')}
          aria-label={t('project.allTiers')}
          style={{ minWidth: 140 }}
          options={options(tiers, 'tier')}
          onChange={(v: Tier[]) => set('tier', v)}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('project.allIndustries')}
          aria-label={t('project.allIndustries')}
          style={{ minWidth: 160 }}
          options={options(industries, 'industry')}
          onChange={(v: Industry[]) => set('industry', v)}
        />
        <Select
          mode="multiple"
          allowClear
          defaultValue={filter.light ?? []}
          placeholder={t('project.allLights')}
          aria-label={t('project.allLights')}
          style={{ minWidth: 130 }}
          options={options(lights, 'light')}
          onChange={(v: Light[]) => set('light', v)}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('project.allUnits')}
          aria-label={t('project.allUnits')}
          style={{ minWidth: 160 }}
          options={(data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(v?: string) => set('leadUnitId', v)}
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
          onChange={(v?: string) => set('isManufacturing', v === undefined ? undefined : v === 'yes')}
        />
      </Flex>
      {(filter.warning ?? []).map((w) => (
        <Tag
          key={w}
          color="red"
          closable
          onClose={() =>
            set(
              'warning',
              (filter.warning ?? []).filter((x) => x !== w),
            )
          }
        >
          {t(warningLabels[w])}
          {filter.asOf ? ` · ${filter.asOf}` : ''}
        </Tag>
      ))}
      <Typography.Text type="secondary">{t('project.total', { count: page?.totalCount ?? 0 })}</Typography.Text>
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        scroll={{ x: 1500 }}
        style={{ marginTop: 8 }}
        onChange={(_, __, sorter) => {
          const s = sorter as SorterResult<Row>;
          const field = typeof s.field === 'string' ? sortFields[s.field] : undefined;
          setOrderBy(field && s.order ? { field, direction: s.order === 'ascend' ? 'ASC' : 'DESC' } : undefined);
        }}
        columns={[
          { title: t('projectField.code'), dataIndex: 'code', sorter: true, width: 130 },
          {
            title: t('projectField.name'),
            dataIndex: 'name',
            sorter: true,
            width: 240,
            render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link>,
          },
          { title: t('projectField.investor'), dataIndex: 'investor', ellipsis: true, width: 200 },
          {
            title: t('projectField.industry'),
            dataIndex: 'industry',
            render: (i: Industry) => t(`industry.${i}`),
            width: 110,
          },
          {
            title: t('projectField.totalInvestment'),
            dataIndex: 'totalInvestment',
            sorter: true,
            align: 'right',
            width: 150,
          },
          {
            title: t('projectField.tier'),
            dataIndex: 'tier',
            render: (tier: Tier) => <TierTag tier={tier} />,
            width: 100,
          },
          {
            title: t('projectField.stage'),
            dataIndex: 'stage',
            sorter: true,
            render: (s: Stage) => <StageTag stage={s} />,
            width: 120,
          },
          { title: t('projectField.signedOn'), dataIndex: 'signedOn', sorter: true, width: 120 },
          { title: t('projectField.leadUnitId'), render: (_, p) => p.leadUnit.name, width: 140 },
          {
            title: t('projectField.light'),
            dataIndex: 'light',
            render: (l: Light) => <LightBadge light={l} />,
            width: 90,
          },
          {
            title: t('compliance.grade'),
            dataIndex: 'muGrade',
            render: (g: string | null) => <GradeBadge grade={g} />,
            width: 100,
          },
        ]}
      />
      {page?.pageInfo.hasNextPage && (
        <Space style={{ marginTop: 12 }}>
          <Button
            loading={loading}
            onClick={() =>
              fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  ...fetchMoreResult,
                  projects: {
                    ...fetchMoreResult.projects,
                    nodes: [...(prev.projects?.nodes ?? []), ...fetchMoreResult.projects.nodes],
                  },
                }),
              })
            }
          >
            {t('project.loadMore', { shown: page.nodes.length, total: page.totalCount })}
          </Button>
        </Space>
      )}
      <ProjectFormDrawer open={creating} onClose={() => setCreating(false)} />
      <ImportWizard open={importing} onClose={() => setImporting(false)} onImported={() => refetch()} />
    </Card>
  );
}
