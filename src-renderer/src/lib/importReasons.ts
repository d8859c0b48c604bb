// Why an import refused a file, in the interface language: the reasons main words
// (src-main/import/decode.ts, the import service), by their phrasing; an unknown one is shown as it is.
import type { Translate } from '../i18n'
import { matchPhrase, type Phrase } from './phrases'

const REASONS: Phrase[] = [
  [/^empty file$/, 'import.reason.empty'],
  [/^only whitespace, no text$/, 'import.reason.blank'],
  [/^larger than the (\d+) MiB page limit \((\d+) bytes\)$/, 'import.reason.tooLarge', ['mib', 'bytes']],
  [/^binary file: a PDF document, not text$/, 'import.reason.pdf'],
  [/^binary file: an? (PNG|JPEG|GIF|TIFF) image, not text$/, 'import.reason.image', ['format']],
  [/^binary file: a ZIP archive/, 'import.reason.zip'],
  [/^binary file: a gzip archive/, 'import.reason.gzip'],
  [/^binary file: contains NUL bytes/, 'import.reason.nulBytes'],
  [/^binary file: contains NUL characters$/, 'import.reason.nulChars'],
  [/^binary file: too many control characters$/, 'import.reason.controls'],
  [/^not decodable as UTF-8 or GB18030\/GBK$/, 'import.reason.notUtf8OrGbk'],
  [/^not decodable as (.+)$/, 'import.reason.undecodable', ['encoding']],
  [/^the upload is not valid base64$/, 'import.reason.base64'],
  [/^automatic segmentation failed: (.*)$/s, 'import.reason.segmentation', ['error']],
]

export const importReasonText = (reason: string, t: Translate): string => matchPhrase(REASONS, reason, t) ?? reason
