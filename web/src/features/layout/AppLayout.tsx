import {
  AimOutlined,
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  DashboardOutlined,
  DownOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
  TranslationOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Menu, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { Role } from '../../gql/graphql';
import { setLanguage } from '../../i18n';
import { useSession } from '../auth/session';
import { TodoBell } from '../todo/TodoBell';

const ChangePasswordModal = lazy(() =>
  import('../auth/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })),
);

const { Header, Sider, Content } = Layout;

const business: readonly Role[] = ['ADMIN', 'PROMOTER', 'LEADER', 'INSPECTOR'];

/** The pages of SPEC section 9, in the order leaders and staff use them, and who sees each (三员分立). */
export const navItems: ReadonlyArray<{ path: string; key: string; icon: React.ReactNode; roles: readonly Role[] }> = [
  { path: '/', key: 'dashboard', icon: <DashboardOutlined />, roles: business },
  { path: '/battle', key: 'battle', icon: <AimOutlined />, roles: business },
  { path: '/projects', key: 'projects', icon: <AppstoreOutlined />, roles: business },
  { path: '/problems', key: 'problems', icon: <AlertOutlined />, roles: business },
  { path: '/compliance', key: 'compliance', icon: <AuditOutlined />, roles: business },
  { path: '/reports', key: 'reports', icon: <FileTextOutlined />, roles: business },
  { path: '/meetings', key: 'meetings', icon: <TeamOutlined />, roles: business },
  { path: '/admin', key: 'admin', icon: <SettingOutlined />, roles: ['ADMIN'] },
  { path: '/security', key: 'security', icon: <SafetyOutlined />, roles: ['SECURITY_ADMIN'] },
  { path: '/audit', key: 'audit', icon: <FileSearchOutlined />, roles: ['AUDITOR'] },
];

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  const items = navItems
    .filter((item) => item.roles.includes(me.role))
    .map((item) => ({ key: item.path, icon: item.icon, label: t(`nav.${item.key}`) }));
  const selected = navItems.find((item) => item.path !== '/' && location.pathname.startsWith(item.path))?.path ?? '/';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={200}
        theme="dark"
      >
        <div style={{ color: '#fff', fontWeight: 600, fontSize: 18, padding: '16px 20px', whiteSpace: 'nowrap' }}>
          {t('app.shortTitle')}
        </div>
        <nav aria-label={t('app.shortTitle')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selected]}
            items={items}
            onClick={({ key }) => {
              navigate(key);
              if (window.innerWidth < 992) setCollapsed(true);
            }}
          />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12 }}
          role="banner"
        >
          <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
            {t('app.title')}
          </Typography.Text>
          {business.includes(me.role) && <TodoBell />}
          <Button
            type="text"
            icon={<TranslationOutlined />}
            onClick={() => setLanguage(i18n.language === 'zh' ? 'en' : 'zh')}
          >
            {t('user.language')}
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
                <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="current-role">
                  {t(`role.${me.role}`)}
                </Tag>
                <DownOutlined />
              </Flex>
            </Button>
          </Dropdown>
        </Header>
        <Content style={{ margin: 16 }}>
          <Outlet />
        </Content>
      </Layout>
      {passwordOpen && (
        <Suspense fallback={null}>
          <ChangePasswordModal open onClose={() => setPasswordOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
