import { useEffect, useState } from 'react';
import { Alert, Button, Card, Progress, Radio, Space, Typography, Upload } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';

import { isFinished, submitImport, useImportErrors, useImportJob } from '../../api/orgQueries';
import type { ImportKind, RowError } from '../../api/orgTypes';
import { ProblemAlert } from '../ProblemAlert';
import { ScrollTable } from '../ScrollTable';

/** The row errors as a CSV file (UTF-8 with BOM, so that spreadsheet programs read the diacritics). */
export function errorsCsv(errors: RowError[], headers: [string, string, string]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headers.map(cell).join(','), ...errors.map((e) => [e.row, e.column, e.message].map(cell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Import of units or members from XLSX/CSV: the template, the upload, the progress, every row error. */
export default function Imports() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('MEMBERS');
  const [jobId, setJobId] = useState<string>();
  const [submitError, setSubmitError] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const job = useImportJob(jobId);
  const finished = isFinished(job.data);
  const rejected = job.data?.status === 'REJECTED';
  const errors = useImportErrors(jobId, rejected);

  async function send(file: File) {
    setSubmitError(undefined);
    setSending(true);
    try {
      const submitted = await submitImport(kind, file);
      setJobId(submitted.id);
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSending(false);
    }
  }

  const succeeded = job.data?.status === 'SUCCEEDED';
  // the lists of units and members are read again once, when an import has written them
  useEffect(() => {
    if (succeeded) void client.invalidateQueries({ queryKey: ['org'] });
  }, [succeeded, client]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/org">← {t('org.title')}</Link>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('imports.title')}</Typography.Title>
      <Card size="small" title={t('imports.step1')}>
        <Radio.Group value={kind} onChange={(event) => { setKind(event.target.value as ImportKind); setJobId(undefined); }}
          optionType="button" aria-label={t('imports.kind')}
          options={[{ value: 'MEMBERS', label: t('imports.members') }, { value: 'UNITS', label: t('imports.units') }]} />
        <Typography.Paragraph style={{ marginTop: 12 }}>{t('imports.templateHint')}</Typography.Paragraph>
        <Space wrap>
          <a href={`/api/org/imports/templates/${kind}?format=xlsx`} download>{t('imports.templateXlsx')}</a>
          <a href={`/api/org/imports/templates/${kind}?format=csv`} download>{t('imports.templateCsv')}</a>
        </Space>
      </Card>
      <Card size="small" title={t('imports.step2')}>
        <Upload.Dragger accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false} multiple={false} disabled={sending || (!!jobId && !finished)}
          beforeUpload={(file) => { void send(file); return false; }} data-testid="import-upload">
          <p style={{ fontSize: 16, margin: 8 }}>{t('imports.drop')}</p>
          <p style={{ margin: 8 }}>{t('imports.dropHint')}</p>
        </Upload.Dragger>
        {submitError ? <div style={{ marginTop: 12 }}><ProblemAlert error={submitError} /></div> : null}
      </Card>
      {job.data ? (
        <Card size="small" title={t('imports.step3', { file: job.data.fileName })} data-testid="import-job">
          <Progress percent={job.data.percent} status={rejected || job.data.status === 'FAILED' ? 'exception' : finished ? 'success' : 'active'}
            aria-label={t('imports.progress')} />
          <Typography.Paragraph data-testid="import-status">
            {t(`imports.status.${job.data.status}`, {
              rows: job.data.totalRows ?? 0, done: job.data.rowsDone, created: job.data.created,
              updated: job.data.updated, unchanged: job.data.unchanged, errors: job.data.errorCount,
            })}
          </Typography.Paragraph>
          {job.data.failure ? <Alert type="error" showIcon title={job.data.failure} /> : null}
          {rejected ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Alert type="warning" showIcon title={t('imports.nothingChanged')} />
              {errors.error ? <ProblemAlert error={errors.error} /> : null}
              <Button disabled={!errors.data} data-testid="import-errors-download" onClick={() => download(
                `loi-nhap-${job.data!.fileName.replace(/\.[^.]+$/, '')}.csv`,
                errorsCsv(errors.data ?? [], [t('imports.row'), t('imports.column'), t('imports.problem')]))}>
                {t('imports.downloadErrors')}
              </Button>
              <ScrollTable<RowError> label={t('imports.problem')} size="small" rowKey={(e) => `${e.row}-${e.column}-${e.message}`} loading={errors.isPending}
                dataSource={errors.data ?? []} pagination={{ pageSize: 20, showSizeChanger: false }}
                data-testid="import-errors"
                columns={[
                  { key: 'row', title: t('imports.row'), dataIndex: 'row', width: 70 },
                  { key: 'column', title: t('imports.column'), dataIndex: 'column', render: (c: string | null) => c ?? '—' },
                  { key: 'message', title: t('imports.problem'), dataIndex: 'message' },
                ]} />
            </Space>
          ) : null}
        </Card>
      ) : null}
    </Space>
  );
}
