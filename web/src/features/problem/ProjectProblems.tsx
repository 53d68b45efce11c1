import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EscalationLevel, ProblemStatus, ProjectDetailFragment } from '../../gql/graphql';
import { RaiseProblemModal } from './RaiseProblemModal';
import { LevelTag, ProblemStatusTag } from './tags';

type Row = ProjectDetailFragment['problems'][number];

/** A project's problems on its page, with 提出问题 for those who may. */
export function ProjectProblems({ project, onChanged }: { project: ProjectDetailFragment; onChanged: () => unknown }) {
  const { t } = useTranslation();
  const [raising, setRaising] = useState(false);
  const canRaise = project.viewerCanEdit && project.stage !== 'TERMINATED';
  return (
    <>
      {canRaise && (
        <Button onClick={() => setRaising(true)} style={{ marginBottom: 12 }}>
          {t('problem.raise')}
        </Button>
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={project.problems}
        locale={{ emptyText: t('problem.empty') }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('problem.title'), render: (_, p) => <Link to={`/problems/${p.id}`}>{p.title}</Link> },
          {
            title: t('problem.status'),
            dataIndex: 'status',
            render: (s: ProblemStatus) => <ProblemStatusTag status={s} />,
          },
          { title: t('problem.level'), dataIndex: 'level', render: (l: EscalationLevel) => <LevelTag level={l} /> },
          { title: t('problem.leadUnit'), render: (_, p) => p.leadUnit.name },
          {
            title: t('problem.dueOn'),
            render: (_, p) => (
              <Typography.Text type={p.overdue ? 'danger' : undefined}>
                {p.dueOn ?? '—'} {p.overdue ? t('problem.overdue') : ''}
              </Typography.Text>
            ),
          },
        ]}
      />
      <RaiseProblemModal projectId={project.id} open={raising} onClose={() => setRaising(false)} onRaised={onChanged} />
    </>
  );
}
