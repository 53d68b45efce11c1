import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { formatPercent, formatScore } from '../../lib/format';

/** What a race row shows whoever it ranks (units, or a city's districts). */
type RaceFigures = {
  newMajor10Signings: number;
  major50Signings: number;
  landingRate?: number | null;
  nodesOnTimePercent?: number | null;
  overdueProblems: number;
  problemExtensions?: number | null;
  reportsOnTimePercent?: number | null;
  score: number;
};

/** The race's figure columns, from the signings to the score (SPEC 5.2), the same in every race table. */
export function raceFigureColumns<T extends RaceFigures>(t: TFunction): ColumnsType<T> {
  return [
    { title: t('race.newMajor10Signings'), dataIndex: 'newMajor10Signings', align: 'right' },
    { title: t('race.major50Signings'), dataIndex: 'major50Signings', align: 'right' },
    { title: t('race.landingRate'), dataIndex: 'landingRate', align: 'right', render: formatPercent },
    { title: t('race.nodesOnTimePercent'), dataIndex: 'nodesOnTimePercent', align: 'right', render: formatPercent },
    { title: t('race.overdueProblems'), dataIndex: 'overdueProblems', align: 'right' },
    {
      title: t('race.problemExtensions'),
      dataIndex: 'problemExtensions',
      align: 'right',
      render: (n: number | null | undefined) => n ?? '—',
    },
    {
      title: t('race.reportsOnTimePercent'),
      dataIndex: 'reportsOnTimePercent',
      align: 'right',
      render: formatPercent,
    },
    {
      title: t('dashboard.score'),
      dataIndex: 'score',
      align: 'right',
      render: (s: number) => <Typography.Text strong>{formatScore(s)}</Typography.Text>,
    },
  ];
}
