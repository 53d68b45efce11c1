import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { SignInCodeForm } from '../features/auth/SignInCodeForm';
import { TwoFactorSetup } from '../features/auth/TwoFactorSetup';
import type { SessionRestriction } from '../gql/graphql';

/**
 * What a session must do before anything else (等保): an initial, reset or expired password is
 * changed; an administrator where the second factor is required enrols one. Nothing else opens
 * until then, as the server answers nothing else.
 */
export function RestrictedPage({
  restriction,
  onDone,
  onSignOut,
}: {
  restriction: SessionRestriction;
  onDone: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const password = restriction === 'PASSWORD_CHANGE';
  if (restriction === 'TWO_FACTOR_CODE') {
    return (
      <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
        <Card style={{ width: '100%', maxWidth: 480, alignSelf: 'flex-start', marginTop: '8vh' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('restricted.codeTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('restricted.codeHint')}</Typography.Paragraph>
          <SignInCodeForm onDone={onDone} />
          <Button type="link" onClick={onSignOut} style={{ paddingInline: 0, marginTop: 16 }}>
            {t('user.logout')}
          </Button>
        </Card>
      </Flex>
    );
  }
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 480, alignSelf: 'flex-start', marginTop: '8vh' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {password ? t('restricted.passwordTitle') : t('restricted.twoFactorTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {password ? t('restricted.passwordHint') : t('restricted.twoFactorHint')}
        </Typography.Paragraph>
        {password ? <ChangePasswordForm onChanged={onDone} /> : <TwoFactorSetup onDone={onDone} />}
        <Button type="link" onClick={onSignOut} style={{ paddingInline: 0, marginTop: 16 }}>
          {t('user.logout')}
        </Button>
      </Card>
    </Flex>
  );
}
