import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/http';
import { useReportStep, useTemplates, useUnitAssignments } from '../api/queries';
import type { AssignmentSummary, Step } from '../api/types';
import { formatDay, vietnamDay } from '../lib/dates';
import { statusTone } from '../lib/work';
import { ProblemAlert } from './ProblemAlert';

/** A unit's committee at work: every report placed in the unit, returning, circulating, recording the meeting. */
export default function UnitReports() {
  const { campaignId = '', unitId = '' } = useParams();
  const { t } = useTranslation();
  const assignments = useUnitAssignments(campaignId, unitId);
  const templates = useTemplates();
  const [action, setAction] = useState<{ kind: 'return' | 'meeting' | 'circulate'; item: AssignmentSummary } | null>(null);

  if (assignments.isPending) return <Skeleton active />;
  if (assignments.error) return <ProblemAlert error={assignments.error} />;
  const unitName = assignments.data[0]?.placeUnitName ?? '';
  const counts = assignments.data.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/">← {t('report.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('unit.title', { unit: unitName })}</Typography.Title>
      <Link to={`/campaigns/${campaignId}/units/${unitId}/ratings`} data-testid="open-ratings">{t('rating.open')} →</Link>
      <Space wrap>
        {Object.entries(counts).map(([status, count]) => (
          <Tag key={status} color={statusTone(status as AssignmentSummary['status'])}>{t(`status.${status}`)}: {count}</Tag>
        ))}
      </Space>
      <Table<AssignmentSummary>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('unit.empty') }}
        dataSource={assignments.data}
        columns={[
          {
            title: t('unit.member'),
            render: (_, item) => (
              <>
                <Link to={`/reports/${item.id}`}>{item.memberName ?? t(`kind.${item.kind}`)}</Link>
                {item.memberName ? <div><Typography.Text type="secondary">{t(`kind.${item.kind}`)}</Typography.Text></div> : null}
              </>
            ),
          },
          {
            title: t('unit.template'),
            render: (_, item) => templates.data?.find((tpl) => tpl.code === item.templateCode)?.name ?? item.templateCode,
            responsive: ['md'],
          },
          { title: t('report.due'), render: (_, item) => formatDay(item.due), responsive: ['sm'] },
          {
            title: t('unit.status'),
            render: (_, item) => <Tag color={statusTone(item.status)}>{t(`status.${item.status}`)}</Tag>,
          },
          {
            title: t('unit.actions'),
            render: (_, item) => (
              <Space wrap>
                {item.status === 'SUBMITTED' && item.kind !== 'COLLECTIVE' ? (
                  <Button size="small" data-testid={`return-${item.id}`} onClick={() => setAction({ kind: 'return', item })}>{t('unit.returnIt')}</Button>
                ) : null}
                {item.status === 'SUBMITTED' ? (
                  <Button size="small" data-testid={`meeting-${item.id}`} onClick={() => setAction({ kind: 'meeting', item })}>{t('unit.recordMeeting')}</Button>
                ) : null}
                {item.kind === 'COLLECTIVE' && item.status === 'DRAFT' ? (
                  <Button size="small" data-testid={`circulate-${item.id}`} onClick={() => setAction({ kind: 'circulate', item })}>{t('unit.circulate')}</Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {action ? <StepDialog action={action} onClose={() => { setAction(null); void assignments.refetch(); }} /> : null}
    </Space>
  );
}

type Values = { reasons?: string; heldOn?: Dayjs; present?: number; absent?: number; minutes?: string; conclusion?: string; plannedMeetingOn?: Dayjs };

function StepDialog({ action, onClose }: { action: { kind: 'return' | 'meeting' | 'circulate'; item: AssignmentSummary }; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const step = useReportStep<unknown>(action.item.id, action.kind);
  const [warnings, setWarnings] = useState<string[]>([]);
  const title = action.kind === 'return' ? t('unit.returnTitle') : action.kind === 'meeting' ? t('unit.recordMeeting') : t('unit.circulate');
  const format = t('common.dateFormat');

  async function finish(values: Values) {
    const body = action.kind === 'return'
      ? { reasons: values.reasons }
      : action.kind === 'meeting'
        ? { heldOn: values.heldOn?.format('YYYY-MM-DD'), present: values.present, absent: values.absent, minutes: values.minutes, conclusion: values.conclusion }
        : { plannedMeetingOn: values.plannedMeetingOn?.format('YYYY-MM-DD') };
    try {
      const result = (await step.mutateAsync(body)) as Step;
      if (result.warnings?.length) {
        setWarnings(result.warnings);
        return;
      }
      message.success(t('unit.done'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        form.setFields(error.problem.errors.filter((e) => e.field).map((e) => ({ name: e.field as keyof Values, errors: [e.message ?? ''] })));
      }
    }
  }

  return (
    <Modal open title={title} onCancel={onClose} okText={warnings.length ? t('common.confirm') : t('unit.save')} cancelText={t('unit.cancel')}
      onOk={() => (warnings.length ? onClose() : form.submit())} confirmLoading={step.isPending} destroyOnHidden>
      <Typography.Paragraph>{action.item.memberName ?? t(`kind.${action.item.kind}`)}</Typography.Paragraph>
      {warnings.length ? <Alert type="warning" showIcon title={t('unit.warnings')} description={warnings.join(' ')} /> : (
        <Form form={form} layout="vertical" onFinish={(values) => void finish(values)}
          initialValues={{ heldOn: dayjs(vietnamDay()), present: undefined, absent: 0 }}>
          {action.kind === 'return' ? (
            <Form.Item name="reasons" label={t('unit.reasons')} rules={[{ required: true, whitespace: true, message: t('unit.reasonsRequired') }]}>
              <Input.TextArea data-testid="return-reasons-input" autoSize={{ minRows: 3, maxRows: 10 }} />
            </Form.Item>
          ) : null}
          {action.kind === 'meeting' ? (
            <>
              <Form.Item name="heldOn" label={t('unit.heldOn')} rules={[{ required: true, message: t('common.required') }]}>
                <DatePicker format={format} style={{ width: '100%' }} />
              </Form.Item>
              <Space wrap>
                <Form.Item name="present" label={t('unit.present')} rules={[{ required: true, message: t('common.required') }]}>
                  <InputNumber min={0} data-testid="meeting-present" />
                </Form.Item>
                <Form.Item name="absent" label={t('unit.absent')} rules={[{ required: true, message: t('common.required') }]}>
                  <InputNumber min={0} />
                </Form.Item>
              </Space>
              <Form.Item name="minutes" label={t('unit.minutes')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input.TextArea data-testid="meeting-minutes" autoSize={{ minRows: 3, maxRows: 12 }} />
              </Form.Item>
              <Form.Item name="conclusion" label={t('unit.conclusion')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input.TextArea data-testid="meeting-conclusion" autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </>
          ) : null}
          {action.kind === 'circulate' ? (
            <Form.Item name="plannedMeetingOn" label={t('unit.plannedMeetingOn')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker format={format} style={{ width: '100%' }} data-testid="planned-meeting" />
            </Form.Item>
          ) : null}
        </Form>
      )}
      {step.error ? <ProblemAlert error={step.error} /> : null}
    </Modal>
  );
}
