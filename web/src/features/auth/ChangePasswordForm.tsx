import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage, showFieldError } from '../../lib/errors';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** Changing one's own password, with the rules beside the field and the server's refusal next to the field it names. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [change, { loading }] = useMutation(ChangePasswordMutation);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    try {
      await change({ variables: { currentPassword, newPassword } });
      message.success(t('password.changed'));
      form.resetFields();
      onChanged();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Form form={form} name="password" layout="vertical" onFinish={submit}>
      <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item label={t('password.new')} name="newPassword" extra={t('password.rule')} rules={[{ required: true }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('user.changePassword')}
      </Button>
    </Form>
  );
}
