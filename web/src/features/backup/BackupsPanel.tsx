import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BackupFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { BackupsQuery, StartBackupMutation } from './graphql';

const statusColour = { RUNNING: 'processing', DONE: 'success', FAILED: 'error' } as const;

/**
 * 系统管理 → 备份 (SPEC 8.1): the archives written, newest first, with size and checksum to check a
 * copy kept elsewhere; "backup now", followed while it runs; a failed one says why.
 */
export function BackupsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, startPolling, stopPolling } = useQuery(BackupsQuery, { fetchPolicy: 'network-only' });
  const rows = data?.backups ?? [];
  const running = rows.some((b) => b.status === 'RUNNING');
  // Followed every two seconds while one runs.
  if (running) startPolling(2000);
  else stopPolling();
  const [start, { loading: starting }] = useMutation(StartBackupMutation, { refetchQueries: [BackupsQuery] });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          type="primary"
          loading={starting || running}
          onClick={() =>
            void start()
              .then(() => message.success(t('backup.started')))
              .catch((error) => message.error(errorMessage(error, t)))
          }
        >
          {running ? t('backup.running') : t('backup.now')}
        </Button>
        <Typography.Text type="secondary">{t('backup.hint')}</Typography.Text>
      </Space>
      <Table<BackupFieldsFragment>
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        size="small"
        scroll={{ x: 860 }}
        locale={{ emptyText: t('backup.none') }}
        columns={[
          {
            title: t('backup.startedAt'),
            dataIndex: 'startedAt',
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
          },
          {
            title: t('backup.kind'),
            dataIndex: 'scheduledFor',
            render: (day: string | null, b) =>
              day ? t('backup.scheduled') : t('backup.manual', { name: b.startedBy?.displayName ?? '' }),
          },
          {
            title: t('backup.status'),
            dataIndex: 'status',
            render: (status: keyof typeof statusColour, b) => (
              <Space direction="vertical" size={0}>
                <Tag color={statusColour[status]}>{t(`backup.statuses.${status}`)}</Tag>
                {b.error && <Typography.Text type="danger">{b.error}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('backup.size'), dataIndex: 'size', render: (size: number | null) => formatBytes(size) },
          {
            title: t('backup.file'),
            dataIndex: 'fileName',
            render: (name: string, b) =>
              b.downloadUrl ? (
                <a href={b.downloadUrl} download>
                  {name}
                </a>
              ) : (
                name
              ),
          },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            render: (sha: string | null) =>
              sha ? (
                <Typography.Text code copyable={{ text: sha }} style={{ fontSize: 12 }}>
                  {sha.slice(0, 16)}…
                </Typography.Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Space>
  );
}
