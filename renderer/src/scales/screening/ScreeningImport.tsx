import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningPreview } from '../../../../shared/schemas/scales';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { base64FromBytes, fitsImportLimit } from '../../students/import/file-content';
import { localIsoDate } from '../local-date';
import { useScaleDefinition } from '../use-scale-definition';
import { useScaleLibrary } from '../use-scale-library';
import { completeMapping, type DraftMapping, draftOf } from './draft-mapping';
import { defaultFlagConcern, flagLevels } from './flag-levels';
import { ScreeningMappingTable } from './ScreeningMappingTable';
import { ScreeningPreviewView } from './ScreeningPreviewView';
import { ScreeningSetup, type SetupValues } from './ScreeningSetup';

interface PickedFile {
  /** Counts picks, so the same file chosen again is previewed again. */
  version: number;
  fileName: string;
  content: string;
}

type Loaded = { key: string; base: string; preview: ScreeningPreview | null; error: ClientError | null };

/** The contract's longest file name; a longer one keeps its end, where the format is named. */
const maxFileNameLength = 255;
const tooLarge: ClientError = { code: 'IMPORT_FILE_TOO_LARGE', message: 'The file is over the import size limit.' };

/**
 * 导入普查结果: the scale and the file, then a preview in which every row is matched and scored
 * by the backend (nothing is written), the column mapping that can be corrected, and one commit.
 */
export function ScreeningImport({ onBack, onImported }: { onBack: () => void; onImported: (id: string) => void }) {
  const { t } = useTranslation();
  const { library, error: libraryError } = useScaleLibrary();
  const scales = library?.scales.filter((scale) => scale.approved) ?? [];
  const [values, setValues] = useState<SetupValues>(() => ({
    scaleHash: null,
    flagConcern: 0,
    title: '',
    administeredOn: localIsoDate(new Date()),
  }));
  const { record } = useScaleDefinition(values.scaleHash);
  const definition = record?.definition ?? null;
  const levels = definition ? flagLevels(definition) : [];
  // Until the counselor picks a level, the scale's usual one applies.
  const flagConcern = levels.some((level) => level.concern === values.flagConcern)
    ? values.flagConcern
    : defaultFlagConcern(levels);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<ClientError | null>(null);
  const [reading, setReading] = useState(false);
  // Null: let the backend suggest one from the headers.
  const [draft, setDraft] = useState<DraftMapping | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<ClientError | null>(null);

  const mapping = useMemo(() => draft && completeMapping(draft), [draft]);
  const wanted = file && definition && (draft === null || mapping) ? file : null;
  // What a preview depends on; an answer for an earlier key is not shown as current.
  const base = JSON.stringify([file?.version, values.scaleHash]);
  const key = JSON.stringify([base, definition?.id, flagConcern, mapping]);
  const current = loaded?.key === key ? loaded : null;
  const preview = current?.preview ?? null;
  // While the next preview is on its way the last one for this file and scale stays on screen.
  const shown = preview ?? (loaded?.base === base ? loaded.preview : null);
  const previewing = wanted !== null && current === null;

  // Only the answer to the latest request counts when the counselor changes several things quickly.
  const latest = useRef('');
  useEffect(() => {
    if (!wanted || !values.scaleHash) return;
    latest.current = key;
    const { fileName, content } = wanted;
    const input = { fileName, content, scaleHash: values.scaleHash, flagConcern, ...(mapping ? { mapping } : {}) };
    void api.call('scales.previewScreening', input).then((result) => {
      if (latest.current !== key) return;
      setLoaded(
        result.ok
          ? { key, base, preview: result.value, error: null }
          : { key, base, preview: null, error: result.error },
      );
    });
  }, [wanted, values.scaleHash, flagConcern, mapping, key, base]);

  const changeSetup = (next: SetupValues) => {
    if (next.scaleHash !== values.scaleHash) setDraft(null);
    setValues(next);
  };

  const pick = async (picked: File) => {
    setFileError(null);
    if (!fitsImportLimit(picked.size)) return setFileError(tooLarge);
    setReading(true);
    const content = base64FromBytes(new Uint8Array(await picked.arrayBuffer()));
    setReading(false);
    setDraft(null);
    setFile({ version: (file?.version ?? 0) + 1, fileName: picked.name.slice(-maxFileNameLength), content });
  };

  const commit = async () => {
    if (!file || !values.scaleHash || !preview?.mapping) return;
    setCommitting(true);
    setCommitError(null);
    const result = await api.call('scales.commitScreening', {
      fileName: file.fileName,
      content: file.content,
      scaleHash: values.scaleHash,
      mapping: preview.mapping,
      flagConcern,
      title: values.title.trim(),
      administeredOn: values.administeredOn,
    });
    setCommitting(false);
    if (result.ok) onImported(result.value.id);
    else setCommitError(result.error);
  };

  const titleMissing = values.title.trim() === '';
  const canCommit = !!preview?.mapping && preview.counts.importable > 0 && !titleMissing && !!values.administeredOn;

  return (
    <div className="screening-import">
      <Button type="link" className="back-link" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={onBack}>
        {t('screening.backToList')}
      </Button>
      <Typography.Title level={2} className="section-title">
        {t('screening.import.heading')}
      </Typography.Title>
      <Card className="settings-card">
        {libraryError && <Alert type="error" showIcon title={errorText(t, libraryError)} />}
        <ScreeningSetup
          scales={scales}
          levels={levels}
          values={{ ...values, flagConcern }}
          fileName={file?.fileName ?? null}
          reading={reading}
          onChange={changeSetup}
          onPick={(picked) => void pick(picked)}
        />
        {fileError && <Alert type="error" showIcon title={errorText(t, fileError)} data-testid="screening-error" />}
      </Card>
      {current?.error && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={errorText(t, current.error)}
          data-testid="screening-error"
        />
      )}
      {definition && (shown || draft) && (
        <Spin spinning={previewing}>
          <Card title={<CardTitle>{t('screening.mapping.title')}</CardTitle>} className="settings-card">
            <Typography.Paragraph type="secondary">{t('screening.mapping.intro')}</Typography.Paragraph>
            {draft && !mapping && (
              <Alert className="form-alert" type="warning" showIcon title={t('screening.mapping.needStudentNumber')} />
            )}
            <ScreeningMappingTable
              definition={definition}
              headers={shown?.headers ?? []}
              mapping={draft ?? draftOf(shown?.mapping ?? null)}
              disabled={previewing}
              onChange={setDraft}
            />
          </Card>
          {shown && <ScreeningPreviewView preview={shown} definition={definition} />}
        </Spin>
      )}
      {previewing && !shown && <Spin className="screening-import__reading" />}
      {preview && (
        <div className="form-actions">
          {titleMissing && (
            <Alert className="form-alert" type="warning" showIcon title={t('screening.import.titleMissing')} />
          )}
          {commitError && <Alert className="form-alert" type="error" showIcon title={errorText(t, commitError)} />}
          <div className="form-actions__buttons">
            <Button
              type="primary"
              disabled={!canCommit || previewing}
              loading={committing}
              onClick={() => void commit()}
            >
              {t('screening.import.commit', { count: preview.counts.importable })}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
