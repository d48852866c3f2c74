/**
 * Cell formats (fill and borders) of the mock workbook, with Excel's behaviour where it matters to
 * mark/clear: no fill reads as pattern "None" (colour "#FFFFFF"); setting a colour on an unfilled
 * cell makes the pattern "Solid"; clear() goes back to no fill.
 */
export interface MockFill {
  color: string;
  pattern: string;
  patternColor: string;
  patternTintAndShade: number;
  tintAndShade: number;
}

export interface MockBorder {
  color: string;
  style: string;
  weight: string;
  tintAndShade: number;
}

export interface MockFormat {
  fill: MockFill;
  borders: Record<'top' | 'bottom' | 'left' | 'right', MockBorder>;
}

export function defaultFill(): MockFill {
  return { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', patternTintAndShade: 0, tintAndShade: 0 };
}

function defaultBorder(): MockBorder {
  return { color: '#000000', style: 'None', weight: 'Thin', tintAndShade: 0 };
}

export function defaultFormat(): MockFormat {
  return { fill: defaultFill(), borders: { top: defaultBorder(), bottom: defaultBorder(), left: defaultBorder(), right: defaultBorder() } };
}

/** setCellProperties on one cell: merge the given parts as Excel would. */
export function applyFormat(f: MockFormat, p: { fill?: Partial<MockFill>; borders?: Record<string, Partial<MockBorder>> }): void {
  if (p.fill) {
    const next = { ...f.fill, ...p.fill };
    if (p.fill.color !== undefined && p.fill.pattern === undefined && f.fill.pattern === 'None') next.pattern = 'Solid';
    f.fill = next;
  }
  for (const [edge, b] of Object.entries(p.borders ?? {})) {
    const k = edge as keyof MockFormat['borders'];
    if (f.borders[k]) f.borders[k] = { ...f.borders[k], ...b };
  }
}

export function cloneFormat(f: MockFormat): MockFormat {
  return JSON.parse(JSON.stringify(f)) as MockFormat;
}
