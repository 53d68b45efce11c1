import { useMutation } from '@apollo/client/react';
import * as values from '@zdyq/db/values';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProjectDetailFragment, Stage } from '../../gql/graphql';
import { chooseRule } from '../../lib/rules';
import { useTodayDay } from '../../lib/today';
import { useMutationErrors } from './useMutationErrors';

const AdvanceStageMutation = graphql(`
  mutation AdvanceStage($id: ID!, $version: Int!, $to: Stage!, $on: Date!, $note: String) {
    advanceStage(id: $id, version: $version, to: $to, on: $on, note: $note) {
      ...ProjectDetail
    }
  }
`);

const TerminateProjectMutation = graphql(`
  mutation TerminateProject($id: ID!, $version: Int!, $on: Date!, $reason: String!) {
    terminateProject(id: $id, version: $version, on: $on, reason: $reason) {
      ...ProjectDetail
    }
  }
`);

const CorrectStageMutation = graphql(`
  mutation CorrectStage($id: ID!, $version: Int!, $to: Stage!, $reason: String!) {
    correctStage(id: $id, version: $version, to: $to, reason: $reason) {
      ...ProjectDetail
    }
  }
`);

export const forwardStages: readonly Stage[] = values.forwardStages;
const dateFields = ['signedOn', 'startedOn', 'acceptedOn', 'productionOn', 'capacityOn'] as const;

/** The latest stage date, which a new stage date may not precede (the server checks it too). */
function latestDate(p: ProjectDetailFragment): string | null {
  return (
    dateFields
      .map((f) => p[f])
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null
  );
}

/** Stages the project could be corrected back to (the server decides; this only offers them). */
function earlierStages(p: ProjectDetailFragment): Stage[] {
  if (p.stage === 'TERMINATED') {
    return forwardStages.filter((_, i) => i === 0 || p[dateFields[i - 1] as (typeof dateFields)[number]]);
  }
  return forwardStages.slice(0, forwardStages.indexOf(p.stage));
}

export type StageAction = 'advance' | 'terminate' | 'correct' | null;

type Values = { to?: Stage; on?: Dayjs; note?: string; reason?: string };

export function StageDialog({
  action,
  project,
  onClose,
  onReload,
}: {
  action: StageAction;
  project: ProjectDetailFragment;
  onClose: () => void;
  onReload: () => unknown;
}) {
  const { t } = useTranslation();
  const today = useTodayDay();
  const [form] = Form.useForm<Values>();
  const [advance, advancing] = useMutation(AdvanceStageMutation);
  const [terminate, terminating] = useMutation(TerminateProjectMutation);
  const [correct, correcting] = useMutation(CorrectStageMutation);
  const onError = useMutationErrors(() => {
    onClose();
    return onReload();
  });
  const latest = latestDate(project);
  const nextStages = forwardStages.slice(forwardStages.indexOf(project.stage) + 1);

  useEffect(() => {
    if (action) {
      form.resetFields();
      form.setFieldsValue({ on: today, to: action === 'advance' ? nextStages[0] : undefined });
    }
  }, [action, form, nextStages[0], today]);

  const submit = async (v: Values) => {
    const base = { id: project.id, version: project.version };
    try {
      if (action === 'advance' && v.to && v.on) {
        await advance({ variables: { ...base, to: v.to, on: v.on.format('YYYY-MM-DD'), note: v.note || null } });
      } else if (action === 'terminate' && v.on) {
        await terminate({ variables: { ...base, on: v.on.format('YYYY-MM-DD'), reason: v.reason ?? '' } });
      } else if (action === 'correct' && v.to) {
        await correct({ variables: { ...base, to: v.to, reason: v.reason ?? '' } });
      }
      onClose();
    } catch (error) {
      onError(error, form);
    }
  };

  const outOfRange = (d: Dayjs) =>
    Boolean(today && d.isAfter(today, 'day')) || (latest !== null && d.isBefore(dayjs(latest), 'day'));
  const title = action ? t(`project.${action}`) : '';

  return (
    <Modal
      title={title}
      open={action !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={title}
      okButtonProps={{ danger: action === 'terminate' }}
      cancelText={t('common.cancel')}
      confirmLoading={advancing.loading || terminating.loading || correcting.loading}
      forceRender
    >
      <Form form={form} name="stage" layout="vertical" onFinish={submit}>
        {action === 'terminate' && (
          <Alert type="warning" showIcon title={t('project.terminateWarning')} style={{ marginBottom: 16 }} />
        )}
        {action === 'correct' && (
          <Alert type="info" showIcon title={t('project.correctWarning')} style={{ marginBottom: 16 }} />
        )}
        {(action === 'advance' || action === 'correct') && (
          <Form.Item label={t('project.advanceTo')} name="to" rules={chooseRule(t, t('project.advanceTo'))}>
            <Select
              options={(action === 'advance' ? nextStages : earlierStages(project)).map((s) => ({
                value: s,
                label: t(`stage.${s}`),
              }))}
            />
          </Form.Item>
        )}
        {action !== 'correct' && (
          <Form.Item label={t('project.on')} name="on" rules={chooseRule(t, t('project.on'))}>
            <DatePicker disabledDate={outOfRange} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {action === 'advance' && (
          <Form.Item label={t('project.note')} name="note">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {(action === 'terminate' || action === 'correct') && (
          <Form.Item
            label={t('project.reason')}
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
