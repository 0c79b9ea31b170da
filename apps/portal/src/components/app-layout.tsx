import {
  ApartmentOutlined,
  AppstoreOutlined,
  CalendarOutlined,
  DownloadOutlined,
  FileDoneOutlined,
  FlagOutlined,
  FormOutlined,
  LinkOutlined,
  ProjectOutlined,
  AuditOutlined,
  BellOutlined,
  BarChartOutlined,
  BulbOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  MenuOutlined,
  NotificationOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Badge, Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { UnreadNotificationCountDocument } from '../features/notifications/documents';
import { useMe, useSession, type Abilities } from '../features/session/session';

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

type Item = Required<MenuProps>['items'][number] & { key: string };

/** The navigation each role sees. */
export function navItems(abilities: Abilities, approvedMember: boolean, unread = 0): Item[] {
  const items: Item[] = [];
  if (abilities.isEnterprise) {
    items.push({
      key: '/demands/mine',
      icon: <SolutionOutlined />,
      label: <Link to="/demands/mine">我的需求</Link>,
    });
  }
  if (abilities.isUniversity) {
    items.push({
      key: '/achievements/mine',
      icon: <BulbOutlined />,
      label: <Link to="/achievements/mine">我的成果</Link>,
    });
  }
  if (abilities.isEnterprise || abilities.isUniversity) {
    items.push({ key: '/matches', icon: <LinkOutlined />, label: <Link to="/matches">我的对接</Link> });
  }
  if (abilities.isBureau) {
    items.push(
      { key: '/review', icon: <AuditOutlined />, label: <Link to="/review">审核队列</Link> },
      { key: '/board', icon: <ProjectOutlined />, label: <Link to="/board">对接看板</Link> },
      { key: '/events', icon: <CalendarOutlined />, label: <Link to="/events">对接活动</Link> },
    );
  }
  if (abilities.isExpert) {
    items.push({ key: '/reviews', icon: <FormOutlined />, label: <Link to="/reviews">评审任务</Link> });
  }
  items.push({ key: '/challenges', icon: <FlagOutlined />, label: <Link to="/challenges">揭榜挂帅</Link> });
  if (abilities.isEnterprise || abilities.isUniversity) {
    items.push({
      key: '/applications/mine',
      icon: <ApartmentOutlined />,
      label: <Link to="/applications/mine">我的揭榜</Link>,
    });
  }
  if (abilities.isBureau || abilities.isEnterprise || abilities.isUniversity) {
    items.push({
      key: '/contracts',
      icon: <FileDoneOutlined />,
      label: <Link to="/contracts">技术合同</Link>,
    });
  }
  items.push(
    {
      key: '/library/achievements',
      icon: <DatabaseOutlined />,
      label: <Link to="/library/achievements">成果库</Link>,
    },
    { key: '/library/demands', icon: <AppstoreOutlined />, label: <Link to="/library/demands">需求库</Link> },
  );
  if (abilities.isBureau || approvedMember) {
    items.push({ key: '/members', icon: <TeamOutlined />, label: <Link to="/members">成员审核</Link> });
  }
  if (abilities.isBureau) {
    items.push(
      { key: '/import', icon: <CloudUploadOutlined />, label: <Link to="/import">批量导入</Link> },
      { key: '/dashboard', icon: <BarChartOutlined />, label: <Link to="/dashboard">数据看板</Link> },
      { key: '/ledgers', icon: <DownloadOutlined />, label: <Link to="/ledgers">台账下载</Link> },
    );
  }
  items.push({
    key: '/notifications',
    icon: <BellOutlined />,
    label: (
      <Link to="/notifications">
        消息通知 {unread > 0 && <Badge count={unread} size="small" aria-label={`${unread} 条未读`} />}
      </Link>
    ),
  });
  if (abilities.isBureau || abilities.isEnterprise || abilities.isUniversity) {
    items.push({
      key: '/alerts',
      icon: <NotificationOutlined />,
      label: <Link to="/alerts">订阅提醒</Link>,
    });
  }
  items.push({ key: '/profile', icon: <UserOutlined />, label: <Link to="/profile">个人信息</Link> });
  return items;
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { me, abilities } = useMe();
  const { signOut } = useSession();
  const [, logout] = useMutation(LogoutDocument);
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const wide = screens.lg ?? true;
  const [unread] = useQuery({ query: UnreadNotificationCountDocument, pause: !me });
  const items = navItems(
    abilities,
    me?.role === 'MEMBER' && me.membership === 'APPROVED',
    unread.data?.unreadNotificationCount ?? 0,
  );
  const selected = items
    .map((item) => item.key)
    .filter((key) => location.pathname.startsWith(key))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      onClick={() => setDrawerOpen(false)}
      aria-label="主导航"
    />
  );
  const signOutNow = async () => {
    await logout({});
    signOut();
    navigate('/login');
  };
  return (
    <Layout className="app">
      <Layout.Header className="app__header">
        <Space size="small" className="app__brand">
          {!wide && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="打开导航"
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <Link to="/" className="app__title">
            鹤城区双高对接平台
          </Link>
        </Space>
        {me && (
          <Space size="small" className="app__user">
            {wide && <Typography.Text className="app__user-name">{me.displayName}</Typography.Text>}
            <Button size="small" onClick={signOutNow}>
              退出
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout>
        {wide && (
          <Layout.Sider width={200} theme="light" className="app__sider">
            {menu}
          </Layout.Sider>
        )}
        {!wide && (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={240}
            title="导航"
          >
            {menu}
          </Drawer>
        )}
        <Layout.Content className="app__content">
          {abilities.isPending && (
            <Alert
              className="app__notice"
              type="info"
              showIcon
              title="成员资格待审核"
              description={`您申请加入“${me?.organization?.name ?? ''}”，审核通过前只能浏览公开信息，不能代表组织发布或操作。`}
            />
          )}
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
