import { readFileSync } from 'node:fs'
import { readText } from '../src/import/text/readText'
const names = process.argv.slice(2)
for (const n of names) {
  const text = readFileSync(`/work/main/tests/fixtures/samples/${n}.txt`, 'utf8')
  const r = readText({ text, name: n + '.txt', format: 'text' })
  if (!r.ok) { console.log(n, 'ERROR', r.error); continue }
  const exp = JSON.parse(readFileSync(`/work/main/tests/fixtures/samples/${n}.json`, 'utf8'))
  const got = r.value.report
  const diffs: string[] = []
  for (const k of ['agency','region','year','edition']) if ((got as any)[k] !== exp[k]) diffs.push(`${k}: ${(got as any)[k]} vs ${exp[k]}`)
  for (const t of ['requests','appeals','active']) {
    const g = JSON.stringify((got as any)[t] ?? null), e = JSON.stringify(exp[t] ?? null)
    if (g !== e) diffs.push(`${t}:\n got ${g}\n exp ${e}`)
  }
  console.log(n, diffs.length ? 'DIFF' : 'OK', diffs.join('\n'))
  for (const note of r.value.notes) console.log('   note', note.level, note.message)
}
