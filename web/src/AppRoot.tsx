import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'antd/dist/antd.css';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import './index.css';
import { createApolloClient } from './lib/apollo';
import { useFocusableScrollRegions } from './lib/scrollRegions';
import { theme } from './lib/theme';

const client = createApolloClient();

/** The app once signed in: Ant Design, the GraphQL client, the router and the pages, loaded after the first screen. */
export default function AppRoot() {
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
