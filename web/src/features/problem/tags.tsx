import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EscalationLevel, ProblemStatus } from '../../gql/graphql';

const levelColors: Record<EscalationLevel, string> = { UNIT: 'default', LEADER: 'orange', MEETING: 'red' };
const statusColors: Record<ProblemStatus, string> = {
  OPEN: 'blue',
  IN_PROGRESS: 'processing',
  RESOLVED: 'green',
  CLOSED: 'default',
};

export function LevelTag({ level }: { level: EscalationLevel }) {
  const { t } = useTranslation();
  return <Tag color={levelColors[level]}>{t(`level.${level}`)}</Tag>;
}

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`problemStatus.${status}`)}</Tag>;
}
