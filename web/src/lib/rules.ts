import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

/** A field chosen from a list or a calendar: its error says 请选择, not antd's 请输入. */
export const chooseRule = (t: TFunction, label: string): Rule[] => [
  { required: true, message: t('form.choose', { label }) },
];
