import {
  AimOutlined,
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DownOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FunnelPlotOutlined,
  MenuOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
  TranslationOutlined,
} from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { businessRoles } from '@zdyq/db/values';
import { Breadcrumb, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { Role } from '../../gql/graphql';
import { setLanguage } from '../../i18n';
import { useSession } from '../auth/session';
import { MyTodoQuery } from '../todo/graphql';
import { TodoBadge, TodoBell } from '../todo/TodoBell';
import { PageNameContext } from './pageTitle';

const ChangePasswordModal = lazy(() =>
  import('../auth/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })),
);

const { Header, Sider } = Layout;

const business: readonly Role[] = businessRoles;

/** The pages of SPEC section 9, in the order leaders and staff use them, and who sees each (三员分立). */
export const navItems: ReadonlyArray<{ path: string; key: string; icon: React.ReactNode; roles: readonly Role[] }> = [
  { path: '/', key: 'dashboard', icon: <DashboardOutlined />, roles: business },
  { path: '/todo', key: 'todo', icon: <CheckSquareOutlined />, roles: business },
  { path: '/battle', key: 'battle', icon: <AimOutlined />, roles: business },
  { path: '/projects', key: 'projects', icon: <AppstoreOutlined />, roles: business },
  { path: '/leads', key: 'leads', icon: <FunnelPlotOutlined />, roles: business },
  { path: '/problems', key: 'problems', icon: <AlertOutlined />, roles: business },
  { path: '/compliance', key: 'compliance', icon: <AuditOutlined />, roles: business },
  { path: '/reports', key: 'reports', icon: <FileTextOutlined />, roles: business },
  { path: '/meetings', key: 'meetings', icon: <TeamOutlined />, roles: business },
  { path: '/admin', key: 'admin', icon: <SettingOutlined />, roles: ['ADMIN'] },
  { path: '/security', key: 'security', icon: <SafetyOutlined />, roles: ['SECURITY_ADMIN'] },
  { path: '/audit', key: 'audit', icon: <FileSearchOutlined />, roles: ['AUDITOR'] },
];

/** Pages not in the menu (reached from the header), named by their `nav.` key. */
const otherPages: Record<string, { key: string }> = {
  '/account': { key: 'account' },
};

/**
 * After moving to another page, focus goes to its heading so a screen reader reads where the user is
 * and Tab continues from there; the page may still be loading, so it is looked for a little while.
 */
function useFocusHeadingOnNavigate(pathname: string) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again on each new page's path.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    const timer = window.setInterval(() => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading || ++tries > 40) {
        window.clearInterval(timer);
        const target = heading ?? document.getElementById('main');
        if (!target) return;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: false });
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [pathname]);
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.lg === false;
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  // A page chosen in the drawer takes focus to its heading; a drawer dismissed gives it back to the button.
  const [pageChosen, setPageChosen] = useState(false);
  const [pageName, setPageName] = useState<string>();

  const items = navItems
    .filter((item) => item.roles.includes(me.role))
    .map((item) => ({
      key: item.path,
      icon: item.icon,
      label:
        item.key === 'todo' ? (
          <span style={{ color: 'inherit' }}>
            {t('nav.todo')} <TodoBadge />
          </span>
        ) : (
          t(`nav.${item.key}`)
        ),
    }));
  const section = navItems.find((item) => item.path !== '/' && location.pathname.startsWith(item.path));
  const selected = section?.path ?? '/';
  const other = otherPages[location.pathname];
  const sectionLabel = other ? t(`nav.${other.key}`) : t(`nav.${section?.key ?? 'dashboard'}`);
  const detail = section && location.pathname !== section.path;
  const home = items[0];

  useEffect(() => {
    const page = detail ? (pageName ?? sectionLabel) : sectionLabel;
    document.title = `${page} · ${t('app.shortTitle')}`;
  }, [detail, pageName, sectionLabel, t]);
  useFocusHeadingOnNavigate(location.pathname);

  const crumbs = [
    ...(home && (section || other) && home.key !== section?.path
      ? [{ title: <Link to={home.key}>{home.label}</Link> }]
      : []),
    ...(detail && section
      ? [{ title: <Link to={section.path}>{sectionLabel}</Link> }, { title: pageName ?? '…' }]
      : [{ title: sectionLabel }]),
  ];

  const menu = (
    <nav aria-label={t('layout.menu')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[selected]}
        items={items}
        onClick={({ key }) => {
          navigate(key);
          setPageChosen(true);
          setMenuOpen(false);
        }}
      />
    </nav>
  );
  const brand = (
    <div style={{ color: '#fff', fontWeight: 600, fontSize: 18, padding: '16px 20px', whiteSpace: 'nowrap' }}>
      {t('app.shortTitle')}
    </div>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      {phone ? (
        <Drawer
          placement="left"
          size={240}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          focusable={{ focusTriggerAfterClose: !pageChosen }}
          afterOpenChange={(open) => {
            if (open) setPageChosen(false);
          }}
          closable={false}
          title={null}
          styles={{ body: { padding: 0, background: '#001529' } }}
          aria-label={t('layout.menu')}
        >
          {brand}
          {menu}
        </Drawer>
      ) : (
        <Sider width={200} theme="dark">
          {brand}
          {menu}
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: phone ? '0 8px' : '0 16px',
            display: 'flex',
            alignItems: 'center',
            gap: phone ? 4 : 12,
          }}
          role="banner"
        >
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('layout.openMenu')}
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(true)}
            />
          )}
          <Typography.Text strong ellipsis={!phone} style={{ flex: 1, minWidth: 0, whiteSpace: 'nowrap' }}>
            {phone ? t('app.shortTitle') : t('app.title')}
          </Typography.Text>
          {business.includes(me.role) && <TodoBell />}
          <Button
            type="text"
            icon={<TranslationOutlined />}
            aria-label={t('user.language')}
            // What the server words (the to-do) is asked for again in the new language.
            onClick={() =>
              setLanguage(i18n.language === 'zh' ? 'en' : 'zh').then(() =>
                client.refetchQueries({ include: [MyTodoQuery] }),
              )
            }
          >
            {phone ? null : t('user.language')}
          </Button>
          <Dropdown
            menu={{
              items: [
                { key: 'account', label: t('account.title'), onClick: () => navigate('/account') },
                { key: 'password', label: t('user.changePassword'), onClick: () => setPasswordOpen(true) },
                { key: 'logout', label: t('user.logout'), onClick: () => void signOut() },
              ],
            }}
          >
            <Button type="text" aria-label={`${me.displayName} ${t(`role.${me.role}`)}`}>
              <Flex gap={6} align="center">
                <span data-testid="current-user">{me.displayName}</span>
                {!phone && (
                  <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="current-role">
                    {t(`role.${me.role}`)}
                  </Tag>
                )}
                <DownOutlined />
              </Flex>
            </Button>
          </Dropdown>
        </Header>
        <main id="main" tabIndex={-1} style={{ margin: phone ? 8 : 16, outline: 'none' }}>
          <Breadcrumb items={crumbs} style={{ marginBottom: 8 }} />
          <PageNameContext.Provider value={setPageName}>
            <Outlet />
          </PageNameContext.Provider>
        </main>
      </Layout>
      {passwordOpen && (
        <Suspense fallback={null}>
          <ChangePasswordModal open onClose={() => setPasswordOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
