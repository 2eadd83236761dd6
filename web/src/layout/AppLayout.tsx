import { useEffect, useState } from 'react';
import { Badge, Button, Drawer, Grid, Layout, Menu, Modal, Result, Select, Space, Spin, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

import { api, ApiError, onSessionExpired } from '../api/http';
import { useMe, useUnreadCount } from '../api/queries';
import { draftStore } from '../lib/draftStore';
import { changeLanguage } from '../i18n';

const { Header, Content } = Layout;

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const unread = useUnreadCount();
  const screens = Grid.useBreakpoint();
  const location = useLocation();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [expired, setExpired] = useState(false);

  useEffect(() => onSessionExpired(() => setExpired(true)), []);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const path = location.pathname;
  const selected = path.startsWith('/campaigns') ? 'campaigns' : path.startsWith('/org') ? 'org'
    : path.startsWith('/admin/') ? path.substring(1) : path.startsWith('/settings') ? 'settings' : 'my-work';
  const roles = me.data?.roles ?? [];
  const administers = roles.includes('system-admin') || roles.includes('org-admin');
  const items = [
    {
      key: 'my-work',
      label: (
        <Link to="/">
          {t('nav.myWork')} {unread.data && unread.data.unread > 0 ? <Badge count={unread.data.unread} /> : null}
        </Link>
      ),
    },
    { key: 'campaigns', label: <Link to="/campaigns">{t('nav.campaigns')}</Link> },
    { key: 'org', label: <Link to="/org">{t('nav.org')}</Link> },
    ...(administers ? [{
      key: 'admin', label: t('nav.admin'), children: [
        { key: 'admin/templates', label: <Link to="/admin/templates">{t('nav.templates')}</Link> },
        { key: 'admin/calendar', label: <Link to="/admin/calendar">{t('nav.calendar')}</Link> },
        ...(roles.includes('system-admin')
          ? [{ key: 'admin/deliveries', label: <Link to="/admin/deliveries">{t('nav.deliveries')}</Link> }] : []),
      ],
    }] : []),
    { key: 'settings', label: <Link to="/settings">{t('nav.settings')}</Link> },
  ];

  async function logout() {
    try {
      const result = await api<{ location: string }>('/logout', { method: 'POST' });
      draftStore.clearAll();
      window.location.assign(result?.location ?? '/');
    } catch {
      draftStore.clearAll();
      window.location.assign('/');
    }
  }

  const tools = (
    <Space wrap>
      <Select
        aria-label={t('app.language')}
        value={i18n.language === 'en' ? 'en' : 'vi'}
        onChange={(lang: 'vi' | 'en') => void changeLanguage(lang)}
        options={[{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }]}
        style={{ width: 130 }}
      />
      {me.data ? <Typography.Text strong data-testid="user-name" style={{ color: screens.md ? '#fff' : undefined }}>{me.data.name}</Typography.Text> : null}
      <Button onClick={() => void logout()}>{t('app.logout')}</Button>
    </Space>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: screens.md ? 24 : 12, background: '#7a0512' }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 700, fontSize: 18, whiteSpace: 'nowrap' }}>{t('app.name')}</Link>
        {screens.md ? (
          <>
            <Menu theme="dark" mode="horizontal" selectedKeys={[selected]} items={items}
              style={{ flex: 1, minWidth: 0, background: 'transparent' }} />
            <div className="header-tools">{tools}</div>
          </>
        ) : (
          <>
            <div style={{ flex: 1 }} />
            <Button aria-label={t('app.menu')} onClick={() => setMenuOpen(true)}>☰</Button>
            <Drawer open={menuOpen} onClose={() => setMenuOpen(false)} title={t('app.name')} placement="right" size="default">
              <Menu mode="vertical" selectedKeys={[selected]} items={items} />
              <div style={{ marginTop: 16 }}>{tools}</div>
            </Drawer>
          </>
        )}
      </Header>
      <Content id="main" tabIndex={-1} style={{ padding: screens.md ? 24 : 12, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        {me.isPending ? <Spin style={{ display: 'block', margin: 48 }} /> : null}
        {me.error && !(me.error instanceof ApiError && me.error.status === 401) ? (
          <Result status="warning" title={t('app.networkError')}
            extra={<Button onClick={() => void me.refetch()}>{t('app.retry')}</Button>} />
        ) : null}
        {me.data ? <Outlet /> : null}
      </Content>
      <Modal
        open={expired}
        title={t('app.sessionExpired')}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={[
          <Button key="login" type="primary" onClick={() => window.location.assign(window.location.pathname + window.location.search)}>
            {t('app.loginAgain')}
          </Button>,
        ]}
      >
        <p>{t('app.sessionExpiredText')}</p>
      </Modal>
      <NavigateOnLinks navigate={navigate} />
    </Layout>
  );
}

/** Links inside notices are plain paths of this app: follow them without reloading it. */
function NavigateOnLinks({ navigate }: { navigate: (to: string) => void }) {
  useEffect(() => {
    const handler = (event: MouseEvent) => {
      const anchor = (event.target as HTMLElement).closest('a[data-app-link]');
      if (anchor instanceof HTMLAnchorElement && anchor.origin === window.location.origin) {
        event.preventDefault();
        navigate(anchor.pathname + anchor.search);
      }
    };
    document.addEventListener('click', handler);
    return () => document.removeEventListener('click', handler);
  }, [navigate]);
  return null;
}
