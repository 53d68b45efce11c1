import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorCode, errorMessage } from '../../lib/errors';
import { CodeInput } from './TwoFactorSetup';

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!, $otp: String) {
    login(username: $username, password: $password, otp: $otp) {
      id
    }
  }
`);

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string>();
  /** Whether the account has a second factor: asked for once the password is right. */
  const [askCode, setAskCode] = useState(false);

  const submit = async (values: { username: string; password: string; otp?: string }) => {
    setFailure(undefined);
    try {
      await login({ variables: { ...values, otp: values.otp?.trim() || null } });
      onSignedIn();
    } catch (error) {
      if (errorCode(error) === 'TWO_FACTOR_REQUIRED' && !askCode) {
        setAskCode(true);
        return;
      }
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <Form name="login" layout="vertical" size="large" onFinish={submit} requiredMark={false}>
      {failure && <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item
        label={t('login.username')}
        name="username"
        rules={[{ required: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {askCode && (
        <Form.Item
          label={t('login.otp')}
          name="otp"
          extra={t('login.otpHint')}
          rules={[{ required: true, message: t('twoFactor.codeRequired') }]}
        >
          <CodeInput autoFocus />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
