/**
 * The statistics page's strings, in the feature's own i18next namespace (`statsPage`; the app catalogs keep
 * `stats.*` for the lobby's headline figures). Components read them through {@link useStatsText}.
 */
import { registerFeatureText, type TranslationOf, useFeatureText } from '../negotiations/featureText';

/** The namespace of this bundle. */
export const STATS_NS = 'statsPage';

const en = {
  headline: {
    dealValue: 'Deal value',
    exact: 'Exactly {{value}}',
    deals_one: '{{formatted}} deal',
    deals_other: '{{formatted}} deals',
    byTypeHeading: 'Deals by IP type',
    typeDeals_one: '{{formatted}} deal',
    typeDeals_other: '{{formatted}} deals',
    figuresHeading: 'The expo in figures',
    copyrightsInvolved: 'Copyrights involved',
    exhibitors: 'Exhibitors',
    overseas: '{{value}} from overseas',
    exhibits: 'IP items on show',
    visitorsOnline: 'Visitors online now',
    uniqueVisitorsToday: 'Visitors today',
    uniqueVisitorsHint: 'Distinct visitors since 00:00 UTC',
  },
  ticker: {
    heading: 'Deals as they happen',
    hint: 'The latest deals, newest first. Buyers are never named.',
    empty: 'No deal has closed yet.',
    source: {
      negotiation: 'Negotiated',
      auction: 'Auction',
    },
    seller: 'Seller: {{region}}',
    announceOne: 'New deal: {{title}}, {{amount}}, {{type}}.',
    announceMany: '{{number}} new deals. The latest: {{title}}, {{amount}}, {{type}}.',
  },
  charts: {
    heading: 'Deal value over time',
    byType: 'Deal value by IP type',
    byRegion: 'Deal value by seller region',
    bucket: 'Time step',
    buckets: {
      minute: 'Minutes',
      hour: 'Hours',
      day: 'Days',
    },
    mode: 'Show',
    modes: {
      cumulative: 'Running total',
      perBucket: 'Per time step',
    },
    summary: '{{chart}}, {{from}} to {{to}}: {{totals}}.',
    tableCaption: '{{chart}}: deal value in each period with deals, {{from}} to {{to}}',
    period: 'Period starting',
    total: 'Total',
    loading: 'Loading the charts…',
    failed: 'The charts could not be loaded.',
    noData: 'No deals in this period yet.',
  },
  leaders: {
    halls: 'Halls by deal value',
    exhibitors: 'Top exhibitors',
    rank: 'Rank',
    hall: 'Hall',
    exhibitor: 'Exhibitor',
    deals: 'Deals',
    value: 'Value',
    noExhibitors: 'No exhibitor has closed a deal yet.',
  },
  empty: {
    title: 'No deals yet',
    body: 'Deals agreed in negotiations and won at auctions appear here the moment they close, with charts and leader boards.',
  },
};

/** The English bundle: every translation has exactly its keys. */
export type StatsText = typeof en;

