import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageHeaders, withLanguage } from '../../i18n';

type Result = {
  dryRun: boolean;
  total: number;
  created: number;
  errors: Array<{ row: number; column: string | null; message: string }>;
};

/** 招商线索 from the template: checked first (errors by row and column), then imported all or nothing. */
export function LeadImportModal({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (open) {
      setFile(null);
      setResult(null);
    }
  }, [open]);
  const send = async (dryRun: boolean) => {
    if (!file?.originFileObj) return;
    const body = new FormData();
    body.append('file', file.originFileObj, file.name);
    setSending(true);
    try {
      const res = await fetch(`/api/leads/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        body,
        headers: languageHeaders(),
      });
      const answer = (await res.json()) as Result & { message?: string };
      if (!res.ok && !answer.errors) {
        message.error(answer.message ?? t('error.unknown'));
        return;
      }
      setResult(answer);
      if (!dryRun && answer.errors.length === 0) {
        message.success(t('lead.imported', { count: answer.created }));
        onClose();
        await onImported();
      }
    } catch {
      message.error(t('error.network'));
    } finally {
      setSending(false);
    }
  };
  const ready = result?.dryRun && result.errors.length === 0;
  return (
    <Modal
      open={open}
      title={t('lead.import')}
      onCancel={onClose}
      footer={[
        <Button key="check" onClick={() => void send(true)} disabled={!file} loading={sending && !ready}>
          {t('lead.importCheck')}
        </Button>,
        <Button
          key="import"
          type="primary"
          onClick={() => void send(false)}
          disabled={!ready}
          loading={sending && ready}
        >
          {t('lead.importNow')}
        </Button>,
      ]}
      width={720}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <a href={withLanguage('/api/leads/template.xlsx')}>{t('lead.template')}</a>
        <Upload
          accept=".xlsx"
          maxCount={1}
          beforeUpload={() => false}
          fileList={file ? [file] : []}
          onChange={({ fileList }) => {
            setFile(fileList.at(-1) ?? null);
            setResult(null);
          }}
        >
          <Button icon={<UploadOutlined />}>{t('lead.importFile')}</Button>
        </Upload>
        {result && result.errors.length === 0 && result.dryRun && (
          <Alert type="success" showIcon title={t('lead.importReady', { count: result.total })} />
        )}
        {result && result.errors.length > 0 && (
          <>
            <Alert type="error" showIcon title={t('lead.importErrors', { count: result.errors.length })} />
            <Table
              size="small"
              rowKey={(e) => `${e.row}:${e.column}`}
              pagination={{ pageSize: 10 }}
              dataSource={result.errors}
              columns={[
                { title: t('lead.importRow'), dataIndex: 'row', width: 80 },
                { title: t('lead.importColumn'), dataIndex: 'column', width: 160 },
                { title: t('lead.importMessage'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
