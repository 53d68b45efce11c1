import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { SecurityUsersQuery } from './graphql';

const LinkIdentityMutation = graphql(`
  mutation LinkIdentity($userId: ID!, $subject: String!) {
    linkIdentity(userId: $userId, subject: $subject) {
      id
      governmentIdentity
    }
  }
`);

const UnlinkIdentityMutation = graphql(`
  mutation UnlinkIdentity($userId: ID!) {
    unlinkIdentity(userId: $userId) {
      id
      governmentIdentity
    }
  }
`);

/**
 * 安全管理员 links an account to a government identity (the provider's subject, SPEC 1.1), or
 * removes the link; the account then signs in through 浙政钉 / the unified identity.
 */
export function IdentityLink({
  user,
}: {
  user: { id: string; displayName: string; governmentIdentity?: string | null };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ subject: string }>();
  const refetchQueries = [SecurityUsersQuery];
  const [link, linking] = useMutation(LinkIdentityMutation, { refetchQueries });
  const [unlink] = useMutation(UnlinkIdentityMutation, { refetchQueries });
  const submit = async ({ subject }: { subject: string }) => {
    try {
      await link({ variables: { userId: user.id, subject } });
      message.success(t('security.identityLinked', { name: user.displayName }));
      setOpen(false);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };
  return (
    <Space wrap>
      <Button
        size="small"
        onClick={() => {
          form.setFieldsValue({ subject: user.governmentIdentity ?? '' });
          setOpen(true);
        }}
      >
        {user.governmentIdentity ? t('security.changeIdentity') : t('security.linkIdentity')}
      </Button>
      {user.governmentIdentity && (
        <Popconfirm
          title={t('security.unlinkConfirm', { name: user.displayName })}
          onConfirm={() =>
            unlink({ variables: { userId: user.id } })
              .then(() => message.success(t('security.identityUnlinked')))
              .catch((error) => message.error(errorMessage(error, t)))
          }
          okText={t('security.unlinkIdentity')}
          cancelText={t('common.cancel')}
        >
          <Button size="small">{t('security.unlinkIdentity')}</Button>
        </Popconfirm>
      )}
      <Modal
        open={open}
        title={`${t('security.linkIdentity')} · ${user.displayName}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={linking.loading}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('security.identitySubject')}
            name="subject"
            extra={t('security.identityHint')}
            rules={[{ required: true, whitespace: true, message: t('security.identityRequired') }]}
          >
            <Input autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
