import { useMutation } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { MilestoneStatus, ProjectDetailFragment } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { useNames } from '../../lib/labels';
import { chooseRule } from '../../lib/rules';
import { useTodayDay } from '../../lib/today';

const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($id: ID!, $plannedOn: Date, $actualOn: Date, $note: String) {
    updateMilestone(id: $id, plannedOn: $plannedOn, actualOn: $actualOn, note: $note) {
      id
      plannedOn
      actualOn
      note
      late
      lateAgainstBaseline
      slipDays
      completedByStage
      status
    }
  }
`);

const AddMilestoneMutation = graphql(`
  mutation AddMilestone($projectId: ID!, $name: String!, $plannedOn: Date!, $note: String) {
    addMilestone(projectId: $projectId, name: $name, plannedOn: $plannedOn, note: $note) {
      id
    }
  }
`);

type Node = ProjectDetailFragment['milestones'][number];
type Values = { name?: string; plannedOn?: Dayjs; actualOn?: Dayjs | null; note?: string };

const statusColors: Record<MilestoneStatus, string> = {
  DONE: 'success',
  OVERDUE: 'error',
  DUE_SOON: 'warning',
  PENDING: 'default',
};

/** 节点: baseline against current plan against actual, overdue in red. */
export function MilestoneTable({ project, onChanged }: { project: ProjectDetailFragment; onChanged: () => unknown }) {
  const { t } = useTranslation();
  const names = useNames();
  const today = useTodayDay();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Node | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const [update, updating] = useMutation(UpdateMilestoneMutation);
  const [add, adding] = useMutation(AddMilestoneMutation);
  const canEdit = project.viewerCanEdit;

  const open = (node: Node | 'new') => {
    form.resetFields();
    if (node !== 'new') {
      form.setFieldsValue({
        plannedOn: node.plannedOn ? dayjs(node.plannedOn) : undefined,
        actualOn: node.actualOn ? dayjs(node.actualOn) : null,
        note: node.note ?? '',
      });
    }
    setEditing(node);
  };

  const submit = async (v: Values) => {
    const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
    try {
      if (editing === 'new') {
        await add({
          variables: {
            projectId: project.id,
            name: v.name ?? '',
            plannedOn: day(v.plannedOn) ?? '',
            note: v.note || null,
          },
        });
      } else if (editing) {
        await update({
          variables: {
            id: editing.id,
            plannedOn: day(v.plannedOn),
            ...(editing.completedByStage || editing.settledByStage ? {} : { actualOn: day(v.actualOn) }),
            note: v.note ?? null,
          },
        });
      }
      await onChanged();
      setEditing(null);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  if (project.milestones.length === 0) {
    return <Typography.Text type="secondary">{t('project.noNodes')}</Typography.Text>;
  }

  return (
    <>
      {canEdit && (
        <Button onClick={() => open('new')} style={{ marginBottom: 12 }}>
          {t('project.addNode')}
        </Button>
      )}
      <Table<Node>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={project.milestones}
        scroll={{ x: 720 }}
        rowClassName={(m) => (m.status === 'OVERDUE' ? 'row-overdue' : '')}
        columns={[
          { title: t('project.nodeName'), render: (_, m) => names.node(m) },
          { title: t('project.baseline'), dataIndex: 'baselineOn', width: 110 },
          {
            title: t('project.planned'),
            dataIndex: 'plannedOn',
            width: 110,
            render: (planned: string | null, m) =>
              planned !== m.baselineOn ? (
                <Typography.Text type="warning" title={t('project.slip', { days: m.slipDays ?? 0 })}>
                  {planned}
                  {m.slipDays ? `（${m.slipDays > 0 ? '+' : ''}${m.slipDays}${t('project.days')}）` : ''}
                </Typography.Text>
              ) : (
                planned
              ),
          },
          {
            title: t('project.actual'),
            dataIndex: 'actualOn',
            width: 130,
            render: (actual: string | null, m) => (
              <>
                {actual && m.late ? (
                  <Typography.Text type="danger" title={t('project.late')}>
                    {actual}
                  </Typography.Text>
                ) : (
                  actual
                )}
                {m.completedByStage && m.key !== null && actual && (
                  <Tag style={{ marginInlineStart: 4 }}>{t('project.settledByStage')}</Tag>
                )}
                {m.lateAgainstBaseline && !m.late && (
                  <Tag color="orange" style={{ marginInlineStart: 4 }}>
                    {t('project.lateAgainstBaseline')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('project.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: MilestoneStatus) => <Tag color={statusColors[s]}>{t(`milestoneStatus.${s}`)}</Tag>,
          },
          { title: t('projectField.note'), dataIndex: 'note', ellipsis: true },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  width: 80,
                  render: (_: unknown, m: Node) => (
                    <Button size="small" onClick={() => open(m)} aria-label={`${t('common.edit')} ${m.name}`}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={editing === 'new' ? t('project.addNode') : `${t('project.editNode')} · ${editing ? editing.name : ''}`}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={updating.loading || adding.loading}
        forceRender
      >
        <Form form={form} name="milestone" layout="vertical" onFinish={submit}>
          {editing === 'new' && (
            <Form.Item label={t('project.nodeName')} name="name" rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={60} />
            </Form.Item>
          )}
          <Form.Item
            label={t('projectField.plannedOn')}
            name="plannedOn"
            rules={chooseRule(t, t('projectField.plannedOn'))}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item
              label={t('projectField.actualOn')}
              name="actualOn"
              extra={
                editing?.settledByStage
                  ? t('project.completedWithStage', { stage: t(`stage.${editing.settledByStage}`) })
                  : editing?.completedByStage
                    ? t('project.byStage')
                    : undefined
              }
            >
              <DatePicker
                style={{ width: '100%' }}
                disabled={editing?.completedByStage || Boolean(editing?.settledByStage)}
                disabledDate={(d) => Boolean(today && d.isAfter(today, 'day'))}
              />
            </Form.Item>
          )}
          <Form.Item label={t('projectField.note')} name="note">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
