import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RaceQuarterQuery as Result } from '../../gql/graphql';
import { withLanguage } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { formatScore } from '../../lib/format';
import { useToday } from '../../lib/today';
import { PublishRaceMutation } from '../dashboard/graphql';

const RaceQuarterQuery = graphql(`
  query RaceQuarter($quarter: String!) {
    unitRace(quarter: $quarter) {
      quarter
      asOf
      published
      publishedAt
      rows {
        unit {
          id
          name
        }
        score
        rank
      }
    }
  }
`);

type Row = Result['unitRace']['rows'][number];

/** The quarters that have ended, latest first: the last eight. */
function endedQuarters(today: string): string[] {
  let year = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
    out.push(`${year}-Q${q}`);
  }
  return out;
}

/** ADMIN: publish an ended quarter's unit race (SPEC 5.2); it is frozen from then on. */
export function RacePanel() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const today = useToday();
  const quarters = today ? endedQuarters(today) : [];
  const [chosen, setChosen] = useState<string>();
  const quarter = chosen ?? quarters[0] ?? '';
  const { data, loading, refetch } = useQuery(RaceQuarterQuery, { variables: { quarter }, skip: !quarter });
  const [publish, publishing] = useMutation(PublishRaceMutation);
  const race = data?.unitRace;

  const confirm = () =>
    modal.confirm({
      title: t('targetAdmin.publishConfirm', { quarter }),
      okText: t('targetAdmin.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await publish({ variables: { quarter } });
          await refetch();
          message.success(t('common.saved'));
        } catch (error) {
          message.error(errorMessage(error, t));
        }
      },
    });

  return (
    <>
      <Typography.Paragraph type="secondary">{t('targetAdmin.raceNote')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <label htmlFor="race-quarter">{t('targetAdmin.quarter')}</label>
        <Select
          id="race-quarter"
          value={quarter || undefined}
          onChange={setChosen}
          options={quarters.map((q) => ({ value: q, label: q }))}
          style={{ width: 140 }}
        />
        <Button type="primary" disabled={!race || race.published} loading={publishing.loading} onClick={confirm}>
          {t('targetAdmin.publish')}
        </Button>
        <Button href={withLanguage(`/api/reports/ranking.xlsx?quarter=${quarter}`)}>{t('targetAdmin.workbook')}</Button>
      </Flex>
      {race && (
        <Alert
          type={race.published ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            race.published
              ? t('targetAdmin.published', { quarter, date: race.publishedAt?.slice(0, 10) })
              : t('targetAdmin.notPublished', { quarter, date: race.asOf })
          }
        />
      )}
      <Table<Row>
        rowKey={(r) => r.unit.id}
        size="small"
        loading={loading}
        pagination={false}
        dataSource={race?.rows ?? []}
        columns={[
          { title: t('dashboard.rank'), dataIndex: 'rank', width: 60 },
          { title: t('projectField.leadUnitId'), render: (_, r) => r.unit.name },
          { title: t('dashboard.score'), dataIndex: 'score', align: 'right', render: formatScore },
        ]}
      />
    </>
  );
}
