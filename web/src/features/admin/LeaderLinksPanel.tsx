import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { UnlinkedLeadersQuery as Result } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';

const UnlinkedLeadersQuery = graphql(`
  query UnlinkedLeaders {
    unlinkedLeaderProjects {
      id
      code
      name
      version
      totalInvestment
      responsibleLeader
    }
    leaders {
      id
      displayName
    }
  }
`);

const LinkLeaderMutation = graphql(`
  mutation LinkLeader($id: ID!, $version: Int!, $leaderId: ID!) {
    updateProject(id: $id, version: $version, input: { responsibleLeaderId: $leaderId }) {
      id
      version
      responsibleLeader
    }
  }
`);

type Row = Result['unlinkedLeaderProjects'][number];

/** 包联领导 text that named no single leader account (from before accounts, or typed): ADMIN links each. */
export function LeaderLinksPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(UnlinkedLeadersQuery, { fetchPolicy: 'network-only' });
  const [link, linking] = useMutation(LinkLeaderMutation, { refetchQueries: [UnlinkedLeadersQuery] });
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const leaders = (data?.leaders ?? []).map((l) => ({ value: l.id, label: l.displayName }));
  return (
    <>
      <Typography.Paragraph type="secondary">{t('leader.linksHint')}</Typography.Paragraph>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.unlinkedLeaderProjects ?? []}
        pagination={false}
        locale={{ emptyText: t('leader.none') }}
        columns={[
          { title: t('projectField.code'), dataIndex: 'code', width: 130 },
          {
            title: t('projectField.name'),
            dataIndex: 'name',
            render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link>,
          },
          { title: t('projectField.totalInvestment'), dataIndex: 'totalInvestment', align: 'right', width: 110 },
          { title: t('projectField.responsibleLeader'), dataIndex: 'responsibleLeader', width: 160 },
          {
            title: t('common.actions'),
            width: 280,
            render: (_, p) => (
              <Space>
                <Select
                  aria-label={`${t('leader.choose')} ${p.name}`}
                  placeholder={t('leader.choose')}
                  style={{ width: 150 }}
                  options={leaders}
                  value={chosen[p.id]}
                  onChange={(v) => setChosen((c) => ({ ...c, [p.id]: v }))}
                />
                <Button
                  disabled={!chosen[p.id]}
                  loading={linking.loading}
                  onClick={() =>
                    void link({ variables: { id: p.id, version: p.version, leaderId: chosen[p.id] ?? '' } })
                      .then(() => message.success(t('common.saved')))
                      .catch((error) => message.error(errorMessage(error, t)))
                  }
                >
                  {t('leader.link')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
