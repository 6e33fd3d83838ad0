import { maxScalePackFileBytes } from '../../../shared/schemas/scale-pack';
import { base64FromBytes } from '../students/import/file-content';

/** A district key or pack file as the contract carries it. */
export interface DistrictFileContent {
  fileName: string;
  content: string;
}

/** The contract's longest file name; a longer one keeps its end, where the format is named. */
const maxFileNameLength = 255;

/** Reads a picked file, or null when it is too large to be a key or a pack (the larger limit, the pack's). */
export async function readDistrictFile(file: File): Promise<DistrictFileContent | null> {
  if (file.size > maxScalePackFileBytes) return null;
  return {
    fileName: file.name.slice(-maxFileNameLength),
    content: base64FromBytes(new Uint8Array(await file.arrayBuffer())),
  };
}
