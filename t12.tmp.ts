import { readFileSync, readdirSync } from 'node:fs'
import { importFile } from '@/import'
for (const f of readdirSync('tests/fixtures/pdf').filter(f => f.endsWith('.pdf'))) {
  const r = await importFile(f, new Uint8Array(readFileSync('tests/fixtures/pdf/'+f)))
  const exp = JSON.parse(readFileSync('tests/fixtures/pdf/'+f.replace('.pdf','.json'),'utf8'))
  const got = r.reports[0]?.report
  console.log(f, r.error ?? '', got && ['requests','appeals','active'].map(k => k + ':' + (JSON.stringify((got as any)[k]) === JSON.stringify(exp[k]))).join(' '))
  console.log('  ', r.reports[0]?.notes.map(n=>n.message.slice(0,160)))
}
