import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
// Date pickers read month and weekday names from dayjs in the picker's locale; it must be loaded.
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { App } from './App';
import { theme } from './theme';
import { useReducedMotion } from './use-reduced-motion';

/**
 * Ant Design's own texts (date pickers, empty states) follow the app's language. Buttons keep
 * their words as written: antd would put a space inside two-character Chinese labels (继 续),
 * which screen readers then spell out.
 */
export function AppRoot() {
  const { i18n } = useTranslation();
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={{ ...theme, token: { ...theme.token, motion: !reducedMotion } }}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}
