import { useMutation, useQuery } from '@apollo/client/react';
import * as values from '@zdyq/db/values';
import { App, Button, Checkbox, Form, Input, Table } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationChannel, NotificationKind } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { NotificationSettingsQuery, SetMyContactMutation, SetNotificationPreferencesMutation } from './graphql';

const channels: readonly NotificationChannel[] = values.channels;

/** Where reminders reach me (e-mail, the mobile 钉钉 @-mentions) and which kinds go by which channel. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(NotificationSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [form] = Form.useForm<{ email: string; mobile: string }>();
  const [saveContact, savingContact] = useMutation(SetMyContactMutation);
  const [savePreferences] = useMutation(SetNotificationPreferencesMutation, {
    refetchQueries: [NotificationSettingsQuery],
  });

  useEffect(() => {
    if (data) form.setFieldsValue({ email: data.myContact.email ?? '', mobile: data.myContact.mobile ?? '' });
  }, [data, form]);

  const submit = async ({ email, mobile }: { email: string; mobile: string }) => {
    try {
      await saveContact({ variables: { email: email.trim() || null, mobile: mobile.trim() || null } });
      message.success(t('common.saved'));
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  const toggle = async (kind: NotificationKind, channel: NotificationChannel, enabled: boolean) => {
    try {
      await savePreferences({ variables: { input: [{ kind, channel, enabled }] } });
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const preferences = data?.notificationPreferences ?? [];
  const kinds = [...new Set(preferences.map((p) => p.kind))];
  const enabled = (kind: NotificationKind, channel: NotificationChannel) =>
    preferences.find((p) => p.kind === kind && p.channel === channel)?.enabled ?? true;

  return (
    <>
      <Form form={form} name="contact" layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
        <Form.Item label={t('notify.email')} name="email">
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item label={t('notify.mobile')} name="mobile" extra={t('notify.mobileHint')}>
          <Input inputMode="tel" autoComplete="tel" maxLength={11} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={savingContact.loading}>
          {t('common.save')}
        </Button>
      </Form>
      <Table
        style={{ marginTop: 24, maxWidth: 560 }}
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={kinds.map((kind) => ({ kind }))}
        columns={[
          { title: t('notify.kindColumn'), dataIndex: 'kind', render: (k: NotificationKind) => t(`notify.kind.${k}`) },
          ...channels.map((channel) => ({
            title: t(`notify.channel.${channel}`),
            key: channel,
            render: (_: unknown, row: { kind: NotificationKind }) => (
              <Checkbox
                checked={enabled(row.kind, channel)}
                aria-label={`${t(`notify.kind.${row.kind}`)} ${t(`notify.channel.${channel}`)}`}
                onChange={(e) => void toggle(row.kind, channel, e.target.checked)}
              />
            ),
          })),
        ]}
      />
    </>
  );
}
