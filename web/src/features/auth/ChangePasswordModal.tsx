import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('user.changePassword')} open={open} onCancel={onClose} footer={null} destroyOnHidden>
      <ChangePasswordForm onChanged={onClose} />
    </Modal>
  );
}
