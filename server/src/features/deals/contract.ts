import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type IpType, MINOR_PER_YUAN, type PaymentMilestone, TRADE_MODES, type TradeMode } from '@pavilion/shared';
import { z } from 'zod';

const Bilingual = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const ModeTemplate = z.strictObject({
  mode: z.enum(TRADE_MODES),
  roles: z.strictObject({ buyer: Bilingual, seller: Bilingual }),
  title: Bilingual,
  clauses: z.strictObject({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1) }),
});
const CommonTemplate = z.strictObject({
  royalty: Bilingual,
  noRoyalty: Bilingual,
  milestone: z.strictObject({ signing: Bilingual, recordal: Bilingual }),
  clauses: z.strictObject({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1) }),
});
type ModeTemplate = z.infer<typeof ModeTemplate>;

const load = <T>(schema: z.ZodType<T>, name: string): T =>
  schema.parse(JSON.parse(readFileSync(new URL(`./templates/${name}.json`, import.meta.url), 'utf8')));

const common = load(CommonTemplate, 'common');
const byMode = new Map<TradeMode, ModeTemplate>(TRADE_MODES.map((m) => [m, load(ModeTemplate, m)]));
for (const [mode, t] of byMode) {
  if (t.mode !== mode) throw new Error(`templates/${mode}.json declares mode ${t.mode}`);
  if (t.clauses.en.length !== t.clauses.zh.length) throw new Error(`templates/${mode}.json: English and Chinese clauses differ in number`);
}
if (common.clauses.en.length !== common.clauses.zh.length)
  throw new Error('templates/common.json: English and Chinese clauses differ in number');

/** What a contract is filled from: the accepted terms and the parties as they were when it was issued. */
export interface ContractFacts {
  dealId: string;
  agreedAt: number;
  mode: TradeMode;
  territory: 'WORLDWIDE' | string[];
  termMonths?: number;
  royaltyPercent?: number;
  /** Minor units (fen). */
  price: number;
  sellerName: string;
  buyerName: string;
  buyerOrgName?: string;
  exhibitTitle: string;
  ipType: IpType;
  registrationNumber: string;
  jurisdiction: string;
}

/** The contract as issued: its two texts, the hash that binds them, and its payment milestones. */
export interface IssuedContract {
  text: { en: string; zh: string };
  sha256: string;
  milestones: PaymentMilestone[];
}

/** The escrow plan every contract uses: a deposit on signing, the balance before the recordal is filed. */
const MILESTONE_PLAN: { id: string; percent: number; due: PaymentMilestone['due'] }[] = [
  { id: 'deposit', percent: 30, due: 'signing' },
  { id: 'balance', percent: 70, due: 'recordal' },
];

const IP_TYPE_NAMES: Record<IpType, { en: string; zh: string }> = {
  patent: { en: 'patent', zh: '专利' },
  trademark: { en: 'trademark', zh: '商标' },
  copyright: { en: 'copyright', zh: '著作权' },
};

/** Fen as "1,250,000.00" (exact: integer arithmetic, never floats). */
function yuanText(minor: number): string {
  const whole = Math.floor(minor / MINOR_PER_YUAN);
  const cents = String(minor % MINOR_PER_YUAN).padStart(2, '0');
  return `${whole.toLocaleString('en-US')}.${cents}`;
}
const priceEn = (minor: number) => `CNY ${yuanText(minor)}`;
const priceZh = (minor: number) => `人民币 ${yuanText(minor)} 元`;

/** Splits the price over the plan; the last milestone takes the rounding so the parts add up exactly. */
export function planMilestones(price: number): PaymentMilestone[] {
  let left = price;
  return MILESTONE_PLAN.map((m, i) => {
    const amount = i === MILESTONE_PLAN.length - 1 ? left : Math.floor((price * m.percent) / 100);
    left -= amount;
    return { id: m.id, percent: m.percent, due: m.due, amount: { amount, currency: 'CNY' } };
  });
}

