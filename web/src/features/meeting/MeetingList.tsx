import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MeetingKind, MeetingsQuery as Result } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { chooseRule } from '../../lib/rules';
import { useTodayDay } from '../../lib/today';
import { unitOptions } from '../../lib/unitOptions';
import { useCan, useSession } from '../auth/session';
import { CreateMeetingMutation, MeetingFormOptionsQuery, MeetingsQuery } from './graphql';

type Row = Result['meetings'][number];
type Values = { kind: MeetingKind; title: string; heldOn: Dayjs; chairId?: string; attendingUnitIds?: string[] };

/** 调度会 and 专题协调会, latest first; a leader or ADMIN convenes a new one, its agenda drafted by the server. */
export function MeetingList() {
  const { t } = useTranslation();
  const convene = useCan('meeting.manage');
  const { data, loading } = useQuery(MeetingsQuery, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState(false);
  return (
    <>
      {convene && (
        <Button type="primary" onClick={() => setOpen(true)} style={{ marginBottom: 12 }}>
          {t('meeting.create')}
        </Button>
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.meetings ?? []}
        pagination={false}
        locale={{ emptyText: t('meeting.none') }}
        columns={[
          { title: t('meeting.heldOn'), dataIndex: 'heldOn', width: 120 },
          {
            title: t('meeting.kind'),
            dataIndex: 'kind',
            width: 130,
            render: (k: MeetingKind) => (
              <Tag color={k === 'DISPATCH' ? 'blue' : 'purple'}>{t(`meeting.kinds.${k}`)}</Tag>
            ),
          },
          {
            title: t('meeting.name'),
            dataIndex: 'title',
            render: (title: string, m) => <Link to={`/meetings/${m.id}`}>{title}</Link>,
          },
          { title: t('meeting.chair'), render: (_, m) => m.chair?.displayName ?? '—', width: 120 },
          {
            title: t('meeting.decisions'),
            width: 120,
            render: (_, m) => t('meeting.count', { count: m.decisions.length }),
          },
        ]}
      />
      {open && <CreateMeetingModal onClose={() => setOpen(false)} />}
    </>
  );
}

function CreateMeetingModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const navigate = useNavigate();
  const today = useTodayDay() ?? dayjs();
  const [form] = Form.useForm<Values>();
  const { data } = useQuery(MeetingFormOptionsQuery);
  const [create, creating] = useMutation(CreateMeetingMutation, { refetchQueries: [MeetingsQuery] });
  const leaders = (data?.leaders ?? []).map((u) => ({ value: u.id, label: u.displayName }));
  const units = unitOptions(data?.units ?? [], t);

  const submit = async (v: Values) => {
    try {
      const res = await create({
        variables: {
          input: {
            kind: v.kind,
            title: v.title,
            heldOn: v.heldOn.format('YYYY-MM-DD'),
            chairId: v.chairId ?? null,
            attendingUnitIds: v.attendingUnitIds ?? [],
          },
        },
      });
      message.success(t('common.saved'));
      onClose();
      if (res.data) navigate(`/meetings/${res.data.createMeeting.id}`);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Modal
      title={t('meeting.create')}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading}
    >
      <Form<Values>
        form={form}
        name="createMeeting"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: 'DISPATCH',
          heldOn: today,
          // A leader convening a meeting chairs it.
          chairId: me.role === 'LEADER' ? me.id : undefined,
          title: t('meeting.defaultName', { month: today.format('YYYY年M月') }),
        }}
      >
        <Form.Item label={t('meeting.kind')} name="kind" rules={chooseRule(t, t('meeting.kind'))}>
          <Radio.Group
            options={(['DISPATCH', 'COORDINATION'] as const).map((k) => ({ value: k, label: t(`meeting.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('meeting.name')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('meeting.heldOn')} name="heldOn" rules={chooseRule(t, t('meeting.heldOn'))}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('meeting.chair')} name="chairId">
          <Select allowClear options={leaders} />
        </Form.Item>
        <Form.Item label={t('meeting.units')} name="attendingUnitIds">
          <Select mode="multiple" options={units} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
