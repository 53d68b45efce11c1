import { Alert, App, Button, Modal, Progress, Space, Steps, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageHeaders, withLanguage } from '../../i18n';

type ImportError = { row: number; column: string | null; message: string };
type ImportResult = {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Other units' rows as they stand: left alone. */
  othersUnchanged: number;
  errors: ImportError[];
};
type Phase = 'UPLOADING' | 'PARSING' | 'CHECKING' | 'APPLYING' | 'DONE';
type Job = {
  id: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  phase: Phase;
  total: number;
  processed: number;
  result: ImportResult | null;
  error: { message: string } | null;
};
type Failure = { error: { message: string } };

const POLL_MS = 600;

/** POSTs the file with upload progress (fetch has none), and reads the JSON answer. */
function postFile(url: string, file: File, onProgress: (percent: number) => void): Promise<Job | Failure> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(languageHeaders())) xhr.setRequestHeader(name, value);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve(xhr.response as Job | Failure);
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(form);
  });
}

/**
 * 台账 import: choose a file → it is checked as a background job, with progress and a way to stop
 * → the errors by row and column, or what would change → confirm, which imports the whole file at
 * once (all or nothing), again with progress.
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
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [upload, setUpload] = useState<number | null>(null);
  const stopped = useRef(false);

  useEffect(
    () => () => {
      stopped.current = true;
    },
    [],
  );

  const reset = () => {
    setFile(null);
    setChecked(null);
    setFailure(null);
    setJob(null);
    setUpload(null);
  };

  /** Uploads, then follows the job until it ends; resolves with the job as it ended. */
  const run = async (chosen: File, dryRun: boolean): Promise<Job | null> => {
    setFailure(null);
    setUpload(0);
    stopped.current = false;
    try {
      const started = await postFile(`/api/projects/import?async=1${dryRun ? '&dryRun=1' : ''}`, chosen, setUpload);
      setUpload(null);
      if (!('status' in started)) throw new Error(started.error.message);
      let current: Job = started;
      setJob(current);
      while (current.status === 'RUNNING' && !stopped.current) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const res = await fetch(`/api/imports/${current.id}`, {
          credentials: 'same-origin',
          headers: languageHeaders(),
        });
        const body = (await res.json()) as Job | Failure;
        if (!('status' in body)) throw new Error(body.error.message);
        current = body;
        setJob(current);
      }
      if (current.status === 'CANCELLED') {
        message.info(t('ledger.cancelled'));
        return null;
      }
      if (current.error) throw new Error(current.error.message);
      return current;
    } catch (error) {
      setFailure(error instanceof Error && error.message !== 'network' ? error.message : t('error.network'));
      return null;
    } finally {
      setUpload(null);
      setJob(null);
    }
  };

  const check = async (chosen: File) => {
    setFile(chosen);
    setChecked(null);
    const ended = await run(chosen, true);
    if (ended?.result) setChecked(ended.result);
  };

  const confirm = async () => {
    if (!file) return;
    const ended = await run(file, false);
    if (!ended?.result) return;
    if (ended.result.errors.length > 0) {
      setChecked(ended.result);
      return;
    }
    message.success(t('ledger.imported', { created: ended.result.created, updated: ended.result.updated }));
    reset();
    onClose();
    await onImported();
  };

  const cancel = async () => {
    if (!job) return;
    await fetch(`/api/imports/${job.id}/cancel`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: languageHeaders(),
    });
  };

  const busy = upload !== null || job !== null;
  const step = checked ? (checked.errors.length ? 1 : 2) : busy ? 1 : 0;
  const percent =
    upload !== null ? upload : job && job.total > 0 ? Math.round((job.processed / job.total) * 100) : undefined;

  return (
    <Modal
      title={t('ledger.import')}
      open={open}
      onCancel={() => {
        if (busy) void cancel();
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
          {t('ledger.hint')} <a href={withLanguage('/api/projects/template.xlsx')}>{t('ledger.template')}</a>
        </Typography.Text>
        <Upload
          accept=".xlsx"
          maxCount={1}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(chosen) => {
            void check(chosen);
            return false;
          }}
        >
          <Button disabled={busy}>{t('ledger.choose')}</Button>
        </Upload>
        {file && <Typography.Text type="secondary">{file.name}</Typography.Text>}
        {busy && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>
              {t(`ledger.phase.${upload !== null ? 'UPLOADING' : (job?.phase ?? 'PARSING')}`, {
                processed: job?.processed ?? 0,
                total: job?.total ?? 0,
              })}
            </Typography.Text>
            <Progress
              percent={percent}
              status="active"
              aria-label={t('ledger.progress')}
              showInfo={percent !== undefined}
            />
            {job && (
              <Button onClick={() => void cancel()} danger>
                {t('ledger.cancel')}
              </Button>
            )}
          </Space>
        )}
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
        {checked && checked.errors.length === 0 && !busy && (
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
              description={
                checked.othersUnchanged > 0 ? t('ledger.othersLeft', { count: checked.othersUnchanged }) : undefined
              }
            />
            <Button type="primary" onClick={() => void confirm()}>
              {t('ledger.confirmImport')}
            </Button>
          </>
        )}
      </Space>
    </Modal>
  );
}
