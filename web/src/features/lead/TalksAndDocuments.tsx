import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { documentKinds, interactionKinds } from '@zdyq/db/values';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type {
  DocumentFieldsFragment,
  InteractionKind,
  DocumentKind as Kind,
  TalkFieldsFragment,
} from '../../gql/graphql';
import { languageHeaders } from '../../i18n';
import { errorMessage, showFieldError } from '../../lib/errors';
import { useTodayDay } from '../../lib/today';
import { RecordTalkMutation } from './graphql';

const ParticipantsQuery = graphql(`
  query TalkParticipants($unitId: ID!) {
    leaders {
      id
      displayName
    }
    unitPromoters(unitId: $unitId) {
      id
      displayName
    }
  }
`);

/** What a talk or a document belongs to: a lead or a project, and the unit whose people take part. */
export type RecordRef = { leadId?: string; projectId?: string; unitId: string };

type TalkValues = {
  on: Dayjs;
  kind: InteractionKind;
  summary: string;
  nextStep?: string;
  followUpOn?: Dayjs;
  ourParticipantIds?: string[];
  theirParticipants?: string;
};

function TalkModal({
  record,
  open,
  onClose,
  onRecorded,
}: {
  record: RecordRef;
  open: boolean;
  onClose: () => void;
  onRecorded: () => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const today = useTodayDay();
  const [form] = Form.useForm<TalkValues>();
  const [save, saving] = useMutation(RecordTalkMutation);
  const people = useQuery(ParticipantsQuery, { variables: { unitId: record.unitId }, skip: !open });
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ on: today, kind: 'VISIT_OUT' });
    }
  }, [open, form, today]);
  const options = [...(people.data?.leaders ?? []), ...(people.data?.unitPromoters ?? [])].map((u) => ({
    value: u.id,
    label: u.displayName,
  }));
  const submit = async (v: TalkValues) => {
    try {
      await save({
        variables: {
          input: {
            leadId: record.leadId ?? null,
            projectId: record.leadId ? null : (record.projectId ?? null),
            on: v.on.format('YYYY-MM-DD'),
            kind: v.kind,
            summary: v.summary,
            nextStep: v.nextStep || null,
            followUpOn: v.followUpOn ? v.followUpOn.format('YYYY-MM-DD') : null,
            ourParticipantIds: v.ourParticipantIds ?? [],
            theirParticipants: v.theirParticipants || null,
          },
        },
      });
      message.success(t('common.saved'));
      onClose();
      await onRecorded();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };
  return (
    <Modal
      open={open}
      title={t('lead.recordTalk')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving.loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Flex gap={12} wrap>
          <Form.Item name="on" label={t('lead.talkOn')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label={t('lead.talkKind')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={interactionKinds.map((k) => ({ value: k, label: t(`interactionKind.${k}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="summary" label={t('lead.summary')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="nextStep" label={t('lead.nextStep')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="followUpOn" label={t('lead.followUpOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="ourParticipantIds" label={t('lead.ourParticipants')}>
          <Select mode="multiple" options={options} optionFilterProp="label" loading={people.loading} />
        </Form.Item>
        <Form.Item name="theirParticipants" label={t('lead.theirParticipants')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 洽谈 / 走访: newest first, each with who was there and when to follow up; "record a talk" for those who may. */
export function Talks({
  record,
  talks,
  canWrite,
  onChanged,
}: {
  record: RecordRef;
  talks: readonly TalkFieldsFragment[];
  canWrite: boolean;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const items = talks;
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('lead.talks')}</h2>}
      extra={canWrite && <Button onClick={() => setOpen(true)}>{t('lead.recordTalk')}</Button>}
    >
      {items.length === 0 ? (
        <Empty description={t('lead.noTalks')} />
      ) : (
        <Timeline
          items={items.map((i) => ({
            key: i.id,
            content: (
              <div>
                <Typography.Text strong>
                  {i.on} · {t(`interactionKind.${i.kind}`)}
                </Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{i.summary}</div>
                {i.nextStep && (
                  <div>
                    {t('lead.nextStep')}：{i.nextStep}
                  </div>
                )}
                {i.followUpOn && <Tag color="blue">{t('lead.followUp', { date: i.followUpOn })}</Tag>}
                <Typography.Text type="secondary">
                  {[...i.ourParticipants.map((p) => p.displayName), i.theirParticipants].filter(Boolean).join('、')}
                  {i.recordedBy ? ` · ${i.recordedBy.displayName}` : ''}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
      <TalkModal record={record} open={open} onClose={() => setOpen(false)} onRecorded={onChanged} />
    </Card>
  );
}

type DocumentValues = { kind: Kind; title: string; signedOn?: Dayjs };

/**
 * A document's upload through POST /api/documents: a new document (kind, title, date) or, for
 * `documentId`, a new version. The server judges the file by its bytes and answers a refusal with the field.
 */
function UploadModal({
  record,
  documentId,
  open,
  onClose,
  onUploaded,
}: {
  record: RecordRef;
  documentId: string | null;
  open: boolean;
  onClose: () => void;
  onUploaded: () => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DocumentValues>();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setFile(null);
    }
  }, [open, form]);
  const submit = async (v: DocumentValues) => {
    if (!file?.originFileObj) {
      message.error(t('lead.file'));
      return;
    }
    const body = new FormData();
    if (documentId) body.append('documentId', documentId);
    else {
      body.append('ownerType', record.leadId ? 'LEAD' : 'PROJECT');
      body.append('ownerId', record.leadId ?? record.projectId ?? '');
      body.append('kind', v.kind);
      body.append('title', v.title);
      if (v.signedOn) body.append('signedOn', v.signedOn.format('YYYY-MM-DD'));
    }
    body.append('file', file.originFileObj, file.name);
    setSending(true);
    try {
      const res = await fetch('/api/documents', { method: 'POST', body, headers: languageHeaders() });
      if (!res.ok) {
        const error = (await res.json().catch(() => ({}))) as { message?: string };
        message.error(error.message ?? t('error.unknown'));
        return;
      }
      message.success(t('common.saved'));
      onClose();
      await onUploaded();
    } catch {
      message.error(t('error.network'));
    } finally {
      setSending(false);
    }
  };
  return (
    <Modal
      open={open}
      title={documentId ? t('lead.newVersion') : t('lead.upload')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={sending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'INTENT_LETTER' }}>
        {!documentId && (
          <>
            <Form.Item name="kind" label={t('lead.documentKind')} rules={[{ required: true }]}>
              <Select options={documentKinds.map((k) => ({ value: k, label: t(`documentKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="title" label={t('lead.documentTitle')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="signedOn" label={t('lead.signedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item label={t('lead.file')} required>
          <Upload
            accept=".pdf,.docx,image/jpeg,image/png,image/webp"
            maxCount={1}
            beforeUpload={() => false}
            fileList={file ? [file] : []}
            onChange={({ fileList }) => setFile(fileList.at(-1) ?? null)}
          >
            <Button icon={<UploadOutlined />}>{t('lead.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The documents with every version, the current first; old versions stay downloadable. */
export function Documents({
  record,
  documents,
  canWrite,
  onChanged,
}: {
  record: RecordRef;
  documents: readonly DocumentFieldsFragment[];
  canWrite: boolean;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const items = documents;
  const [uploading, setUploading] = useState<{ documentId: string | null } | null>(null);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('lead.documents')}</h2>}
      extra={canWrite && <Button onClick={() => setUploading({ documentId: null })}>{t('lead.upload')}</Button>}
    >
      {items.length === 0 ? (
        <Empty description={t('lead.noDocuments')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(d) => (
            <List.Item
              actions={
                canWrite
                  ? [
                      <Button key="v" size="small" onClick={() => setUploading({ documentId: d.id })}>
                        {t('lead.newVersion')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text strong>
                  {t(`documentKind.${d.kind}`)} · {d.title}
                  {d.signedOn ? ` · ${d.signedOn}` : ''}
                </Typography.Text>
                {d.versions.map((v) => (
                  <div key={v.id}>
                    {/* Underlined: a link among plain text must not rest on its colour alone. */}
                    <a href={v.url} style={{ textDecoration: 'underline' }}>
                      {v.fileName}
                    </a>{' '}
                    <Tag color={v.superseded ? 'default' : 'green'}>
                      {v.superseded ? t('lead.superseded') : t('lead.current')}
                    </Tag>
                    <Typography.Text type="secondary">
                      {dayjs(v.uploadedAt).format('YYYY-MM-DD HH:mm')} · {v.uploadedBy?.displayName ?? ''} ·{' '}
                      {Math.ceil(v.size / 1024)} KB
                    </Typography.Text>
                  </div>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
      <UploadModal
        record={record}
        documentId={uploading?.documentId ?? null}
        open={uploading !== null}
        onClose={() => setUploading(null)}
        onUploaded={onChanged}
      />
    </Card>
  );
}
