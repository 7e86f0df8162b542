/**
 * The strings of the expo programme, the lobby's session lists, the reminder toasts and the hall's live
 * markers, in the feature's own i18next namespace (`programme`). Components read them through
 * {@link useProgrammeText}: `tx('page.title')`, typed against the English bundle.
 */
import { registerFeatureText, type TranslationOf, useFeatureText } from '../../negotiations/featureText';

/** The namespace of this bundle. */
export const PROGRAMME_NS = 'programme';

const en = {
  page: {
    title: 'Programme',
    intro: 'Live presentations by exhibitors across the expo: what is on now and what is coming up.',
    timeZone: 'Times are in your time zone ({{zone}}).',
    hallFilter: 'Hall',
    allHalls: 'All halls',
    calendarAll: 'Add the whole programme to your calendar (.ics)',
    calendarHall: 'Add this hall’s programme to your calendar (.ics)',
    liveHeading: 'Live now',
    upcomingHeading: 'Upcoming',
    noLive: 'Nothing is live right now.',
    noUpcoming: 'No sessions are scheduled yet.',
    noUpcomingHall: 'No sessions are scheduled in this hall yet.',
    loading: 'Loading the programme…',
    loadFailed: 'The programme could not be loaded.',
    today: 'Today',
    tomorrow: 'Tomorrow',
    sessions_one: '{{count}} session',
    sessions_other: '{{count}} sessions',
  },
  session: {
    startsAt: 'Starts at {{time}}',
    liveSince: 'Live since {{time}}',
    host: 'Hosted by {{name}}',
    viewers_one: '{{formatted}} watching',
    viewers_other: '{{formatted}} watching',
    live: 'LIVE',
    watch: 'Watch',
    watchLabel: 'Watch “{{title}}”',
    calendar: 'Calendar (.ics)',
    calendarLabel: 'Add “{{title}}” to your calendar (.ics)',
  },
  reminders: {
    remind: 'Remind me',
    reminded: 'Reminder set',
    signIn: 'Sign in',
    signInHint: 'to get a reminder when a session starts.',
    failed: 'The reminder for “{{title}}” could not be changed. Please try again.',
  },
  lobby: {
    upcomingHeading: 'Coming up',
    noLive: 'No booth is hosting a live session right now.',
    noUpcoming: 'No sessions are scheduled.',
    loading: 'Checking for live sessions…',
    loadFailed: 'The live sessions could not be loaded.',
    programme: 'Full programme',
  },
  toast: {
    region: 'Session reminders',
    starting: '{{title}} is starting now',
    watch: 'Watch',
    dismiss: 'Dismiss',
  },
  hall: {
    beacon: 'LIVE',
    label: 'LIVE · {{title}}',
    tag: 'LIVE',
    watchHint: 'watch the session',
    untitled: 'Live session',
  },
};

/** The shape of the bundle: every translation has exactly these keys. */
export type ProgrammeText = typeof en;

const zhCN: TranslationOf<ProgrammeText> = {
  page: {
    title: '活动日程',
    intro: '全展会参展商的直播演示：正在直播与即将开始的场次。',
    timeZone: '时间按您所在的时区（{{zone}}）显示。',
    hallFilter: '展馆',
    allHalls: '全部展馆',
    calendarAll: '将全部日程添加到日历（.ics）',
    calendarHall: '将本展馆日程添加到日历（.ics）',
    liveHeading: '正在直播',
    upcomingHeading: '即将开始',
    noLive: '目前没有正在进行的直播。',
    noUpcoming: '暂无已排期的场次。',
    noUpcomingHall: '本展馆暂无已排期的场次。',
    loading: '正在载入日程…',
    loadFailed: '无法载入日程。',
    today: '今天',
    tomorrow: '明天',
    sessions_one: '{{count}} 场',
    sessions_other: '{{count}} 场',
  },
  session: {
    startsAt: '{{time}} 开始',
    liveSince: '{{time}} 起直播',
    host: '主讲：{{name}}',
    viewers_one: '{{formatted}} 人观看',
    viewers_other: '{{formatted}} 人观看',
    live: '直播中',
    watch: '观看',
    watchLabel: '观看“{{title}}”',
    calendar: '日历（.ics）',
    calendarLabel: '将“{{title}}”添加到日历（.ics）',
  },
  reminders: {
    remind: '提醒我',
    reminded: '已设提醒',
    signIn: '登录',
    signInHint: '后可在场次开始时收到提醒。',
    failed: '无法更改“{{title}}”的提醒，请重试。',
  },
  lobby: {
    upcomingHeading: '即将开始',
    noLive: '目前没有展位在直播。',
    noUpcoming: '暂无已排期的场次。',
    loading: '正在查找直播…',
    loadFailed: '无法载入直播场次。',
    programme: '完整日程',
  },
  toast: {
    region: '场次提醒',
    starting: '“{{title}}”现在开始',
    watch: '观看',
    dismiss: '关闭',
  },
  hall: {
    beacon: '直播中',
    label: '直播中 · {{title}}',
    tag: '直播中',
    watchHint: '观看直播',
    untitled: '直播场次',
  },
};

const zhHK: TranslationOf<ProgrammeText> = {
  page: {
    title: '活動日程',
    intro: '全展會參展商的直播演示：正在直播與即將開始的場次。',
    timeZone: '時間按您所在的時區（{{zone}}）顯示。',
    hallFilter: '展館',
    allHalls: '全部展館',
    calendarAll: '將全部日程加入日曆（.ics）',
    calendarHall: '將本展館日程加入日曆（.ics）',
    liveHeading: '正在直播',
    upcomingHeading: '即將開始',
    noLive: '目前沒有正在進行的直播。',
    noUpcoming: '暫無已排期的場次。',
    noUpcomingHall: '本展館暫無已排期的場次。',
    loading: '正在載入日程…',
    loadFailed: '無法載入日程。',
    today: '今天',
    tomorrow: '明天',
    sessions_one: '{{count}} 場',
    sessions_other: '{{count}} 場',
  },
  session: {
    startsAt: '{{time}} 開始',
    liveSince: '{{time}} 起直播',
    host: '主講：{{name}}',
    viewers_one: '{{formatted}} 人觀看',
    viewers_other: '{{formatted}} 人觀看',
    live: '直播中',
    watch: '觀看',
    watchLabel: '觀看「{{title}}」',
    calendar: '日曆（.ics）',
    calendarLabel: '將「{{title}}」加入日曆（.ics）',
  },
  reminders: {
    remind: '提醒我',
    reminded: '已設提醒',
    signIn: '登入',
    signInHint: '後可在場次開始時收到提醒。',
    failed: '無法更改「{{title}}」的提醒，請重試。',
  },
  lobby: {
    upcomingHeading: '即將開始',
    noLive: '目前沒有展位在直播。',
    noUpcoming: '暫無已排期的場次。',
    loading: '正在查找直播…',
    loadFailed: '無法載入直播場次。',
    programme: '完整日程',
  },
  toast: {
    region: '場次提醒',
    starting: '「{{title}}」現在開始',
    watch: '觀看',
    dismiss: '關閉',
  },
  hall: {
    beacon: '直播中',
    label: '直播中 · {{title}}',
    tag: '直播中',
    watchHint: '觀看直播',
    untitled: '直播場次',
  },
};

/** Every language of the bundle. */
export const programmeResources = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

registerFeatureText(PROGRAMME_NS, programmeResources);

/** `tx(key, vars)` over the programme bundle, and the active language. */
export function useProgrammeText() {
  return useFeatureText<ProgrammeText>(PROGRAMME_NS);
}
