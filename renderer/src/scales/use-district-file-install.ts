import { useState } from 'react';
import type { ScaleLibrary } from '../../../shared/schemas/scales';
import type { ClientResult } from '../api/client-result';
import { type DistrictFileContent, readDistrictFile } from './district-file';
import type { Refusal } from './RefusalAlert';

/**
 * The two steps every district file goes through, a key or a pack: read and preview it (the
 * backend checks it and writes nothing), then install what the counselor confirmed. A refusal
 * at either step is kept to be shown; nothing was changed.
 */
export function useDistrictFileInstall<Preview>({
  preview,
  install,
  onInstalled,
}: {
  preview: (file: DistrictFileContent) => Promise<ClientResult<Preview>>;
  install: (file: DistrictFileContent, preview: Preview) => Promise<ClientResult<ScaleLibrary>>;
  onInstalled: (library: ScaleLibrary) => void;
}) {
  const [picked, setPicked] = useState<{ file: DistrictFileContent; preview: Preview } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (chosen: File) => {
    setRefusal(null);
    const file = await readDistrictFile(chosen);
    if (!file) return setRefusal('too-large');
    setBusy(true);
    const answer = await preview(file);
    setBusy(false);
    if (answer.ok) setPicked({ file, preview: answer.value });
    else setRefusal(answer.error);
  };

  /** True when installed. */
  const confirm = async (): Promise<boolean> => {
    if (!picked) return false;
    setBusy(true);
    const answer = await install(picked.file, picked.preview);
    setBusy(false);
    setPicked(null);
    if (!answer.ok) {
      setRefusal(answer.error);
      return false;
    }
    onInstalled(answer.value);
    return true;
  };

  return { picked, refusal, busy, pick, confirm, cancel: () => setPicked(null) };
}
