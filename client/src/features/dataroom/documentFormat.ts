/** The short kind of a document's content type, for its badge. */
export function kindOf(contentType: string): 'pdf' | 'png' | 'jpeg' | 'text' {
  if (contentType.startsWith('application/pdf')) return 'pdf';
  if (contentType.startsWith('image/png')) return 'png';
  if (contentType.startsWith('image/jpeg')) return 'jpeg';
  return 'text';
}

/** A file size in the reader's language: bytes, KB or MB (binary multiples, one decimal). */
export function formatBytes(bytes: number, lng: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lng, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
