import { useApolloClient, useMutation } from '@apollo/client/react';
import { Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { SessionContext } from './features/auth/session';
import { useMe } from './features/auth/useMe';
import { AppLayout } from './features/layout/AppLayout';
import { graphql } from './gql';
import { SIGNED_OUT_EVENT } from './lib/apollo';

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

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const lazyPage = (page: React.ReactNode) => <Suspense fallback={<Spin />}>{page}</Suspense>;

function RequireSignIn({ signedIn, children }: { signedIn: boolean; children: React.ReactNode }) {
  const location = useLocation();
  return signedIn ? children : <Navigate to="/login" replace state={{ from: location.pathname }} />;
}

export function App() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, loading, refetch } = useMe();
  const [logout] = useMutation(LogoutMutation);

  useEffect(() => {
    const onSignedOut = () => void client.clearStore().then(() => refetch());
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, [client, refetch]);

  const signOut = useCallback(async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    await refetch();
    navigate('/login');
  }, [client, logout, navigate, refetch]);

  const session = useMemo(() => (me ? { me, signOut } : null), [me, signOut]);

  if (loading) return <Spin fullscreen />;

  const from = (location.state as { from?: string } | null)?.from ?? '/';

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
          element={<RequireSignIn signedIn={Boolean(me)}>{lazyPage(<ScreenPage />)}</RequireSignIn>}
        />
        <Route
          element={
            <RequireSignIn signedIn={Boolean(me)}>
              <AppLayout />
            </RequireSignIn>
          }
        >
          <Route index element={lazyPage(<DashboardPage />)} />
          <Route path="battle" element={lazyPage(<BattlePage />)} />
          <Route path="projects" element={lazyPage(<ProjectsPage />)} />
          <Route path="projects/:id" element={lazyPage(<ProjectPage />)} />
          <Route path="problems" element={lazyPage(<ProblemsPage />)} />
          <Route path="problems/:id" element={lazyPage(<ProblemPage />)} />
          <Route path="compliance" element={lazyPage(<CompliancePage />)} />
          <Route path="reports" element={lazyPage(<ReportsPage />)} />
          <Route path="admin" element={me?.role === 'ADMIN' ? lazyPage(<AdminPage />) : <Navigate to="/" replace />} />
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </SessionContext.Provider>
  );
}
