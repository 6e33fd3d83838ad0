import {
  ClockCircleOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/schemas/settings';
import type { VaultStatus } from '../../../shared/schemas/vault';
import { CardTitle } from '../app/CardTitle';
import type { Section } from '../app/sections';
import { FollowUpsCard } from '../crisis/cases/FollowUpsCard';
import { AgendaCard } from './AgendaCard';
import { DraftsCard } from './DraftsCard';
import { schoolTermOf } from './school-term';

/**
 * 工作台: who and where, today's date and term, the crisis follow-ups due first, then the
 * appointments due and the unfinished notes, how the records are guarded, what the app holds.
 */
export function HomePage({
  settings,
  status,
  shortcut,
  onOpen,
  onOpenStudent,
  onOpenNote,
  onOpenCase,
}: {
  settings: Settings;
  status: VaultStatus;
  shortcut: string;
  onOpen: (section: Section) => void;
  onOpenStudent: (studentId: string) => void;
  onOpenNote: (noteId: string) => void;
  onOpenCase: (caseId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const today = new Date();
  const term = schoolTermOf(today);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(today);
  const autoLockMinutes = status.autoLockMinutes ?? settings.autoLockMinutes;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title page-title--with-subtitle">
        {t('home.greeting', { name: settings.counselorName })}
      </Typography.Title>
      <Typography.Paragraph className="page-subtitle" data-testid="home-today">
        {settings.schoolName}
        <span className="separator" aria-hidden="true">
          ·
        </span>
        <span data-testid="school-term">
          {t(`home.term.${term.term}`, { start: term.startYear, end: term.startYear + 1 })}
        </span>
        <span className="separator" aria-hidden="true">
          ·
        </span>
        {date}
      </Typography.Paragraph>
      {/* Crisis follow-ups come before everything else: an overdue one is the day's first task. */}
      <FollowUpsCard onOpenCase={onOpenCase} />
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={12}>
          <AgendaCard onOpenStudent={onOpenStudent} />
        </Col>
        <Col xs={24} lg={12}>
          <DraftsCard onOpenNote={onOpenNote} />
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={
              <CardTitle>
                <ClockCircleOutlined aria-hidden="true" /> {t('home.autoLock.title')}
              </CardTitle>
            }
            className="home-card"
          >
            <Typography.Paragraph data-testid="home-auto-lock">
              {t('home.autoLock.text', { minutes: autoLockMinutes })}
            </Typography.Paragraph>
            <Typography.Paragraph>{t('home.autoLock.shortcut', { shortcut })}</Typography.Paragraph>
            <Button onClick={() => onOpen('settings')}>{t('home.autoLock.change')}</Button>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={
              <CardTitle>
                <SafetyOutlined aria-hidden="true" /> {t('home.storage.title')}
              </CardTitle>
            }
            className="home-card"
          >
            <Typography.Paragraph>{t('home.storage.text')}</Typography.Paragraph>
            <Typography.Paragraph>
              <FolderOpenOutlined aria-hidden="true" />{' '}
              <Typography.Text code className="data-folder">
                {status.dataFolder}
              </Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('home.storage.backup')}</Typography.Paragraph>
          </Card>
        </Col>
        <Col span={24}>
          <Card title={<CardTitle>{t('home.contents.title')}</CardTitle>} className="home-card">
            <dl className="contents-list">
              <dt className="contents-list__name">
                <HomeOutlined aria-hidden="true" /> {t('frame.sections.home')}
              </dt>
              <dd>{t('home.contents.home')}</dd>
              <dt>
                <Button
                  type="link"
                  className="contents-list__name"
                  icon={<TeamOutlined aria-hidden="true" />}
                  onClick={() => onOpen('students')}
                >
                  {t('frame.sections.students')}
                </Button>
              </dt>
              <dd>{t('home.contents.students')}</dd>
              <dt>
                <Button
                  type="link"
                  className="contents-list__name"
                  icon={<FileSearchOutlined aria-hidden="true" />}
                  onClick={() => onOpen('search')}
                >
                  {t('frame.sections.search')}
                </Button>
              </dt>
              <dd>{t('home.contents.search')}</dd>
              <dt>
                <Button
                  type="link"
                  className="contents-list__name"
                  icon={<SettingOutlined aria-hidden="true" />}
                  onClick={() => onOpen('settings')}
                >
                  {t('frame.sections.settings')}
                </Button>
              </dt>
              <dd>{t('home.contents.settings')}</dd>
            </dl>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
