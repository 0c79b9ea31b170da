// TEMPORARY STUB — replaced by the full demo data.
export type DemoOrgKind = 'ENTERPRISE' | 'UNIVERSITY' | 'INSTITUTE' | 'BUREAU' | 'SERVICE_AGENCY';
export interface DemoOrganization { key: string; name: string; kind: DemoOrgKind; region: string; verified: boolean; highTech: boolean; specialized: boolean; }
export interface DemoUser { email: string; displayName: string; role: 'MEMBER' | 'BUREAU' | 'EXPERT'; org: string | null; membership: 'APPROVED' | 'PENDING' | null; }
interface DemoListingBase { key: string; org: string; keywords: string[]; industryChain: string; status: string; contactName: string; contactPhone: string; contactEmail: string; confidentialDetail: string; rejectReason?: string; closeReason?: string; }
export interface DemoAchievement extends DemoListingBase { title: string; summary: string; trl: number | null; ipType: string; transferModes: string[]; askingPriceWan: number | null; team: string | null; }
export interface DemoDemand extends DemoListingBase { title: string; description: string; minTrl: number | null; budgetWan: number | null; cooperationModes: string[]; deadline: string | null; }
export const DEMO_PASSWORD = 'Demo@2026hc';
export const demoOrganizations: DemoOrganization[] = [{ key: 'bureau', name: '鹤城区科学技术局', kind: 'BUREAU', region: '湖南省怀化市鹤城区', verified: true, highTech: false, specialized: false }];
export const demoUsers: DemoUser[] = [{ email: 'bureau@demo.hc-ttp.cn', displayName: '李敏（科技局）', role: 'BUREAU', org: 'bureau', membership: 'APPROVED' }];
export const demoAchievements: DemoAchievement[] = [];
export const demoDemands: DemoDemand[] = [];