const zhCN: TranslationOf<StatsText> = {
  headline: {
    dealValue: '意向成交额',
    exact: '精确金额 {{value}}',
    deals_one: '{{formatted}} 笔成交',
    deals_other: '{{formatted}} 笔成交',
    byTypeHeading: '按知识产权类型统计成交',
    typeDeals_one: '{{formatted}} 笔',
    typeDeals_other: '{{formatted}} 笔',
    figuresHeading: '博览会概况',
    copyrightsInvolved: '涉及版权',
    exhibitors: '参展商',
    overseas: '其中境外 {{value}} 家',
    exhibits: '展出知识产权',
    visitorsOnline: '当前在线观众',
    uniqueVisitorsToday: '今日观众',
    uniqueVisitorsHint: '自 UTC 0 时起的独立访客',
  },
  ticker: {
    heading: '实时成交',
    hint: '最新成交，最新的在最上方。买方信息不公开。',
    empty: '尚无成交。',
    source: {
      negotiation: '洽谈成交',
      auction: '拍卖成交',
    },
    seller: '卖方：{{region}}',
    announceOne: '新成交：{{title}}，{{amount}}，{{type}}。',
    announceMany: '新增 {{number}} 笔成交。最新一笔：{{title}}，{{amount}}，{{type}}。',
  },
  charts: {
    heading: '成交额走势',
    byType: '按知识产权类型的成交额',
    byRegion: '按卖方地区的成交额',
    bucket: '时间粒度',
    buckets: {
      minute: '分钟',
      hour: '小时',
      day: '天',
    },
    mode: '显示',
    modes: {
      cumulative: '累计',
      perBucket: '分时段',
    },
    summary: '{{chart}}，{{from}} 至 {{to}}：{{totals}}。',
    tableCaption: '{{chart}}：各有成交时段的成交额，{{from}} 至 {{to}}',
    period: '时段开始',
    total: '合计',
    loading: '图表加载中…',
    failed: '图表加载失败。',
    noData: '该时段尚无成交。',
  },
  leaders: {
    halls: '各展馆成交额',
    exhibitors: '成交额领先的参展商',
    rank: '排名',
    hall: '展馆',
    exhibitor: '参展商',
    deals: '成交笔数',
    value: '成交额',
    noExhibitors: '尚无参展商达成交易。',
  },
  empty: {
    title: '尚无成交',
    body: '洽谈达成或拍卖成交的交易将在成交时即刻显示在这里，并生成图表和排行榜。',
  },
};

const zhHK: TranslationOf<StatsText> = {
  headline: {
    dealValue: '意向成交額',
    exact: '精確金額 {{value}}',
    deals_one: '{{formatted}} 宗成交',
    deals_other: '{{formatted}} 宗成交',
    byTypeHeading: '按知識產權類型統計成交',
    typeDeals_one: '{{formatted}} 宗',
    typeDeals_other: '{{formatted}} 宗',
    figuresHeading: '博覽會概況',
    copyrightsInvolved: '涉及版權',
    exhibitors: '參展商',
    overseas: '其中境外 {{value}} 家',
    exhibits: '展出知識產權',
    visitorsOnline: '目前在線觀眾',
    uniqueVisitorsToday: '今日觀眾',
    uniqueVisitorsHint: '自 UTC 0 時起的獨立訪客',
  },
  ticker: {
    heading: '即時成交',
    hint: '最新成交，最新的在最上方。買方資料不會公開。',
    empty: '尚未有成交。',
    source: {
      negotiation: '洽談成交',
      auction: '拍賣成交',
    },
    seller: '賣方：{{region}}',
    announceOne: '新成交：{{title}}，{{amount}}，{{type}}。',
    announceMany: '新增 {{number}} 宗成交。最新一宗：{{title}}，{{amount}}，{{type}}。',
  },
  charts: {
    heading: '成交額走勢',
    byType: '按知識產權類型的成交額',
    byRegion: '按賣方地區的成交額',
    bucket: '時間粒度',
    buckets: {
      minute: '分鐘',
      hour: '小時',
      day: '天',
    },
    mode: '顯示',
    modes: {
      cumulative: '累計',
      perBucket: '分時段',
    },
    summary: '{{chart}}，{{from}} 至 {{to}}：{{totals}}。',
    tableCaption: '{{chart}}：各有成交時段的成交額，{{from}} 至 {{to}}',
    period: '時段開始',
    total: '合計',
    loading: '圖表載入中…',
    failed: '圖表載入失敗。',
    noData: '該時段尚未有成交。',
  },
  leaders: {
    halls: '各展館成交額',
    exhibitors: '成交額領先的參展商',
    rank: '排名',
    hall: '展館',
    exhibitor: '參展商',
    deals: '成交宗數',
    value: '成交額',
    noExhibitors: '尚未有參展商達成交易。',
  },
  empty: {
    title: '尚未有成交',
    body: '洽談達成或拍賣成交的交易會在成交時即時顯示於此，並生成圖表及排行榜。',
  },
};

/** Every language of the bundle. */
export const statsResources = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

registerFeatureText(STATS_NS, statsResources);

/** `tx(key, vars)` over the statistics page's bundle, and the active language. */
export function useStatsText() {
  return useFeatureText<StatsText>(STATS_NS);
}
