import type { Official } from '../office/model';
import { eventDateOf } from '../templates/render';
import type { FieldValues, Template } from '../templates/model';
import type { ToneStyle } from './tone';
import type { StyleConfig } from './types';

/**
 * The style checker's configuration, made in one place for every checker there is — the editor, the photo desk's
 * captions, the submission check and `check-vi` — so that the same text gives the same findings everywhere: the
 * office's abbreviations, names of bodies and officials, its tone placement, and the event's date from the
 * template's fields when the article was written from one.
 */
export function styleConfig(
  office: { abbreviations: { abbr: string }[]; properNames: string[]; officials: Official[] },
  settings: { toneStyle: ToneStyle | 'auto' },
  written?: { template: Pick<Template, 'fields'> | null | undefined; values: FieldValues | undefined },
): StyleConfig {
  return {
    abbreviations: office.abbreviations.map((entry) => entry.abbr),
    properNames: office.properNames,
    toneStyle: settings.toneStyle,
    officials: office.officials,
    eventDate: written?.template && written.values ? eventDateOf(written.template, written.values) : null,
  };
}
