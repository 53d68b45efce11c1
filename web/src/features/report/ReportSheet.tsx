import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ReportSheetQuery as Result } from '../../gql/graphql';
import { withLanguage } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useTodayDay } from '../../lib/today';
import { useCan, useSession } from '../auth/session';
import { ReportDueDay } from './ReportDueDay';

const ReportSheetQuery = graphql(`
  query ReportSheet($month: String!, $unitId: ID) {
    monthlyReportSheet(month: $month, unitId: $unitId) {
      month
      closed
      missing
      toFile
      dueOn
      overdue
      submitted
      accepted
      returned
      rows {
        previousCumulative
        viewerCanSubmit
        viewerCanReview
        project {
          id
          code
          name
          leadUnit {
            id
            name
          }
        }
        report {
          id
          investment
          cumulativeInvestment
          note
          sameAsPrevious
          exceedsTotal
          reviewStatus
          returnReason
          version
        }
      }
    }
  }
`);

const SubmitReportMutation = graphql(`
  mutation SubmitReport($projectId: ID!, $month: String!, $investment: Decimal!, $note: String) {
    submitMonthlyReport(projectId: $projectId, month: $month, investment: $investment, note: $note) {
      id
    }
  }
`);

const ReviewReportMutation = graphql(`
  mutation ReviewReport($id: ID!, $version: Int!, $accept: Boolean!, $reason: String) {
    reviewMonthlyReport(id: $id, version: $version, accept: $accept, reason: $reason) {
      id
      reviewStatus
      returnReason
      version
    }
  }
`);

const reviewColors = { SUBMITTED: 'blue', ACCEPTED: 'green', RETURNED: 'red' } as const;

const CloseMonthMutation = graphql(`
  mutation CloseMonth($month: String!) {
    closeReportMonth(month: $month) {
      closed
    }
  }
`);

type Row = Result['monthlyReportSheet']['rows'][number];
type Draft = { investment?: string | null; note?: string };

