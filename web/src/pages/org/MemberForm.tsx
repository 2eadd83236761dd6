import { Button, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

import { post, useOrgChange } from '../../api/orgQueries';
import type { Member, Unit } from '../../api/orgTypes';
import { vietnamDay } from '../../lib/dates';
import { applyFieldErrors } from '../../lib/formErrors';
import { ProblemAlert } from '../ProblemAlert';

interface Values {
  fullName: string;
  dateOfBirth?: Dayjs;
  gender?: 'MALE' | 'FEMALE';
  partyCardNumber?: string;
  citizenId?: string;
  joinedOn?: Dayjs;
  officialOn?: Dayjs;
  email?: string;
  mobile?: string;
  holdsLeadershipPost?: boolean;
  outsidePoliticalSystem?: boolean;
}

const day = (value?: Dayjs) => value?.format('YYYY-MM-DD');
const blank = (value?: string) => (value && value.trim() ? value.trim() : undefined);

/** Enrols a member in a chi bộ: the same checks as the server, so most mistakes are shown before sending. */
export function MemberForm({ homeUnit, onDone }: { homeUnit: Unit; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const change = useOrgChange((body: unknown) => post<Member>('/api/org/members', body));
  const format = t('common.dateFormat');
  const future = (value: Dayjs) => value.format('YYYY-MM-DD') > vietnamDay();

  async function finish(values: Values) {
    try {
      const created = await change.mutateAsync({
        fullName: values.fullName.trim(), homeUnitId: homeUnit.id, dateOfBirth: day(values.dateOfBirth),
        gender: values.gender, partyCardNumber: blank(values.partyCardNumber), citizenId: blank(values.citizenId),
        joinedOn: day(values.joinedOn), officialOn: day(values.officialOn), email: blank(values.email),
        mobile: blank(values.mobile), holdsLeadershipPost: !!values.holdsLeadershipPost,
        outsidePoliticalSystem: !!values.outsidePoliticalSystem,
      });
      onDone();
      navigate(`/org/members/${created.id}`);
    } catch (error) {
      applyFieldErrors(form, error);
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void finish(values)}>
      <Form.Item label={t('org.homeUnit')}><Input value={homeUnit.name} disabled /></Form.Item>
      <Form.Item name="fullName" label={t('org.fullName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={255} autoComplete="off" data-testid="member-name-input" />
      </Form.Item>
      <Form.Item name="dateOfBirth" label={t('org.dateOfBirth')}>
        <DatePicker format={format} style={{ width: '100%' }} disabledDate={future} />
      </Form.Item>
      <Form.Item name="gender" label={t('org.gender')}>
        <Select allowClear options={[{ value: 'MALE', label: t('org.male') }, { value: 'FEMALE', label: t('org.female') }]} />
      </Form.Item>
      <Form.Item name="partyCardNumber" label={t('org.partyCard')} rules={[{ pattern: /^\d{6,12}$/, message: t('org.partyCardPattern') }]}>
        <Input inputMode="numeric" maxLength={12} />
      </Form.Item>
      <Form.Item name="citizenId" label={t('org.citizenId')} rules={[{ pattern: /^\d{12}$/, message: t('org.citizenIdPattern') }]}>
        <Input inputMode="numeric" maxLength={12} />
      </Form.Item>
      <Form.Item name="joinedOn" label={t('org.joinedOn')}>
        <DatePicker format={format} style={{ width: '100%' }} disabledDate={future} />
      </Form.Item>
      <Form.Item name="officialOn" label={t('org.officialOn')} dependencies={['joinedOn']}
        rules={[({ getFieldValue }) => ({
          validator: (_, value?: Dayjs) => {
            const joined: Dayjs | undefined = getFieldValue('joinedOn');
            return value && joined && value.isBefore(joined, 'day')
              ? Promise.reject(new Error(t('org.officialBeforeJoined'))) : Promise.resolve();
          },
        })]}>
        <DatePicker format={format} style={{ width: '100%' }} disabledDate={future} />
      </Form.Item>
      <Form.Item name="email" label={t('org.email')} rules={[{ type: 'email', message: t('org.emailInvalid') }]}>
        <Input type="email" maxLength={255} autoComplete="off" />
      </Form.Item>
      <Form.Item name="mobile" label={t('org.mobile')} extra={t('org.mobileHint')}>
        <Input type="tel" maxLength={32} autoComplete="off" />
      </Form.Item>
      <Form.Item name="holdsLeadershipPost" valuePropName="checked"><Checkbox>{t('org.leadershipPost')}</Checkbox></Form.Item>
      <Form.Item name="outsidePoliticalSystem" valuePropName="checked"><Checkbox>{t('org.outsideSystem')}</Checkbox></Form.Item>
      {change.error ? <div style={{ marginBottom: 12 }}><ProblemAlert error={change.error} /></div> : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="member-save">{t('org.enrol')}</Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
