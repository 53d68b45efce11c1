import { useMutation, useQuery } from '@apollo/client/react';
import { creatableRoles } from '@zdyq/db/values';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUsersQuery as AdminUsersResult, Role } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { unitOptions } from '../../lib/unitOptions';
import { AdminUsersQuery, CreateUserMutation, ResetPasswordMutation, UpdateUserMutation } from './graphql';
import { UserStatusTags } from './UserStatusTags';

type UserRow = AdminUsersResult['users'][number];
/** ADMIN adds accounts of the business roles; who holds ADMIN, SECURITY_ADMIN or AUDITOR is the security administrator's to say (三员分立). */
const roles: readonly Role[] = creatableRoles;

type Editing = { mode: 'create' } | { mode: 'edit'; user: UserRow } | { mode: 'reset'; user: UserRow } | null;

export function UsersPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(AdminUsersQuery);
  const [editing, setEditing] = useState<Editing>(null);
  const [form] = Form.useForm();
  const [createUser, created] = useMutation(CreateUserMutation, { refetchQueries: [AdminUsersQuery] });
  const [updateUser, updated] = useMutation(UpdateUserMutation);
  const [resetPassword, reset] = useMutation(ResetPasswordMutation);

  const unitChoices = unitOptions(data?.units ?? [], t);
  const roleOptions = roles.map((r) => ({ value: r, label: t(`role.${r}`) }));

  const open = (next: Editing) => {
    form.resetFields();
    if (next?.mode === 'edit') {
      form.setFieldsValue({
        displayName: next.user.displayName,
        unitId: next.user.unit?.id ?? null,
      });
    }
    setEditing(next);
  };

  const submit = async (values: Record<string, string | null>) => {
    try {
      if (editing?.mode === 'create') {
        await createUser({
          variables: {
            input: {
              username: values.username ?? '',
              displayName: values.displayName ?? '',
              role: values.role as Role,
              unitId: values.unitId ?? null,
              password: values.password ?? '',
            },
          },
        });
      } else if (editing?.mode === 'edit') {
        await updateUser({
          variables: {
            id: editing.user.id,
            input: { displayName: values.displayName, unitId: values.unitId ?? null },
          },
        });
      } else if (editing?.mode === 'reset') {
        await resetPassword({ variables: { id: editing.user.id, newPassword: values.newPassword ?? '' } });
        message.success(t('admin.passwordReset'));
      }
      if (editing?.mode !== 'reset') message.success(t('common.saved'));
      setEditing(null);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  const setActive = async (user: UserRow, active: boolean) => {
    try {
      await updateUser({ variables: { id: user.id, input: { active } } });
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const required = (field: string) => [{ required: true, message: t('admin.required', { field }) }];

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => open({ mode: 'create' })}>
          {t('admin.createUser')}
        </Button>
      </Space>
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
          { title: t('admin.unit'), render: (_, u) => u.unit?.name ?? '—' },
          {
            title: t('admin.reportReviewer'),
            render: (_, u) =>
              u.role === 'PROMOTER' ? (
                <Switch
                  size="small"
                  checked={u.reportReviewer}
                  aria-label={`${t('admin.reportReviewer')} ${u.displayName}`}
                  onChange={(reportReviewer) =>
                    void updateUser({ variables: { id: u.id, input: { reportReviewer } } }).catch((error) =>
                      message.error(errorMessage(error, t)),
                    )
                  }
                />
              ) : null,
          },
          {
            title: t('admin.status'),
            dataIndex: 'active',
            render: (_, user) => <UserStatusTags user={user} />,
          },
          {
            title: t('common.actions'),
            render: (_, user) => (
              <Space wrap>
                <Button size="small" onClick={() => open({ mode: 'edit', user })}>
                  {t('common.edit')}
                </Button>
                <Button size="small" onClick={() => open({ mode: 'reset', user })}>
                  {t('admin.resetPassword')}
                </Button>
                {user.active ? (
                  <Popconfirm
                    title={t('admin.confirmDeactivate', { name: user.displayName })}
                    onConfirm={() => setActive(user, false)}
                    okText={t('admin.deactivate')}
                    cancelText={t('common.cancel')}
                  >
                    <Button size="small" danger>
                      {t('admin.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => setActive(user, true)}>
                    {t('admin.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={
          editing?.mode === 'create'
            ? t('admin.createUser')
            : editing?.mode === 'edit'
              ? `${t('admin.editUser')} · ${editing.user.username}`
              : editing?.mode === 'reset'
                ? `${t('admin.resetPassword')} · ${editing.user.username}`
                : ''
        }
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={created.loading || updated.loading || reset.loading}
        forceRender
      >
        <Form form={form} name="user" layout="vertical" onFinish={submit}>
          {editing?.mode === 'create' && (
            <Form.Item label={t('admin.username')} name="username" rules={required(t('admin.username'))}>
              <Input autoComplete="off" />
            </Form.Item>
          )}
          {editing?.mode !== 'reset' && (
            <>
              <Form.Item label={t('admin.displayName')} name="displayName" rules={required(t('admin.displayName'))}>
                <Input />
              </Form.Item>
              {editing?.mode === 'create' && (
                <Form.Item label={t('admin.role')} name="role" rules={required(t('admin.role'))}>
                  <Select options={roleOptions} />
                </Form.Item>
              )}
              <Form.Item label={t('admin.unit')} name="unitId">
                <Select options={unitChoices} allowClear showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
            </>
          )}
          {editing?.mode === 'create' && (
            <Form.Item
              label={t('admin.initialPassword')}
              name="password"
              extra={t('password.rule')}
              rules={required(t('admin.initialPassword'))}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
          {editing?.mode === 'reset' && (
            <Form.Item
              label={t('admin.newPassword')}
              name="newPassword"
              extra={t('password.rule')}
              rules={required(t('admin.newPassword'))}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
