import { foldCell } from '@/import/cells/values'
for (const s of ['1 0', ' 12 ', '社会 公益\n组织', '1\u00a0 0', '结果 维持 2', '3 元']) console.log(JSON.stringify(s), JSON.stringify(foldCell(s)))
