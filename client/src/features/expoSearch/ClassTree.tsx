import { CLASS_SCHEMES, type ClassScheme, type ClassTitles, type ClassTreeItem, classTitleIn } from '@pavilion/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ReadState } from '../../app/ui/ReadState';
import { useFormat } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { expoSearchApi, expoSearchKeys } from './expoSearchApi';

/** A class title in the reader's language: English, simplified Chinese (zh-CN) or traditional Chinese (zh-HK). */
export function useClassTitle() {
  const { i18n } = useTranslation();
  return (title: ClassTitles) => classTitleIn(title, i18n.language);
}

/**
 * The classifications as a tree to walk: IPC sections → classes → subclasses, Nice and Locarno classes, each
 * with how many exhibits it holds. Picking a class either links to the search filtered by it (the lobby) or
 * toggles it as a filter (`selected` + `onToggle`, the search page).
 */
export function ClassTree({
  selected,
  onToggle,
  idPrefix,
}: {
  selected?: readonly string[];
  onToggle?: (code: string) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation(['expoSearch', 'common']);
  const f = useFormat();
  const titleOf = useClassTitle();
  const [scheme, setScheme] = useState<ClassScheme>('ipc');
  const [trail, setTrail] = useState<string[]>([]);
  const parent = trail[trail.length - 1];
  const read = useRefreshable(expoSearchKeys.classes(scheme, parent), (signal) => expoSearchApi.classes(scheme, parent, { signal }));
  const level = read.data;

  function choose(next: ClassScheme) {
    setScheme(next);
    setTrail([]);
  }

  const label = (item: ClassTreeItem) => `${item.code} ${titleOf(item.title)}`;
  return (
    <div className="class-tree" data-testid="class-tree">
      <fieldset className="class-tree__schemes">
        <legend className="visually-hidden">{t('expoSearch:classification')}</legend>
        {CLASS_SCHEMES.map((s) => (
          <button
            key={s}
            type="button"
            className={s === scheme ? 'chip chip--on' : 'chip'}
            aria-pressed={s === scheme}
            onClick={() => choose(s)}
          >
            {t(`expoSearch:schemes.${s}`)}
          </button>
        ))}
      </fieldset>
      {trail.length > 0 && (
        <nav className="class-tree__trail" aria-label={t('expoSearch:classification')}>
          <button type="button" className="link-button" onClick={() => setTrail([])}>
            {t('expoSearch:treeTop', { scheme: t(`expoSearch:schemes.${scheme}`) })}
          </button>
          {trail.map((code, i) => (
            <span key={code}>
              {' › '}
              {i === trail.length - 1 ? (
                <strong>{code}</strong>
              ) : (
                <button type="button" className="link-button" onClick={() => setTrail(trail.slice(0, i + 1))}>
                  {code}
                </button>
              )}
            </span>
          ))}
        </nav>
      )}
      <ReadState read={read} failed={(reason) => t('expoSearch:treeFailed', { reason })} />
      {level && (
        <ul className="class-tree__list">
          {level.items.map((item) => {
            const on = selected?.includes(item.code) ?? false;
            const count = t('expoSearch:exhibits', { count: item.count, formatted: f.count(item.count) });
            return (
              <li key={item.code} className="class-tree__row" data-class={item.code}>
                {onToggle ? (
                  <label className="class-tree__pick">
                    <input type="checkbox" checked={on} onChange={() => onToggle(item.code)} id={`${idPrefix}-${item.code}`} />
                    <span className="class-tree__code">{item.code}</span>
                    <span className="class-tree__title">{titleOf(item.title)}</span>
                  </label>
                ) : (
                  <Link
                    className="class-tree__pick"
                    to={`/search?classes=${encodeURIComponent(item.code)}`}
                    aria-label={t('expoSearch:treeFilter', { code: label(item) })}
                  >
                    <span className="class-tree__code">{item.code}</span>
                    <span className="class-tree__title">{titleOf(item.title)}</span>
                  </Link>
                )}
                <span className="class-tree__count" data-testid="class-count">
                  {count}
                </span>
                {item.hasChildren && (
                  <button
                    type="button"
                    className="class-tree__open button button--ghost button--small"
                    aria-label={t('expoSearch:treeOpen', { code: label(item) })}
                    onClick={() => setTrail([...trail, item.code])}
                  >
                    ›
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
