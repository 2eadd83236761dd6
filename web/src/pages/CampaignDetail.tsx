import { Alert, App, Button, Descriptions, Input, List, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { useCampaign, useCampaignAction, useUnitAssignments, useUnits } from '../api/queries';
import type { LaunchResult, OrgUnit } from '../api/types';
import { formatDay, formatInstant, vietnamDay } from '../lib/dates';
import { ProblemAlert } from './ProblemAlert';

export default function CampaignDetail() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const campaign = useCampaign(campaignId);
  const launch = useCampaignAction(campaignId, 'launch');
  const close = useCampaignAction(campaignId, 'close');
  const units = useUnits();
  const [filter, setFilter] = useState('');
  if (campaign.isPending) return <Skeleton active />;
  if (campaign.error) return <ProblemAlert error={campaign.error} />;
  const c = campaign.data;
  const issuing = units.data?.items.find((unit) => unit.id === c.issuingUnitId);
  const below = (units.data?.items ?? [])
    .filter((unit) => issuing && unit.path.startsWith(issuing.path) && unit.id !== issuing.id)
    .filter((unit) => !filter || unit.name.toLowerCase().includes(filter.toLowerCase()))
    .sort((a, b) => a.path.localeCompare(b.path));
  const result = launch.data as LaunchResult | undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/campaigns">← {t('campaigns.title')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{c.title}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('campaigns.kind')}>{t(`campaigns.kinds.${c.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('unit.status')}><Tag data-testid="campaign-status">{t(`campaigns.statusLabel.${c.status}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('campaigns.issuingUnit')}>{issuing?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.period')}>{formatDay(c.periodStart)} – {formatDay(c.periodEnd)}</Descriptions.Item>
        {c.deadlines.map((deadline) => (
          <Descriptions.Item key={deadline.level} label={t('campaigns.level', { level: deadline.level })}>{formatDay(deadline.due)}</Descriptions.Item>
        ))}
        <Descriptions.Item label={t('campaigns.quota')}>{c.excellenceQuotaPercent}%</Descriptions.Item>
        {c.launchedAt ? <Descriptions.Item label={t('campaigns.launch')}>{formatInstant(c.launchedAt)}</Descriptions.Item> : null}
      </Descriptions>
      <Space wrap>
        {c.status !== 'CLOSED' ? (
          <Button type="primary" data-testid="launch" loading={launch.isPending}
            onClick={() => modal.confirm({
              title: t('campaigns.launchConfirm'), content: t('campaigns.launchConfirmText'),
              okText: t('campaigns.launch'), cancelText: t('common.cancel'),
              onOk: () => launch.mutateAsync().catch(() => undefined),
            })}>
            {t('campaigns.launch')}
          </Button>
        ) : null}
        {c.status === 'LAUNCHED' ? (
          <Button danger loading={close.isPending}
            onClick={() => modal.confirm({ title: t('campaigns.closeConfirm'), okText: t('campaigns.close'), cancelText: t('common.cancel'),
              onOk: () => close.mutateAsync().catch(() => undefined) })}>
            {t('campaigns.close')}
          </Button>
        ) : null}
      </Space>
      {launch.isPending ? <Progress percent={100} status="active" showInfo={false} aria-label={t('campaigns.launching')} /> : null}
      {result ? <Alert type="success" showIcon data-testid="launch-result" title={t('campaigns.launched', { created: result.created, total: result.total })} /> : null}
      {launch.error ? <ProblemAlert error={launch.error} /> : null}
      {close.error ? <ProblemAlert error={close.error} /> : null}
      {c.status !== 'DRAFT' ? (
        <>
          <Input.Search aria-label={t('campaigns.findUnit')} placeholder={t('campaigns.findUnit')} allowClear
            onChange={(e) => setFilter(e.target.value)} style={{ maxWidth: 360 }} />
          <List
            loading={units.isPending}
            dataSource={below.slice(0, 200)}
            renderItem={(unit) => <UnitProgress campaignId={c.id} unit={unit} depth={unit.depth - (issuing?.depth ?? 0)} />}
          />
        </>
      ) : null}
    </Space>
  );
}

/** A unit of the campaign: its reports submitted out of all, and those late. */
function UnitProgress({ campaignId, unit, depth }: { campaignId: string; unit: OrgUnit; depth: number }) {
  const { t } = useTranslation();
  const assignments = useUnitAssignments(campaignId, unit.id);
  const today = vietnamDay();
  const all = assignments.data ?? [];
  const done = all.filter((a) => a.status === 'SUBMITTED' || a.status === 'DISCUSSED').length;
  const late = all.filter((a) => a.status !== 'SUBMITTED' && a.status !== 'DISCUSSED' && a.due < today).length;
  const percent = all.length ? Math.round((done * 100) / all.length) : 0;
  return (
    <List.Item style={{ paddingLeft: Math.min(depth - 1, 4) * 16 }}>
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Link to={`/campaigns/${campaignId}/units/${unit.id}`}>{unit.name}</Link>
        {assignments.error ? <Typography.Text type="secondary">—</Typography.Text> : (
          <Space wrap style={{ width: '100%' }}>
            <Progress percent={percent} size="small" style={{ width: 180 }} aria-label={`${unit.name}: ${done}/${all.length}`} />
            <span>{done}/{all.length}</span>
            {late > 0 ? <Tag color="error">{t('campaigns.late', { count: late })}</Tag> : null}
          </Space>
        )}
      </Space>
    </List.Item>
  );
}
