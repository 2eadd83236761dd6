import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/http';
import { useHolidays, useMe } from '../../api/queries';
import type { DayOff } from '../../api/types';
import type { components } from '../../api/generated/review-service';
import { formatDay, vietnamDay } from '../../lib/dates';
import { applyFieldErrors } from '../../lib/formErrors';
import { ProblemAlert } from '../ProblemAlert';

type Override = components['schemas']['CalendarOverride'];

/** The year's days off as the law gives them, and the days the administrator enters from the year's decision. */
export default function HolidayCalendar() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const admin = (me.data?.roles ?? []).includes('system-admin');
  const [year, setYear] = useState(+vietnamDay().substring(0, 4));
  const [form] = Form.useForm();
  const holidays = useHolidays(year);
  const overrides = useQuery({ queryKey: ['overrides', year], queryFn: () => api<Override[]>(`/api/reviews/calendar/overrides?year=${year}`) });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['holidays'] });
    void client.invalidateQueries({ queryKey: ['overrides'] });
  };
  const save = useMutation({
    mutationFn: (values: { day: Dayjs; kind: string; name: string }) =>
      api<Override>(`/api/reviews/calendar/holidays/${values.day.format('YYYY-MM-DD')}`, {
        method: 'PUT', json: { kind: values.kind, name: values.name.trim() },
      }),
    onSuccess: () => { form.resetFields(); refresh(); },
  });
  const remove = useMutation({
    mutationFn: (day: string) => api<void>(`/api/reviews/calendar/holidays/${day}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const years = Array.from({ length: 7 }, (_, i) => +vietnamDay().substring(0, 4) - 2 + i);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('calendar.title')}</Typography.Title>
      <Space wrap>
        <label htmlFor="calendar-year">{t('calendar.year')}</label>
        <Select id="calendar-year" value={year} onChange={setYear} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: String(y) }))} />
      </Space>
      <Typography.Paragraph type="secondary">{t('calendar.explain')}</Typography.Paragraph>
      <Card size="small" title={t('calendar.daysOff', { year })}>
        {holidays.error ? <ProblemAlert error={holidays.error} /> : null}
        <List<DayOff> loading={holidays.isPending} dataSource={holidays.data ?? []} data-testid="holidays"
          renderItem={(day) => (
            <List.Item>
              <List.Item.Meta title={`${formatDay(day.day)} — ${day.name}`}
                description={day.kind === 'DECLARED' ? t('calendar.entered') : t('calendar.byLaw')} />
            </List.Item>
          )} />
      </Card>
      <Card size="small" title={t('calendar.overrides', { year })}>
        {overrides.error ? <ProblemAlert error={overrides.error} /> : null}
        {remove.error ? <ProblemAlert error={remove.error} /> : null}
        <List<Override> loading={overrides.isPending} dataSource={overrides.data ?? []} locale={{ emptyText: t('calendar.noOverrides') }}
          renderItem={(entry) => (
            <List.Item actions={admin ? [
              <Popconfirm key="remove" title={t('calendar.removeConfirm', { day: formatDay(entry.day) })}
                okText={t('calendar.remove')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(entry.day)}>
                <Button size="small" danger>{t('calendar.remove')}</Button>
              </Popconfirm>] : []}>
              <List.Item.Meta title={`${formatDay(entry.day)} — ${entry.name}`}
                description={<Tag color={entry.kind === 'DAY_OFF' ? 'error' : 'processing'}>{t(`calendar.kinds.${entry.kind}`)}</Tag>} />
            </List.Item>
          )} />
        {admin ? (
          <Form form={form} layout="vertical" style={{ marginTop: 16 }} initialValues={{ kind: 'DAY_OFF' }}
            onFinish={(values) => save.mutate(values, { onError: (error) => applyFieldErrors(form, error) })}>
            <Typography.Text strong>{t('calendar.add')}</Typography.Text>
            <Form.Item name="day" label={t('calendar.day')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker format={t('common.dateFormat')} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="kind" label={t('calendar.kind')}>
              <Select options={(['DAY_OFF', 'WORKING_DAY'] as const).map((kind) => ({ value: kind, label: t(`calendar.kinds.${kind}`) }))} />
            </Form.Item>
            <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={255} placeholder={t('calendar.namePlaceholder')} />
            </Form.Item>
            {save.error ? <div style={{ marginBottom: 12 }}><ProblemAlert error={save.error} /></div> : null}
            <Button type="primary" htmlType="submit" loading={save.isPending}>{t('calendar.save')}</Button>
          </Form>
        ) : null}
      </Card>
    </Space>
  );
}
