import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProjectDetailFragment } from '../../gql/graphql';

type Entry = ProjectDetailFragment['history'][number];

/** Values of enum fields are shown by their label; dates and numbers as they are. */
const enumFields: Record<string, string> = { stage: 'stage', industry: 'industry', source: 'source' };

/** 修改历史: who changed which field from what to what, newest first, with Chinese labels. */
export function HistoryList({ history, units }: { history: Entry[]; units: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const labelOf = (prefix: string, key: string) => {
    const id = `${prefix}.${key.replaceAll('.', '_')}`;
    return i18n.exists(id) ? t(id) : key;
  };
  const shown = (field: string, value: string | null) => {
    if (value === null || value === '') return '—';
    const group = enumFields[field];
    if (group) return labelOf(group, value);
    if (field === 'leadUnitId' || field === 'platformId') return units.get(value) ?? value;
    if (value === 'true') return t('common.yes');
    if (value === 'false') return t('common.no');
    return value;
  };

  return (
    <Timeline
      items={history.map((entry) => ({
        key: entry.id,
        content: (
          <div>
            <Typography.Text strong>{labelOf('auditAction', entry.action)}</Typography.Text>
            {entry.note && <Typography.Text> · {entry.note}</Typography.Text>}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {entry.actor?.displayName ?? t('project.system')} · {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {entry.changes.map((c) => (
                <li key={c.field}>
                  {labelOf('projectField', c.field)}：{shown(c.field, c.from)} → {shown(c.field, c.to)}
                </li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
}
