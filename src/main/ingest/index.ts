/** Stage 1: read, decode, extract and normalise documents. Read-only on the user's files. */
export { walkFolder, type WalkedFile, type WalkProblem, type WalkResult } from './walk';
export { ingestFile, ingestBuffer, formatOf, SUPPORTED_EXTENSIONS, MAX_FILE_BYTES } from './ingest';
export { decodeText, canonicalCharset, UTF8_REPLACED, type DecodedText } from './decode';
export { normalizeText, type NormalizedText } from './normalize';
export { IngestError, type IngestedDocument, type HeadingHint } from './types';
