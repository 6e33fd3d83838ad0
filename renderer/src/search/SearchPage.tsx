import { Alert, Empty, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResult, SnippetField } from '../../../shared/schemas/session-lookups';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { catalogLabel } from '../sessions/catalog-labels';
import { longDate } from '../sessions/note-time';
import { StudentStatusTag } from '../students/StudentStatusTag';
import { SnippetText } from './SnippetText';

/** 记录检索: every note's text, drafts and archived students' notes included. */
export function SearchPage({ onOpenNote }: { onOpenNote: (noteId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async (text: string) => {
    const trimmed = text.trim();
    if (trimmed === '') return;
    setBusy(true);
    setError(null);
    const answer = await api.call('sessions.search', { query: trimmed, limit: 30, offset: 0 });
    setBusy(false);
    setSearched(trimmed);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error);
  };

  const fieldName = (field: SnippetField) => {
    if (field.kind === 'section') {
      const labels =
        field.labelZh !== null && field.labelEn !== null ? { labelZh: field.labelZh, labelEn: field.labelEn } : null;
      return labels ? catalogLabel(labels, i18n.language) : field.key;
    }
    return t(field.kind === 'plan' ? 'notes.fields.plan' : 'notes.fields.nextAppointment');
  };

  const renderHit = (hit: SearchHit) => (
    <List.Item className="search-hit">
      <button type="button" className="search-hit__open" onClick={() => onOpenNote(hit.noteId)}>
        <span className="search-hit__head">
          <strong className="search-hit__name">{hit.studentName}</strong>
          <span>{hit.date ? longDate(hit.date, i18n.language) : t('search.noDate')}</span>
          <span className="search-hit__field">{fieldName(hit.snippet.field)}</span>
          {hit.noteStatus === 'draft' && <Tag>{t('timeline.status.draft')}</Tag>}
          {hit.studentStatus !== 'active' && <StudentStatusTag status={hit.studentStatus} />}
        </span>
        <SnippetText snippet={hit.snippet} />
      </button>
    </List.Item>
  );

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('search.title')}
      </Typography.Title>
      <label htmlFor="note-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <Input.Search
        id="note-search"
        size="large"
        value={query}
        placeholder={t('search.placeholder')}
        enterButton={t('search.submit')}
        loading={busy}
        maxLength={100}
        onChange={(event) => setQuery(event.target.value)}
        onSearch={(text) => void search(text)}
        className="search-box"
      />
      <Typography.Paragraph type="secondary" className="search-help">
        {t('search.help')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorText(t, error)} />}
      {result && searched !== null && (
        <>
          <Typography.Paragraph data-testid="search-count" aria-live="polite">
            {result.total > result.hits.length
              ? t('search.countPartial', { total: result.total, shown: result.hits.length, query: searched })
              : t('search.count', { total: result.total, query: searched })}
          </Typography.Paragraph>
          {result.hits.length === 0 ? (
            <Empty description={t('search.none')} />
          ) : (
            <List dataSource={result.hits} renderItem={renderHit} rowKey="noteId" className="search-results" />
          )}
        </>
      )}
    </div>
  );
}
