import { useTranslation } from 'react-i18next';

/**
 * Names the server keeps in Chinese (a target's, a standard node's, a 项目类型's) in the user's language: Chinese
 * shows the stored name; English its translation by code or node key, or the stored name when it has
 * none (a node a user added, a target ADMIN created).
 */
export function useNames() {
  const { t, i18n } = useTranslation();
  const translated = (key: string, stored: string) => (i18n.language === 'zh' || !i18n.exists(key) ? stored : t(key));
  return {
    target: (target: { code: string; name: string }) => translated(`targetName.${target.code}`, target.name),
    node: (node: { key?: string | null; name: string }) =>
      node.key ? translated(`nodeName.${node.key}`, node.name) : node.name,
    /** A 项目类型 (the three the product starts with are translated; ADMIN's own keep their name). */
    kind: (kind: { kind: string; name: string }) => translated(`kindName.${kind.kind}`, kind.name),
  };
}
