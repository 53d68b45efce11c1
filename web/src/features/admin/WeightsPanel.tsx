import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';

const ScoreWeightsQuery = graphql(`
  query ScoreWeights {
    scoreWeights {
      key
      weight
    }
  }
`);

const SetScoreWeightsMutation = graphql(`
  mutation SetScoreWeights($input: [ScoreWeightInput!]!) {
    setScoreWeights(input: $input) {
      key
      weight
    }
  }
`);

/** ADMIN: the weights of the unit race score. */
export function WeightsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(ScoreWeightsQuery, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetScoreWeightsMutation);
  const [form] = Form.useForm<Record<string, number>>();
  const weights = data?.scoreWeights ?? [];

  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(weights.map((w) => [w.key, w.weight])));
  }, [form, weights]);

  const submit = async (values: Record<string, number>) => {
    try {
      await save({
        variables: { input: Object.entries(values).map(([key, weight]) => ({ key, weight: Number(weight ?? 0) })) },
      });
      message.success(t('common.saved'));
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  return (
    <Form
      name="weights"
      form={form}
      layout="horizontal"
      labelCol={{ span: 10 }}
      wrapperCol={{ span: 8 }}
      onFinish={submit}
      style={{ maxWidth: 560 }}
    >
      <Typography.Paragraph type="secondary">{t('targetAdmin.weightsNote')}</Typography.Paragraph>
      {weights.map((w) => (
        <Form.Item key={w.key} label={t(`weight.${w.key}`)} name={w.key} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} style={{ width: '100%' }} />
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
