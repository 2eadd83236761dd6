import { useEffect, useState } from 'react';
import { Button, Card, Collapse, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/http';
import { useMe, useTemplates } from '../../api/queries';
import type { TemplateSummary as Summary, TemplateVersion as Version } from '../../api/types';
import { formatInstant } from '../../lib/dates';
import { applyFieldErrors } from '../../lib/formErrors';
import { ProblemAlert } from '../ProblemAlert';

type Section = Version['sections'][number];

const KINDS = ['NARRATIVE', 'SUGGESTION_ANSWERS', 'RESPONSIBILITY', 'SELF_RATING'];

/** The review templates and every published version; the system administrator publishes a new one. */
export default function Templates() {
  const { t } = useTranslation();
  const me = useMe();
  const templates = useTemplates();
  const [code, setCode] = useState<string>();
  const chosen = templates.data?.find((template) => template.code === code) ?? templates.data?.[0];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('templates.title')}</Typography.Title>
      {templates.error ? <ProblemAlert error={templates.error} /> : null}
      <Card size="small" loading={templates.isPending}>
        <List dataSource={templates.data ?? []} renderItem={(template) => (
          <List.Item actions={[<Button key="open" type={template.code === chosen?.code ? 'primary' : 'default'}
            onClick={() => setCode(template.code)}>{t('templates.open')}</Button>]}>
            <List.Item.Meta title={template.name}
              description={<Space wrap><Tag>{template.code}</Tag><span>{t('templates.latest', { version: template.latestVersion })}</span></Space>} />
          </List.Item>
        )} />
      </Card>
      {chosen ? <TemplateVersions key={chosen.code} summary={chosen} canPublish={(me.data?.roles ?? []).includes('system-admin')} /> : null}
    </Space>
  );
}

function TemplateVersions({ summary, canPublish }: { summary: Summary; canPublish: boolean }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(summary.latestVersion);
  const [publishing, setPublishing] = useState(false);
  useEffect(() => setVersion(summary.latestVersion), [summary.latestVersion]);
  const shown = useQuery({
    queryKey: ['templates', summary.code, version],
    queryFn: () => api<Version>(`/api/reviews/templates/${summary.code}/versions/${version}`),
    staleTime: Infinity,
  });
  const versions = Array.from({ length: summary.latestVersion }, (_, i) => summary.latestVersion - i);
  return (
    <Card size="small" title={summary.name} extra={canPublish && !publishing ? (
      <Button onClick={() => setPublishing(true)} data-testid="template-publish">{t('templates.publish')}</Button>) : null}>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="template-version">{t('templates.version')}</label>
        <Select id="template-version" value={version} onChange={setVersion} style={{ width: 120 }}
          options={versions.map((v) => ({ value: v, label: t('templates.versionN', { version: v }) }))} />
      </Space>
      {shown.error ? <ProblemAlert error={shown.error} /> : null}
      {shown.data && !publishing ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('templates.basis', { basis: shown.data.legalBasis, at: formatInstant(shown.data.publishedAt) })}
          </Typography.Paragraph>
          <Collapse items={shown.data.sections.map((section) => ({
            key: section.code,
            label: `${section.heading}`,
            extra: <Tag>{t(`templates.kinds.${section.kind}`, { defaultValue: section.kind })}</Tag>,
            children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{section.guidance || t('templates.noGuidance')}</Typography.Paragraph>,
          }))} />
        </>
      ) : null}
      {publishing && shown.data ? (
        <PublishForm summary={summary} from={shown.data} onDone={(published) => {
          setPublishing(false);
          if (published) setVersion(published);
        }} />
      ) : null}
    </Card>
  );
}

function PublishForm({ summary, from, onDone }: { summary: Summary; from: Version; onDone: (version?: number) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const publish = useMutation({
    mutationFn: (body: unknown) => api<Version>(`/api/reviews/templates/${summary.code}/versions`, { method: 'POST', json: body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['templates'] }),
  });
  async function finish(values: { legalBasis: string; sections: Section[] }) {
    try {
      const published = await publish.mutateAsync(values);
      onDone(published.version);
    } catch (error) {
      applyFieldErrors(form, error);
    }
  }
  return (
    <Form form={form} layout="vertical" initialValues={{ legalBasis: from.legalBasis, sections: from.sections }}
      onFinish={(values) => void finish(values)}>
      <Typography.Paragraph>{t('templates.publishExplain', { version: summary.latestVersion + 1 })}</Typography.Paragraph>
      <Form.Item name="legalBasis" label={t('templates.legalBasis')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={255} />
      </Form.Item>
      <Form.List name="sections">
        {(fields, { add, remove, move }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <Card key={field.key} size="small" title={t('templates.section', { n: index + 1 })} extra={
                <Space>
                  <Button size="small" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('templates.up')}>↑</Button>
                  <Button size="small" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={t('templates.down')}>↓</Button>
                  <Button size="small" danger onClick={() => remove(field.name)}>{t('templates.remove')}</Button>
                </Space>}>
                <Form.Item name={[field.name, 'code']} label={t('templates.code')}
                  rules={[{ required: true, message: t('common.required') }, { pattern: /^[A-Z][A-Z0-9_]{0,31}$/, message: t('templates.codePattern') }]}>
                  <Input maxLength={32} />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} label={t('templates.kind')} rules={[{ required: true, message: t('common.required') }]}>
                  <Select options={KINDS.map((kind) => ({ value: kind, label: t(`templates.kinds.${kind}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'heading']} label={t('templates.heading')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                  <Input maxLength={500} />
                </Form.Item>
                <Form.Item name={[field.name, 'guidance']} label={t('templates.guidance')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
                </Form.Item>
              </Card>
            ))}
            <Button onClick={() => add({ code: '', kind: 'NARRATIVE', heading: '', guidance: '' })}>{t('templates.addSection')}</Button>
          </Space>
        )}
      </Form.List>
      {publish.error ? <div style={{ margin: '12px 0' }}><ProblemAlert error={publish.error} /></div> : null}
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={publish.isPending}>{t('templates.publishN', { version: summary.latestVersion + 1 })}</Button>
        <Button onClick={() => onDone()}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
