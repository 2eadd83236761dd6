import { useState } from 'react';
import { Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api } from '../api/http';
import { useMembers } from '../api/orgQueries';
import { applyFieldErrors } from '../lib/formErrors';
import { ProblemAlert } from './ProblemAlert';

/** Whom a suggestion is for: a unit (its collective report) or a member (their reviews). */
export type SuggestionTarget = { unitId: string; name: string } | { memberId: string; name: string };

/** The superior's suggestion (gợi ý kiểm điểm) to a unit or a member, to be answered in their report. */
export function SuggestionDialog({ campaignId, target, onDone }: { campaignId: string; target: SuggestionTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string; to: 'unit' | 'member'; memberId?: string }>();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const to = Form.useWatch('to', form) ?? 'unit';
  const unitId = 'unitId' in target ? target.unitId : undefined;
  const members = useMembers(unitId, search, 0, !!unitId && to === 'member');
  const issue = useMutation({
    mutationFn: (values: { body: string; memberId?: string }) => api<unknown>(`/api/reviews/campaigns/${campaignId}/suggestions`, {
      method: 'POST',
      json: 'memberId' in target ? { targetMemberId: target.memberId, body: values.body }
        : values.memberId ? { targetMemberId: values.memberId, body: values.body } : { targetUnitId: target.unitId, body: values.body },
    }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['campaign', campaignId, 'suggestions'] }),
  });
  return (
    <Modal open title={t('suggestions.title', { name: target.name })} okText={t('suggestions.send')}
      cancelText={t('common.cancel')} onCancel={onDone} onOk={() => form.submit()} confirmLoading={issue.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('suggestions.explain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ to: 'unit' }}
        onFinish={(values) => issue.mutate({ body: values.body.trim(), memberId: values.to === 'member' ? values.memberId : undefined }, {
          onSuccess: onDone, onError: (error) => applyFieldErrors(form, error),
        })}>
        {unitId ? (
          <Form.Item name="to" label={t('suggestions.to')}>
            <Radio.Group options={[{ value: 'unit', label: t('suggestions.toUnit') }, { value: 'member', label: t('suggestions.toMember') }]} />
          </Form.Item>
        ) : null}
        {unitId && to === 'member' ? (
          <Form.Item name="memberId" label={t('suggestions.member')} rules={[{ required: true, message: t('common.required') }]}>
            <Select showSearch={{ filterOption: false, onSearch: setSearch }} loading={members.isFetching}
              placeholder={t('org.searchMembers')} notFoundContent={t('org.noMemberFound')}
              options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.fullName }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="body" label={t('suggestions.body')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={8000} showCount data-testid="suggestion-body" />
        </Form.Item>
        {issue.error ? <ProblemAlert error={issue.error} /> : null}
      </Form>
    </Modal>
  );
}
