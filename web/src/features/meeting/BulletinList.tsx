import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinKind, BulletinsQuery as Result } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { chooseRule } from '../../lib/rules';
import { useTodayDay } from '../../lib/today';
import { useCan } from '../auth/session';
import { BulletinsQuery, IssueBulletinMutation } from './graphql';

type Row = Result['bulletins'][number];
type Values = { kind: BulletinKind; period: Dayjs; bestCase?: string };

/** "2026-10" or "2026-Q3" from the picked month or quarter. */
const periodOf = (kind: BulletinKind, day: Dayjs) =>
  kind === 'MONTHLY' ? day.format('YYYY-MM') : `${day.year()}-Q${Math.floor(day.month() / 3) + 1}`;

/** 督查通报 issued, each downloadable as the .docx it was issued as; ADMIN issues a new one. */
export function BulletinList() {
  const { t } = useTranslation();
  const issue = useCan('bulletin.issue');
  const { data, loading } = useQuery(BulletinsQuery, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState(false);
  return (
    <>
      {issue && (
        <Button type="primary" onClick={() => setOpen(true)} style={{ marginBottom: 12 }}>
          {t('bulletin.issue')}
        </Button>
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.bulletins ?? []}
        pagination={false}
        locale={{ emptyText: t('bulletin.none') }}
        columns={[
          { title: t('meeting.name'), dataIndex: 'title' },
          {
            title: t('bulletin.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: BulletinKind) => <Tag>{t(`bulletin.kinds.${k}`)}</Tag>,
          },
          { title: t('bulletin.asOf'), dataIndex: 'asOf', width: 120 },
          {
            title: t('bulletin.issuedAt'),
            dataIndex: 'issuedAt',
            width: 170,
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
          },
          { title: t('bulletin.issuedBy'), render: (_, b) => b.issuedBy?.displayName ?? '—', width: 120 },
          {
            title: t('common.actions'),
            width: 90,
            render: (_, b) => (
              <a href={b.downloadUrl} download aria-label={`${t('bulletin.download')} ${b.title}`}>
                {t('bulletin.download')}
              </a>
            ),
          },
        ]}
      />
      {open && <IssueModal onClose={() => setOpen(false)} />}
    </>
  );
}

function IssueModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const today = useTodayDay() ?? dayjs();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'QUARTERLY';
  const [issue, issuing] = useMutation(IssueBulletinMutation, { refetchQueries: [BulletinsQuery] });

  const submit = async (v: Values) => {
    try {
      const res = await issue({
        variables: {
          input: { kind: v.kind, period: periodOf(v.kind, v.period), bestCase: v.bestCase?.trim() || null },
        },
      });
      message.success(`${t('bulletin.issued')}：${res.data?.issueBulletin.title ?? ''}`);
      onClose();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Modal
      title={t('bulletin.issue')}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('bulletin.issue')}
      cancelText={t('common.cancel')}
      confirmLoading={issuing.loading}
    >
      <Form<Values>
        form={form}
        name="issueBulletin"
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'QUARTERLY', period: today.subtract(3, 'month') }}
      >
        <Form.Item label={t('bulletin.kind')} name="kind" rules={chooseRule(t, t('bulletin.kind'))}>
          <Radio.Group
            options={(['QUARTERLY', 'MONTHLY'] as const).map((k) => ({ value: k, label: t(`bulletin.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('bulletin.period')} name="period" rules={chooseRule(t, t('bulletin.period'))}>
          <DatePicker picker={kind === 'MONTHLY' ? 'month' : 'quarter'} style={{ width: '100%' }} />
        </Form.Item>
        {kind === 'QUARTERLY' && (
          <Form.Item label={t('bulletin.bestCase')} name="bestCase" extra={t('bulletin.bestCaseHint')}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
