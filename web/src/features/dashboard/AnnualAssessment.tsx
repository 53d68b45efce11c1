import { useQuery } from '@apollo/client/react';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnnualAssessmentQuery as Result } from '../../gql/graphql';
import { formatScore } from '../../lib/format';
import { AnnualAssessmentQuery } from './graphql';

type Row = Result['annualAssessment']['rows'][number];

/** 年考核: each unit's four quarters (published or provisional) and its quotas met, by ADMIN's weights. */
export function AnnualAssessment({ year }: { year: number }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(AnnualAssessmentQuery, { variables: { year } });
  const assessment = data?.annualAssessment;
  return (
    <Card title={t('dashboard.annualAssessment', { year })}>
      {assessment && (
        <Typography.Paragraph type="secondary">
          {assessment.weights.map((w) => `${t(`weight.${w.key}`)} ${w.weight}`).join('；')}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey={(r) => r.unit.id}
        size="small"
        loading={loading}
        pagination={false}
        dataSource={assessment?.rows ?? []}
        scroll={{ x: 760 }}
        columns={[
          { title: t('dashboard.rank'), dataIndex: 'rank', width: 60 },
          { title: t('projectField.leadUnitId'), render: (_, r) => r.unit.name },
          ...[0, 1, 2, 3].map((q) => ({
            title: `Q${q + 1}`,
            align: 'right' as const,
            render: (_: unknown, r: Row) => (
              <>
                {formatScore(r.quarterScores[q])}
                {r.quarterScores[q] !== null && !r.quarterPublished[q] && (
                  <Tag style={{ marginInlineStart: 4 }}>{t('dashboard.provisional')}</Tag>
                )}
              </>
            ),
          })),
          { title: t('dashboard.quotaScore'), align: 'right', render: (_, r) => formatScore(r.targetScore) },
          {
            title: t('dashboard.score'),
            align: 'right',
            render: (_, r) => <Typography.Text strong>{formatScore(r.score)}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
