import { maxImportRows } from '../../../../shared/schemas/student-import';

/** Rows a file may have in all: the data rows, a header and a few title rows above it. */
export const maxFileRows = maxImportRows + 20;

/** Uncompressed size an XLSX may unpack to: a 10,000-row roster needs well under a tenth. */
export const maxUnpackedBytes = 64 * 1024 * 1024;

/** Parts of an XLSX package: a roster has about a dozen. */
export const maxZipEntries = 1000;
