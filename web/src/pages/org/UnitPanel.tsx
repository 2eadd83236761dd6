import { useState } from 'react';
import {
  Button, Card, DatePicker, Descriptions, Empty, Form, Input, List, Modal, Select, Space, Tag, Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { useMe } from '../../api/queries';
import { post, useMembers, useOrgChange, useUnit, useUnitAudit, useUnitTypes } from '../../api/orgQueries';
import type { Member, Unit } from '../../api/orgTypes';
import { formatInstant, vietnamDay } from '../../lib/dates';
import { applyFieldErrors } from '../../lib/formErrors';
import { ProblemAlert } from '../ProblemAlert';
import { ScrollTable } from '../ScrollTable';
import { MemberForm } from './MemberForm';
import { UnitPicker } from './UnitPicker';

type Action = 'create' | 'rename' | 'move' | 'merge' | 'close' | 'history' | 'enrol';

/** One unit: what it is, what an administrator may do to it, and its members. */
export function UnitPanel({ unitId, onChanged }: { unitId: string; onChanged: (parents: string[]) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const unit = useUnit(unitId);
  const [action, setAction] = useState<Action>();
  const admin = (me.data?.roles ?? []).some((role) => role === 'org-admin' || role === 'system-admin');

  if (unit.error) return <ProblemAlert error={unit.error} />;
  if (!unit.data) return <Card loading />;
  const u = unit.data;
  const active = u.status === 'ACTIVE';
  const close = () => setAction(undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<span data-testid="unit-name">{u.name}</span>} size="small">
        <Descriptions size="small" column={1} items={[
          { key: 'code', label: t('org.code'), children: u.code },
          { key: 'type', label: t('org.type'), children: <TypeName code={u.typeCode} /> },
          { key: 'status', label: t('org.status'), children: <Tag color={active ? 'success' : 'default'}>{t(`org.unitStatus.${u.status}`, { defaultValue: u.status })}</Tag> },
        ]} />
        {admin && active ? (
          <Space wrap style={{ marginTop: 12 }}>
            <Button onClick={() => setAction('create')} data-testid="unit-create">{t('org.createChild')}</Button>
            <Button onClick={() => setAction('rename')}>{t('org.rename')}</Button>
            {u.parentId ? <Button onClick={() => setAction('move')}>{t('org.move')}</Button> : null}
            {u.parentId ? <Button onClick={() => setAction('merge')}>{t('org.merge')}</Button> : null}
            {u.parentId ? <Button danger onClick={() => setAction('close')}>{t('org.close')}</Button> : null}
            <Button onClick={() => setAction('history')}>{t('org.history')}</Button>
          </Space>
        ) : null}
      </Card>
      <Members unit={u} admin={admin} onEnrol={() => setAction('enrol')} />
      {action === 'create' ? <CreateUnit parent={u} onDone={(ok) => { close(); if (ok) onChanged([u.id]); }} /> : null}
      {action === 'rename' ? <RenameUnit unit={u} onDone={(ok) => { close(); if (ok) onChanged(u.parentId ? [u.parentId] : []); }} /> : null}
      {action === 'move' ? <MoveUnit unit={u} onDone={(to) => { close(); if (to) onChanged([u.parentId!, to]); }} /> : null}
      {action === 'merge' ? <MergeUnit unit={u} onDone={(into) => { close(); if (into) onChanged([u.parentId!, into]); }} /> : null}
      {action === 'close' ? <CloseUnit unit={u} onDone={(ok) => { close(); if (ok) onChanged([u.parentId!]); }} /> : null}
      {action === 'history' ? <UnitHistory unit={u} onDone={close} /> : null}
      {action === 'enrol' ? (
        <Modal open title={t('org.enrol')} footer={null} onCancel={close} destroyOnHidden>
          <MemberForm homeUnit={u} onDone={close} />
        </Modal>
      ) : null}
    </Space>
  );
}

function TypeName({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const types = useUnitTypes(i18n.language);
  return <>{types.data?.find((type) => type.code === code)?.name ?? code}</>;
}

function Members({ unit, admin, onEnrol }: { unit: Unit; admin: boolean; onEnrol: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [page, setPage] = useState(0);
  const members = useMembers(unit.id, name, page);
  return (
    <Card size="small" title={t('org.members')}>
      {admin && unit.status === 'ACTIVE' ? (
        <div className="row" style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={onEnrol} data-testid="member-enrol">{t('org.enrol')}</Button>
          <a href={`/api/org/members/export?unitId=${unit.id}&format=xlsx`} download>{t('org.exportXlsx')}</a>
          <a href={`/api/org/members/export?unitId=${unit.id}&format=csv`} download>{t('org.exportCsv')}</a>
        </div>
      ) : null}
      <Input.Search allowClear placeholder={t('org.searchMembers')} aria-label={t('org.searchMembers')}
        onSearch={(value) => { setName(value); setPage(0); }} style={{ marginBottom: 12 }} data-testid="member-search" />
      {members.error ? <ProblemAlert error={members.error} /> : null}
      <ScrollTable<Member> label={t('org.members')}
        size="small"
        rowKey="id"
        loading={members.isFetching}
        dataSource={members.data?.items ?? []}
        locale={{ emptyText: <Empty description={name ? t('org.noMemberFound') : t('org.noMembers')} /> }}
        pagination={{
          current: page + 1, pageSize: 20, total: members.data?.totalElements ?? 0, showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
       
        columns={[
          { key: 'name', title: t('org.fullName'), render: (_, m) => <Link to={`/org/members/${m.id}`}>{m.fullName}</Link> },
          { key: 'card', title: t('org.partyCard'), render: (_, m) => m.personal?.partyCardNumber ?? '—' },
          { key: 'status', title: t('org.status'), render: (_, m) => t(`org.memberStatus.${m.status}`, { defaultValue: m.status }) },
        ]}
      />
    </Card>
  );
}

function CreateUnit({ parent, onDone }: { parent: Unit; onDone: (ok: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const types = useUnitTypes(i18n.language);
  const change = useOrgChange((body: unknown) => post<Unit>('/api/org/units', body));
  const allowed = types.data?.find((type) => type.code === parent.typeCode)?.childTypes ?? [];
  const options = (types.data ?? []).filter((type) => allowed.includes(type.code) && !type.legacy)
    .map((type) => ({ value: type.code, label: type.name }));
  async function finish(values: { code: string; name: string; typeCode: string }) {
    try {
      await change.mutateAsync({ ...values, parentId: parent.id });
      onDone(true);
    } catch (error) {
      applyFieldErrors(form, error);
    }
  }
  return (
    <Modal open title={t('org.createChildOf', { name: parent.name })} onCancel={() => onDone(false)}
      okText={t('org.create')} onOk={() => form.submit()} confirmLoading={change.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => void finish(values)}>
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={255} data-testid="unit-name-input" />
        </Form.Item>
        <Form.Item name="code" label={t('org.code')} extra={t('org.codeHint')}
          rules={[{ required: true, message: t('common.required') }, { pattern: /^[A-Za-z0-9._-]+$/, message: t('org.codePattern') }]}>
          <Input maxLength={64} data-testid="unit-code-input" />
        </Form.Item>
        <Form.Item name="typeCode" label={t('org.type')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={options} loading={types.isPending} notFoundContent={t('org.noChildType')} data-testid="unit-type-input" />
        </Form.Item>
        {change.error ? <ProblemAlert error={change.error} /> : null}
      </Form>
    </Modal>
  );
}

function RenameUnit({ unit, onDone }: { unit: Unit; onDone: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const change = useOrgChange((body: unknown) => post<Unit>(`/api/org/units/${unit.id}`, body, 'PATCH'));
  async function finish(values: { name: string }) {
    try {
      await change.mutateAsync(values);
      onDone(true);
    } catch (error) {
      applyFieldErrors(form, error);
    }
  }
  return (
    <Modal open title={t('org.rename')} onCancel={() => onDone(false)} okText={t('common.save')}
      onOk={() => form.submit()} confirmLoading={change.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ name: unit.name }} onFinish={(values) => void finish(values)}>
        <Form.Item name="name" label={t('org.newName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={255} />
        </Form.Item>
        {change.error ? <ProblemAlert error={change.error} /> : null}
      </Form>
    </Modal>
  );
}

const outside = (unit: Unit) => (other: Unit) => other.path.startsWith(unit.path);

function MoveUnit({ unit, onDone }: { unit: Unit; onDone: (to?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const change = useOrgChange((body: { parentId: string }) => post<Unit>(`/api/org/units/${unit.id}/move`, body));
  async function finish(values: { parentId: string }) {
    try {
      await change.mutateAsync(values);
      onDone(values.parentId);
    } catch (error) {
      applyFieldErrors(form, error);
    }
  }
  return (
    <Modal open title={t('org.moveTitle', { name: unit.name })} onCancel={() => onDone()} okText={t('org.move')}
      onOk={() => form.submit()} confirmLoading={change.isPending} destroyOnHidden>
      <Typography.Paragraph>{t('org.moveExplain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void finish(values)}>
        <Form.Item name="parentId" label={t('org.newParent')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitPicker exclude={outside(unit)} />
        </Form.Item>
        {change.error ? <ProblemAlert error={change.error} /> : null}
      </Form>
    </Modal>
  );
}

function MergeUnit({ unit, onDone }: { unit: Unit; onDone: (into?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const change = useOrgChange((body: unknown) => post<Unit>(`/api/org/units/${unit.id}/merge`, body));
  async function finish(values: { intoUnitId: string; mergedOn: Dayjs }) {
    try {
      await change.mutateAsync({ intoUnitId: values.intoUnitId, mergedOn: values.mergedOn.format('YYYY-MM-DD') });
      onDone(values.intoUnitId);
    } catch (error) {
      applyFieldErrors(form, error);
    }
  }
  return (
    <Modal open title={t('org.mergeTitle', { name: unit.name })} onCancel={() => onDone()} okText={t('org.merge')}
      okButtonProps={{ danger: true }} onOk={() => form.submit()} confirmLoading={change.isPending} destroyOnHidden>
      <Typography.Paragraph>{t('org.mergeExplain', { name: unit.name })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void finish(values)}>
        <Form.Item name="intoUnitId" label={t('org.mergeInto')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitPicker exclude={outside(unit)} />
        </Form.Item>
        <Form.Item name="mergedOn" label={t('org.mergedOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={t('common.dateFormat')} style={{ width: '100%' }}
            disabledDate={(day) => day.format('YYYY-MM-DD') > vietnamDay()} />
        </Form.Item>
        {change.error ? <ProblemAlert error={change.error} /> : null}
      </Form>
    </Modal>
  );
}

function CloseUnit({ unit, onDone }: { unit: Unit; onDone: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const change = useOrgChange(() => post<Unit>(`/api/org/units/${unit.id}/close`, {}));
  return (
    <Modal open title={t('org.closeTitle', { name: unit.name })} onCancel={() => onDone(false)} okText={t('org.close')}
      okButtonProps={{ danger: true, disabled: typed.trim() !== unit.code }} confirmLoading={change.isPending}
      onOk={() => change.mutate(undefined, { onSuccess: () => onDone(true) })} destroyOnHidden>
      <Typography.Paragraph>{t('org.closeExplain')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('org.typeCodeToConfirm', { code: unit.code })}>
          <Input value={typed} onChange={(event) => setTyped(event.target.value)} />
        </Form.Item>
      </Form>
      {change.error ? <ProblemAlert error={change.error} /> : null}
    </Modal>
  );
}

function UnitHistory({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const { t } = useTranslation();
  const audit = useUnitAudit(unit.id, true);
  return (
    <Modal open title={t('org.historyOf', { name: unit.name })} onCancel={onDone} footer={null} destroyOnHidden>
      {audit.error ? <ProblemAlert error={audit.error} /> : null}
      <List loading={audit.isPending} dataSource={audit.data ?? []} locale={{ emptyText: t('org.noHistory') }}
        renderItem={(entry) => (
          <List.Item>
            <List.Item.Meta title={`${t(`org.auditAction.${entry.action}`, { defaultValue: entry.action })} — ${entry.actor ?? ''}`}
              description={formatInstant(entry.occurredAt)} />
          </List.Item>
        )} />
    </Modal>
  );
}
