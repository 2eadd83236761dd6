import { useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Form, List, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { useMe } from '../../api/queries';
import { post, useAccount, useMember, useOrgChange, usePositions, useUnit } from '../../api/orgQueries';
import type { HeldPosition, Member, PositionTitle } from '../../api/orgTypes';
import { formatDay, vietnamDay } from '../../lib/dates';
import { applyFieldErrors } from '../../lib/formErrors';
import { ProblemAlert } from '../ProblemAlert';
import { UnitPicker } from './UnitPicker';

const TITLES: PositionTitle[] = ['BI_THU', 'PHO_BI_THU', 'THUONG_VU', 'CAP_UY_VIEN', 'ORG_BODY', 'ORG_ADMIN'];
type Action = 'transfer' | 'leave' | 'appoint' | { end: HeldPosition };

/** A member's record: personal data for those who may see it, positions, the account, and the changes an administrator makes. */
export default function MemberRecord() {
  const { t } = useTranslation();
  const { memberId = '' } = useParams();
  const me = useMe();
  const member = useMember(memberId);
  const positions = usePositions(memberId);
  const home = useUnit(member.data?.homeUnitId);
  const personal = member.data?.personal ?? null;
  const account = useAccount(memberId, !!personal);
  const [action, setAction] = useState<Action>();
  const admin = (me.data?.roles ?? []).some((role) => role === 'org-admin' || role === 'system-admin');

  if (member.error) return <ProblemAlert error={member.error} />;
  if (!member.data) return <Card loading />;
  const m = member.data;
  const active = m.status === 'ACTIVE';
  const close = () => setAction(undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/org/units/${m.homeUnitId}`}>← {home.data?.name ?? t('org.title')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }} data-testid="member-name">{m.fullName}</Typography.Title>
      <Card size="small" title={t('org.record')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
          { key: 'status', label: t('org.status'), children: <Tag color={active ? 'success' : 'default'}>{t(`org.memberStatus.${m.status}`, { defaultValue: m.status })}</Tag> },
          { key: 'home', label: t('org.homeUnit'), children: home.data?.name ?? '…' },
          { key: 'leader', label: t('org.leadershipPost'), children: m.holdsLeadershipPost ? t('common.yes') : t('common.no') },
          { key: 'outside', label: t('org.outsideSystem'), children: m.outsidePoliticalSystem ? t('common.yes') : t('common.no') },
          ...(personal ? [
            { key: 'dob', label: t('org.dateOfBirth'), children: formatDay(personal.dateOfBirth) || '—' },
            { key: 'gender', label: t('org.gender'), children: personal.gender ? t(personal.gender === 'FEMALE' ? 'org.female' : 'org.male') : '—' },
            { key: 'card', label: t('org.partyCard'), children: personal.partyCardNumber ?? '—' },
            { key: 'cid', label: t('org.citizenId'), children: personal.citizenId ?? '—' },
            { key: 'joined', label: t('org.joinedOn'), children: formatDay(personal.joinedOn) || '—' },
            { key: 'official', label: t('org.officialOn'), children: formatDay(personal.officialOn) || '—' },
            { key: 'email', label: t('org.email'), children: personal.email ?? '—' },
            { key: 'mobile', label: t('org.mobile'), children: personal.mobile ?? '—' },
          ] : []),
        ]} />
        {admin && active ? (
          <Space wrap style={{ marginTop: 12 }}>
            <Button onClick={() => setAction('transfer')}>{t('org.transfer')}</Button>
            <Button danger onClick={() => setAction('leave')}>{t('org.leave')}</Button>
          </Space>
        ) : null}
      </Card>
      <Card size="small" title={t('org.positions')} extra={admin && active ? (
        <Button onClick={() => setAction('appoint')} data-testid="appoint">{t('org.appoint')}</Button>) : null}>
        {positions.error ? <ProblemAlert error={positions.error} /> : null}
        <List<HeldPosition> loading={positions.isPending} dataSource={positions.data ?? []}
          locale={{ emptyText: t('org.noPositions') }}
          renderItem={(p) => (
            <List.Item actions={admin && !p.validTo ? [
              <Button key="end" size="small" onClick={() => setAction({ end: p })}>{t('org.endPosition')}</Button>] : []}>
              <List.Item.Meta title={`${t(`org.title_.${p.title}`)} — ${p.unitName}`}
                description={p.validTo ? t('org.heldFromTo', { from: formatDay(p.validFrom), to: formatDay(p.validTo) })
                  : t('org.heldSince', { from: formatDay(p.validFrom) })} />
            </List.Item>
          )} />
      </Card>
      {personal ? (
        <Card size="small" title={t('org.account')}>
          {account.error ? <ProblemAlert error={account.error} /> : null}
          {account.data ? (
            <Space orientation="vertical">
              <Tag color={account.data.state === 'ACTIVE' ? 'success' : account.data.state === 'FAILED' ? 'error' : 'default'} data-testid="account-state">
                {t(`org.accountState.${account.data.state}`)}
              </Tag>
              {account.data.username ? <span>{t('org.username')}: <strong>{account.data.username}</strong></span> : null}
              {account.data.lastError ? <Typography.Text type="danger">{account.data.lastError}</Typography.Text> : null}
              {account.data.state === 'NONE' ? <Typography.Text type="secondary">{t('org.accountNoneHint')}</Typography.Text> : null}
            </Space>
          ) : null}
        </Card>
      ) : null}
      {action === 'transfer' ? <Transfer member={m} onDone={close} /> : null}
      {action === 'leave' ? <Leave member={m} onDone={close} /> : null}
      {action === 'appoint' ? <Appoint member={m} onDone={close} /> : null}
      {typeof action === 'object' ? <EndPosition member={m} position={action.end} onDone={close} /> : null}
    </Space>
  );
}

const future = (value: Dayjs) => value.format('YYYY-MM-DD') > vietnamDay();

function DateField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('common.required') }]}>
      <DatePicker format={t('common.dateFormat')} style={{ width: '100%' }} disabledDate={future} />
    </Form.Item>
  );
}

/** One change to a member in a dialog: the form, the server's refusal on its fields or above the buttons. */
function ChangeDialog<V>({ title, okText, danger, path, body, onDone, children }: {
  title: string; okText: string; danger?: boolean; path: string; body: (values: V) => unknown; onDone: () => void;
  children: React.ReactNode;
}) {
  const [form] = Form.useForm();
  const change = useOrgChange((request: unknown) => post<unknown>(path, request));
  async function finish(values: V) {
    try {
      await change.mutateAsync(body(values));
      onDone();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  }
  return (
    <Modal open title={title} okText={okText} okButtonProps={{ danger }} onCancel={onDone} onOk={() => form.submit()}
      confirmLoading={change.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values: V) => void finish(values)}>
        {children}
        {change.error ? <ProblemAlert error={change.error} /> : null}
      </Form>
    </Modal>
  );
}

function Transfer({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ChangeDialog<{ toUnitId: string; transferredOn: Dayjs }> title={t('org.transferTitle', { name: member.fullName })}
      okText={t('org.transfer')} path={`/api/org/members/${member.id}/transfer`} onDone={onDone}
      body={(v) => ({ toUnitId: v.toUnitId, transferredOn: v.transferredOn.format('YYYY-MM-DD') })}>
      <Typography.Paragraph>{t('org.transferExplain')}</Typography.Paragraph>
      <Form.Item name="toUnitId" label={t('org.toUnit')} rules={[{ required: true, message: t('common.required') }]}>
        <UnitPicker exclude={(unit) => unit.id === member.homeUnitId} />
      </Form.Item>
      <DateField name="transferredOn" label={t('org.transferredOn')} />
    </ChangeDialog>
  );
}

function Leave({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ChangeDialog<{ status: string; on: Dayjs }> title={t('org.leaveTitle', { name: member.fullName })} danger
      okText={t('org.leaveConfirm')} path={`/api/org/members/${member.id}/status`} onDone={onDone}
      body={(v) => ({ status: v.status, on: v.on.format('YYYY-MM-DD') })}>
      <Typography.Paragraph>{t('org.leaveExplain')}</Typography.Paragraph>
      <Form.Item name="status" label={t('org.leaveReason')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={(['TRANSFERRED', 'LEFT', 'DECEASED'] as const).map((s) => ({ value: s, label: t(`org.memberStatus.${s}`) }))} />
      </Form.Item>
      <DateField name="on" label={t('org.leaveOn')} />
    </ChangeDialog>
  );
}

function Appoint({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ChangeDialog<{ unitId: string; title: PositionTitle; validFrom: Dayjs }> title={t('org.appointTitle', { name: member.fullName })}
      okText={t('org.appoint')} path={`/api/org/members/${member.id}/positions`} onDone={onDone}
      body={(v) => ({ unitId: v.unitId, title: v.title, validFrom: v.validFrom.format('YYYY-MM-DD') })}>
      <Typography.Paragraph type="secondary">{t('org.appointRule')}</Typography.Paragraph>
      <Form.Item name="unitId" label={t('org.positionUnit')} rules={[{ required: true, message: t('common.required') }]}>
        <UnitPicker />
      </Form.Item>
      <Form.Item name="title" label={t('org.positionTitle')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={TITLES.map((title) => ({ value: title, label: t(`org.title_.${title}`) }))} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('org.validFrom')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker format={t('common.dateFormat')} style={{ width: '100%' }} />
      </Form.Item>
    </ChangeDialog>
  );
}

function EndPosition({ member, position, onDone }: { member: Member; position: HeldPosition; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ChangeDialog<{ validTo: Dayjs }> title={t('org.endTitle', { title: t(`org.title_.${position.title}`), unit: position.unitName })}
      okText={t('org.endPosition')} path={`/api/org/members/${member.id}/positions/${position.id}/end`} onDone={onDone}
      body={(v) => ({ validTo: v.validTo.format('YYYY-MM-DD') })}>
      <Form.Item name="validTo" label={t('org.validTo')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker format={t('common.dateFormat')} style={{ width: '100%' }}
          disabledDate={(day) => day.format('YYYY-MM-DD') < position.validFrom} />
      </Form.Item>
    </ChangeDialog>
  );
}
