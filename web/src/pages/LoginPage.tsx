import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '../features/auth/LoginForm';

export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex
      justify="center"
      align="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #7f1d1d 0%, #b71c1c 45%, #f5f5f5 45%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.shortTitle')} · {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <LoginForm onSignedIn={onSignedIn} />
      </Card>
    </Flex>
  );
}
