import type { Official } from '../office/model';
import { eventDateOf } from '../templates/render';
import type { FieldValues, Template } from '../templates/model';
import type { ToneStyle } from './tone';
import type { StyleConfig } from './types';
import type { Confusion, Lexicon } from '../spelling/lexicon';

/**
 * The style checker's configuration, made in one place for every checker there is — the editor, the photo desk's
 * captions, the submission check and `check-vi` — so that the same text gives the same findings everywhere: the
 * office's abbreviations, names of bodies and officials, its tone placement, the event's date from the
 * template's fields when the article was written from one, and spelling (the shipped lexicon, the office's
 * confusions and dictionary, the words the article ignores) unless the office turned it off.
 */
export function styleConfig(
  office: { abbreviations: { abbr: string }[]; properNames: string[]; officials: Official[]; dictionary?: string[]; confusions?: Confusion[] },
  settings: { toneStyle: ToneStyle | 'auto'; spellingCheck?: boolean; spellingBlocks?: boolean },
  written?: { template: Pick<Template, 'fields'> | null | undefined; values: FieldValues | undefined; spellingIgnored?: string[] },
  lexicon?: Lexicon | null,
): StyleConfig {
  const spelling =
    lexicon && settings.spellingCheck !== false
      ? { lexicon, confusions: office.confusions ?? [], words: office.dictionary ?? [], ignored: written?.spellingIgnored ?? [], severity: settings.spellingBlocks ? ('error' as const) : ('warning' as const) }
      : null;
  return {
    spelling,
    abbreviations: office.abbreviations.map((entry) => entry.abbr),
    properNames: office.properNames,
    toneStyle: settings.toneStyle,
    officials: office.officials,
    eventDate: written?.template && written.values ? eventDateOf(written.template, written.values) : null,
  };
}
