// The page's noise (section banners, slogans, markers ...), each shown in the raw text on click.
import type { NoiseRange, RawRange } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'

export function NoiseList({ raw, noise, onFocus }: { raw: string; noise: readonly NoiseRange[]; onFocus(range: RawRange): void }) {
  const { t } = useI18n()
  return (
    <section className="noise-list" data-testid="noise-list">
      <h3>{t('articles.noise')}</h3>
      {noise.length === 0 ? (
        <p className="pane-empty">{t('articles.noNoise')}</p>
      ) : (
        <ul>
          {noise.map((n) => (
            <li key={`${n.start}-${n.end}`}>
              <button type="button" className="noise-item" data-testid="noise-item" onClick={() => onFocus(n)} title={t('articles.reveal')}>
                <span className="noise-role">{t(`noise.${n.role}`)}</span>
                <span className="noise-text" lang="zh-CN">
                  {raw.slice(n.start, n.end)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
