import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Badge, Button, Grid, Layout, Spin } from 'antd';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

import { api, ApiError, onSessionExpired } from '../api/http';
import { useMe, useUnreadCount } from '../api/queries';
import { draftStore } from '../lib/draftStore';
import { changeLanguage } from '../i18n';

const { Header, Content } = Layout;
// only shown when it happens: kept out of the first screen's scripts
const SessionExpiredDialog = lazy(() => import('./SessionExpiredDialog'));

/**
 * The frame of every screen: the product's name, the places a user goes (plain links, so the first screen needs no
 * menu component), the language, who is logged in and the logout; on a phone the places fold under one button.
 */
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

  const roles = me.data?.roles ?? [];
  const administers = roles.includes('system-admin') || roles.includes('org-admin');
  const english = i18n.language === 'en';
  const wide = !!screens.md;
  const count = unread.data?.unread ?? 0;

  const places = [
    { to: '/', end: true, label: <>{t('nav.myWork')} {count > 0 ? <Badge count={count} aria-label={t('myWork.unread', { count })} /> : null}</> },
    { to: '/campaigns', label: t('nav.campaigns') },
    { to: '/org', label: t('nav.org') },
    ...(administers ? [{ to: '/admin', label: t('nav.admin') }] : []),
    { to: '/settings', label: t('nav.settings') },
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

  const nav = (
    <nav aria-label={t('app.menu')} className={wide ? 'app-nav' : 'app-nav app-nav-folded'}>
      {places.map((place) => (
        <NavLink key={place.to} to={place.to} end={place.end}>{place.label}</NavLink>
      ))}
    </nav>
  );
  const tools = (
    <div className="header-tools">
      <Button size="small" lang={english ? 'vi' : 'en'} onClick={() => void changeLanguage(english ? 'vi' : 'en')}
        aria-label={t('app.language')}>
        {english ? 'Tiếng Việt' : 'English'}
      </Button>
      {me.data ? <strong data-testid="user-name" className="user-name">{me.data.name}</strong> : null}
      <Button size="small" onClick={() => void logout()}>{t('app.logout')}</Button>
    </div>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header className="app-header" style={{ paddingInline: wide ? 24 : 12 }}>
        <Link to="/" className="app-name">{t('app.name')}</Link>
        {wide ? nav : <div style={{ flex: 1 }} />}
        {wide ? tools : (
          <Button aria-label={t('app.menu')} aria-expanded={menuOpen} aria-controls="phone-menu"
            onClick={() => setMenuOpen((open) => !open)}>☰</Button>
        )}
      </Header>
      {!wide && menuOpen ? <div id="phone-menu" className="phone-menu">{nav}{tools}</div> : null}
      <Content id="main" tabIndex={-1} style={{ padding: wide ? 24 : 12, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        {me.isPending ? <Spin style={{ display: 'block', margin: 48 }} /> : null}
        {me.error && !(me.error instanceof ApiError && me.error.status === 401) ? (
          <Alert type="warning" showIcon title={t('app.networkError')}
            action={<Button onClick={() => void me.refetch()}>{t('app.retry')}</Button>} />
        ) : null}
        {me.data ? <Outlet /> : null}
      </Content>
      {expired ? <Suspense fallback={null}><SessionExpiredDialog /></Suspense> : null}
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
