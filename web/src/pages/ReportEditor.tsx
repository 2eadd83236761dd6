import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { api, ApiError, SessionExpired } from '../api/http';
import { fetchVersion, keys, saveDraft, useMe, useReport, useReportStep, useVersions } from '../api/queries';
import type { HistoryEntry, Report, ReportContent } from '../api/types';
import { Autosave, type SaveState } from '../lib/autosave';
import { formatDay, formatInstant } from '../lib/dates';
import { diffLines, hasChanges } from '../lib/diff';
import { draftStore } from '../lib/draftStore';
import { statusTone } from '../lib/work';
import { Comments } from './Comments';
import { ProblemAlert } from './ProblemAlert';
import { RatingPanel } from './RatingPanel';
import { RemediationPanel } from './RemediationPanel';

export default function ReportEditor() {
  const { reportId = '' } = useParams();
  const { t } = useTranslation();
  const report = useReport(reportId);
  if (report.isPending) return <Skeleton active />;
  if (report.error) {
    const missing = report.error instanceof ApiError && (report.error.status === 404 || report.error.status === 403);
    return missing
      ? <Result status="404" title={(report.error as ApiError).problem.detail ?? t('app.notFound')}
          extra={<Link to="/"><Button>{t('app.backHome')}</Button></Link>} />
      : <ProblemAlert error={report.error} />;
  }
  return <ReportView key={`${report.data.id}-${report.data.status}`} report={report.data} />;
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const me = useMe();
  const owner = me.data?.username ?? 'anonymous';
  const history = useQuery({
    queryKey: ['report', report.id, 'history'],
    queryFn: () => api<HistoryEntry[]>(`/api/reviews/reports/${report.id}/history`),
  });
  const returned = report.status === 'RETURNED'
    ? [...(history.data ?? [])].reverse().find((entry) => entry.action === 'RETURNED')
    : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/">← {t('report.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {report.template.name}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('report.campaign')}>{report.campaignTitle}</Descriptions.Item>
        <Descriptions.Item label={t('report.place')}>{report.placeUnitName}</Descriptions.Item>
        {report.memberName ? <Descriptions.Item label={t('report.writer')}>{report.memberName}</Descriptions.Item> : null}
        <Descriptions.Item label={t('report.due')}>{formatDay(report.due)}</Descriptions.Item>
        <Descriptions.Item label={t('unit.status')}>
          <Tag color={statusTone(report.status)} data-testid="report-status">{t(`status.${report.status}`)}</Tag>
        </Descriptions.Item>
      </Descriptions>
      {returned ? (
        <Alert type="warning" showIcon data-testid="return-reasons" title={t('report.returnedTitle')}
          description={<span className="pre-line">{t('report.returnedReasons', { reasons: returned.detail ?? '' })}</span>} />
      ) : null}
      {report.editable
        ? <Editor report={report} owner={owner} />
        : <ReadOnly report={report} />}
      {report.meeting ? (
        <Card size="small" title={t('report.meeting')}>
          <p>{t('report.meetingHeld', { day: formatDay(report.meeting.heldOn), present: report.meeting.present, absent: report.meeting.absent })}</p>
          <Typography.Text strong>{t('report.conclusion')}: </Typography.Text>
          <span className="pre-line">{report.meeting.conclusion}</span>
        </Card>
      ) : null}
      <RatingPanel reportId={report.id} />
      <RemediationPanel reportId={report.id} />
      {report.kind === 'COLLECTIVE' && report.circulatedAt ? <Comments reportId={report.id} canComment={report.status === 'CIRCULATED'} /> : null}
      <VersionHistory report={report} />
    </Space>
  );
}

