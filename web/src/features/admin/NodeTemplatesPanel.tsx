import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { forwardStages } from '@zdyq/db/values';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeTemplateFieldsFragment, Stage } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { useNames } from '../../lib/labels';
import { NodeTemplatesQuery, SaveNodeTemplateMutation } from './graphql';

type NodeValues = { key?: string | null; name: string; months: number; stage?: Stage | null };
type TemplateValues = { kind: string; name: string; nodes: NodeValues[] };

/** The stages that complete a node, in their order (SPEC 4.1). */
const settlingStages: readonly Stage[] = forwardStages.slice(1);

/**
 * 项目类型 and their node templates (SPEC 4.2): what each kind's projects get at signing — the
 * nodes, their order, months after signing and the stage that completes them. A save applies to
 * projects signed afterwards; signed projects keep their nodes.
 */
export function NodeTemplatesPanel() {
  const { t } = useTranslation();
  const names = useNames();
  const { message } = App.useApp();
  const { data, loading } = useQuery(NodeTemplatesQuery);
  const [editing, setEditing] = useState<{ template?: NodeTemplateFieldsFragment } | null>(null);
  const [form] = Form.useForm<TemplateValues>();
  const [save, saving] = useMutation(SaveNodeTemplateMutation, { refetchQueries: [NodeTemplatesQuery] });
  const templates = (data?.nodeTemplates ?? []) as NodeTemplateFieldsFragment[];

  const open = (template?: NodeTemplateFieldsFragment) => {
    form.resetFields();
    form.setFieldsValue(
      template
        ? { kind: template.kind, name: template.name, nodes: template.nodes.map((n) => ({ ...n })) }
        : { kind: '', name: '', nodes: [{ name: t('nodeName.SIGNING'), months: 0, stage: 'SIGNED' }] },
    );
    setEditing({ template });
  };

  const submit = async (values: TemplateValues) => {
    try {
      await save({
        variables: {
          input: {
            kind: values.kind.trim(),
            name: values.name,
            version: editing?.template?.version ?? null,
            nodes: (values.nodes ?? []).map((n) => ({
              key: n.key ?? null,
              name: n.name,
              months: n.months,
              stage: n.stage ?? null,
            })),
          },
        },
        awaitRefetchQueries: true,
      });
      message.success(t('nodeTemplate.saved', { name: values.name }));
      setEditing(null);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  const stageLabel = (stage: Stage | null | undefined) => (stage ? t(`stage.${stage}`) : t('nodeTemplate.byHand'));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('nodeTemplate.intro')}</Typography.Paragraph>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => open()} style={{ marginBottom: 12 }}>
        {t('nodeTemplate.add')}
      </Button>
      <Table<NodeTemplateFieldsFragment>
        rowKey="kind"
        loading={loading}
        dataSource={templates}
        pagination={false}
        expandable={{
          expandedRowRender: (template) => (
            <ol className="template-nodes" data-testid={`template-nodes-${template.kind}`}>
              {template.nodes.map((n) => (
                <li key={n.key}>
                  {names.node(n)} · {t('nodeTemplate.months')} {n.months} ·{' '}
                  {n.stage ? <Tag>{stageLabel(n.stage)}</Tag> : stageLabel(n.stage)}
                </li>
              ))}
            </ol>
          ),
        }}
        columns={[
          { title: t('nodeTemplate.name'), render: (_, k) => names.kind(k) },
          { title: t('nodeTemplate.kind'), dataIndex: 'kind' },
          { title: t('nodeTemplate.nodes'), render: (_, k) => k.nodes.length, align: 'right' },
          { title: t('nodeTemplate.projects'), dataIndex: 'projectCount', align: 'right' },
          {
            title: t('common.actions'),
            render: (_, k) => (
              <Button size="small" onClick={() => open(k)} aria-label={`${t('nodeTemplate.edit')} ${names.kind(k)}`}>
                {t('nodeTemplate.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== null}
        title={
          editing?.template ? `${t('nodeTemplate.edit')} · ${names.kind(editing.template)}` : t('nodeTemplate.add')
        }
        onClose={() => setEditing(null)}
        size="large"
        forceRender
        extra={
          <Space>
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving.loading} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </Space>
        }
      >
        <Form form={form} name="nodeTemplate" layout="vertical" onFinish={submit}>
          <Alert type="info" showIcon title={t('nodeTemplate.intro')} style={{ marginBottom: 16 }} />
          <Space wrap align="start">
            <Form.Item
              label={t('nodeTemplate.name')}
              name="name"
              rules={[{ required: true, whitespace: true, max: 20 }]}
            >
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              label={t('nodeTemplate.kind')}
              name="kind"
              extra={editing?.template ? undefined : t('nodeTemplate.kindHint')}
              rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{1,31}$/, message: t('nodeTemplate.kindHint') }]}
            >
              <Input style={{ width: 240 }} disabled={Boolean(editing?.template)} />
            </Form.Item>
          </Space>
          <Form.List name="nodes">
            {(fields, { add, remove, move }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" wrap className="template-node-row">
                    <Form.Item name={[field.name, 'key']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      label={index === 0 ? t('nodeTemplate.nodeName') : undefined}
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, max: 60 }]}
                    >
                      <Input style={{ width: 200 }} aria-label={`${t('nodeTemplate.nodeName')} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item
                      label={index === 0 ? t('nodeTemplate.months') : undefined}
                      name={[field.name, 'months']}
                      rules={[{ required: true, type: 'integer', min: 0, max: 120 }]}
                    >
                      <InputNumber
                        min={0}
                        max={120}
                        precision={0}
                        style={{ width: 110 }}
                        aria-label={`${t('nodeTemplate.months')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item label={index === 0 ? t('nodeTemplate.stage') : undefined} name={[field.name, 'stage']}>
                      <Select
                        allowClear
                        placeholder={t('nodeTemplate.byHand')}
                        style={{ width: 150 }}
                        aria-label={`${t('nodeTemplate.stage')} ${index + 1}`}
                        options={settlingStages.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
                      />
                    </Form.Item>
                    <Form.Item label={index === 0 ? ' ' : undefined}>
                      <Space size={4}>
                        <Button
                          icon={<ArrowUpOutlined />}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                          aria-label={`${t('nodeTemplate.moveUp')} ${index + 1}`}
                        />
                        <Button
                          icon={<ArrowDownOutlined />}
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, index + 1)}
                          aria-label={`${t('nodeTemplate.moveDown')} ${index + 1}`}
                        />
                        <Button
                          danger
                          icon={<DeleteOutlined />}
                          disabled={fields.length === 1}
                          onClick={() => remove(index)}
                          aria-label={`${t('nodeTemplate.remove')} ${index + 1}`}
                        />
                      </Space>
                    </Form.Item>
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => {
                    const nodes = (form.getFieldValue('nodes') ?? []) as NodeValues[];
                    add({ name: '', months: nodes.at(-1)?.months ?? 0, stage: null });
                  }}
                >
                  {t('nodeTemplate.addNode')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Drawer>
    </>
  );
}
