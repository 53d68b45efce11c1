import { useMutation, useQuery } from '@apollo/client/react';
import { unitKinds } from '@zdyq/db/values';
import { App, Button, Form, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitKind, UnitsQuery as UnitsResult } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { CreateUnitMutation, RenameUnitMutation, UnitsQuery } from './graphql';

type UnitRow = UnitsResult['units'][number];
const kinds: readonly UnitKind[] = unitKinds;

export function UnitsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(UnitsQuery);
  const [editing, setEditing] = useState<{ unit?: UnitRow } | null>(null);
  const [form] = Form.useForm<{ name: string; kind: UnitKind }>();
  const [createUnit, created] = useMutation(CreateUnitMutation, { refetchQueries: [UnitsQuery] });
  const [renameUnit, renamed] = useMutation(RenameUnitMutation);

  const open = (unit?: UnitRow) => {
    form.resetFields();
    if (unit) form.setFieldsValue({ name: unit.name, kind: unit.kind });
    setEditing({ unit });
  };

  const submit = async ({ name, kind }: { name: string; kind: UnitKind }) => {
    try {
      if (editing?.unit) await renameUnit({ variables: { id: editing.unit.id, name } });
      else await createUnit({ variables: { name, kind } });
      message.success(t('common.saved'));
      setEditing(null);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <>
      <Button type="primary" onClick={() => open()} style={{ marginBottom: 12 }}>
        {t('admin.addUnit')}
      </Button>
      <Table<UnitRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.units ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('admin.unitName'), dataIndex: 'name' },
          { title: t('admin.unitKind'), dataIndex: 'kind', render: (kind: UnitKind) => t(`unitKind.${kind}`) },
          {
            title: t('common.actions'),
            render: (_, unit) => (
              <Button size="small" onClick={() => open(unit)}>
                {t('admin.renameUnit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.unit ? `${t('admin.renameUnit')} · ${editing.unit.name}` : t('admin.addUnit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={created.loading || renamed.loading}
        forceRender
      >
        <Form form={form} name="unit" layout="vertical" onFinish={submit} initialValues={{ kind: 'TOWNSHIP' }}>
          <Form.Item
            label={t('admin.unitName')}
            name="name"
            rules={[{ required: true, message: t('admin.required', { field: t('admin.unitName') }) }]}
          >
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.unitKind')} name="kind">
            <Select
              disabled={Boolean(editing?.unit)}
              options={kinds.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
