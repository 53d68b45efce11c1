import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, showFieldError } from '../../lib/errors';
import { ConfirmTwoFactorMutation, StartTwoFactorMutation } from './graphql';

/** A six-digit code from the authenticator app, or a recovery code where the form allows one. */
export function CodeInput(props: React.ComponentProps<typeof Input>) {
  return <Input inputMode="numeric" autoComplete="one-time-code" maxLength={20} style={{ maxWidth: 200 }} {...props} />;
}

/** Recovery codes, shown once: each works once in place of the app's code. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Alert type="warning" showIcon title={t('twoFactor.recoveryTitle')} description={t('twoFactor.recoveryHint')} />
      <Typography.Paragraph copyable={{ text: codes.join('\n') }} data-testid="recovery-codes">
        <pre style={{ margin: 0 }}>{codes.join('\n')}</pre>
      </Typography.Paragraph>
      <Button type="primary" onClick={onDone} style={{ alignSelf: 'flex-start' }}>
        {t('twoFactor.savedCodes')}
      </Button>
    </Flex>
  );
}

/** Enrolling the second factor: scan the QR code (or type the key), confirm with a code, keep the recovery codes. */
export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const [start, started] = useMutation(StartTwoFactorMutation);
  const [confirm, confirming] = useMutation(ConfirmTwoFactorMutation);
  const [codes, setCodes] = useState<string[]>();
  const enrolment = started.data?.startTwoFactorEnrolment;

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  if (!enrolment) {
    return (
      <Flex vertical gap={12} align="flex-start">
        <Typography.Paragraph style={{ margin: 0 }}>{t('twoFactor.intro')}</Typography.Paragraph>
        <Button
          type="primary"
          loading={started.loading}
          onClick={() => void start().catch((error) => message.error(errorMessage(error, t)))}
        >
          {t('twoFactor.start')}
        </Button>
      </Flex>
    );
  }
  const submit = async ({ code }: { code: string }) => {
    try {
      const result = await confirm({ variables: { code: code.trim() } });
      setCodes(result.data?.confirmTwoFactor ?? []);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('twoFactor.scan')}</Typography.Paragraph>
      <img src={enrolment.qrDataUrl} alt={t('twoFactor.qrAlt')} width={180} height={180} />
      <Typography.Text>
        {t('twoFactor.key')}{' '}
        <Typography.Text code copyable data-testid="totp-secret">
          {enrolment.secret}
        </Typography.Text>
      </Typography.Text>
      <Form form={form} name="two-factor" layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('twoFactor.code')}
          name="code"
          rules={[{ required: true, message: t('twoFactor.codeRequired') }]}
        >
          <CodeInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={confirming.loading}>
          {t('twoFactor.confirm')}
        </Button>
      </Form>
    </Flex>
  );
}
