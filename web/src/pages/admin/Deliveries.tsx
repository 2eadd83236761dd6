import { useState } from 'react';
import { Button, DatePicker, Form, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { useDeliveries } from '../../api/orgQueries';
import type { Delivery } from '../../api/orgTypes';
import { formatInstant } from '../../lib/dates';
import { ProblemAlert } from '../ProblemAlert';
import { ScrollTable } from '../ScrollTable';

const STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'];

/** The delivery log: who was sent what, by which channel, when, and why a message did not arrive. */
export default function Deliveries() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(new URLSearchParams());
  const deliveries = useDeliveries(filter);
  function apply(values: { status?: string; channel?: string; range?: [Dayjs, Dayjs] | null }) {
    const next = new URLSearchParams();
    if (values.status) next.set('status', values.status);
    if (values.channel) next.set('channel', values.channel);
    if (values.range) {
      next.set('from', values.range[0].startOf('day').toISOString());
      next.set('to', values.range[1].add(1, 'day').startOf('day').toISOString());
    }
    setFilter(next);
  }
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('deliveries.title')}</Typography.Title>
      <Form layout="inline" onFinish={apply} style={{ rowGap: 8 }}>
        <Form.Item name="status" label={t('deliveries.status')}>
          <Select allowClear style={{ width: 160 }} options={STATUSES.map((s) => ({ value: s, label: t(`deliveries.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item name="channel" label={t('deliveries.channel')}>
          <Select allowClear style={{ width: 120 }} options={[{ value: 'EMAIL', label: 'Email' }, { value: 'SMS', label: 'SMS' }]} />
        </Form.Item>
        <Form.Item name="range" label={t('deliveries.between')}>
          <DatePicker.RangePicker format={t('common.dateFormat')} />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('deliveries.filter')}</Button>
      </Form>
      {deliveries.error ? <ProblemAlert error={deliveries.error} /> : null}
      <ScrollTable<Delivery> label={t('deliveries.title')} size="small" rowKey="id" loading={deliveries.isFetching} dataSource={deliveries.data ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: t('deliveries.empty') }} data-testid="deliveries"
        columns={[
          { key: 'at', title: t('deliveries.at'), render: (_, d) => formatInstant(d.createdAt) },
          { key: 'to', title: t('deliveries.recipient'), render: (_, d) => d.recipientName ?? d.recipientId },
          { key: 'channel', title: t('deliveries.channel'), dataIndex: 'channel' },
          { key: 'kind', title: t('deliveries.kind'), render: (_, d) => t(`deliveries.kinds.${d.kind}`, { defaultValue: d.kind }) },
          { key: 'status', title: t('deliveries.status'), render: (_, d) => (
            <Tag color={d.status === 'FAILED' ? 'error' : d.status === 'SENT' ? 'success' : 'default'}>
              {t(`deliveries.statuses.${d.status}`, { defaultValue: d.status })}
            </Tag>) },
          { key: 'attempts', title: t('deliveries.attempts'), dataIndex: 'attempts' },
          { key: 'reason', title: t('deliveries.reason'), render: (_, d) => d.reason ?? '' },
        ]} />
    </Space>
  );
}
