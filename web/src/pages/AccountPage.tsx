import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Flex, Form, Popconfirm, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import {
  DisableOwnTwoFactorMutation,
  LogoutEverywhereMutation,
  MyAccountQuery,
  RegenerateRecoveryCodesMutation,
} from '../features/auth/graphql';
import { useSession } from '../features/auth/session';
import { CodeInput, RecoveryCodes, TwoFactorSetup } from '../features/auth/TwoFactorSetup';
import { NotificationSettings } from '../features/todo/NotificationSettings';
import { errorMessage, showFieldError } from '../lib/errors';

/** 账号安全: the password, the second factor and the sessions of the signed-in user. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { signOut } = useSession();
  const { data, refetch } = useQuery(MyAccountQuery, { fetchPolicy: 'network-only' });
  const account = data?.myAccount;
  const [enrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<string[]>();
  const [codeForm] = Form.useForm<{ code: string }>();
  const [regenerate, regenerating] = useMutation(RegenerateRecoveryCodesMutation);
  const [disable, disabling] = useMutation(DisableOwnTwoFactorMutation);
  const [logoutEverywhere, endingAll] = useMutation(LogoutEverywhereMutation);

  const withCode = async (action: 'regenerate' | 'disable') => {
    try {
      const { code } = await codeForm.validateFields();
      if (action === 'regenerate') {
        const result = await regenerate({ variables: { code: code.trim() } });
        setCodes(result.data?.regenerateRecoveryCodes ?? []);
      } else {
        await disable({ variables: { code: code.trim() } });
        message.success(t('twoFactor.disabled'));
      }
      codeForm.resetFields();
      await refetch();
    } catch (error) {
      if (error && typeof error === 'object' && 'errorFields' in error) return;
      if (!showFieldError(codeForm, error)) message.error(errorMessage(error, t));
    }
  };

  const endEverywhere = async () => {
    try {
      await logoutEverywhere();
    } finally {
      await signOut();
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('account.title')}</h1>}>
        <Descriptions
          column={1}
          items={[
            {
              key: 'changed',
              label: t('account.passwordChangedAt'),
              children: account ? dayjs(account.passwordChangedAt).format('YYYY-MM-DD HH:mm') : '—',
            },
            {
              key: 'expires',
              label: t('account.passwordExpiresOn'),
              children: account?.passwordExpiresOn ?? t('account.noExpiry'),
            },
            {
              key: 'twoFactor',
              label: t('twoFactor.title'),
              children: account?.twoFactorEnabled ? (
                <Space>
                  <Tag color="blue">{t('twoFactor.on')}</Tag>
                  {t('twoFactor.codesLeft', { count: account.recoveryCodesLeft })}
                </Space>
              ) : (
                <Tag>{t('twoFactor.off')}</Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('user.changePassword')}>
        <div style={{ maxWidth: 420 }}>
          <ChangePasswordForm onChanged={() => void refetch()} />
        </div>
      </Card>
      <Card title={t('twoFactor.title')}>
        {codes ? (
          <RecoveryCodes codes={codes} onDone={() => setCodes(undefined)} />
        ) : account?.twoFactorEnabled ? (
          <Form form={codeForm} name="two-factor-code" layout="vertical">
            <Form.Item
              label={t('twoFactor.codeOrRecovery')}
              name="code"
              rules={[{ required: true, message: t('twoFactor.codeRequired') }]}
            >
              <CodeInput />
            </Form.Item>
            <Space wrap>
              <Button loading={regenerating.loading} onClick={() => void withCode('regenerate')}>
                {t('twoFactor.regenerate')}
              </Button>
              {!account.twoFactorRequired && (
                <Button danger loading={disabling.loading} onClick={() => void withCode('disable')}>
                  {t('twoFactor.disable')}
                </Button>
              )}
            </Space>
          </Form>
        ) : enrolling ? (
          <TwoFactorSetup
            onDone={() => {
              setEnrolling(false);
              void refetch();
            }}
          />
        ) : (
          <Button type="primary" onClick={() => setEnrolling(true)}>
            {t('twoFactor.enable')}
          </Button>
        )}
      </Card>
      <Card title={t('notify.title')}>
        <NotificationSettings />
      </Card>
      <Card title={t('account.sessions')}>
        <Popconfirm
          title={t('account.logoutEverywhereConfirm')}
          onConfirm={() => void endEverywhere()}
          okText={t('account.logoutEverywhere')}
          cancelText={t('common.cancel')}
        >
          <Button danger loading={endingAll.loading}>
            {t('account.logoutEverywhere')}
          </Button>
        </Popconfirm>
      </Card>
    </Flex>
  );
}
