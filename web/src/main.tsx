import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'antd/dist/antd.css';
import 'dayjs/locale/zh-cn';
import { StrictMode, Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import './i18n';
import './index.css';
import { createApolloClient } from './lib/apollo';
import { useFocusableScrollRegions } from './lib/scrollRegions';
import { theme } from './lib/theme';

const client = createApolloClient();

// After a release the old page's chunks are gone: load the new page once rather than fail.
window.addEventListener('vite:preloadError', (event) => {
  const key = 'zdyq.reloadedForRelease';
  if (sessionStorage.getItem(key) === location.pathname) return;
  sessionStorage.setItem(key, location.pathname);
  event.preventDefault();
  location.reload();
});

function Root() {
  const { i18n } = useTranslation();
  const zh = i18n.language === 'zh';
  useFocusableScrollRegions();
  useEffect(() => {
    dayjs.locale(zh ? 'zh-cn' : 'en');
    document.documentElement.lang = zh ? 'zh-CN' : 'en';
  }, [zh]);
  return (
    <ConfigProvider
      locale={zh ? zhCN : enUS}
      theme={theme}
      button={{ autoInsertSpace: false }}
      // Tabs that do not fit wrap (index.css) instead of hiding behind a "more" button.
      tabs={{ className: 'tabs-wrap' }}
    >
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root element');
createRoot(container).render(
  <StrictMode>
    <Suspense fallback={null}>
      <Root />
    </Suspense>
  </StrictMode>,
);
