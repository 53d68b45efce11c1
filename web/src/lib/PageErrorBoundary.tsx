import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page's code that can no longer be fetched: the release changed under an open tab, or the network dropped. */
export const isChunkLoadError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload/i.test(
    error.message,
  );

function Fallback({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  return (
    <Result
      status={chunk ? 'info' : 'error'}
      title={t(chunk ? 'error.newRelease' : 'error.page')}
      subTitle={chunk ? t('error.newReleaseHint') : undefined}
      extra={
        <Button type="primary" onClick={() => location.reload()}>
          {t('error.reload')}
        </Button>
      }
    />
  );
}

/**
 * Instead of a blank page when a page fails to render — above all when its code cannot be loaded
 * after a new release — says so and offers to reload. Moving to another page clears it.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    return this.state.error ? <Fallback error={this.state.error} /> : this.props.children;
  }
}
