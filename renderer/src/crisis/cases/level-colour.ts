import type { WarningColour } from '../../../../shared/schemas/crisis-policy';

/** The policy's colour tokens as antd tag colours; the level's label always goes with them. */
export const levelTagColour: Record<WarningColour, string> = {
  red: 'red',
  orange: 'orange',
  yellow: 'gold',
  blue: 'blue',
  green: 'green',
  purple: 'purple',
  grey: 'default',
};
