import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A column that can be chosen: it has a key; a fixed column is always shown. */
export type ChoosableColumn<T> = ColumnType<T> & { key: string };

function storageKey(userId: string, table: string) {
  return `zdyq.columns.${userId}.${table}`;
}

function readHidden(key: string, byDefault: readonly string[]): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null');
    return Array.isArray(stored) && stored.every((k) => typeof k === 'string') ? stored : [...byDefault];
  } catch {
    return [...byDefault];
  }
}

/**
 * Which of a table's columns a user shows, kept per user and table in the browser, and the 列设置 button
 * that changes it. Fixed (key) columns always show.
 */
export function useColumnChoice<T>(
  userId: string,
  table: string,
  columns: ReadonlyArray<ChoosableColumn<T>>,
  hiddenByDefault: readonly string[] = [],
): { visible: ChoosableColumn<T>[]; chooser: React.ReactNode } {
  const { t } = useTranslation();
  const key = storageKey(userId, table);
  const [hidden, setHidden] = useState(() => readHidden(key, hiddenByDefault));
  const choose = (next: string[]) => {
    setHidden(next);
    localStorage.setItem(key, JSON.stringify(next));
  };
  const optional = columns.filter((c) => !c.fixed);
  const chooser = (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('table.columns')}
      content={
        <Checkbox.Group
          value={optional.filter((c) => !hidden.includes(c.key)).map((c) => c.key)}
          onChange={(shown) => choose(optional.map((c) => c.key).filter((k) => !shown.includes(k)))}
        >
          <Flex vertical gap={4}>
            {optional.map((c) => (
              <Checkbox key={c.key} value={c.key}>
                {c.title as React.ReactNode}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      }
    >
      <Button icon={<SettingOutlined />}>{t('table.columns')}</Button>
    </Popover>
  );
  return { visible: columns.filter((c) => c.fixed || !hidden.includes(c.key)), chooser };
}
