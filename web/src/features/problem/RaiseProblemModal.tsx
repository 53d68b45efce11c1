import { useMutation, useQuery } from '@apollo/client/react';
import { problemCategories } from '@zdyq/db/values';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProblemCategory } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { chooseRule } from '../../lib/rules';
import { useTodayDay } from '../../lib/today';
import { unitOptions } from '../../lib/unitOptions';
import { useSession } from '../auth/session';

export const UnitsForProblemQuery = graphql(`
  query UnitsForProblem {
    units {
      id
      name
      kind
    }
  }
`);

const RaiseProblemMutation = graphql(`
  mutation RaiseProblem($input: ProblemInput!) {
    raiseProblem(input: $input) {
      id
    }
  }
`);

export const categories: readonly ProblemCategory[] = problemCategories;

type Values = {
  title: string;
  description?: string;
  category: ProblemCategory;
  leadUnitId: string;
  coUnitIds?: string[];
  dueOn?: Dayjs;
};

/** 提出问题 on a project: hand it to a lead unit with co-units and a due date. */
export function RaiseProblemModal({
  projectId,
  open,
  onClose,
  onRaised,
}: {
  projectId: string;
  open: boolean;
  onClose: () => void;
  onRaised: () => unknown;
}) {
  const { t } = useTranslation();
  const today = useTodayDay();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data } = useQuery(UnitsForProblemQuery, { skip: !open });
  const [raise, raising] = useMutation(RaiseProblemMutation);
  const units = unitOptions(data?.units ?? [], t);
  const { me } = useSession();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async (v: Values) => {
    try {
      await raise({
        variables: {
          input: {
            projectId,
            title: v.title,
            description: v.description || null,
            category: v.category,
            leadUnitId: v.leadUnitId,
            coUnitIds: v.coUnitIds ?? [],
            dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
          },
        },
      });
      message.success(t('common.saved'));
      onClose();
      await onRaised();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Modal
      title={t('problem.raise')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('problem.raise')}
      cancelText={t('common.cancel')}
      confirmLoading={raising.loading}
      forceRender
    >
      <Form
        form={form}
        name="raiseProblem"
        layout="vertical"
        onFinish={submit}
        // A problem is most often my own unit's to lead.
        initialValues={{ leadUnitId: me.unit?.id }}
      >
        <Form.Item label={t('problem.title')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('problem.category')} name="category" rules={chooseRule(t, t('problem.category'))}>
          <Select options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('problem.description')} name="description">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('problem.leadUnit')} name="leadUnitId" rules={chooseRule(t, t('problem.leadUnit'))}>
          <Select options={units} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('problem.coUnits')} name="coUnitIds">
          <Select mode="multiple" options={units} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('problem.dueOn')} name="dueOn">
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => Boolean(today && d.isBefore(today, 'day'))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
