import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DeliveryFailuresQuery as DeliveryFailuresResult } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { DeliveryFailuresQuery, RetryDeliveryMutation } from '../todo/graphql';

type Failure = DeliveryFailuresResult['deliveryFailures'][number];

/** E-mail and 钉钉 messages that gave up after their retries, each to be sent again once the cause is fixed. */
export function DeliveriesPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(DeliveryFailuresQuery, { fetchPolicy: 'network-only' });
  const [retry] = useMutation(RetryDeliveryMutation, { refetchQueries: [DeliveryFailuresQuery] });
  return (
    <Table<Failure>
      rowKey="id"
      loading={loading}
      dataSource={data?.deliveryFailures ?? []}
      pagination={false}
      size="small"
      scroll={{ x: 720 }}
      locale={{ emptyText: t('notify.noFailures') }}
      columns={[
        { title: t('admin.at'), dataIndex: 'createdAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
        { title: t('notify.recipient'), dataIndex: 'recipient' },
        { title: t('notify.channelColumn'), dataIndex: 'channel', render: (c: string) => t(`notify.channel.${c}`) },
        { title: t('notify.message'), dataIndex: 'title' },
        { title: t('notify.error'), dataIndex: 'lastError' },
        {
          title: t('common.actions'),
          render: (_, f) => (
            <Button
              size="small"
              onClick={() =>
                void retry({ variables: { id: f.id } })
                  .then(() => message.success(t('notify.retrying')))
                  .catch((error) => message.error(errorMessage(error, t)))
              }
            >
              {t('notify.retry')}
            </Button>
          ),
        },
      ]}
    />
  );
}
