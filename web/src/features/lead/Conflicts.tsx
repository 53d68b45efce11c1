import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictFieldsFragment } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { useCan } from '../auth/session';
import { DecideConflictMutation } from './graphql';

type Values = { leadingUnitId: string; note?: string };

function DecideModal({
  conflict,
  onClose,
  onDecided,
}: {
  conflict: ConflictFieldsFragment | null;
  onClose: () => void;
  onDecided: () => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [decide, deciding] = useMutation(DecideConflictMutation);
  const submit = async (v: Values) => {
    if (!conflict) return;
    try {
      await decide({ variables: { id: conflict.id, leadingUnitId: v.leadingUnitId, note: v.note || null } });
      message.success(t('common.saved'));
      onClose();
      await onDecided();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };
  return (
    <Modal
      open={conflict !== null}
      title={t('lead.decide')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={deciding.loading}
      destroyOnHidden
    >
      {conflict && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ leadingUnitId: conflict.first.unit.id }}
          preserve={false}
        >
          <Form.Item name="leadingUnitId" label={t('lead.leadingUnit')} rules={[{ required: true }]}>
            <Radio.Group
              options={[conflict.first, conflict.second].map((side) => ({
                value: side.unit.id,
                label: `${side.unit.name}（${side.lead?.title ?? side.project?.name ?? ''}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('lead.decideNote')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/**
 * 撞单 on a lead or project: the other unit and what matched; once decided, which unit leads and why.
 * ADMIN decides; nothing is merged or hidden.
 */
export function Conflicts({
  conflicts,
  ownUnitId,
  onChanged,
}: {
  conflicts: readonly ConflictFieldsFragment[];
  ownUnitId: string;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const mayDecide = useCan('conflict.decide');
  const [deciding, setDeciding] = useState<ConflictFieldsFragment | null>(null);
  if (conflicts.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {conflicts.map((c) => {
        const other = c.first.unit.id === ownUnitId ? c.second : c.first;
        const decided = c.leadingUnit;
        return (
          <Alert
            key={c.id}
            type={decided ? 'info' : 'warning'}
            showIcon
            title={t('lead.conflictAlert', { other: other.unit.name, matched: c.matchedOn })}
            description={
              decided
                ? t('lead.conflictDecided', { unit: decided.name, note: c.decisionNote ? `：${c.decisionNote}` : '' })
                : t('lead.conflictPending', { unit: c.first.unit.name })
            }
            action={
              mayDecide && !decided ? (
                <Button size="small" onClick={() => setDeciding(c)}>
                  {t('lead.decide')}
                </Button>
              ) : undefined
            }
          />
        );
      })}
      <DecideModal conflict={deciding} onClose={() => setDeciding(null)} onDecided={onChanged} />
    </Space>
  );
}
