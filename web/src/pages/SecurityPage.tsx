import { useMutation, useQuery } from '@apollo/client/react';
import { administratorRoles, creatableRoles } from '@zdyq/db/values';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserStatusTags } from '../features/admin/UserStatusTags';
import {
  ResetTwoFactorMutation,
  SecuritySettingsQuery,
  SecurityUsersQuery,
  SetSecuritySettingsMutation,
  SetUserRoleMutation,
  UnlockAccountMutation,
} from '../features/security/graphql';
import { IdentityLink } from '../features/security/IdentityLink';
import type { Role, SecurityUsersQuery as SecurityUsersResult } from '../gql/graphql';
import { errorMessage, showFieldError } from '../lib/errors';
import { chooseRule } from '../lib/rules';

type UserRow = SecurityUsersResult['users'][number];
const roles: readonly Role[] = [...administratorRoles, ...creatableRoles];

/** 安全管理员: who holds which role, unlocking and second factors of accounts, the password and lockout policy. */
export default function SecurityPage() {
  const { t } = useTranslation();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('nav.security')}</h1>}>
      <Tabs
        items={[
          { key: 'accounts', label: t('security.accounts'), children: <Accounts /> },
          { key: 'policy', label: t('security.policy'), children: <Policy /> },
        ]}
      />
    </Card>
  );
}

function Accounts() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(SecurityUsersQuery, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [SecurityUsersQuery];
  const [setRole, settingRole] = useMutation(SetUserRoleMutation, { refetchQueries });
  const [unlock] = useMutation(UnlockAccountMutation, { refetchQueries });
  const [resetTwoFactor] = useMutation(ResetTwoFactorMutation, { refetchQueries });
  const [changing, setChanging] = useState<UserRow | null>(null);
  const [form] = Form.useForm<{ role: Role }>();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      message.success(done);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const submitRole = async ({ role }: { role: Role }) => {
    if (!changing) return;
    try {
      await setRole({ variables: { id: changing.id, role } });
      message.success(t('common.saved'));
      setChanging(null);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <>
      <Table<UserRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.users ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        columns={[
          { title: t('admin.username'), dataIndex: 'username' },
          { title: t('admin.displayName'), dataIndex: 'displayName' },
          { title: t('admin.role'), dataIndex: 'role', render: (role: Role) => t(`role.${role}`) },
          { title: t('admin.status'), render: (_, user) => <UserStatusTags user={user} /> },
          {
            title: t('security.identity'),
            dataIndex: 'governmentIdentity',
            render: (subject: string | null) => subject ?? t('security.identityNone'),
          },
          {
            title: t('common.actions'),
            render: (_, user) => (
              <Space wrap>
                <Button
                  size="small"
                  onClick={() => {
                    form.setFieldsValue({ role: user.role });
                    setChanging(user);
                  }}
                >
                  {t('security.changeRole')}
                </Button>
                {user.locked && (
                  <Popconfirm
                    title={t('security.unlockConfirm', { name: user.displayName })}
                    onConfirm={() =>
                      run(() => unlock({ variables: { id: user.id } }), t('admin.unlocked', { name: user.displayName }))
                    }
                    okText={t('admin.unlock')}
                    cancelText={t('common.cancel')}
                  >
                    <Button size="small">{t('admin.unlock')}</Button>
                  </Popconfirm>
                )}
                <IdentityLink user={user} />
                {user.twoFactorEnabled && (
                  <Popconfirm
                    title={t('security.resetTwoFactorConfirm', { name: user.displayName })}
                    onConfirm={() =>
                      run(() => resetTwoFactor({ variables: { userId: user.id } }), t('security.twoFactorReset'))
                    }
                    okText={t('security.resetTwoFactor')}
                    cancelText={t('common.cancel')}
                  >
                    <Button size="small">{t('security.resetTwoFactor')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={changing !== null}
        title={`${t('security.changeRole')} · ${changing?.username ?? ''}`}
        onCancel={() => setChanging(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={settingRole.loading}
        forceRender
      >
        <Form form={form} name="role" layout="vertical" onFinish={submitRole}>
          <Form.Item
            label={t('admin.role')}
            name="role"
            extra={t('security.roleHint')}
            rules={chooseRule(t, t('admin.role'))}
          >
            <Select options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

type PolicyValues = { passwordMaxAgeDays: number | null; lockoutFailures: number; lockoutMinutes: number };

function Policy() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(SecuritySettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(SetSecuritySettingsMutation);
  const [form] = Form.useForm<PolicyValues>();
  const settings = data?.securitySettings;

  useEffect(() => {
    if (settings) form.setFieldsValue(settings);
  }, [form, settings]);

  const submit = async (values: PolicyValues) => {
    try {
      await save({ variables: { input: { ...values, passwordMaxAgeDays: values.passwordMaxAgeDays ?? null } } });
      message.success(t('common.saved'));
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Space direction="vertical" size={24} style={{ width: '100%' }}>
      <Form form={form} name="policy" layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
        <Form.Item label={t('security.passwordMaxAgeDays')} name="passwordMaxAgeDays" extra={t('security.noMaxAge')}>
          <InputNumber min={1} max={3650} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('security.lockoutFailures')} name="lockoutFailures" rules={[{ required: true }]}>
          <InputNumber min={1} max={20} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('security.lockoutMinutes')} name="lockoutMinutes" rules={[{ required: true }]}>
          <InputNumber min={1} max={1440} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving.loading}>
          {t('common.save')}
        </Button>
      </Form>
      {settings && (
        <Descriptions
          title={t('security.fixedRules')}
          column={1}
          size="small"
          items={[
            { key: 'min', label: t('security.passwordMinLength'), children: settings.passwordMinLength },
            { key: 'history', label: t('security.passwordHistory'), children: settings.passwordHistory },
            { key: 'idle', label: t('security.sessionIdleMinutes'), children: settings.sessionIdleMinutes },
            { key: 'max', label: t('security.sessionMaxHours'), children: settings.sessionMaxHours },
            {
              key: '2fa',
              label: t('security.twoFactorRequired'),
              children: settings.twoFactorRequired ? t('common.yes') : t('common.no'),
            },
            { key: 'retention', label: t('security.auditRetentionDays'), children: settings.auditRetentionDays },
          ]}
        />
      )}
    </Space>
  );
}
