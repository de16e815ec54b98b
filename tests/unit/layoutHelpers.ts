import { REQUEST_ROWS } from '@/domain/catalog'
import { rowsOfEdition } from '@/domain/report'

export { REQUEST_ROWS }
/** Rows of a 2021-edition report that prints the three （六） sub-rows. */
export const rowsOfEditionKeys: string[] = rowsOfEdition('2021', true)
