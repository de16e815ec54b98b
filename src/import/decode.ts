/**
 * Bytes to text with the encoding detected, never asked: UTF-8 with or without BOM, UTF-16 with
 * BOM (or without, by its zero bytes), GB18030/GBK. Files that are not text at all get a clear
 * refusal naming what they look like.
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; error: string }

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { bytes: [0x42, 0x4d], what: 'BMP 图片' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'ZIP 压缩包或 Office 文档（.docx/.xlsx）' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Office 文档（.doc/.xls）' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'RAR 压缩包' },
  { bytes: [0x1f, 0x8b], what: 'GZIP 压缩包' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: '可执行程序' },
  { bytes: [0x4d, 0x5a], what: 'Windows 可执行程序' },
]

export function sniffBinary(data: Uint8Array): string | undefined {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => data[i] === b)) return m.what
  }
  return undefined
}

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b)
}

function tryDecode(label: string, data: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(data)
  } catch {
    return undefined
  }
}

/** Share of control characters other than tab, line ends and form feed. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8000)
  if (sample.length === 0) return 0
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++
  }
  return bad / sample.length
}

export function decodeText(data: Uint8Array): Decoded {
  if (data.length === 0) return { ok: false, error: '文件是空的（0 字节）' }
  let text: string | undefined
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' = 'utf-8'
  if (startsWith(data, [0xef, 0xbb, 0xbf])) {
    text = tryDecode('utf-8', data.subarray(3))
  } else if (startsWith(data, [0xff, 0xfe])) {
    encoding = 'utf-16le'
    text = tryDecode('utf-16le', data.subarray(2))
  } else if (startsWith(data, [0xfe, 0xff])) {
    encoding = 'utf-16be'
    text = tryDecode('utf-16be', data.subarray(2))
  } else {
    const binary = sniffBinary(data)
    if (binary) return { ok: false, error: `这不是文本文件：看起来是 ${binary}` }
    // UTF-16 without BOM: every other byte of ASCII text is zero.
    const head = data.subarray(0, 4000)
    let zeroEven = 0
    let zeroOdd = 0
    for (let i = 0; i < head.length; i++) {
      if (head[i] === 0) {
        if (i % 2 === 0) zeroEven++
        else zeroOdd++
      }
    }
    if (zeroOdd > head.length / 8 && zeroEven < head.length / 50) {
      encoding = 'utf-16le'
      text = tryDecode('utf-16le', data)
    } else if (zeroEven > head.length / 8 && zeroOdd < head.length / 50) {
      encoding = 'utf-16be'
      text = tryDecode('utf-16be', data)
    } else {
      text = tryDecode('utf-8', data)
      if (text === undefined) {
        encoding = 'gb18030'
        text = tryDecode('gb18030', data)
      }
    }
  }
  if (text === undefined) {
    return {
      ok: false,
      error: `无法按 ${encoding === 'gb18030' ? 'UTF-8 或 GB18030' : encoding.toUpperCase()} 解码：文件可能已损坏或不是文本`,
    }
  }
  if (controlShare(text) > 0.01) {
    return {
      ok: false,
      error: '这不是文本文件：内容含大量控制字符，可能是图片或其他二进制文件改了扩展名',
    }
  }
  return { ok: true, text, encoding }
}
