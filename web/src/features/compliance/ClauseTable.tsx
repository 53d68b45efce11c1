import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../gql/graphql';

type Clause = { clause: string; verdict: Verdict; expected?: string | null; actual?: string | null };
const colors: Record<Verdict, string> = { MET: 'green', NOT_MET: 'red', NOT_DUE: 'default' };

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return <Tag color={colors[verdict]}>{t(`verdict.${verdict}`)}</Tag>;
}

/** Each clause of the agreement against what the check found. */
export function ClauseTable({ clauses }: { clauses: Clause[] }) {
  const { t } = useTranslation();
  return (
    <Table<Clause>
      rowKey="clause"
      size="small"
      pagination={false}
      dataSource={clauses}
      columns={[
        { title: t('compliance.clause'), dataIndex: 'clause', render: (c: string) => t(`clause.${c}`) },
        { title: t('compliance.expected'), dataIndex: 'expected', render: (v: string | null) => v ?? '—' },
        { title: t('compliance.actual'), dataIndex: 'actual', render: (v: string | null) => v ?? '—' },
        { title: t('compliance.verdict'), dataIndex: 'verdict', render: (v: Verdict) => <VerdictTag verdict={v} /> },
      ]}
    />
  );
}

const gradeColors: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

export function GradeBadge({ grade }: { grade?: string | null }) {
  const { t } = useTranslation();
  if (!grade) return null;
  return (
    <Tag color={gradeColors[grade] ?? 'default'} title={t('compliance.grade')}>
      {t('compliance.grade')} {grade}
    </Tag>
  );
}
