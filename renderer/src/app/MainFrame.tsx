import {
  AlertOutlined,
  FileSearchOutlined,
  FormOutlined,
  HomeOutlined,
  LockOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Button, Layout, Menu, Spin, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/schemas/settings';
import type { VaultStatus } from '../../../shared/schemas/vault';
import { api } from '../api/api';
import type { ClientError, ClientResult } from '../api/client-result';
import { CrisisRequestHost } from '../crisis/cases/CrisisRequestHost';
import { CrisisSection } from '../crisis/CrisisSection';
import { HotlinesButton } from '../crisis/hotlines/HotlinesButton';
import { HomePage } from '../home/HomePage';
import { errorText } from '../i18n/error-text';
import { ScalesSection } from '../scales/ScalesSection';
import { SettingsPage } from '../settings/SettingsPage';
import { SearchPage } from '../search/SearchPage';
import { StudentsSection, type StudentsView } from '../students/StudentsSection';
import { BrandMark } from './BrandMark';
import { lockShortcutLabel } from './lock-shortcut';
import { type Section, sections } from './sections';

const sectionIcons: Record<Section, ReactNode> = {
  home: <HomeOutlined aria-hidden="true" />,
  students: <TeamOutlined aria-hidden="true" />,
  crisis: <AlertOutlined aria-hidden="true" />,
  scales: <FormOutlined aria-hidden="true" />,
  search: <FileSearchOutlined aria-hidden="true" />,
  settings: <SettingOutlined aria-hidden="true" />,
};

/** The open app: header with who and where, navigation, and the current section. */
export function MainFrame({
  status,
  initialStudentId = null,
  onLock,
  onSettingsSaved,
}: {
  status: VaultStatus;
  /** Opens at this student's file: where the counselor left off before a student self-report. */
  initialStudentId?: string | null;
  onLock: () => void;
  onSettingsSaved: () => void;
}) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>(initialStudentId ? 'students' : 'home');
  // Choosing a section, even the one already shown, opens it at its start (the roster, not a file).
  const [visit, setVisit] = useState(0);
  // Where the students section opens: the roster from the menu, a file or a note from elsewhere.
  const [studentsView, setStudentsView] = useState<StudentsView>(
    initialStudentId ? { kind: 'file', id: initialStudentId } : { kind: 'roster' },
  );
  // The case the crisis section opens at, when one is asked for from elsewhere; the caseload otherwise.
  const [crisisCaseId, setCrisisCaseId] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<ClientError | null>(null);
  const shortcut = lockShortcutLabel(navigator.userAgent);

  const showSettings = useCallback((result: ClientResult<Settings>) => {
    if (result.ok) setSettings(result.value);
    else setLoadError(result.error);
  }, []);

  useEffect(() => {
    void api.call('settings.get', {}).then(showSettings);
  }, [showSettings]);

  const retry = () => {
    setLoadError(null);
    void api.call('settings.get', {}).then(showSettings);
  };

  const open = (next: Section, view: StudentsView = { kind: 'roster' }) => {
    setSection(next);
    setStudentsView(view);
    setCrisisCaseId(null);
    setVisit((count) => count + 1);
    window.scrollTo({ top: 0 });
  };
  const openStudent = (id: string) => open('students', { kind: 'file', id });
  const openNote = (noteId: string) => open('students', { kind: 'note', noteId, justCreated: false });
  const openCase = (caseId: string) => {
    open('crisis');
    setCrisisCaseId(caseId);
  };

  const saved = (next: Settings) => {
    setSettings(next);
    onSettingsSaved();
  };

  return (
    <Layout className="main-frame">
      <Layout.Header className="main-header">
        <div className="brand">
          <BrandMark size={32} />
          <Typography.Text strong className="brand__name">
            {t('app.name')}
          </Typography.Text>
        </div>
        <Typography.Text className="main-header__school" data-testid="header-school" title={settings?.schoolName}>
          {settings?.schoolName}
        </Typography.Text>
        <div className="main-header__end">
          <HotlinesButton />
          <span className="main-header__counselor" data-testid="header-counselor">
            <UserOutlined aria-hidden="true" />
            <span className="visually-hidden">{t('frame.counselor')}</span>
            {settings?.counselorName ?? status.profile?.displayName}
          </span>
          <Button icon={<LockOutlined aria-hidden="true" />} onClick={onLock} aria-keyshortcuts="Control+L Meta+L">
            {t('frame.lock')}
            <kbd className="shortcut">{shortcut}</kbd>
          </Button>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} className="main-nav">
          <nav aria-label={t('frame.navigation')}>
            <Menu
              mode="inline"
              selectedKeys={[section]}
              onClick={({ key }) => open(key as Section)}
              items={sections.map((key) => ({
                key,
                icon: sectionIcons[key],
                label: t(`frame.sections.${key}`),
              }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="main-content">
          {loadError ? (
            <Alert
              type="error"
              showIcon
              title={errorText(t, loadError)}
              action={<Button onClick={retry}>{t('frame.retry')}</Button>}
            />
          ) : !settings ? (
            <Spin />
          ) : section === 'home' ? (
            <HomePage
              settings={settings}
              status={status}
              shortcut={shortcut}
              onOpen={open}
              onOpenStudent={openStudent}
              onOpenNote={openNote}
              onOpenCase={openCase}
            />
          ) : section === 'students' ? (
            <StudentsSection key={visit} initialView={studentsView} schoolName={settings.schoolName} />
          ) : section === 'crisis' ? (
            <CrisisSection key={visit} initialCaseId={crisisCaseId} onOpenStudent={openStudent} />
          ) : section === 'scales' ? (
            <ScalesSection key={visit} onOpenStudent={openStudent} />
          ) : section === 'search' ? (
            <SearchPage key={visit} onOpenNote={openNote} />
          ) : (
            <SettingsPage settings={settings} onSaved={saved} />
          )}
        </Layout.Content>
      </Layout>
      <CrisisRequestHost onShowCase={openCase} />
    </Layout>
  );
}
