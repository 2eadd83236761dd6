import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, List, Select, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/http';
import { useCampaigns, useCreateCampaign, useHolidays, useUnits } from '../api/queries';
import { formatDay, vietnamDay } from '../lib/dates';
import { deadlineProblem, type DeadlineProblem } from '../lib/deadlines';
import { ProblemAlert } from './ProblemAlert';

export default function Campaigns() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('campaigns.title')}</Typography.Title>
        {!creating ? <Button type="primary" onClick={() => setCreating(true)} data-testid="new-campaign">{t('campaigns.create')}</Button> : null}
      </Space>
      {creating ? <CampaignForm onCancel={() => setCreating(false)} /> : null}
      {campaigns.error ? <ProblemAlert error={campaigns.error} /> : null}
      {campaigns.isPending ? <Skeleton active /> : null}
      {campaigns.data && campaigns.data.length === 0 && !creating ? <Empty description={t('campaigns.empty')} /> : null}
      {campaigns.data && campaigns.data.length > 0 ? (
        <List
          dataSource={campaigns.data}
          renderItem={(campaign) => (
            <List.Item actions={[<Link key="open" to={`/campaigns/${campaign.id}`}>{t('campaigns.open')}</Link>]}>
              <List.Item.Meta
                title={<Link to={`/campaigns/${campaign.id}`}>{campaign.title}</Link>}
                description={<Space wrap>
                  <Tag>{t(`campaigns.statusLabel.${campaign.status}`)}</Tag>
                  <span>{t(`campaigns.kinds.${campaign.kind}`)}</span>
                  <span>{formatDay(campaign.periodStart)} – {formatDay(campaign.periodEnd)}</span>
                </Space>}
              />
            </List.Item>
          )}
        />
      ) : null}
    </Space>
  );
}

interface FormValues {
  issuingUnitId: string;
  kind: 'YEARLY' | 'THEMATIC';
  title: string;
  period: [Dayjs, Dayjs];
  deadlines: (Dayjs | undefined)[];
  excellenceQuotaPercent: number;
}

function CampaignForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const units = useUnits();
  const create = useCreateCampaign();
  const today = vietnamDay();
  const year = +today.substring(0, 4);
  const thisYear = useHolidays(year);
  const nextYear = useHolidays(year + 1);
  const daysOff = useMemo(() => [...(thisYear.data ?? []), ...(nextYear.data ?? [])], [thisYear.data, nextYear.data]);
  const deadlines = Form.useWatch('deadlines', form) ?? [undefined, undefined];
  const format = t('common.dateFormat');
  const issuers = (units.data?.items ?? []).filter((unit) => unit.typeCode !== 'CHI_BO' && unit.typeCode !== 'CHI_BO_TRUC_THUOC');

  function problemText(problem: DeadlineProblem): string {
    switch (problem.kind) {
      case 'weekend':
        return t('campaigns.weekend', { day: formatDay(problem.day) });
      case 'holiday':
        return t('campaigns.notWorkingDay', { day: formatDay(problem.day), name: problem.name });
      case 'after-parent':
        return t('campaigns.afterParent', { level: problem.level, parent: problem.parent });
      case 'past':
        return t('campaigns.past', { day: formatDay(problem.day) });
    }
  }

  async function finish(values: FormValues) {
    const body = {
      issuingUnitId: values.issuingUnitId,
      kind: values.kind,
      title: values.title,
      periodStart: values.period[0].format('YYYY-MM-DD'),
      periodEnd: values.period[1].format('YYYY-MM-DD'),
      deadlines: values.deadlines.filter(Boolean).map((due, i) => ({ level: i + 1, due: due!.format('YYYY-MM-DD') })),
      excellenceQuotaPercent: values.excellenceQuotaPercent,
    };
    try {
      const created = await create.mutateAsync(body);
      navigate(`/campaigns/${created.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        form.setFields(error.problem.errors.filter((e) => e.field && !e.field.includes('[')).map((e) => ({
          name: e.field as keyof FormValues, errors: [e.message ?? ''],
        })));
      }
    }
  }

  const dues = deadlines.map((d) => d?.format('YYYY-MM-DD'));

  return (
    <Card title={t('campaigns.create')}>
      <Form form={form} layout="vertical" onFinish={(values) => void finish(values)}
        initialValues={{
          kind: 'YEARLY', excellenceQuotaPercent: 20, deadlines: [undefined, undefined],
          period: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)],
        }}>
        <Form.Item name="issuingUnitId" label={t('campaigns.issuingUnit')} rules={[{ required: true, message: t('common.required') }]}>
          <Select showSearch optionFilterProp="label" loading={units.isPending} data-testid="issuing-unit"
            options={issuers.map((unit) => ({ value: unit.id, label: unit.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('campaigns.kind')}>
          <Select options={(['YEARLY', 'THEMATIC'] as const).map((kind) => ({ value: kind, label: t(`campaigns.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('campaigns.titleLabel')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="campaign-title" maxLength={255} />
        </Form.Item>
        <Form.Item name="period" label={t('campaigns.period')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker.RangePicker format={format} style={{ width: '100%' }}
            placeholder={[t('campaigns.periodStart'), t('campaigns.periodEnd')]} />
        </Form.Item>
        <Typography.Text strong>{t('campaigns.deadlines')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('campaigns.workingDayHint')}</Typography.Paragraph>
        {deadlines.map((_, index) => {
          const problem = deadlineProblem(index + 1, dues, daysOff, today);
          return (
            <Form.Item key={index} name={['deadlines', index]} label={t('campaigns.level', { level: index + 1 })}
              validateStatus={problem ? 'error' : undefined} help={problem ? problemText(problem) : undefined}
              rules={index === 0 ? [{ required: true, message: t('common.required') }] : []}>
              <DatePicker format={format} style={{ width: '100%' }} data-testid={`deadline-${index + 1}`}
                disabledDate={(day) => day.format('YYYY-MM-DD') <= today} />
            </Form.Item>
          );
        })}
        <Button onClick={() => form.setFieldValue('deadlines', [...deadlines, undefined])} style={{ marginBottom: 16 }}>{t('campaigns.addLevel')}</Button>
        <Form.Item name="excellenceQuotaPercent" label={t('campaigns.quota')}>
          <InputNumber min={0} max={100} />
        </Form.Item>
        {create.error ? <div style={{ marginBottom: 12 }}><ProblemAlert error={create.error} /></div> : null}
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-campaign">{t('campaigns.create')}</Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
