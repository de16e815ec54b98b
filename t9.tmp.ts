import { readFileSync } from 'node:fs'
import { importFile } from '@/import'
const f = process.argv[2] ?? 'pingtan-2025-word.docx'
const r = await importFile(f, new Uint8Array(readFileSync('tests/fixtures/samples/'+f)))
console.log(r.error, r.reports[0]?.notes.map(n=>n.message), r.reports[0]?.report.unread, r.reports[0]?.report.agency, r.reports[0]?.report.year)
const exp = JSON.parse(readFileSync('tests/fixtures/samples/'+f.replace(/\.[a-z]+$/,'.json'),'utf8'))
const got = r.reports[0]?.report
if (got) for (const k of ['requests','appeals','active']) console.log(k, JSON.stringify((got as any)[k]) === JSON.stringify(exp[k]))
console.log(Object.keys(got?.text ?? {}), got?.text?.overview?.slice(0,50))
