import { useEffect } from 'react';
import { App, Button, Card, Form, Select, Space, Switch, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api } from '../api/http';
import { useMe } from '../api/queries';
import { orgKeys, usePreferences } from '../api/orgQueries';
import type { Preference } from '../api/orgTypes';
import { changeLanguage } from '../i18n';
import { ProblemAlert } from './ProblemAlert';

/** How I receive notices (email, SMS; the inbox is always on) and the language of the messages and of the app. */
export default function Settings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const client = useQueryClient();
  const member = !!me.data?.memberId;
  const preferences = usePreferences(member);
  const [form] = Form.useForm<Preference>();
  useEffect(() => { if (preferences.data) form.setFieldsValue(preferences.data); }, [preferences.data, form]);
  const save = useMutation({
    mutationFn: (values: Preference) => api<Preference>('/api/notifications/preferences', { method: 'PUT', json: values }),
    onSuccess: (saved) => {
      client.setQueryData(orgKeys.preferences, saved);
      void changeLanguage(saved.language === 'en' ? 'en' : 'vi');
      void message.success(t('settings.saved'));
    },
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('settings.title')}</Typography.Title>
      {!member ? <Typography.Paragraph>{t('settings.noMember')}</Typography.Paragraph> : null}
      {preferences.error ? <ProblemAlert error={preferences.error} /> : null}
      {member ? (
        <Card size="small" loading={preferences.isPending}>
          <Form form={form} layout="horizontal" onFinish={(values) => save.mutate(values)}>
            <Typography.Paragraph type="secondary">{t('settings.inboxAlways')}</Typography.Paragraph>
            <Form.Item name="emailEnabled" label={t('settings.email')} valuePropName="checked"><Switch /></Form.Item>
            <Form.Item name="smsEnabled" label={t('settings.sms')} valuePropName="checked"><Switch /></Form.Item>
            <Form.Item name="language" label={t('settings.language')}>
              <Select style={{ width: 160 }} options={[{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }]} />
            </Form.Item>
            {save.error ? <div style={{ marginBottom: 12 }}><ProblemAlert error={save.error} /></div> : null}
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">{t('common.save')}</Button>
          </Form>
        </Card>
      ) : null}
    </Space>
  );
}
