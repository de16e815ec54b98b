// @vitest-environment jsdom
/**
 * ListSelect, the select of every long list: keyboard, search, a press outside, new values, and
 * a list of thousands rendered a window at a time. Mounted alone, with the app's i18n.
 */
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import ListSelect from '@/components/select/ListSelect.vue'
import { VISIBLE_ROWS, flatGroup, rowsOf, scrollToShow, windowOf } from '@/components/select/rows'
import type { SelectGroup } from '@/components/select/rows'
import { createI18n } from '@/i18n'
import { zhCN } from '@/i18n/zh-CN'

const GROUPS: SelectGroup<string>[] = [
  { label: '洪泽区', options: [{ label: '洪泽区教育局', value: 'edu' }] },
  {
    label: '平潭',
    options: [
      { label: '平潭综合实验区', value: 'pt' },
      { label: '平潭综合实验区公安局', value: 'police' },
    ],
  },
]

let wrapper: VueWrapper | undefined

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

/** The select bound to a ref, as a view uses it; `value()` reads what it set. */
function mountSelect(
  props: {
    groups?: SelectGroup<string>[]
    multiple?: boolean
    filterable?: boolean
    create?: (text: string) => string
  } = {},
  initial: string[] = [],
) {
  const model = ref<string[]>(initial)
  const Host = defineComponent({
    setup: () => () =>
      h('div', [
        h(ListSelect<string>, {
          modelValue: model.value,
          'onUpdate:modelValue': (v: string[]) => (model.value = v),
          groups: props.groups ?? GROUPS,
          placeholder: '全部机构',
          label: '机构',
          multiple: props.multiple ?? false,
          filterable: props.filterable ?? false,
          create: props.create ?? null,
        }),
        h('button', { class: 'outside' }, 'elsewhere'),
      ]),
  })
  const i18n = createI18n({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
  wrapper = mount(Host, { attachTo: document.body, global: { plugins: [i18n] } })
  const w = wrapper
  const input = () => w.find('input[role="combobox"]')
  return {
    w,
    input,
    value: () => model.value,
    options: () => w.findAll('[role="option"]').map((o) => o.text()),
    activeText: () => {
      const id = input().attributes('aria-activedescendant')
      return id ? w.find(`[id="${id}"]`).text() : null
    },
    key: (key: string) => input().trigger('keydown', { key }),
    isOpen: () => input().attributes('aria-expanded') === 'true',
  }
}

describe('ListSelect: keyboard', () => {
  it('opens with ↓, moves through the options past the group titles, picks with Enter', async () => {
    const s = mountSelect()
    expect(s.isOpen()).toBe(false)
    await s.key('ArrowDown')
    expect(s.isOpen()).toBe(true)
    expect(s.w.find('[role="listbox"]').text()).toContain('洪泽区')
    expect(s.options()).toEqual(['洪泽区教育局', '平潭综合实验区', '平潭综合实验区公安局'])
    await s.key('ArrowDown')
    expect(s.activeText()).toBe('洪泽区教育局')
    await s.key('ArrowDown')
    await s.key('ArrowDown')
    expect(s.activeText()).toBe('平潭综合实验区公安局')
    await s.key('ArrowDown') // wraps round
    expect(s.activeText()).toBe('洪泽区教育局')
    await s.key('ArrowUp')
    expect(s.activeText()).toBe('平潭综合实验区公安局')
    await s.key('Enter')
    expect(s.value()).toEqual(['police'])
    expect(s.isOpen()).toBe(false)
    expect(s.w.find('.placeholder').text()).toBe('平潭综合实验区公安局')
  })

  it('toggles several values with Space, removes the last with Backspace, closes with Esc', async () => {
    const s = mountSelect({ multiple: true })
    await s.key(' ')
    expect(s.isOpen()).toBe(true)
    await s.key('ArrowDown')
    await s.key(' ')
    await s.key('ArrowDown')
    await s.key(' ')
    expect(s.value()).toEqual(['edu', 'pt'])
    expect(s.isOpen()).toBe(true)
    expect(s.w.findAll('[aria-selected="true"]').map((o) => o.text())).toEqual([
      '洪泽区教育局',
      '平潭综合实验区',
    ])
    // The first value as a tag, the others counted.
    expect(s.w.findAll('.tag').map((t) => t.text().replace(/\s+/g, ' '))).toEqual([
      '洪泽区教育局 ×',
      '+ 1',
    ])
    await s.key(' ') // again on 平潭综合实验区: off
    expect(s.value()).toEqual(['edu'])
    await s.key('Backspace')
    expect(s.value()).toEqual([])
    await s.key('Escape')
    expect(s.isOpen()).toBe(false)
  })

  it('jumps a page with PageDown in a long list and keeps the active row rendered', async () => {
    const many = flatGroup(
      Array.from({ length: 5000 }, (_, i) => ({ label: `机构${i}`, value: `a${i}` })),
    )
    const s = mountSelect({ groups: many })
    await s.key('ArrowDown')
    // A window of rows, not five thousand.
    expect(s.options().length).toBeLessThan(40)
    await s.key('ArrowDown')
    for (let i = 0; i < 100; i++) await s.key('PageDown')
    expect(s.activeText()).toBe(`机构${100 * VISIBLE_ROWS}`)
    expect(s.options()).toContain(`机构${100 * VISIBLE_ROWS}`)
    expect(s.options().length).toBeLessThan(40)
    await s.key('Enter')
    expect(s.value()).toEqual([`a${100 * VISIBLE_ROWS}`])
  })
})

describe('ListSelect: search', () => {
  it('narrows as one types, shows the first match active, says when nothing matches', async () => {
    const s = mountSelect({ filterable: true })
    await s.input().setValue('公安')
    expect(s.isOpen()).toBe(true)
    expect(s.options()).toEqual(['平潭综合实验区公安局'])
    // A group whose options are all filtered out loses its title.
    expect(s.w.find('[role="listbox"]').text()).not.toContain('洪泽区')
    expect(s.activeText()).toBe('平潭综合实验区公安局')
    await s.key('Enter')
    expect(s.value()).toEqual(['police'])

    await s.key('ArrowDown')
    await s.input().setValue('没有这个机构')
    expect(s.options()).toEqual([])
    expect(s.w.find('.empty').text()).toBe('无匹配数据')
  })

  it('offers a typed name that is not in the list, where new values are taken', async () => {
    const s = mountSelect({ filterable: true, create: (text) => text })
    await s.input().setValue('华龙区工信局')
    expect(s.options()).toEqual(['使用“华龙区工信局”'])
    await s.key('Enter')
    expect(s.value()).toEqual(['华龙区工信局'])
    // A name the list has is picked as it is, not offered twice.
    await s.input().setValue('平潭综合实验区')
    expect(s.options()).toEqual(['平潭综合实验区', '平潭综合实验区公安局'])
  })

  it('leaves Enter to an input method that is composing a character', async () => {
    const s = mountSelect({ filterable: true })
    await s.input().setValue('平潭')
    await s.input().trigger('keydown', { key: 'Enter', isComposing: true })
    expect(s.value()).toEqual([])
    expect(s.isOpen()).toBe(true)
    await s.key('Enter')
    expect(s.value()).toEqual(['pt'])
  })

  it('does not take typing where it is not filterable', async () => {
    const s = mountSelect()
    expect(s.input().attributes('readonly')).toBeDefined()
  })
})

describe('ListSelect: mouse and focus', () => {
  it('closes on a press outside, and not on a press inside', async () => {
    const s = mountSelect({ multiple: true })
    await s.w.find('.control').trigger('click')
    expect(s.isOpen()).toBe(true)
    s.w.find('[role="listbox"]').element.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    await s.w.vm.$nextTick()
    expect(s.isOpen()).toBe(true)
    await s.w.findAll('[role="option"]')[1]?.trigger('click')
    expect(s.value()).toEqual(['pt'])
    expect(s.isOpen()).toBe(true)
    s.w.find('.outside').element.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    await s.w.vm.$nextTick()
    expect(s.isOpen()).toBe(false)
  })

  it('clears every value from its clear button', async () => {
    const s = mountSelect({ multiple: true }, ['edu', 'pt'])
    await s.w.find('.control').trigger('mouseenter')
    await s.w.find('button.clear').trigger('click')
    expect(s.value()).toEqual([])
  })
})

describe('the rows of a select, in Node', () => {
  it('puts a new value first only when no option has that label', () => {
    expect(rowsOf(GROUPS, '平潭', true).rows[0]).toEqual({
      kind: 'create',
      label: '平潭',
      index: 0,
    })
    expect(rowsOf(GROUPS, '平潭综合实验区', true).rows[0]?.kind).toBe('title')
    expect(rowsOf(GROUPS, '  ', true).options).toBe(3)
  })

  it('renders a window around the scroll position and scrolls just enough', () => {
    expect(windowOf(0, 5000)).toEqual({ first: 0, end: VISIBLE_ROWS + 6 })
    expect(windowOf(34 * 100, 5000)).toEqual({ first: 94, end: 100 + VISIBLE_ROWS + 6 })
    expect(windowOf(34 * 100, 50).end).toBe(50)
    expect(scrollToShow(0, 3)).toBe(0)
    expect(scrollToShow(0, VISIBLE_ROWS)).toBe(34)
    expect(scrollToShow(340, 2)).toBe(68)
  })
})
