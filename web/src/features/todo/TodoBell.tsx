import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MyTodoQuery, UnreadCountQuery } from './graphql';

/** Five minutes: a to-do changes with the working day, not by the second; a phone on 3G pays little. */
const POLL_MS = 5 * 60_000;

/** One count for the bell and the menu: to-do items not yet seen and notifications not yet read; overdue when any such item is. */
export function useTodoCount(): { count: number; overdue: boolean } {
  const { data } = useQuery(MyTodoQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = useQuery(UnreadCountQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unseen = (data?.myTodo ?? []).filter((i) => !i.seen);
  return {
    count: unseen.length + (unread.data?.myNotifications.unreadCount ?? 0),
    overdue: unseen.some((i) => i.overdue),
  };
}

/** The badge of that count: red when an item is overdue. */
export function TodoBadge({ children }: { children?: ReactNode }) {
  const { count, overdue } = useTodoCount();
  return (
    <Badge count={count} size="small" color={overdue ? '#cf1322' : '#ad4e00'} overflowCount={99} offset={[6, 0]}>
      {children}
    </Badge>
  );
}

/** The header's bell, with the count. */
export function TodoBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { count, overdue } = useTodoCount();
  return (
    <Button type="text" onClick={() => navigate('/todo')} data-testid="todo-bell">
      <span className="sr-only">{t('todo.bell', { count })}</span>
      <span aria-hidden>
        <Badge count={count} size="small" color={overdue ? '#cf1322' : '#ad4e00'} overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </span>
    </Button>
  );
}
