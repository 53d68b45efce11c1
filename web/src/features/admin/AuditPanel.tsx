import { useQuery } from '@apollo/client/react';
import { Button, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery as AuditLogResult } from '../../gql/graphql';
import { AuditLogQuery } from './graphql';

type Entry = AuditLogResult['auditLog']['nodes'][number];

export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const { data, loading, fetchMore } = useQuery(AuditLogQuery, { fetchPolicy: 'network-only' });
  const page = data?.auditLog;

  const label = (prefix: string, key: string) => {
    const id = `${prefix}.${key.replaceAll('.', '_')}`;
    return i18n.exists(id) ? t(id) : key;
  };

  return (
    <>
      <Table<Entry>
        rowKey="id"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('admin.at'), dataIndex: 'at', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('admin.actor'), render: (_, e) => e.actor?.displayName ?? t('admin.system') },
          { title: t('admin.action'), dataIndex: 'action', render: (a: string) => label('auditAction', a) },
          {
            title: t('admin.changes'),
            render: (_, e) =>
              e.changes.length === 0
                ? (e.note ?? '')
                : e.changes.map((c) => (
                    <div key={c.field}>
                      {label('field', c.field)}: {c.from ?? '—'} → {c.to ?? '—'}
                    </div>
                  )),
          },
        ]}
      />
      {page?.pageInfo.hasNextPage && (
        <Button
          style={{ marginTop: 12 }}
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
    </>
  );
}
