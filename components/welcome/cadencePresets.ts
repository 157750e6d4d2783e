import type { Tier } from '../../utils/model/types';

export type CadencePresetId = 'often' | 'steady' | 'light';
export type Cadence = Record<Tier, number>;

/**
 * First choices offered on the welcome page; "steady" is Relais's default. The seeds' advice is
 * regularity over frequency (002): a rhythm the user can hold, tier by tier.
 */
export const CADENCE_PRESETS: Record<CadencePresetId, Cadence> = {
  often: { close: 14, regular: 45, weak: 90 },
  steady: { close: 30, regular: 90, weak: 180 },
  light: { close: 60, regular: 180, weak: 365 },
};

export const PRESET_IDS = Object.keys(CADENCE_PRESETS) as CadencePresetId[];

/** Which preset the current cadences are, or null when the user set their own. */
export function presetOf(cadence: Cadence): CadencePresetId | null {
  return PRESET_IDS.find((id) => (['close', 'regular', 'weak'] as Tier[]).every((tier) => CADENCE_PRESETS[id][tier] === cadence[tier])) ?? null;
}
