import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Space,
  Spin,
  Steps,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { ProjectDetailFragment } from '../../gql/graphql';
import { useNames } from '../../lib/labels';
import { useCan, useSession } from '../auth/session';
import { ComplianceTab } from '../compliance/ComplianceTab';
import { usePageName } from '../layout/pageTitle';
import { ProjectProblems } from '../problem/ProjectProblems';
import { HistoryList } from './HistoryList';
import { MilestoneTable } from './MilestoneTable';
import { ProjectFormDrawer } from './ProjectForm';
import { forwardStages, type StageAction, StageDialog } from './StageDialogs';
import { LightBadge, StageTag, TierTag } from './tags';

// The work before the project loads apart: the project page stays within the first screen's budget.
const ProjectTalks = lazy(() => import('../lead/ProjectLeadWork').then((m) => ({ default: m.ProjectTalks })));
const ProjectConflicts = lazy(() => import('../lead/ProjectLeadWork').then((m) => ({ default: m.ProjectConflicts })));

const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      ...ProjectDetail
    }
    units {
      id
      name
    }
  }
`);

const stageDates = ['signedOn', 'startedOn', 'acceptedOn', 'productionOn', 'capacityOn'] as const;

function LifecycleSteps({ project }: { project: ProjectDetailFragment }) {
  const { t } = useTranslation();
  const terminated = project.stage === 'TERMINATED';
  const reached = terminated
    ? stageDates.filter((f) => project[f]).length
    : forwardStages.indexOf(project.stage as (typeof forwardStages)[number]);
  return (
    <Steps
      size="small"
      current={reached}
      status={terminated ? 'error' : 'process'}
      responsive
      items={forwardStages.map((stage, i) => {
        const date = i === 0 ? null : project[stageDates[i - 1] as (typeof stageDates)[number]];
        return {
          title: t(`stage.${stage}`),
          content:
            terminated && i === reached ? `${t('stage.TERMINATED')} ${project.terminatedOn}` : (date ?? undefined),
        };
      })}
    />
  );
}

/** The project page: lifecycle, details, nodes, stage changes and history, with the actions the user may take. */
export function ProjectDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const names = useNames();
  const { me } = useSession();
  const mayCorrect = useCan('stage.correct');
  const { data, loading, refetch } = useQuery(ProjectPageQuery, { variables: { id } });
  const [params] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [stageAction, setStageAction] = useState<StageAction>(null);
  const units = useMemo(() => new Map((data?.units ?? []).map((u) => [u.id, u.name])), [data?.units]);
  const project = data?.project;
  usePageName(project?.name);

  if (loading && !project) return <Spin />;
  if (!project) {
    return (
      <Result status="404" title={t('project.notFound')} extra={<Link to="/projects">{t('project.back')}</Link>} />
    );
  }

  const canEdit = project.viewerCanEdit;
  const active = project.stage !== 'TERMINATED';
  const canAdvance = canEdit && active && project.stage !== 'AT_CAPACITY';
  const field = (name: string) => t(`projectField.${name}`);
  const money = (v: string | null | undefined, unit: string) => (v ? `${v} ${unit}` : '—');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" wrap gap={12}>
          <div>
            <Typography.Text type="secondary">{project.code}</Typography.Text>
            <h1 style={{ fontSize: 22, margin: '4px 0' }}>{project.name}</h1>
            <Space wrap>
              <span data-testid="project-stage">
                <StageTag stage={project.stage} />
              </span>
              <TierTag tier={project.tier} />
              <span data-testid="project-light">
                <LightBadge light={project.light} />
              </span>
              {project.countsTowardTarget && <Tag color="gold">{t('project.counts')}</Tag>}
            </Space>
          </div>
          <Space wrap>
            {canEdit && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
            {canAdvance && (
              <Button type="primary" onClick={() => setStageAction('advance')}>
                {t('project.advance')}
              </Button>
            )}
            {canEdit && active && project.stage !== 'AT_CAPACITY' && (
              <Button danger onClick={() => setStageAction('terminate')}>
                {t('project.terminate')}
              </Button>
            )}
            {mayCorrect && project.stage !== 'NEGOTIATING' && (
              <Button onClick={() => setStageAction('correct')}>{t('project.correct')}</Button>
            )}
          </Space>
        </Flex>
        {!canEdit && me.role === 'PROMOTER' && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={t('project.readOnly', { unit: project.leadUnit.name })}
          />
        )}
        <div style={{ marginTop: 20 }}>
          <LifecycleSteps project={project} />
        </div>
      </Card>
      <Suspense fallback={null}>
        <ProjectConflicts projectId={project.id} unitId={project.leadUnit.id} />
      </Suspense>
      <Card>
        <Tabs
          defaultActiveKey={params.get('tab') ?? 'basics'}
          items={[
            {
              key: 'basics',
              label: t('project.basics'),
              children: (
                <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
                  <Descriptions.Item label={field('investor')}>
                    {project.investor}
                    {project.investorRecord?.creditCode ? `（${project.investorRecord.creditCode}）` : ''}
                    {project.conflict && (
                      <Tag color="red" style={{ marginInlineStart: 8 }}>
                        {t('lead.conflict')}
                      </Tag>
                    )}
                  </Descriptions.Item>
                  {project.stage === 'NEGOTIATING' && (
                    <Descriptions.Item label={field('likelihood')}>
                      {project.likelihood ? t(`likelihood.${project.likelihood}`) : '—'}
                      {project.expectedSigningMonth ? ` · ${project.expectedSigningMonth}` : ''}
                    </Descriptions.Item>
                  )}
                  {project.lead && (
                    <Descriptions.Item label={t('lead.title')}>
                      <Link to={`/leads/${project.lead.id}`}>{project.lead.title}</Link>
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={field('industry')}>{t(`industry.${project.industry}`)}</Descriptions.Item>
                  <Descriptions.Item label={field('source')}>{t(`source.${project.source}`)}</Descriptions.Item>
                  <Descriptions.Item label={field('kind')}>{names.kind(project.kind)}</Descriptions.Item>
                  <Descriptions.Item label={field('totalInvestment')}>{project.totalInvestment}</Descriptions.Item>
                  <Descriptions.Item label={field('fixedAssetInvestment')}>
                    {project.fixedAssetInvestment ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={field('landArea')}>{project.landArea ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={field('isManufacturing')}>
                    {project.isManufacturing ? t('common.yes') : t('common.no')}
                  </Descriptions.Item>
                  <Descriptions.Item label={field('isChainProject')}>
                    {project.isChainProject ? t('common.yes') : t('common.no')}
                  </Descriptions.Item>
                  <Descriptions.Item label={field('isForeign')}>
                    {project.isForeign
                      ? `${money(project.totalInvestmentUsd, t('project.wan'))}（${field('foreignInvestmentUsd')} ${money(project.foreignInvestmentUsd, t('project.wan'))}）`
                      : t('common.no')}
                  </Descriptions.Item>
                  <Descriptions.Item label={field('leadUnitId')}>{project.leadUnit.name}</Descriptions.Item>
                  <Descriptions.Item label={field('platformId')}>{project.platform?.name ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={field('ownerId')}>{project.owner?.displayName ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={field('responsibleLeader')}>
                    {project.responsibleLeader ?? '—'}
                    {project.responsibleLeader && (
                      <Tag
                        color={project.responsibleLeaderUser ? 'green' : 'orange'}
                        style={{ marginInlineStart: 8 }}
                        data-testid="leader-link"
                      >
                        {t(project.responsibleLeaderUser ? 'leader.linked' : 'leader.unlinked')}
                      </Tag>
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={field('serviceOfficerId')}>
                    {project.serviceOfficer?.displayName ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={field('address')}>{project.address ?? '—'}</Descriptions.Item>
                  {project.terminationReason && (
                    <Descriptions.Item label={field('terminationReason')}>
                      {project.terminationReason}
                    </Descriptions.Item>
                  )}
                </Descriptions>
              ),
            },
            {
              key: 'talks',
              label: t('lead.talksAndDocuments'),
              children: (
                <Suspense fallback={<Spin />}>
                  <ProjectTalks projectId={project.id} unitId={project.leadUnit.id} canWrite={canEdit} />
                </Suspense>
              ),
            },
            {
              key: 'nodes',
              label: t('project.nodes'),
              children: <MilestoneTable project={project} onChanged={() => refetch()} />,
            },
            {
              key: 'problems',
              label: t('problem.board'),
              children: <ProjectProblems project={project} onChanged={() => refetch()} />,
            },
            {
              key: 'compliance',
              label: t('compliance.title'),
              children: <ComplianceTab projectId={project.id} />,
            },
            {
              key: 'stages',
              label: t('project.stageEvents'),
              children: (
                <Timeline
                  items={project.stageEvents.map((e) => ({
                    key: e.id,
                    color: e.isCorrection ? 'orange' : e.to === 'TERMINATED' ? 'red' : 'blue',
                    content: (
                      <div>
                        <Typography.Text strong>
                          {e.from ? `${t(`stage.${e.from}`)} → ` : ''}
                          {t(`stage.${e.to}`)}
                        </Typography.Text>{' '}
                        {e.isCorrection && <Tag color="orange">{t('project.correction')}</Tag>}
                        <Typography.Text> {e.on}</Typography.Text>
                        {e.note && <div>{e.note}</div>}
                        <Typography.Text type="secondary">
                          {e.by?.displayName ?? t('project.system')} · {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
                        </Typography.Text>
                      </div>
                    ),
                  }))}
                />
              ),
            },
            {
              key: 'history',
              label: t('project.history'),
              children: <HistoryList history={project.history} units={units} />,
            },
          ]}
        />
      </Card>
      {canEdit && (
        <ProjectFormDrawer
          open={editing}
          onClose={() => setEditing(false)}
          onReload={() => refetch()}
          project={{
            id: project.id,
            version: project.version,
            name: project.name,
            investor: project.investor,
            industry: project.industry,
            source: project.source,
            isManufacturing: project.isManufacturing,
            isForeign: project.isForeign,
            foreignInvestmentUsd: project.foreignInvestmentUsd ?? null,
            totalInvestmentUsd: project.totalInvestmentUsd ?? null,
            isChainProject: project.isChainProject,
            kind: project.kind.kind,
            signed: project.signedOn != null,
            totalInvestment: project.totalInvestment,
            fixedAssetInvestment: project.fixedAssetInvestment ?? null,
            landArea: project.landArea ?? null,
            leadUnitId: project.leadUnit.id,
            platformId: project.platform?.id ?? null,
            responsibleLeader: project.responsibleLeader ?? null,
            serviceOfficerId: project.serviceOfficer?.id ?? null,
            latitude: project.latitude ?? null,
            longitude: project.longitude ?? null,
            address: project.address ?? null,
            likelihood: project.likelihood ?? null,
            expectedSigningMonth: project.expectedSigningMonth ?? null,
          }}
        />
      )}
      <StageDialog
        action={stageAction}
        project={project}
        onClose={() => setStageAction(null)}
        onReload={() => refetch()}
      />
    </Space>
  );
}
