import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page of SPEC section 9 whose module is not built yet says so plainly. */
export function ComingSoonPage({ page }: { page: string }) {
  const { t } = useTranslation();
  const name = t(`nav.${page}`);
  return (
    <>
      <h1 style={{ fontSize: 20, margin: 0 }}>{name}</h1>
      <Result status="info" title={t('comingSoon.title', { page: name })} subTitle={t('comingSoon.description')} />
    </>
  );
}
