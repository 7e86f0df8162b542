import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../app/ui/DataTable';
import { ReadState } from '../../app/ui/ReadState';
import { formatDateTime } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { rest } from '../../net/gateway';
import { boothIdsIn, readModerationDetail, roomRef } from './moderationEntry';
import { organizerApi, organizerKeys } from './organizerApi';
import { SectionHead } from './SectionHead';

/** The log, and the names of the booths whose rooms it mentions (a booth that cannot be read shows by id). */
async function loadLog(signal: AbortSignal) {
  const { items } = await organizerApi.moderation({ signal });
  // Only the booths in the log (a few, at most one per entry), not the whole expo's directory.
  const boothIds = boothIdsIn(items.map((e) => e.room));
  const answers = await Promise.allSettled(boothIds.map((id) => rest.booth(id, { signal })));
  const boothNames = new Map<string, string>();
  answers.forEach((answer, i) => {
    if (answer.status === 'fulfilled') boothNames.set(boothIds[i] as string, answer.value.booth.name);
  });
  return { items, boothNames };
}

/** Deletions and mutes in every chat room, newest first (the server keeps that order), with who did them to whom. */
export function ModerationLog() {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['organizer', 'common']);
  const log = useRefreshable(organizerKeys.moderation(), loadLog);
  const items = log.data?.items;
  const boothNames = log.data?.boothNames;

  return (
    <section className="card console-section" aria-labelledby="org-moderation" data-testid="moderation-log">
      <SectionHead id="org-moderation" title={t('organizer:moderation.heading')} read={log} />
      <p className="muted small">{t('organizer:moderation.intro')}</p>
      <ReadState read={log} failed={(reason) => t('organizer:loadFailed', { reason })} />
      {items?.length === 0 && <p className="analytics-empty">{t('organizer:moderation.empty')}</p>}
      {items && items.length > 0 && (
        <DataTable
          caption={t('organizer:moderation.heading')}
          columns={[
            t('common:time'),
            t('organizer:moderation.action'),
            t('organizer:moderation.room'),
            t('organizer:moderation.by'),
            t('organizer:moderation.detail'),
          ]}
        >
          {items.map((entry) => {
            const room = roomRef(entry.room);
            const detail = readModerationDetail(entry.action, entry.detail);
            const roomLabel =
              room.kind === 'booth'
                ? t('organizer:moderation.rooms.booth', { name: boothNames?.get(room.id) ?? room.id })
                : room.kind === 'other'
                  ? room.id
                  : t(`organizer:moderation.rooms.${room.kind}`, { id: room.id });
            return (
              <tr key={entry.id} data-moderation-id={entry.id}>
                <td className="nowrap">
                  <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at, lng)}</time>
                </td>
                <td>
                  <span className={`chip moderation-action moderation-action--${entry.action}`}>
                    {entry.action === 'delete' || entry.action === 'mute'
                      ? t(`organizer:moderation.actions.${entry.action}`)
                      : entry.action}
                  </span>
                </td>
                <td>{room.href ? <Link to={room.href}>{roomLabel}</Link> : roomLabel}</td>
                <td data-column="by">{entry.byName || <span className="mono">{entry.by}</span>}</td>
                <td data-column="detail">
                  {detail.kind === 'delete' && (
                    <>
                      {detail.user
                        ? t('organizer:moderation.deleted', { user: detail.user })
                        : t('organizer:moderation.deletedId', { id: detail.messageId })}
                      {/* The author's own words: a text node, never markup. */}
                      {detail.excerpt && <q className="moderation-excerpt">{detail.excerpt}</q>}
                    </>
                  )}
                  {detail.kind === 'mute' && t('organizer:moderation.muted', { user: detail.user, count: detail.minutes })}
                  {detail.kind === 'other' && <span className="mono">{detail.text}</span>}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
