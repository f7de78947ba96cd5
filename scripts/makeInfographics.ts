// Writes the demo infographics (src/server/seed/demoInfographics.ts) to
// public/images/infographics/{name}.svg. Run: node --import tsx scripts/makeInfographics.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoInfographics } from '../src/server/seed/demoInfographics';

const dir = 'public/images/infographics';
mkdirSync(dir, { recursive: true });
for (const info of demoInfographics) {
  const svg = info.svg();
  writeFileSync(join(dir, `${info.name}.svg`), svg);
  console.log(`${info.name}.svg ${(svg.length / 1024).toFixed(1)} KB`);
}
