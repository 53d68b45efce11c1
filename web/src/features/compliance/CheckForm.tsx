import { CameraOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { complianceActions } from '@zdyq/db/values';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceAction, ComplianceCheckInput } from '../../gql/graphql';
import { languageHeaders } from '../../i18n';
import { errorMessage, showFieldError } from '../../lib/errors';
import { chooseRule } from '../../lib/rules';
import { useTodayDay } from '../../lib/today';
import { ClauseTable, GradeBadge } from './ClauseTable';
import { MeasurementsDueQuery, PreviewCheckQuery, RecordCheckMutation } from './graphql';

type Values = {
  checkedOn: Dayjs;
  period: string;
  actualInvestment?: string | null;
  annualOutput?: string | null;
  annualTax?: string | null;
  plotRatio?: string | null;
  findings?: string;
  action?: ComplianceAction;
  rectifyBy?: Dayjs | null;
};

const actions: readonly ComplianceAction[] = complianceActions;
const text = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? null : String(v));

/**
 * The inspector's check, built for a phone: large inputs, the camera for photos, and the verdicts
 * the server will give shown before submitting.
 */
export function CheckForm({
  projectId,
  supersedesId,
  open,
  onClose,
  onRecorded,
}: {
  projectId: string;
  supersedesId?: string | null;
  open: boolean;
  onClose: () => void;
  onRecorded: () => unknown;
}) {
  const { t } = useTranslation();
  const today = useTodayDay();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [preview, previewed] = useLazyQuery(PreviewCheckQuery, { fetchPolicy: 'network-only' });
  const [record, recording] = useMutation(RecordCheckMutation);
  const narrow = typeof window !== 'undefined' && window.innerWidth < 600;
  // The clauses due on the day of the check: their measurements are asked for before anything is sent.
  const checkedOn = Form.useWatch('checkedOn', form);
  const day = checkedOn?.format('YYYY-MM-DD');
  const dueQuery = useQuery(MeasurementsDueQuery, {
    variables: { id: projectId, on: day ?? '' },
    skip: !open || !day,
  });
  const due = dueQuery.data?.project?.agreement?.measurementsDue;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ checkedOn: today, period: today ? String(today.year() - 1) : undefined, action: 'NONE' });
    setFiles([]);
  }, [open, form, today]);

  const inputOf = (v: Values): ComplianceCheckInput => ({
    projectId,
    checkedOn: v.checkedOn.format('YYYY-MM-DD'),
    period: v.period,
    actualInvestment: text(v.actualInvestment),
    annualOutput: text(v.annualOutput),
    annualTax: text(v.annualTax),
    plotRatio: text(v.plotRatio),
    findings: v.findings || null,
    action: v.action ?? 'NONE',
    rectifyBy: v.rectifyBy ? v.rectifyBy.format('YYYY-MM-DD') : null,
    supersedesId: supersedesId ?? null,
    attachmentIds: files
      .map((f) => (f.response as { id?: string } | undefined)?.id)
      .filter((id): id is string => Boolean(id)),
  });

  const showPreview = async () => {
    try {
      const values = await form.validateFields();
      const result = await preview({ variables: { input: inputOf(values) } });
      if (result.error) throw result.error;
    } catch (error) {
      if (error && typeof error === 'object' && 'errorFields' in error) return;
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  const submit = async (values: Values) => {
    try {
      await record({ variables: { input: inputOf(values) } });
      message.success(t('common.saved'));
      onClose();
      await onRecorded();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  const verdicts = previewed.data?.previewComplianceCheck;

  return (
    <Drawer
      title={supersedesId ? t('compliance.correct') : t('compliance.record')}
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 'large'}
      placement={narrow ? 'bottom' : 'right'}
      styles={narrow ? { wrapper: { height: '100%' } } : undefined}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="check" layout="vertical" size="large" onFinish={submit}>
        <Form.Item label={t('compliance.checkedOn')} name="checkedOn" rules={chooseRule(t, t('compliance.checkedOn'))}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => Boolean(today && d.isAfter(today, 'day'))}
            inputReadOnly={narrow}
          />
        </Form.Item>
        <Form.Item label={t('compliance.period')} name="period" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={20} />
        </Form.Item>
        {due && due.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('compliance.dueNote', { count: due.length })}
            style={{ marginBottom: 16 }}
          />
        )}
        {(['actualInvestment', 'annualOutput', 'annualTax', 'plotRatio'] as const).map((f) => (
          <Form.Item
            key={f}
            label={t(`compliance.${f}`)}
            name={f}
            rules={due?.includes(f) ? [{ required: true, message: t('compliance.measurementDue') }] : []}
          >
            <InputNumber stringMode min="0" style={{ width: '100%' }} inputMode="decimal" />
          </Form.Item>
        ))}
        <Form.Item label={t('compliance.findings')} name="findings">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('compliance.action')} name="action">
          <Select options={actions.map((a) => ({ value: a, label: t(`complianceAction.${a}`) }))} />
        </Form.Item>
        <Form.Item noStyle dependencies={['action']}>
          {({ getFieldValue }) =>
            getFieldValue('action') !== 'NONE' && (
              <Form.Item
                label={t('compliance.rectifyBy')}
                name="rectifyBy"
                rules={[{ required: getFieldValue('action') === 'RECTIFICATION_NOTICE' }]}
              >
                <DatePicker style={{ width: '100%' }} inputReadOnly={narrow} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item label={t('compliance.photos')}>
          <Upload
            action="/api/attachments"
            headers={languageHeaders()}
            name="file"
            accept="image/*,application/pdf"
            capture="environment"
            listType="picture"
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button icon={<CameraOutlined />}>{t('compliance.upload')}</Button>
          </Upload>
        </Form.Item>
        {verdicts && (
          <section aria-label={t('compliance.preview')} style={{ marginBottom: 16 }}>
            <Alert
              type={verdicts.result === 'COMPLIANT' ? 'success' : 'error'}
              showIcon
              title={
                <Space wrap>
                  <span data-testid="preview-result">{t(`result.${verdicts.result}`)}</span>
                  <GradeBadge grade={verdicts.grade} />
                  {verdicts.taxPerMu !== null &&
                    verdicts.taxPerMu !== undefined &&
                    t('compliance.computedTax', { value: verdicts.taxPerMu })}
                </Space>
              }
              style={{ marginBottom: 8 }}
            />
            <ClauseTable clauses={verdicts.clauses} />
          </section>
        )}
        <Space wrap style={{ width: '100%' }}>
          <Button size="large" onClick={showPreview} loading={previewed.loading}>
            {t('compliance.preview')}
          </Button>
          <Button size="large" type="primary" htmlType="submit" loading={recording.loading}>
            {t('compliance.submit')}
          </Button>
        </Space>
      </Form>
    </Drawer>
  );
}