/** Replaces every `{{name}}`; a name the template uses but the facts lack is a programming error, never blank text. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`contract template uses {{${name}}}, which has no value`);
    return v;
  });
}

/**
 * The text of one language: the title, then the mode's clauses and the common ones, numbered. Line ends are LF,
 * the text is NFC-normalised and has no trailing white space, so the same facts always give the same bytes.
 */
function compose(title: string, clauses: string[], number: (n: number) => string): string {
  const body = clauses.map((c, i) => `${number(i + 1)} ${c}`);
  return [title, ...body].join('\n\n').normalize('NFC');
}

/** sha256 over the UTF-8 bytes of `en + "\n\n" + zh`: one digest binds both authentic versions. */
export function contractHash(text: { en: string; zh: string }): string {
  return createHash('sha256').update(`${text.en}\n\n${text.zh}`, 'utf8').digest('hex');
}

/** Fills the trade mode's template (and the common clauses) in English and Chinese from the deal's facts. */
export function issueContract(f: ContractFacts): IssuedContract {
  const t = byMode.get(f.mode);
  if (!t) throw new Error(`no contract template for ${f.mode}`);
  const milestones = planMilestones(f.price);
  const ipType = IP_TYPE_NAMES[f.ipType];
  const worldwide = f.territory === 'WORLDWIDE';
  const countries = worldwide ? [] : (f.territory as string[]);
  const base: Record<string, string> = {
    dealId: f.dealId,
    agreementDate: new Date(f.agreedAt).toISOString().slice(0, 10),
    sellerName: f.sellerName,
    buyerParty: f.buyerOrgName ? `${f.buyerName}, acting for ${f.buyerOrgName}` : f.buyerName,
    buyerPartyZh: f.buyerOrgName ? `${f.buyerOrgName}（代表人：${f.buyerName}）` : f.buyerName,
    exhibitTitle: f.exhibitTitle,
    ipType: ipType.en,
    ipTypeUpper: ipType.en.toUpperCase(),
    ipTypeZh: ipType.zh,
    registrationNumber: f.registrationNumber,
    jurisdiction: f.jurisdiction,
    territory: worldwide ? 'worldwide' : `of the following countries and regions (ISO 3166-1 codes): ${countries.join(', ')}`,
    territoryZh: worldwide ? '全球范围' : `以下国家和地区（ISO 3166-1 代码）：${countries.join('、')}`,
    termMonths: String(f.termMonths ?? ''),
    royaltyPercent: String(f.royaltyPercent ?? 0),
    price: priceEn(f.price),
    priceZh: priceZh(f.price),
    buyerRole: t.roles.buyer.en,
    buyerRoleZh: t.roles.buyer.zh,
    sellerRole: t.roles.seller.en,
    sellerRoleZh: t.roles.seller.zh,
  };
  const milestone = (m: PaymentMilestone, lang: 'en' | 'zh') =>
    fill(common.milestone[m.due][lang], {
      percent: String(m.percent),
      amount: priceEn(m.amount.amount),
      amountZh: priceZh(m.amount.amount),
    });
  const royalty = f.royaltyPercent ? common.royalty : common.noRoyalty;
  const values: Record<string, string> = {
    ...base,
    royaltyClause: fill(royalty.en, base),
    royaltyClauseZh: fill(royalty.zh, base),
    milestones: milestones.map((m) => milestone(m, 'en')).join('; '),
    milestonesZh: milestones.map((m) => milestone(m, 'zh')).join('；'),
  };
  const text = {
    en: compose(
      fill(t.title.en, values),
      [...t.clauses.en, ...common.clauses.en].map((c) => fill(c, values)),
      (n) => `${n}.`,
    ),
    zh: compose(
      fill(t.title.zh, values),
      [...t.clauses.zh, ...common.clauses.zh].map((c) => fill(c, values)),
      (n) => `第${n}条`,
    ),
  };
  return { text, sha256: contractHash(text), milestones };
}
