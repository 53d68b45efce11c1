import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { CodeInput } from './TwoFactorSetup';

const VerifySignInCodeMutation = graphql(`
  mutation VerifySignInCode($code: String!) {
    verifySignInCode(code: $code)
  }
`);

/** Signed in through the identity provider, an account with its own second factor gives its code. */
export function SignInCodeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [verify, { loading }] = useMutation(VerifySignInCodeMutation);
  const [failure, setFailure] = useState<string>();
  return (
    <Form
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(values: { code: string }) => {
        setFailure(undefined);
        void verify({ variables: { code: values.code.trim() } })
          .then(onDone)
          .catch((error) => setFailure(errorMessage(error, t)));
      }}
    >
      {failure && <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item
        label={t('login.otp')}
        name="code"
        extra={t('login.otpHint')}
        rules={[{ required: true, message: t('twoFactor.codeRequired') }]}
      >
        <CodeInput autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('restricted.codeSubmit')}
      </Button>
    </Form>
  );
}