function ReadOnly({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="info" showIcon title={report.status === 'SUBMITTED' ? t('report.submitted') : t('report.readOnly')} />
      {report.template.sections.map((section) => (
        <Card key={section.code} size="small" title={section.heading}>
          <div className="pre-line" data-testid={`section-${section.code}`}>{report.content.sections[section.code] ?? ''}</div>
        </Card>
      ))}
      {report.suggestions.map((suggestion) => (
        <Card key={suggestion.id} size="small" title={t('report.suggestions')}>
          <p className="pre-line">{suggestion.body}</p>
          <Typography.Text strong>{t('report.answerLabel')}: </Typography.Text>
          <span className="pre-line">{report.content.answers?.[suggestion.id] ?? ''}</span>
        </Card>
      ))}
    </>
  );
}

function Editor({ report, owner }: { report: Report; owner: string }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const local = useMemo(() => draftStore.read(owner, report.id), [owner, report.id]);
  const [content, setContent] = useState<ReportContent>(() => local
    ? { sections: { ...report.content.sections, ...local.sections }, answers: { ...(report.content.answers ?? {}), ...local.answers } }
    : { sections: { ...report.content.sections }, answers: { ...(report.content.answers ?? {}) } });
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const submit = useReportStep<void>(report.id, 'submit');
  const autosave = useRef<Autosave | null>(null);

  if (!autosave.current) {
    autosave.current = new Autosave(report.revision, {
      delayMs: 1500,
      save: (revision, body) => saveDraft(report.id, revision, body, true),
      keepLocally: (revision, body) => draftStore.keep(owner, {
        reportId: report.id, revision, sections: body.sections, answers: body.answers ?? {},
      }),
      savedOnServer: () => draftStore.saved(owner, report.id),
      onState: setState,
    });
  }

  useEffect(() => {
    const saver = autosave.current!;
    if (local) saver.change(content); // what was kept goes to the server as soon as we can
    return () => saver.dispose();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (autosave.current?.hasPending) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  function update(next: ReportContent) {
    setContent(next);
    autosave.current!.change(next);
  }

  async function saveNow() {
    const saver = autosave.current!;
    if (!saver.hasPending) saver.change(content);
    await saver.flush();
  }

  function confirmSubmit() {
    modal.confirm({
      title: t('report.submitConfirm'),
      content: t('report.submitConfirmText'),
      okText: t('report.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const saved = await autosave.current!.flush();
        if (!saved) return;
        try {
          await submit.mutateAsync(undefined);
          draftStore.saved(owner, report.id);
          message.success(t('report.submitted'));
          await client.invalidateQueries({ queryKey: keys.report(report.id) });
        } catch {
          // shown below, from the mutation's error
        }
      },
    });
  }

  const failed = state.kind === 'failed' ? state.error : undefined;
  const conflict = failed instanceof ApiError && failed.status === 409;

  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
      {local ? <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="restored"
        title={t('report.restored', { time: formatInstant(local.keptAt) })} /> : null}
      {report.template.sections.map((section) => (
        <Card key={section.code} size="small" title={section.heading} style={{ marginBottom: 12 }}>
          {section.guidance ? (
            <Typography.Paragraph type="secondary" className="section-guidance" ellipsis={{ rows: 3, expandable: true, symbol: t('report.guidance') }}>
              {section.guidance}
            </Typography.Paragraph>
          ) : null}
          <Form.Item label={t('report.sectionLabel', { heading: section.heading })} htmlFor={`section-${section.code}`} style={{ marginBottom: 0 }}>
            <Input.TextArea
              id={`section-${section.code}`}
              data-testid={`section-${section.code}`}
              autoSize={{ minRows: 4, maxRows: 24 }}
              value={content.sections[section.code] ?? ''}
              onChange={(e) => update({ ...content, sections: { ...content.sections, [section.code]: e.target.value } })}
            />
          </Form.Item>
        </Card>
      ))}
      {report.suggestions.length > 0 ? (
        <Card size="small" title={t('report.suggestions')} style={{ marginBottom: 12 }}>
          <Typography.Paragraph type="secondary">{t('report.suggestionsHelp')}</Typography.Paragraph>
          {report.suggestions.map((suggestion) => (
            <Form.Item key={suggestion.id} label={<span className="pre-line">{suggestion.body}</span>} htmlFor={`answer-${suggestion.id}`}>
              <Input.TextArea
                id={`answer-${suggestion.id}`}
                aria-label={t('report.answerLabel')}
                autoSize={{ minRows: 2, maxRows: 12 }}
                value={content.answers?.[suggestion.id] ?? ''}
                onChange={(e) => update({ ...content, answers: { ...(content.answers ?? {}), [suggestion.id]: e.target.value } })}
              />
            </Form.Item>
          ))}
        </Card>
      ) : null}
      {conflict ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('report.conflict')}
          action={<Button onClick={() => { draftStore.saved(owner, report.id); window.location.reload(); }}>{t('report.reload')}</Button>} />
      ) : failed && !(failed instanceof SessionExpired) ? <div style={{ marginBottom: 12 }}><ProblemAlert error={failed} /></div> : null}
      {submit.error ? <div style={{ marginBottom: 12 }}><ProblemAlert error={submit.error} /></div> : null}
      <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '8px 0', borderTop: '1px solid #eee' }}>
        <Space wrap>
          <Button onClick={() => void saveNow()}>{t('report.saveNow')}</Button>
          <Button type="primary" onClick={confirmSubmit} loading={submit.isPending} data-testid="submit">{t('report.submit')}</Button>
          <Typography.Text type="secondary" aria-live="polite" data-testid="save-state">
            {saveStateText(state, t)}
          </Typography.Text>
        </Space>
      </div>
    </Form>
  );
}

