import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Steps, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportPreview, ImportResult } from '../../../../shared/schemas/student-import';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { ChooseFileStep } from './ChooseFileStep';
import { base64FromBytes, fitsImportLimit } from './file-content';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';

interface PickedFile {
  fileName: string;
  content: string;
}

/** The contract's longest file name; a longer one keeps its end, where the format is named. */
const maxFileNameLength = 255;

const tooLarge: ClientError = { code: 'IMPORT_FILE_TOO_LARGE', message: 'The file is over the import size limit.' };

/**
 * Roster import: choose a file, check the preview and the column mapping (nothing is written),
 * then import the new rows in one go and see what was left out and why.
 */
export function ImportWizard({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  // Only the answer to the latest mapping counts when the counselor changes several quickly.
  const previewRequest = useRef(0);

  const choose = async (picked: File) => {
    setError(null);
    if (!fitsImportLimit(picked.size)) return setError(tooLarge);
    setBusy(true);
    const content = base64FromBytes(new Uint8Array(await picked.arrayBuffer()));
    const chosen = { fileName: picked.name.slice(-maxFileNameLength), content };
    const answer = await api.call('students.previewImport', chosen);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setFile(chosen);
    setPreview(answer.value);
    setMapping(answer.value.mapping);
  };

  const remap = async (next: ColumnMapping) => {
    if (!file) return;
    setMapping(next);
    setError(null);
    setBusy(true);
    const request = ++previewRequest.current;
    const answer = await api.call('students.previewImport', { ...file, mapping: next });
    if (request !== previewRequest.current) return;
    setBusy(false);
    if (answer.ok) setPreview(answer.value);
    else setError(answer.error);
  };

  const commit = async () => {
    if (!file) return;
    setError(null);
    setBusy(true);
    const answer = await api.call('students.commitImport', { ...file, mapping });
    setBusy(false);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error);
  };

  const startAgain = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };

  const step = result ? 2 : preview ? 1 : 0;

  return (
    <div className="page page--wide">
      <Button type="link" className="back-link" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={onBack}>
        {t('students.file.back')}
      </Button>
      <Typography.Title level={1} className="page-title">
        {t('students.import.title')}
      </Typography.Title>
      <Steps
        className="import-steps"
        current={step}
        items={[
          { title: t('students.import.steps.choose') },
          { title: t('students.import.steps.check') },
          { title: t('students.import.steps.done') },
        ]}
      />
      {result ? (
        <ResultStep result={result} mapping={mapping} onToRoster={onBack} onAnother={startAgain} />
      ) : preview && file ? (
        <PreviewStep
          fileName={file.fileName}
          preview={preview}
          mapping={mapping}
          busy={busy}
          error={error}
          onMappingChange={(next) => void remap(next)}
          onCommit={() => void commit()}
          onChooseAnother={startAgain}
        />
      ) : (
        <ChooseFileStep reading={busy} error={error} onChoose={(picked) => void choose(picked)} />
      )}
    </div>
  );
}
