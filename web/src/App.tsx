import { useApolloClient, useMutation } from '@apollo/client/react';
import * as values from '@zdyq/db/values';
import { Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { SessionContext } from './features/auth/session';
import { useMe } from './features/auth/useMe';
import { AppLayout } from './features/layout/AppLayout';
import { rememberSignedIn } from './features/signin/hint';
import { graphql } from './gql';
import type { Role } from './gql/graphql';
import { RESTRICTED_EVENT, SIGNED_OUT_EVENT } from './lib/apollo';
import { PageErrorBoundary } from './lib/PageErrorBoundary';

const LoginPage = lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const ProblemsPage = lazy(() => import('./pages/ProblemsPage'));
const BattlePage = lazy(() => import('./pages/BattlePage'));
const CompliancePage = lazy(() => import('./pages/CompliancePage'));
const ReportsPage = lazy(() => import('./pages/ReportsPage'));
const ScreenPage = lazy(() => import('./pages/ScreenPage'));
const ProblemPage = lazy(() => import('./pages/ProblemPage'));
const ProjectPage = lazy(() => import('./pages/ProjectPage'));
const LeadsPage = lazy(() => import('./pages/LeadsPage'));
const LeadPage = lazy(() => import('./pages/LeadPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const TodoPage = lazy(() => import('./pages/TodoPage'));
const SecurityPage = lazy(() => import('./pages/SecurityPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const MeetingsPage = lazy(() => import('./pages/MeetingsPage'));
const MeetingPage = lazy(() => import('./pages/MeetingPage'));
const RestrictedPage = lazy(() => import('./pages/RestrictedPage').then((m) => ({ default: m.RestrictedPage })));

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** A page loaded on demand; a failure to load or render it offers a reload instead of a blank screen. */
function LazyPage({ children }: { children: React.ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname}>
      <Suspense fallback={<Spin />}>{children}</Suspense>
    </PageErrorBoundary>
  );
}

const lazyPage = (page: React.ReactNode) => <LazyPage>{page}</LazyPage>;

/** The security and audit administrators have their own page and none of the projects' (三员分立). */
const homeOf: Partial<Record<Role, string>> = { SECURITY_ADMIN: '/security', AUDITOR: '/audit' };
const businessRoles: ReadonlySet<Role> = new Set(values.businessRoles);

function RequireSignIn({ signedIn, children }: { signedIn: boolean; children: React.ReactNode }) {
  const location = useLocation();
  return signedIn ? children : <Navigate to="/login" replace state={{ from: location.pathname }} />;
}

export function App() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, restriction, signInMethod, loading, refetch } = useMe();
  const [logout] = useMutation(LogoutMutation);

  // The first screen's hint that this browser is signed in follows the server's answer.
  useEffect(() => {
    if (!loading) rememberSignedIn(Boolean(me));
  }, [loading, me]);

  useEffect(() => {
    const onSignedOut = () => void client.clearStore().then(() => refetch());
    const onRestricted = () => void refetch();
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    window.addEventListener(RESTRICTED_EVENT, onRestricted);
    return () => {
      window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
      window.removeEventListener(RESTRICTED_EVENT, onRestricted);
    };
  }, [client, refetch]);

  const signOut = useCallback(async () => {
    // Signed in through the identity provider: signing out goes there too (the server redirects).
    if (signInMethod === 'OIDC') {
      window.location.assign('/api/auth/logout');
      return;
    }
    await logout().catch(() => undefined);
    await client.clearStore();
    await refetch();
    navigate('/login');
  }, [client, logout, navigate, refetch, signInMethod]);

  const session = useMemo(() => (me ? { me, signOut } : null), [me, signOut]);

  if (loading) return <Spin fullscreen />;

  if (me && restriction) {
    return lazyPage(
      <RestrictedPage restriction={restriction} onDone={() => void refetch()} onSignOut={() => void signOut()} />,
    );
  }

  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const home = me ? homeOf[me.role] : undefined;
  const business = (page: React.ReactNode) =>
    me && businessRoles.has(me.role) ? lazyPage(page) : <Navigate to={home ?? '/'} replace />;
  const only = (role: Role, page: React.ReactNode) =>
    me?.role === role ? lazyPage(page) : <Navigate to={home ?? '/'} replace />;

  return (
    <SessionContext.Provider value={session}>
      <Routes>
        <Route
          path="/login"
          element={
            me ? (
              <Navigate to={from} replace />
            ) : (
              lazyPage(<LoginPage onSignedIn={() => void client.clearStore().then(() => refetch())} />)
            )
          }
        />
        <Route
          path="/screen"
          element={<RequireSignIn signedIn={Boolean(me)}>{business(<ScreenPage />)}</RequireSignIn>}
        />
        <Route
          element={
            <RequireSignIn signedIn={Boolean(me)}>
              <AppLayout />
            </RequireSignIn>
          }
        >
          <Route index element={home ? <Navigate to={home} replace /> : lazyPage(<DashboardPage />)} />
          <Route path="battle" element={business(<BattlePage />)} />
          <Route path="projects" element={business(<ProjectsPage />)} />
          <Route path="projects/:id" element={business(<ProjectPage />)} />
          <Route path="leads" element={business(<LeadsPage />)} />
          <Route path="leads/:id" element={business(<LeadPage />)} />
          <Route path="problems" element={business(<ProblemsPage />)} />
          <Route path="problems/:id" element={business(<ProblemPage />)} />
          <Route path="compliance" element={business(<CompliancePage />)} />
          <Route path="reports" element={business(<ReportsPage />)} />
          <Route path="meetings" element={business(<MeetingsPage />)} />
          <Route path="meetings/:id" element={business(<MeetingPage />)} />
          <Route path="admin" element={only('ADMIN', <AdminPage />)} />
          <Route path="security" element={only('SECURITY_ADMIN', <SecurityPage />)} />
          <Route path="audit" element={only('AUDITOR', <AuditPage />)} />
          <Route path="account" element={lazyPage(<AccountPage />)} />
          <Route path="todo" element={business(<TodoPage />)} />
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </SessionContext.Provider>
  );
}
