import { useQuery } from '@apollo/client/react';
import { Card, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StageTag, TierTag } from '../project/tags';
import { GradeBadge } from './ClauseTable';
import { InspectionsDueQuery } from './graphql';

/** 履约监管: the projects due for inspection, each opening onto its compliance tab. */
export function InspectionsDue() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(InspectionsDueQuery, { fetchPolicy: 'cache-and-network' });
  const due = data?.inspectionsDue ?? [];
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('compliance.title')}</h1>} loading={loading && !data}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('compliance.due')} ({due.length})
      </Typography.Title>
      {due.length === 0 ? (
        <Empty description={t('compliance.dueEmpty')} />
      ) : (
        <List
          dataSource={due}
          renderItem={(p) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/projects/${p.id}?tab=compliance`}>{p.name}</Link>}
                description={
                  <Space wrap size={4}>
                    <Typography.Text type="secondary">{p.code}</Typography.Text>
                    <StageTag stage={p.stage} />
                    <TierTag tier={p.tier} />
                    <GradeBadge grade={p.muGrade} />
                    <Typography.Text type="secondary">{p.leadUnit.name}</Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