/** 月报: a month's reports for the user's unit in one table, filled and saved together. */
export function ReportSheet() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { me } = useSession();
  const maySetDueDay = useCan('report.settings');
  const mayClose = useCan('report.close');
  const today = useTodayDay();
  const [chosen, setMonth] = useState<string>();
  const month = chosen ?? today?.format('YYYY-MM') ?? '';
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const unitId = me.role === 'PROMOTER' ? (me.unit?.id ?? null) : null;
  const { data, loading, refetch } = useQuery(ReportSheetQuery, { variables: { month, unitId }, skip: !month });
  const [submit, submitting] = useMutation(SubmitReportMutation);
  const [closeMonth] = useMutation(CloseMonthMutation);
  const [review] = useMutation(ReviewReportMutation);
  const [returning, setReturning] = useState<Row | null>(null);
  const [reason, setReason] = useState('');
  const decide = async (r: Row, accept: boolean, why?: string) => {
    if (!r.report) return;
    try {
      await review({ variables: { id: r.report.id, version: r.report.version, accept, reason: why ?? null } });
      message.success(t(accept ? 'report.acceptedDone' : 'report.returnedDone'));
      setReturning(null);
      setReason('');
      await refetch();
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };
  const sheet = data?.monthlyReportSheet;
  const changed = Object.entries(drafts).filter(([, d]) => d.investment !== undefined || d.note !== undefined);

  const draft = (id: string, patch: Draft) => setDrafts((all) => ({ ...all, [id]: { ...all[id], ...patch } }));

  const saveAll = async () => {
    let saved = 0;
    for (const [projectId, d] of changed) {
      const row = sheet?.rows.find((r) => r.project.id === projectId);
      const investment = d.investment ?? row?.report?.investment;
      if (investment === null || investment === undefined || investment === '') {
        message.error(`${row?.project.name ?? ''}：${t('report.investmentRequired')}`);
        return;
      }
      try {
        await submit({
          variables: { projectId, month, investment: String(investment), note: d.note ?? row?.report?.note ?? null },
        });
        saved++;
      } catch (error) {
        message.error(`${row?.project.name ?? ''}：${errorMessage(error, t)}`);
        await refetch();
        return;
      }
    }
    setDrafts({});
    await refetch();
    message.success(t('report.saved', { count: saved }));
  };

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('nav.reports')}</h1>}
      extra={
        <Space wrap>
          {maySetDueDay && <ReportDueDay onChanged={refetch} />}
          <Button href={withLanguage(`/api/reports/monthly.xlsx?month=${month}`)}>{t('report.export')}</Button>
          {mayClose && sheet && !sheet.closed && (
            <Button
              danger
              onClick={() =>
                modal.confirm({
                  title: t('report.closeConfirm', { month }),
                  okText: t('report.close'),
                  cancelText: t('common.cancel'),
                  onOk: async () => {
                    await closeMonth({ variables: { month } });
                    await refetch();
                  },
                })
              }
            >
              {t('report.close')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <label htmlFor="report-month">{t('report.month')}</label>
        <DatePicker
          id="report-month"
          picker="month"
          allowClear={false}
          value={month ? dayjs(`${month}-01`) : undefined}
          disabledDate={(d) => Boolean(today && d.isAfter(today, 'month'))}
          onChange={(d) => {
            if (d) {
              setMonth(d.format('YYYY-MM'));
              setDrafts({});
            }
          }}
        />
        {sheet && (
          <Typography.Text
            type={sheet.missing > 0 ? 'danger' : sheet.toFile > 0 ? 'warning' : 'success'}
            data-testid="reports-missing"
          >
            {sheet.overdue
              ? t('report.missing', { count: sheet.missing, total: sheet.rows.length })
              : t('report.toFile', { count: sheet.toFile, total: sheet.rows.length, date: sheet.dueOn })}
          </Typography.Text>
        )}
        {sheet && (
          <Typography.Text type="secondary" data-testid="reports-reviewed">
            {t('report.reviewCounts', {
              submitted: sheet.submitted,
              accepted: sheet.accepted,
              returned: sheet.returned,
            })}
          </Typography.Text>
        )}
        {sheet?.closed && <Tag>{t('report.closed')}</Tag>}
      </Flex>
      {sheet?.closed && <Alert type="info" showIcon title={t('report.closedNote')} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey={(r) => r.project.id}
        size="small"
        loading={loading}
        dataSource={sheet?.rows ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('projectField.name'),
            render: (_, r) => <Link to={`/projects/${r.project.id}`}>{r.project.name}</Link>,
            width: 220,
          },
          { title: t('projectField.leadUnitId'), render: (_, r) => r.project.leadUnit.name, width: 130 },
          { title: t('report.previous'), dataIndex: 'previousCumulative', align: 'right', width: 120 },
          {
            title: t('report.investment'),
            width: 150,
            render: (_, r) =>
              r.viewerCanSubmit ? (
                <InputNumber
                  stringMode
                  min="0"
                  aria-label={`${r.project.name} ${t('report.investment')}`}
                  value={drafts[r.project.id]?.investment ?? r.report?.investment ?? null}
                  onChange={(v) => draft(r.project.id, { investment: v === null ? null : String(v) })}
                  style={{ width: '100%' }}
                />
              ) : (
                (r.report?.investment ?? '—')
              ),
          },
          {
            title: t('report.note'),
            render: (_, r) =>
              r.viewerCanSubmit ? (
                <Input
                  aria-label={`${r.project.name} ${t('report.note')}`}
                  value={drafts[r.project.id]?.note ?? r.report?.note ?? ''}
                  maxLength={1000}
                  onChange={(e) => draft(r.project.id, { note: e.target.value })}
                />
              ) : (
                (r.report?.note ?? '—')
              ),
          },
          {
            title: t('report.status'),
            width: 140,
            render: (_, r) =>
              r.report ? (
                <Space size={4} wrap>
                  <Tag color={reviewColors[r.report.reviewStatus]} title={r.report.returnReason ?? undefined}>
                    {t(`report.review.${r.report.reviewStatus}`)}
                  </Tag>
                  {r.report.sameAsPrevious && <Tag color="orange">{t('report.same')}</Tag>}
                  {r.report.exceedsTotal && <Tag color="red">{t('report.exceedsTotal')}</Tag>}
                </Space>
              ) : (
                <Tag color={sheet?.overdue ? 'red' : 'orange'}>
                  {t(sheet?.overdue ? 'report.notFiled' : 'report.toFileTag')}
                </Tag>
              ),
          },
          {
            title: t('report.reviewColumn'),
            width: 150,
            render: (_, r) =>
              r.viewerCanReview && r.report?.reviewStatus === 'SUBMITTED' ? (
                <Space size={4}>
                  <Button
                    size="small"
                    onClick={() => void decide(r, true)}
                    aria-label={`${t('report.accept')} ${r.project.name}`}
                  >
                    {t('report.accept')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setReturning(r)}
                    aria-label={`${t('report.return')} ${r.project.name}`}
                  >
                    {t('report.return')}
                  </Button>
                </Space>
              ) : (
                (r.report?.returnReason ?? '')
              ),
          },
        ]}
      />
      <Modal
        title={t('report.returnTitle', { name: returning?.project.name ?? '' })}
        open={returning !== null}
        onCancel={() => setReturning(null)}
        okText={t('report.return')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onOk={() => returning && decide(returning, false, reason)}
      >
        <Input.TextArea
          aria-label={t('report.returnReason')}
          placeholder={t('report.returnReason')}
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
      {changed.length > 0 && (
        <Button type="primary" style={{ marginTop: 12 }} loading={submitting.loading} onClick={saveAll}>
          {t('report.saveAll', { count: changed.length })}
        </Button>
      )}
    </Card>
  );
}
