import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';

export type NumberSetting = { key: string; label: string; value: number };

/** A short list of numbers ADMIN keeps (race weights, grade thresholds): one field each, saved together. */
export function NumberSettingsForm({
  name,
  note,
  settings,
  max,
  saving,
  onSave,
}: {
  name: string;
  note: string;
  settings: NumberSetting[];
  max: number;
  saving: boolean;
  onSave: (values: Array<{ key: string; value: number }>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, number>>();

  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(settings.map((s) => [s.key, s.value])));
  }, [form, settings]);

  const submit = async (values: Record<string, number>) => {
    try {
      await onSave(Object.entries(values).map(([key, value]) => ({ key, value: Number(value ?? 0) })));
      message.success(t('common.saved'));
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  return (
    <Form
      name={name}
      form={form}
      layout="horizontal"
      labelCol={{ span: 10 }}
      wrapperCol={{ span: 8 }}
      onFinish={submit}
      style={{ maxWidth: 560 }}
    >
      <Typography.Paragraph type="secondary">{note}</Typography.Paragraph>
      {settings.map((s) => (
        <Form.Item key={s.key} label={s.label} name={s.key} rules={[{ required: true }]}>
          <InputNumber min={0} max={max} style={{ width: '100%' }} />
        </Form.Item>
      ))}
      <Form.Item wrapperCol={{ offset: 10 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
