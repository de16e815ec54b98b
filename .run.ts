import fs from 'node:fs'
import { pdfToText } from './src/import/pdf'
for (const name of process.argv.slice(2)) {
  const data = new Uint8Array(fs.readFileSync(`tests/fixtures/samples/${name}.pdf`))
  const t0 = performance.now()
  const { text, lineInfo } = await pdfToText(data)
  const ms = performance.now() - t0
  fs.writeFileSync(`/tmp/pdfx/${name}.out.txt`, text)
  console.error(name, Math.round(ms), 'ms', lineInfo.length, 'lines')
}
