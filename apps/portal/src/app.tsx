import type { Client } from '@urql/core';
import { App as AntApp, ConfigProvider, Result, Skeleton } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './components/app-layout';
import { ErrorState } from './components/error-state';
import { SessionProvider, useMe, useSession, type Abilities } from './features/session/session';
import { AchievementDetailPage } from './pages/achievement-detail-page';
import { AchievementFormPage } from './pages/achievement-form-page';
import { AlertsPage } from './pages/alerts-page';
import { ChallengeDetailPage } from './pages/challenge-detail-page';
import { ChallengeFormPage } from './pages/challenge-form-page';
import { ChallengesPage } from './pages/challenges-page';
import { ContractsPage } from './pages/contracts-page';
import { DemandDetailPage } from './pages/demand-detail-page';
import { DemandFormPage } from './pages/demand-form-page';
import { EventDetailPage } from './pages/event-detail-page';
import { EventsPage } from './pages/events-page';
import { HomeRedirect } from './pages/home-redirect';
import { ImportPage } from './pages/import-page';
import { AchievementLibraryPage, DemandLibraryPage } from './pages/library-page';
import { LedgersPage } from './pages/ledgers-page';
import { LoginPage } from './pages/login-page';
import { MatchBoardPage } from './pages/match-board-page';
import { MatchDetailPage } from './pages/match-detail-page';
import { MembersPage } from './pages/members-page';
import { MyApplicationsPage } from './pages/my-applications-page';
import { MyAchievementsPage, MyDemandsPage } from './pages/my-listings-page';
import { MyMatchesPage } from './pages/my-matches-page';
import { NotFoundPage } from './pages/not-found-page';
import { NotificationsPage } from './pages/notifications-page';
import { ProfilePage } from './pages/profile-page';
import { RegisterPage } from './pages/register-page';
import { ReviewFormPage } from './pages/review-form-page';
import { ReviewQueuePage } from './pages/review-queue-page';
import { ReviewsPage } from './pages/reviews-page';
import './lib/format';

// ECharts is large: the dashboard loads it only when opened.
const DashboardPage = lazy(() =>
  import('./pages/dashboard-page').then((module) => ({ default: module.DashboardPage })),
);

export const theme = {
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};

/** Antd in Chinese, a session with its urql client. The router is given by the caller (browser or memory). */
export function AppProviders({
  createClient,
  children,
}: {
  createClient: () => Client;
  children: ReactNode;
}) {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <SessionProvider createClient={createClient}>{children}</SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function RequireSession({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (!token) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <AppLayout>{children}</AppLayout>;
}

/** Renders the page only for those the predicate admits; explains otherwise. */
function RequireAbility({
  allow,
  children,
}: {
  allow: (abilities: Abilities) => boolean;
  children: ReactNode;
}) {
  const { me, fetching, error, abilities } = useMe();
  if (error && !me) {
    return <ErrorState error={error} />;
  }
  if (fetching || !me) {
    return <Skeleton active />;
  }
  if (!allow(abilities)) {
    return <Result status="403" title="无权访问" subTitle="这个页面不属于您的角色。" />;
  }
  return <>{children}</>;
}

const member = (children: ReactNode, allow: (abilities: Abilities) => boolean) => (
  <RequireSession>
    <RequireAbility allow={allow}>{children}</RequireAbility>
  </RequireSession>
);
const signedIn = (children: ReactNode) => <RequireSession>{children}</RequireSession>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegisterPage />} />
      <Route path="/" element={signedIn(<HomeRedirect />)} />
      <Route path="/profile" element={signedIn(<ProfilePage />)} />
      <Route path="/demands/mine" element={member(<MyDemandsPage />, (a) => a.isEnterprise)} />
      <Route path="/demands/new" element={member(<DemandFormPage />, (a) => a.isEnterprise)} />
      <Route path="/demands/:id" element={signedIn(<DemandDetailPage />)} />
      <Route
        path="/demands/:id/edit"
        element={member(<DemandFormPage />, (a) => a.isEnterprise || a.isBureau)}
      />
      <Route path="/achievements/mine" element={member(<MyAchievementsPage />, (a) => a.isUniversity)} />
      <Route path="/achievements/new" element={member(<AchievementFormPage />, (a) => a.isUniversity)} />
      <Route path="/achievements/:id" element={signedIn(<AchievementDetailPage />)} />
      <Route
        path="/achievements/:id/edit"
        element={member(<AchievementFormPage />, (a) => a.isUniversity || a.isBureau)}
      />
      <Route path="/library/achievements" element={signedIn(<AchievementLibraryPage />)} />
      <Route path="/library/demands" element={signedIn(<DemandLibraryPage />)} />
      <Route path="/review" element={member(<ReviewQueuePage />, (a) => a.isBureau)} />
      <Route path="/members" element={signedIn(<MembersPage />)} />
      <Route path="/import" element={member(<ImportPage />, (a) => a.isBureau)} />
      <Route
        path="/dashboard"
        element={member(
          <Suspense fallback={<Skeleton active />}>
            <DashboardPage />
          </Suspense>,
          (a) => a.isBureau,
        )}
      />
      <Route path="/matches" element={member(<MyMatchesPage />, (a) => a.isEnterprise || a.isUniversity)} />
      <Route path="/matches/:id" element={signedIn(<MatchDetailPage />)} />
      <Route path="/board" element={member(<MatchBoardPage />, (a) => a.isBureau)} />
      <Route path="/events" element={member(<EventsPage />, (a) => a.isBureau)} />
      <Route path="/events/:id" element={signedIn(<EventDetailPage />)} />
      <Route
        path="/contracts"
        element={member(<ContractsPage />, (a) => a.isBureau || a.isEnterprise || a.isUniversity)}
      />
      <Route path="/ledgers" element={member(<LedgersPage />, (a) => a.isBureau)} />
      <Route path="/challenges" element={signedIn(<ChallengesPage />)} />
      <Route
        path="/challenges/new"
        element={member(<ChallengeFormPage />, (a) => a.isEnterprise || a.isBureau)}
      />
      <Route path="/challenges/:id" element={signedIn(<ChallengeDetailPage />)} />
      <Route
        path="/challenges/:id/edit"
        element={member(<ChallengeFormPage />, (a) => a.isEnterprise || a.isBureau)}
      />
      <Route
        path="/applications/mine"
        element={member(<MyApplicationsPage />, (a) => a.isUniversity || a.isEnterprise)}
      />
      <Route path="/reviews" element={member(<ReviewsPage />, (a) => a.isExpert)} />
      <Route path="/reviews/:id" element={member(<ReviewFormPage />, (a) => a.isExpert || a.isBureau)} />
      <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
      <Route path="/alerts" element={signedIn(<AlertsPage />)} />
      <Route path="*" element={signedIn(<NotFoundPage />)} />
    </Routes>
  );
}
