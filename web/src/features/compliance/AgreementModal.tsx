import { useMutation } from '@apollo/client/react';
import { App, Col, DatePicker, Form, InputNumber, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, showFieldError } from '../../lib/errors';
import { SetAgreementMutation } from './graphql';

const amounts = [
  'agreedInvestment',
  'investmentIntensity',
  'landArea',
  'plotRatio',
  'annualOutput',
  'taxPerMu',
] as const;
const dates = ['startDeadline', 'completionDeadline', 'productionDeadline', 'capacityDeadline'] as const;
const labels: Record<string, string> = { annualOutput: 'agreedOutput' };

type AgreementValues = Partial<Record<(typeof amounts)[number] | (typeof dates)[number], string | null>>;

/** 工业投资项目履约监管协议: the clauses a project signed up to; its deadlines plan the matching nodes. */
export function AgreementModal({
  projectId,
  agreement,
  open,
  onClose,
  onSaved,
}: {
  projectId: string;
  agreement?: AgreementValues | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | Dayjs | null>>();
  const [save, saving] = useMutation(SetAgreementMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const values: Record<string, string | Dayjs | null> = {};
    for (const f of amounts) values[f] = agreement?.[f] ?? null;
    for (const f of dates) values[f] = agreement?.[f] ? dayjs(agreement[f] as string) : null;
    form.setFieldsValue(values);
  }, [open, agreement, form]);

  const submit = async (values: Record<string, string | Dayjs | null>) => {
    const input: Record<string, string | null> = {};
    for (const f of amounts)
      input[f] = values[f] === null || values[f] === undefined || values[f] === '' ? null : String(values[f]);
    for (const f of dates) input[f] = values[f] ? (values[f] as Dayjs).format('YYYY-MM-DD') : null;
    try {
      await save({ variables: { projectId, input } });
      message.success(t('common.saved'));
      onClose();
      await onSaved();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Modal
      title={t('compliance.agreement')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving.loading}
      forceRender
    >
      <Form form={form} name="agreement" layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          {amounts.map((f) => (
            <Col xs={24} sm={12} key={f}>
              <Form.Item label={t(`compliance.${labels[f] ?? f}`)} name={f}>
                <InputNumber stringMode min="0" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          {dates.map((f) => (
            <Col xs={24} sm={12} key={f}>
              <Form.Item label={t(`compliance.${f}`)} name={f}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
