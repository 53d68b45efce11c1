import { useQuery } from '@apollo/client/react';
import { Space, Spin } from 'antd';
import { Conflicts } from './Conflicts';
import { ProjectConflictsQuery, ProjectTalksQuery } from './graphql';
import { Documents, Talks } from './TalksAndDocuments';

type Props = { projectId: string; unitId: string };

/** A project's 洽谈 and documents (its lead's among them), loaded when their tab is opened. */
export function ProjectTalks({ projectId, unitId, canWrite }: Props & { canWrite: boolean }) {
  const { data, loading, refetch } = useQuery(ProjectTalksQuery, { variables: { id: projectId } });
  const project = data?.project;
  if (loading && !project) return <Spin />;
  if (!project) return null;
  const record = { projectId, unitId };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Talks record={record} talks={project.interactions} canWrite={canWrite} onChanged={() => refetch()} />
      <Documents record={record} documents={project.documents} canWrite={canWrite} onChanged={() => refetch()} />
    </Space>
  );
}

/** The 撞单 a project is part of, shown above its details. */
export function ProjectConflicts({ projectId, unitId }: Props) {
  const { data, refetch } = useQuery(ProjectConflictsQuery, { variables: { id: projectId } });
  return <Conflicts conflicts={data?.project?.conflicts ?? []} ownUnitId={unitId} onChanged={() => refetch()} />;
}
