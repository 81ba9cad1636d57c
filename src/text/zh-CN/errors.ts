import type { CatalogWords } from '../catalog';

/** 出现问题时。 */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId: string) =>
    `抱歉，我这边出了问题，未能完成该操作。请稍后重试。如果问题持续出现，请将此参考编号提供给你的服务台：${correlationId}`,
  refusedTenant: '你的组织未启用此助手。请联系你的 IT 部门。',
  unknownAction: '该按钮已不再起作用。输入“帮助”查看我能做什么。',
  didNotUnderstand: '我没有理解你的意思。输入“帮助”查看我能做什么。',
  trimmed: (shown: number) => `（已缩短为前 ${shown} 个字符）`,
};
