import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, DatePicker, Flex, Input, Popconfirm, Select, Space, Table, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ArchiveAuditLogMutation,
  AuditActionsQuery,
  AuditArchivesQuery,
  AuditChainCheckQuery,
  AuditLogQuery,
} from '../features/audit/graphql';
import type {
  AuditArchivesQuery as AuditArchivesResult,
  AuditFilter,
  AuditLogQuery as AuditLogResult,
  AuditResult,
} from '../gql/graphql';
import { withLanguage } from '../i18n';
import { errorMessage } from '../lib/errors';

type Entry = AuditLogResult['auditLog']['nodes'][number];
type Archive = AuditArchivesResult['auditArchives'][number];
const resultColors: Record<AuditResult, string> = { SUCCESS: 'green', FAILURE: 'orange', DENIED: 'red' };

/** 审计管理员: the audit log in words, filtered and exported, its chain checked, old rows archived. */
export default function AuditPage() {
  const { t } = useTranslation();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('nav.audit')}</h1>}>
      <Tabs
        items={[
          { key: 'log', label: t('audit.log'), children: <AuditLog /> },
          { key: 'archives', label: t('audit.archives'), children: <Archives />, destroyOnHidden: true },
        ]}
      />
    </Card>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [action, setAction] = useState<string>();
  const [result, setResult] = useState<AuditResult>();
  const [days, setDays] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const filter: AuditFilter = useMemo(
    () => ({
      search: search.trim() || null,
      action: action ?? null,
      result: result ?? null,
      from: days?.[0]?.format('YYYY-MM-DD') ?? null,
      to: days?.[1]?.format('YYYY-MM-DD') ?? null,
    }),
    [search, action, result, days],
  );
  const { data, loading, fetchMore } = useQuery(AuditLogQuery, { variables: { filter }, fetchPolicy: 'network-only' });
  const actions = useQuery(AuditActionsQuery).data?.auditActions ?? [];
  const [check, checked] = useLazyQuery(AuditChainCheckQuery, { fetchPolicy: 'network-only' });
  const page = data?.auditLog;
  const families = [...new Set(actions.map((a) => a.action.split('.')[0] ?? ''))];
  const exportHref = withLanguage(
    `/api/audit.xlsx?${new URLSearchParams(
      Object.entries(filter).flatMap(([k, v]) => (v ? [[k, String(v)]] : [])),
    ).toString()}`,
  );
  const chain = checked.data?.auditChainCheck;

  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t('audit.search')}
          onSearch={setSearch}
          style={{ width: 240 }}
          aria-label={t('audit.search')}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('admin.action')}
          aria-label={t('admin.action')}
          style={{ width: 220 }}
          value={action}
          onChange={setAction}
          options={[
            {
              label: t('audit.families'),
              options: families.map((f) => ({
                value: f,
                label: t('audit.family', { family: t(`audit.familyName.${f}`, { defaultValue: f }) }),
              })),
            },
            { label: t('audit.actions'), options: actions.map((a) => ({ value: a.action, label: a.label })) },
          ]}
        />
        <Select
          allowClear
          placeholder={t('audit.result')}
          aria-label={t('audit.result')}
          style={{ width: 120 }}
          value={result}
          onChange={setResult}
          options={(['SUCCESS', 'FAILURE', 'DENIED'] as const).map((r) => ({ value: r, label: t(`audit.${r}`) }))}
        />
        <DatePicker.RangePicker value={days} onChange={(v) => setDays(v)} aria-label={t('audit.days')} />
        <Button href={exportHref}>{t('audit.export')}</Button>
        <Button loading={checked.loading} onClick={() => void check()}>
          {t('audit.check')}
        </Button>
      </Space>
      {chain && (
        <Alert
          role="status"
          showIcon
          type={chain.ok ? 'success' : 'error'}
          title={
            chain.ok
              ? t('audit.chainOk', { rows: chain.checkedRows })
              : t('audit.chainBroken', {
                  seq: chain.firstBrokenSeq,
                  id: chain.firstBrokenId,
                  reason: t(`audit.reason${chain.reason ?? 'CONTENT'}`),
                })
          }
        />
      )}
      <Table<Entry>
        rowKey="id"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        size="small"
        scroll={{ x: 960 }}
        columns={[
          {
            title: t('admin.at'),
            dataIndex: 'at',
            width: 160,
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
          },
          {
            title: t('admin.actor'),
            render: (_, e) => (e.actor ? `${e.actor.displayName}（${e.actor.username}）` : t('admin.system')),
          },
          { title: t('audit.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
          { title: t('admin.action'), dataIndex: 'actionLabel' },
          {
            title: t('audit.result'),
            dataIndex: 'result',
            render: (r: AuditResult) => <Tag color={resultColors[r]}>{t(`audit.${r}`)}</Tag>,
          },
          { title: t('admin.entity'), dataIndex: 'objectLabel' },
          {
            title: t('admin.changes'),
            render: (_, e) => (
              <>
                {e.changes.map((c) => (
                  <div key={c.field}>
                    {c.label}：{c.from ?? '—'} → {c.to ?? '—'}
                  </div>
                ))}
                {e.note && <div>{e.note}</div>}
              </>
            ),
          },
        ]}
      />
      {page?.pageInfo.hasNextPage && (
        <Button
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                auditLog: {
                  ...fetchMoreResult.auditLog,
                  nodes: [...(prev.auditLog?.nodes ?? []), ...fetchMoreResult.auditLog.nodes],
                },
              }),
            })
          }
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

function Archives() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(AuditArchivesQuery, { fetchPolicy: 'network-only' });
  const [archive, archiving] = useMutation(ArchiveAuditLogMutation, { refetchQueries: [AuditArchivesQuery] });

  const run = async () => {
    try {
      const result = await archive();
      const made = result.data?.archiveAuditLog;
      if (made) message.success(t('audit.archived', { rows: made.rows, file: made.fileName }));
      else message.info(t('audit.nothingToArchive'));
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('audit.archiveHint')} />
      <Popconfirm
        title={t('audit.archiveConfirm')}
        onConfirm={run}
        okText={t('audit.archive')}
        cancelText={t('common.cancel')}
      >
        <Button loading={archiving.loading} style={{ alignSelf: 'flex-start' }}>
          {t('audit.archive')}
        </Button>
      </Popconfirm>
      <Table<Archive>
        rowKey="id"
        loading={loading}
        dataSource={data?.auditArchives ?? []}
        pagination={false}
        size="small"
        scroll={{ x: 720 }}
        columns={[
          {
            title: t('audit.archivedAt'),
            dataIndex: 'archivedAt',
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
          },
          { title: t('audit.upToSeq'), dataIndex: 'upToSeq' },
          { title: t('audit.rows'), dataIndex: 'rows' },
          { title: t('admin.actor'), render: (_, a) => a.archivedBy?.displayName ?? '—' },
          { title: 'SHA-256', dataIndex: 'fileSha256', render: (h: string) => <code>{h.slice(0, 16)}…</code> },
          { title: t('common.actions'), render: (_, a) => <a href={a.url}>{a.fileName}</a> },
        ]}
      />
    </Flex>
  );
}