function saveStateText(state: SaveState, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (state.kind) {
    case 'saving':
      return t('report.saving');
    case 'saved':
      return t('report.savedAt', { time: formatInstant(state.at.toISOString(), false) });
    case 'dirty':
      return t('report.unsaved');
    case 'failed':
      return t('report.keptLocally');
    default:
      return '';
  }
}

function VersionHistory({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [revision, setRevision] = useState<number | null>(null);
  const versions = useVersions(report.id, open);
  const chosen = useQuery({
    queryKey: ['report', report.id, 'version', revision],
    queryFn: () => fetchVersion(report.id, revision!),
    enabled: revision !== null,
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('report.history')}</Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('report.history')} size="large">
        {versions.error ? <ProblemAlert error={versions.error} /> : null}
        <List
          loading={versions.isPending && open}
          dataSource={versions.data ?? []}
          renderItem={(version) => (
            <List.Item actions={[<Button key="show" size="small" onClick={() => setRevision(version.revision)}>{t('report.compareWith')}</Button>]}>
              {t('report.version', { revision: version.revision })} · {t(`report.versionKind.${version.kind}`, { defaultValue: version.kind })} · {formatInstant(version.savedAt)}
            </List.Item>
          )}
        />
        {chosen.data ? (
          <div>
            <Typography.Title level={3} style={{ fontSize: 16 }}>{t('report.version', { revision: chosen.data.revision })} → {t('report.compareWith')}</Typography.Title>
            {report.template.sections.map((section) => {
              const lines = diffLines(chosen.data.content.sections[section.code] ?? '', report.content.sections[section.code] ?? '');
              return (
                <Card key={section.code} size="small" title={section.heading} style={{ marginBottom: 8 }}>
                  {hasChanges(lines) ? lines.map((line, i) => (
                    <div key={i} className={line.kind === 'added' ? 'diff-added' : line.kind === 'removed' ? 'diff-removed' : undefined}>
                      {line.kind === 'added' ? <span className="sr-only">{t('report.added')}: </span> : null}
                      {line.kind === 'removed' ? <span className="sr-only">{t('report.removed')}: </span> : null}
                      {line.text || '\u00a0'}
                    </div>
                  )) : <Typography.Text type="secondary">{t('report.noDifference')}</Typography.Text>}
                </Card>
              );
            })}
          </div>
        ) : null}
      </Drawer>
    </>
  );
}
