import { App, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictOf, errorMessage, showFieldError } from '../../lib/errors';

/**
 * How a failed project write is shown: a field error beside its field, a stale version as a
 * dialog naming who changed the project with a reload button, anything else as a message.
 */
export function useMutationErrors(reload: () => unknown) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const conflict = conflictOf(error);
      if (conflict) {
        modal.confirm({
          title: t('project.conflictTitle'),
          content: t('project.conflictBody', {
            who: conflict.changedBy ?? t('project.system'),
            when: conflict.changedAt ? dayjs(conflict.changedAt).format('YYYY-MM-DD HH:mm') : '',
          }),
          okText: t('project.reload'),
          cancelText: t('common.cancel'),
          onOk: () => reload(),
        });
        return;
      }
      if (form && showFieldError(form, error)) return;
      message.error(errorMessage(error, t));
    },
    [message, modal, reload, t],
  );
}
