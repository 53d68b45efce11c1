import { useMutation, useQuery } from '@apollo/client/react';
import { App, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';

const MonitoringSettingsQuery = graphql(`
  query MonitoringSettings {
    monitoringSettings {
      reportDueDay
    }
  }
`);

const SetReportDueDayMutation = graphql(`
  mutation SetReportDueDay($day: Int!) {
    setReportDueDay(day: $day) {
      reportDueDay
    }
  }
`);

/** ADMIN's REPORT_DUE_DAY: the day of the following month a month's reports are due by (SPEC 4.5). */
export function ReportDueDay({ onChanged }: { onChanged: () => unknown }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(MonitoringSettingsQuery);
  const [setDay, { loading }] = useMutation(SetReportDueDayMutation, { refetchQueries: [MonitoringSettingsQuery] });
  const day = data?.monitoringSettings.reportDueDay;
  if (day === undefined) return null;
  const save = async (next: number | null) => {
    if (next === null || next === day) return;
    try {
      await setDay({ variables: { day: next } });
      message.success(t('report.dueDaySaved', { day: next }));
      await onChanged();
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };
  return (
    <Space size={4}>
      <label htmlFor="report-due-day">{t('report.dueDay')}</label>
      <InputNumber
        id="report-due-day"
        key={day}
        min={1}
        max={28}
        precision={0}
        defaultValue={day}
        disabled={loading}
        style={{ width: 64 }}
        onBlur={(e) => void save(Number(e.target.value) || null)}
        onPressEnter={(e) => void save(Number((e.target as HTMLInputElement).value) || null)}
      />
      <span>{t('report.dueDaySuffix')}</span>
    </Space>
  );
}
