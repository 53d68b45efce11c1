import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Form, InputNumber, Modal, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AdminTargetsQuery as Result } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';

const AdminTargetsQuery = graphql(`
  query AdminTargets {
    targets {
      code
      name
      unit
      annual
      target
      baseline
      periodStart
      periodEnd
    }
  }
`);

const UpdateTargetMutation = graphql(`
  mutation UpdateTarget($code: String!, $input: TargetInput!) {
    updateTarget(code: $code, input: $input) {
      code
      target
      baseline
      periodStart
      periodEnd
    }
  }
`);

type Row = Result['targets'][number];
type Values = { targetValue: string; baseline?: string | null; periodStart?: Dayjs; periodEnd?: Dayjs };

/** ADMIN: each target's value, baseline and period (annual targets count by calendar year). */
export function TargetsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(AdminTargetsQuery, { fetchPolicy: 'network-only' });
  const [editing, setEditing] = useState<Row | null>(null);
  const [form] = Form.useForm<Values>();
  const [update, updating] = useMutation(UpdateTargetMutation);

  const open = (row: Row) => {
    form.setFieldsValue({
      targetValue: String(row.target),
      baseline: row.baseline === null || row.baseline === undefined ? null : String(row.baseline),
      periodStart: dayjs(row.periodStart),
      periodEnd: dayjs(row.periodEnd),
    });
    setEditing(row);
  };

  const submit = async (v: Values) => {
    if (!editing) return;
    try {
      await update({
        variables: {
          code: editing.code,
          input: {
            targetValue: String(v.targetValue),
            baseline: v.baseline === null || v.baseline === undefined || v.baseline === '' ? null : String(v.baseline),
            ...(editing.annual
              ? {}
              : { periodStart: v.periodStart?.format('YYYY-MM-DD'), periodEnd: v.periodEnd?.format('YYYY-MM-DD') }),
          },
        },
      });
      message.success(t('common.saved'));
      setEditing(null);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('targetAdmin.annualNote')}</Typography.Paragraph>
      <Table<Row>
        rowKey="code"
        loading={loading}
        dataSource={data?.targets ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('targetAdmin.name'), dataIndex: 'name' },
          { title: t('targetAdmin.value'), render: (_, r) => `${r.target} ${r.unit}` },
          { title: t('targetAdmin.baseline'), dataIndex: 'baseline', render: (b: number | null) => b ?? '—' },
          { title: t('targetAdmin.periodStart'), render: (_, r) => (r.annual ? t('dashboard.annual') : r.periodStart) },
          { title: t('targetAdmin.periodEnd'), render: (_, r) => (r.annual ? t('dashboard.annual') : r.periodEnd) },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Button size="small" onClick={() => open(r)} aria-label={`${t('common.edit')} ${r.name}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        title={`${t('targetAdmin.edit')} · ${editing?.name ?? ''}`}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={updating.loading}
        forceRender
      >
        <Form form={form} name="target" layout="vertical" onFinish={submit}>
          <Form.Item label={t('targetAdmin.value')} name="targetValue" rules={[{ required: true }]}>
            <InputNumber stringMode min="0" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('targetAdmin.baseline')} name="baseline">
            <InputNumber stringMode min="0" style={{ width: '100%' }} />
          </Form.Item>
          {!editing?.annual && (
            <>
              <Form.Item label={t('targetAdmin.periodStart')} name="periodStart" rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item label={t('targetAdmin.periodEnd')} name="periodEnd" rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
