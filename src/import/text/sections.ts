/** The headings of a report's six sections, as the template numbers them (after folding). */
export const SECTION = {
  overview: /一[、.,]?总体情况/,
  active: /二[、.,]?主动公开政府信息情况/,
  requests: /三[、.,]?收到和处理政府信息公开申请情况/,
  appeals: /四[、.,]?政府信息公开行政法?复议/,
  problems: /五[、.,]?存在的主要问题/,
  otherMatters: /六[、.,]?其他需要报告的事项/,
} as const
