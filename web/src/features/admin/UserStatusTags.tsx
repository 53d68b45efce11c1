import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Status = {
  active: boolean;
  locked: boolean;
  mustChangePassword?: boolean;
  twoFactorEnabled?: boolean;
  demo?: boolean;
};

/** An account's state in tags: on or off, locked out, a password still to change, a second factor, a demo account. */
export function UserStatusTags({ user }: { user: Status }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {user.active ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>}
      {user.locked && <Tag color="red">{t('admin.locked')}</Tag>}
      {user.mustChangePassword && <Tag color="orange">{t('admin.mustChangePassword')}</Tag>}
      {user.twoFactorEnabled && <Tag color="blue">{t('admin.twoFactor')}</Tag>}
      {user.demo && <Tag>{t('admin.demo')}</Tag>}
    </Space>
  );
}
