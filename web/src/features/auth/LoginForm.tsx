import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Divider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorCode, errorMessage } from '../../lib/errors';
import { CodeInput } from './TwoFactorSetup';

/** How one may sign in here: the government identity provider's button, and passwords for whom. */
export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      providerLabel
      passwordLogin
    }
  }
`);

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!, $otp: String) {
    login(username: $username, password: $password, otp: $otp) {
      id
    }
  }
`);

/** Why the provider's sign-in was refused, as the server's callback names it in the address. */
function providerRefusal(): string | null {
  return new URLSearchParams(window.location.search).get('signin');
}

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [login, { loading }] = useMutation(LoginMutation);
  const { data: options } = useQuery(SignInOptionsQuery);
  const refused = providerRefusal();
  const [failure, setFailure] = useState<string | undefined>(
    refused ? t(`login.refused.${refused}`, t('login.refused.FAILED')) : undefined,
  );
  const provider = options?.signInOptions.providerLabel;
  /** With PASSWORD_LOGIN=admins the password form is the administrators' way in, folded away. */
  const [showPassword, setShowPassword] = useState(false);
  const passwordFolded = options?.signInOptions.passwordLogin === 'ADMINS' && !showPassword;
  /** Whether the account has a second factor: asked for once the password is right. */
  const [askCode, setAskCode] = useState(false);

  const submit = async (values: { username: string; password: string; otp?: string }): Promise<void> => {
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

  const passwordForm = (
    <PasswordForm submit={submit} failure={failure} askCode={askCode} loading={loading} primary={!provider} />
  );
  return (
    <>
      {provider && (
        <>
          {failure && passwordFolded && (
            <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} role="alert" />
          )}
          <Button type="primary" size="large" block href="/api/auth/oidc/login">
            {provider}
          </Button>
          <Divider plain>
            {passwordFolded ? (
              <Typography.Link onClick={() => setShowPassword(true)}>{t('login.adminPassword')}</Typography.Link>
            ) : (
              t('login.orPassword')
            )}
          </Divider>
        </>
      )}
      {!passwordFolded && passwordForm}
    </>
  );
}

function PasswordForm(props: {
  submit: (values: { username: string; password: string; otp?: string }) => Promise<void>;
  failure: string | undefined;
  askCode: boolean;
  loading: boolean;
  primary: boolean;
}) {
  const { t } = useTranslation();
  const { submit, failure, askCode, loading } = props;
  return (
    <Form name="login" layout="vertical" size="large" onFinish={submit} requiredMark={false}>
      {failure && <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item
        label={t('login.username')}
        name="username"
        rules={[{ required: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus={props.primary} />
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
      {/* A new button for the code: the password's, fading out its loading icon, would read "loading 登录". */}
      <Button
        key={askCode ? 'code' : 'password'}
        type={props.primary ? 'primary' : 'default'}
        htmlType="submit"
        block
        loading={loading}
      >
        {t('login.submit')}
      </Button>
    </Form>
  );
}
