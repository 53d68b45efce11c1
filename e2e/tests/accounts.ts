/** The demo accounts of SPEC section 8, as the e2e suite signs in with them. */
export const accounts = {
  admin: { displayName: '系统管理员', role: '系统管理员' },
  promoter: { displayName: '张伟', role: '招商人员' },
  promoter2: { displayName: '李娜', role: '招商人员' },
  leader: { displayName: '王建国', role: '领导' },
  inspector: { displayName: '陈静', role: '履约监管人员' },
  security: { displayName: '周敏', role: '安全管理员' },
  auditor: { displayName: '吴芳', role: '审计管理员' },
} as const;

export type Account = keyof typeof accounts;
export const PASSWORD = 'demo1234';
export const storageState = (account: Account) => `.auth/${account}.json`;
