import { Button as RacButton, Label, Tag, TagGroup, TagList } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface Chip {
  /** Unique in the list (an ESCO URI, or the text for free entries). */
  id: string;
  label: string;
  /** A short note after the label, e.g. "not in ESCO". */
  note?: string;
}

export interface ChipListProps {
  label: string;
  items: readonly Chip[];
  /** Makes chips removable (a labelled remove button each; Delete/Backspace on a focused chip). */
  onRemove?: (id: string) => void;
  emptyText?: string;
}

/** A labelled list of chips (skills, occupations, cities); arrow keys move between them. */
export function ChipList({ label, items, onRemove, emptyText }: ChipListProps) {
  const { t } = useTranslation();
  return (
    <TagGroup className="tb-chips" {...(onRemove ? { onRemove: (keys) => keys.forEach((key) => onRemove(String(key))) } : {})}>
      <Label className="kern-label kern-label--small">{label}</Label>
      <TagList
        className="tb-chips__list"
        items={items}
        renderEmptyState={() => <span className="kern-body kern-body--muted">{emptyText ?? t('taxonomy.noneSelected')}</span>}
      >
        {(chip) => (
          <Tag id={chip.id} textValue={chip.note ? `${chip.label} (${chip.note})` : chip.label} className="tb-chip">
            <span>{chip.label}</span>
            {chip.note && <span className="tb-chip__note"> ({chip.note})</span>}
            {onRemove && (
              <RacButton slot="remove" className="tb-chip__remove" aria-label={t('taxonomy.remove', { label: chip.label })}>
                <span aria-hidden="true">×</span>
              </RacButton>
            )}
          </Tag>
        )}
      </TagList>
    </TagGroup>
  );
}
