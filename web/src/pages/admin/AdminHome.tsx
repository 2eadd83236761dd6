import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { useMe } from '../../api/queries';

/** Where the administrators' screens start. */
export default function AdminHome() {
  const { t } = useTranslation();
  const me = useMe();
  const system = (me.data?.roles ?? []).includes('system-admin');
  const places = [
    { to: '/admin/templates', title: t('nav.templates'), text: t('admin.templates') },
    { to: '/admin/calendar', title: t('nav.calendar'), text: t('admin.calendar') },
    ...(system ? [{ to: '/admin/deliveries', title: t('nav.deliveries'), text: t('admin.deliveries') }] : []),
    { to: '/org/imports', title: t('org.imports'), text: t('admin.imports') },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('nav.admin')}</Typography.Title>
      {places.map((place) => (
        <Card key={place.to} size="small" title={<Link to={place.to}>{place.title}</Link>}>
          <Typography.Paragraph style={{ margin: 0 }}>{place.text}</Typography.Paragraph>
        </Card>
      ))}
    </Space>
  );
}
