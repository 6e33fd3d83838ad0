/** Text as a CSS string literal, so a school name can never end the rule it sits in. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}
