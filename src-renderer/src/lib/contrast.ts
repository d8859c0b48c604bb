// A label's colour as ink on white: itself when it reads (contrast at least 4.5:1, WCAG AA), else
// the same hue darkened until it does, so a yellow label still has readable chips and underlines.

const channel = (v: number) => {
  const c = v / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

/** Contrast of a colour against white. */
export const contrastOnWhite = (rgb: number[]) => 1.05 / (luminance(rgb) + 0.05)

const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
const format = (rgb: number[]) => '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')

export function readableInk(hex: string, min = 4.5): string {
  let rgb = parse(hex)
  for (let step = 0; step < 40 && contrastOnWhite(rgb) < min; step++) rgb = rgb.map((v) => v * 0.92)
  return format(rgb)
}
