import { PhoneOutlined } from '@ant-design/icons';
import { Button, Drawer, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isHotlinesShortcut } from './hotline-text';
import { HotlineList } from './HotlineList';

/** The header's way to the hotlines from every screen: a button, or F1, opens them in a panel. */
export function HotlinesButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isHotlinesShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <Button
        icon={<PhoneOutlined aria-hidden="true" />}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="F1"
        aria-haspopup="dialog"
        data-testid="hotlines-button"
      >
        {t('hotlines.button')}
        <kbd className="shortcut">F1</kbd>
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('hotlines.panelTitle')}
        closable={{ 'aria-label': t('hotlines.close') }}
        size="min(440px, 92vw)"
        destroyOnHidden
        data-testid="hotlines-panel"
      >
        <Typography.Paragraph type="secondary">{t('hotlines.panelIntro')}</Typography.Paragraph>
        <HotlineList />
      </Drawer>
    </>
  );
}
