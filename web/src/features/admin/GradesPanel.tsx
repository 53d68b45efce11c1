import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';

const GradeThresholdsQuery = graphql(`
  query GradeThresholds {
    muGradeThresholds {
      grade
      minTaxPerMu
    }
  }
`);

const SetGradeThresholdsMutation = graphql(`
  mutation SetGradeThresholds($input: [GradeThresholdInput!]!) {
    setMuGradeThresholds(input: $input) {
      grade
      minTaxPerMu
    }
  }
`);

/** ADMIN: the lowest tax per mu (万元/亩/年) of each 亩均 grade. */
export function GradesPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(GradeThresholdsQuery, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetGradeThresholdsMutation);
  const [form] = Form.useForm<Record<string, number>>();
  const grades = data?.muGradeThresholds ?? [];

  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(grades.map((g) => [g.grade, g.minTaxPerMu])));
  }, [form, grades]);

  const submit = async (values: Record<string, number>) => {
    try {
      await save({
        variables: { input: Object.entries(values).map(([grade, min]) => ({ grade, minTaxPerMu: Number(min ?? 0) })) },
      });
      message.success(t('common.saved'));
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  return (
    <Form
      name="grades"
      form={form}
      layout="horizontal"
      labelCol={{ span: 10 }}
      wrapperCol={{ span: 8 }}
      onFinish={submit}
      style={{ maxWidth: 560 }}
    >
      <Typography.Paragraph type="secondary">{t('targetAdmin.gradesNote')}</Typography.Paragraph>
      {grades.map((g) => (
        <Form.Item
          key={g.grade}
          label={`${t('compliance.grade')} ${g.grade}`}
          name={g.grade}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={10000} style={{ width: '100%' }} />
        </Form.Item>
      ))}
      <Form.Item wrapperCol={{ offset: 10 }}>
        <Button type="primary" htmlType="submit" loading={saving.loading}>
          {t('common.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
