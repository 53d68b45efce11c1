import { Alert, App, Button, Modal, Space, Steps, Table, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type ImportError = { row: number; column: string | null; message: string };
type ImportResult = { total: number; created: number; updated: number; unchanged: number; errors: ImportError[] };
type Failure = { error: { message: string } };

/**
 * 台账 import: upload (checked as a dry run, with progress) → the errors by row and column, or what
 * would change → confirm, which imports the whole file in one transaction.
 */
export function ImportWizard({
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
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const reset = () => {
    setFile(null);
    setChecked(null);
    setFailure(null);
  };

  const confirm = async () => {
    const raw = file?.originFileObj;
    if (!raw) return;
    setImporting(true);
    try {
      const form = new FormData();
      form.append('file', raw, raw.name);
      const res = await fetch('/api/projects/import', { method: 'POST', body: form, credentials: 'same-origin' });
      const body = (await res.json()) as ImportResult | Failure;
      if ('error' in body) throw new Error(body.error.message);
      if (body.errors.length > 0) {
        setChecked(body);
        return;
      }
      message.success(t('ledger.imported', { created: body.created, updated: body.updated }));
      reset();
      onClose();
      await onImported();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : t('error.unknown'));
    } finally {
      setImporting(false);
    }
  };

  const step = checked ? (checked.errors.length ? 1 : 2) : 0;

  return (
    <Modal
      title={t('ledger.import')}
      open={open}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        items={[{ title: t('ledger.choose') }, { title: t('ledger.check') }, { title: t('ledger.confirm') }]}
        style={{ marginBottom: 16 }}
      />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {t('ledger.hint')} <a href="/api/projects/template.xlsx">{t('ledger.template')}</a>
        </Typography.Text>
        <Upload
          accept=".xlsx"
          action="/api/projects/import?dryRun=1"
          name="file"
          maxCount={1}
          fileList={file ? [file] : []}
          onChange={({ file: f }) => {
            setFile(f);
            setFailure(null);
            if (f.status === 'done') setChecked(f.response as ImportResult);
            if (f.status === 'error') {
              setChecked(null);
              setFailure((f.response as Failure | undefined)?.error.message ?? t('error.unknown'));
            }
          }}
        >
          <Button>{t('ledger.choose')}</Button>
        </Upload>
        {failure && <Alert type="error" showIcon title={failure} role="alert" />}
        {checked && checked.errors.length > 0 && (
          <>
            <Alert type="error" showIcon title={t('ledger.hasErrors', { count: checked.errors.length })} />
            <Table<ImportError>
              rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
              size="small"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={checked.errors}
              aria-label={t('ledger.errors')}
              columns={[
                { title: t('ledger.row'), dataIndex: 'row', width: 70 },
                { title: t('ledger.column'), dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '—' },
                { title: t('ledger.problem'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
        {checked && checked.errors.length === 0 && (
          <>
            <Alert
              type="success"
              showIcon
              title={t('ledger.ready', {
                total: checked.total,
                created: checked.created,
                updated: checked.updated,
                unchanged: checked.unchanged,
              })}
            />
            <Button type="primary" loading={importing} onClick={confirm}>
              {t('ledger.confirmImport')}
            </Button>
          </>
        )}
      </Space>
    </Modal>
  );
}
