import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

// `npm run package:icons`: renders build/icon.svg into the PNGs electron-builder packages.
// electron-builder derives the macOS .icns and the Windows .ico from build/icon.png (1024 px);
// Linux takes the sized set in build/icons/. Run it after changing the SVG, and commit the PNGs.

const buildDir = path.resolve(import.meta.dirname, '../../build');
const outputs = [
  { file: 'icon.png', size: 1024 },
  { file: 'icons/512x512.png', size: 512 },
  { file: 'icons/1024x1024.png', size: 1024 },
] as const;

function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH?.trim() || '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  console.error(
    `No Chromium at ${candidate}: install Debian's (apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}

const svg = await readFile(path.join(buildDir, 'icon.svg'));
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const { file, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
    // Transparent around the rounded square, as every platform expects of an app icon.
    await writeFile(path.join(buildDir, file), await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`Wrote build/${file} (${size}×${size}).`);
  }
} finally {
  await browser.close();
}
