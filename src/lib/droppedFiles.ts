/**
 * Files out of a drop: plain files, and every file inside dropped folders (walked recursively).
 * Files inside folders are kept only when their extension is one the importers read, so a folder
 * with stray images or system files does not fill the preview with errors.
 */
export const IMPORT_EXTENSIONS = [
  'txt',
  'html',
  'htm',
  'pdf',
  'docx',
  'xlsx',
  'xlsm',
  'csv',
  'tsv',
  'json',
]

export function isImportable(name: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  return !name.split('/').some((part) => part.startsWith('.')) && IMPORT_EXTENSIONS.includes(ext)
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

async function walk(entry: FileSystemEntry, inFolder: boolean): Promise<File[]> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry)
    return !inFolder || isImportable(entry.fullPath) ? [file] : []
  }
  if (!entry.isDirectory) return []
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const out: File[] = []
  // readEntries returns at most ~100 entries per call; call until it returns none.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const child of batch) out.push(...(await walk(child, true)))
  }
  return out
}

export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null)
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    const lists = await Promise.all(entries.map((e) => walk(e as FileSystemEntry, false)))
    return lists.flat()
  }
  return [...transfer.files]
}

/** Files picked with a folder input carry their relative path; keep the importable ones. */
export function filesFromInput(list: FileList | null, folder: boolean): File[] {
  const files = [...(list ?? [])]
  return folder ? files.filter((f) => isImportable(f.webkitRelativePath || f.name)) : files
}
