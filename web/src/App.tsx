import { lazy, Suspense, useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';

import { ApiError } from './api/http';
import { AppLayout } from './layout/AppLayout';
import { theme } from './theme';

const MyWork = lazy(() => import('./pages/MyWork'));
const ReportEditor = lazy(() => import('./pages/ReportEditor'));
const UnitReports = lazy(() => import('./pages/UnitReports'));
const UnitRatings = lazy(() => import('./pages/UnitRatings'));
const Rollup = lazy(() => import('./pages/Rollup'));
const Campaigns = lazy(() => import('./pages/Campaigns'));
const CampaignDetail = lazy(() => import('./pages/CampaignDetail'));
const Feedback = lazy(() => import('./layout/Feedback'));
const NotFound = lazy(() => import('./pages/NotFound'));
const OrgTree = lazy(() => import('./pages/org/OrgTree'));
const MemberRecord = lazy(() => import('./pages/org/MemberRecord'));
const Imports = lazy(() => import('./pages/org/Imports'));
const AdminHome = lazy(() => import('./pages/admin/AdminHome'));
const Templates = lazy(() => import('./pages/admin/Templates'));
const HolidayCalendar = lazy(() => import('./pages/admin/HolidayCalendar'));
const Deliveries = lazy(() => import('./pages/admin/Deliveries'));
const Settings = lazy(() => import('./pages/Settings'));

function page(element: React.ReactNode, feedback = false) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      {feedback ? <Feedback>{element}</Feedback> : element}
    </Suspense>
  );
}

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: page(<MyWork />) },
      { path: 'reports/:reportId', element: page(<ReportEditor />, true) },
      { path: 'campaigns', element: page(<Campaigns />) },
      { path: 'campaigns/:campaignId', element: page(<CampaignDetail />, true) },
      { path: 'campaigns/:campaignId/units/:unitId', element: page(<UnitReports />, true) },
      { path: 'campaigns/:campaignId/units/:unitId/ratings', element: page(<UnitRatings />, true) },
      { path: 'campaigns/:campaignId/units/:unitId/rollup', element: page(<Rollup />, true) },
      { path: 'org', element: page(<OrgTree />) },
      { path: 'org/units/:unitId', element: page(<OrgTree />) },
      { path: 'org/members/:memberId', element: page(<MemberRecord />) },
      { path: 'org/imports', element: page(<Imports />) },
      { path: 'admin', element: page(<AdminHome />) },
      { path: 'admin/templates', element: page(<Templates />) },
      { path: 'admin/calendar', element: page(<HolidayCalendar />) },
      { path: 'admin/deliveries', element: page(<Deliveries />) },
      { path: 'settings', element: page(<Settings />, true) },
      { path: '*', element: page(<NotFound />) },
    ],
  },
]);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // a refusal or a missing report does not get better by asking again
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

export function App() {
  const [client] = useState(createQueryClient);
  const { i18n } = useTranslation();
  useEffect(() => {
    dayjs.locale(i18n.language === 'en' ? 'en' : 'vi');
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
