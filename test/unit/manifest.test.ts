import AdmZip from 'adm-zip';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localizationSchemaPath, manifestSchemaPath, validateLocalization, validateManifest } from '../../scripts/manifestSchema';
import { buildAppPackage, PackageError, substitutePlaceholders, translationFiles } from '../../scripts/package-app';
import { LANGUAGE_TAGS } from '../../src/domain/language/tags';

const ROOT = resolve(__dirname, '..', '..');
const APP_PACKAGE = join(ROOT, 'appPackage');
const TEMPLATE = readFileSync(join(APP_PACKAGE, 'manifest.json'), 'utf8');

const SAMPLE_ENV = {
  TEAMS_APP_ID: '2b7e4c1a-9d3f-4e6a-8b05-1c2d3e4f5a61',
  BOT_ID: '7b1f4c2e-9a3d-4e6b-8f05-1c2d3e4f5a60',
  BOT_DOMAIN: 'vlsa-dev.azurewebsites.net',
  DEVELOPER_WEBSITE_URL: 'https://www.contoso.com/it/vl-signin-assistant',
  PRIVACY_URL: 'https://www.contoso.com/privacy',
  TERMS_OF_USE_URL: 'https://www.contoso.com/terms',
};

interface Manifest {
  manifestVersion: string;
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
  webApplicationInfo: { id: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
}

const sample = (): Manifest => JSON.parse(substitutePlaceholders(TEMPLATE, SAMPLE_ENV)) as Manifest;

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** Alpha of every pixel, row by row. */
  alpha: number[];
}

/** Undoes PNG scanline filters (spec section 9) for 8-bit samples. */
function unfilter(raw: Buffer, width: number, height: number, bytesPerPixel: number): Buffer {
  const stride = width * bytesPerPixel;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= bytesPerPixel ? out[y * stride + x - bytesPerPixel] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[(y - 1) * stride + x - bytesPerPixel] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

/** Reads IHDR and, for 8-bit images with an alpha channel, every pixel's alpha. */
function readPng(path: string): Png {
  const data = readFileSync(path);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0;
  let height = 0;
  let bitDepth = 0;
  let colorType = 0;
  let interlace = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString('ascii', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      [bitDepth, colorType] = [body[8], body[9]];
      interlace = body[12];
    }
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const channels = { 4: 2, 6: 4 }[colorType];
  if (channels === undefined || bitDepth !== 8 || interlace !== 0) return { width, height, colorType, alpha: [] };
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  const alpha = Array.from({ length: width * height }, (_, i) => pixels[i * channels + channels - 1]);
  return { width, height, colorType, alpha };
}

describe('Teams app manifest', () => {
  it('uses the newest complete schema shipped with @microsoft/app-manifest, named in $schema', () => {
    const manifest = JSON.parse(TEMPLATE) as Manifest & { $schema: string };
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    const schema = JSON.parse(readFileSync(manifestSchemaPath(manifest.manifestVersion), 'utf8')) as {
      properties: { manifestVersion: { const: string } };
    };
    expect(schema.properties.manifestVersion.const).toBe(manifest.manifestVersion);
  });

  it('reads the same under draft-07 as under the draft-04 its schema declares', () => {
    // manifestSchema.ts validates with Ajv's draft-07: it must not meet `id` used as a schema
    // id or a boolean exclusiveMinimum/exclusiveMaximum, the draft-04 forms draft-07 reads differently.
    const problems: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (['properties', 'definitions', 'patternProperties', 'dependencies'].includes(key)) {
          for (const [name, child] of Object.entries(value as object)) visit(child, `${path}/${key}/${name}`);
          continue;
        }
        if (key === 'id' || (/^exclusiveM(in|ax)imum$/.test(key) && typeof value === 'boolean')) problems.push(`${path}/${key}`);
        visit(value, `${path}/${key}`);
      }
    };
    visit(JSON.parse(readFileSync(manifestSchemaPath(sample().manifestVersion), 'utf8')), '');
    visit(JSON.parse(readFileSync(localizationSchemaPath(sample().manifestVersion), 'utf8')), 'localization');
    expect(problems).toEqual([]);
  });

  it('is valid against the official schema once placeholders are filled', () => {
    expect(validateManifest(sample())).toEqual([]);
  });

  it('fails validation for a manifest that breaks the schema', () => {
    const broken = { ...sample(), accentColor: 'blue' };
    expect(validateManifest(broken).join('\n')).toMatch(/accentColor/);
  });

  it('declares one bot in personal, team and group chats, with truthful command lists', () => {
    const [bot] = sample().bots;
    expect(bot.botId).toBe(SAMPLE_ENV.BOT_ID);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const commands = (scope: string) =>
      bot.commandLists.find((list) => list.scopes.includes(scope))?.commands.map((c) => c.title);
    expect(commands('personal')).toEqual(['help', 'check my account', 'who is my admin', 'mfa', 'start over']);
    expect(commands('team')).toEqual(['help', 'cases']);
    expect(commands('groupChat')).toEqual(['help', 'mfa']);
    expect(sample().webApplicationInfo.id).toBe(SAMPLE_ENV.BOT_ID);
  });

  it('names every unresolved placeholder', () => {
    expect(() => substitutePlaceholders(TEMPLATE, { ...SAMPLE_ENV, BOT_ID: '', BOT_DOMAIN: undefined })).toThrow(
      /unresolved placeholder\(s\) in appPackage\/manifest.json: BOT_ID, BOT_DOMAIN/,
    );
  });
});

describe('manifest translations (localizationInfo)', () => {
  const manifest = sample();
  const { localizationInfo } = manifest;
  const translation = (file: string) => JSON.parse(readFileSync(join(APP_PACKAGE, file), 'utf8')) as Record<string, string>;
  /** Every string of the manifest a translation must give: names, descriptions, and each command's title and description. */
  const keys = [
    'name.short',
    'name.full',
    'description.short',
    'description.full',
    ...manifest.bots[0].commandLists.flatMap((list, l) => list.commands.flatMap((_command, c) => [`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`])),
  ];

  it('are in English by default and name a file for each of the nine other languages, by language only (Teams tries a language-only file for every region)', () => {
    expect(localizationInfo.defaultLanguageTag).toBe('en-us');
    expect(localizationInfo.additionalLanguages.map((l) => l.file)).toEqual(LANGUAGE_TAGS.filter((tag) => tag !== 'en').map((tag) => `${tag}.json`));
    for (const { languageTag, file } of localizationInfo.additionalLanguages) expect(languageTag).toBe(file.replace(/\.json$/, '').split('-')[0]);
  });

  it.each(sample().localizationInfo.additionalLanguages.map((l) => [l.file]))('%s exists, parses, has only keys its schema allows, and every string of the manifest', (file) => {
    expect(existsSync(join(APP_PACKAGE, file))).toBe(true);
    const strings = translation(file);
    expect(strings.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
    expect(validateLocalization(manifest.manifestVersion, strings)).toEqual([]);
    expect(Object.keys(strings).filter((key) => key !== '$schema').sort()).toEqual([...keys].sort());
    for (const key of keys) expect(strings[key].trim(), key).not.toBe('');
  });

  it('keep a triage command as the bot reads it: Teams sends a command\'s title as typed, and triage commands are English', () => {
    for (const { file } of localizationInfo.additionalLanguages) expect(translation(file)['bots[0].commandLists[1].commands[1].title']).toBe('cases');
  });

  it('would fail a translation with a key the schema does not allow, or a name too long', () => {
    expect(existsSync(localizationSchemaPath(manifest.manifestVersion))).toBe(true);
    const { file } = localizationInfo.additionalLanguages[0];
    expect(validateLocalization(manifest.manifestVersion, { ...translation(file), 'bots[0].title': 'x' }).join('\n')).toMatch(/additionalProperty/);
    expect(validateLocalization(manifest.manifestVersion, { ...translation(file), 'name.short': 'x'.repeat(31) }).join('\n')).toMatch(/name\.short/);
  });
});

describe('app icons', () => {
  it('color.png is 192×192', () => {
    const png = readPng(join(APP_PACKAGE, 'color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it('outline.png is 32×32, has an alpha channel and a transparent background', () => {
    const png = readPng(join(APP_PACKAGE, 'outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect([4, 6]).toContain(png.colorType);
    expect(png.alpha[0]).toBe(0);
    expect(png.alpha.some((a) => a === 255)).toBe(true);
  });
});

describe('npm run package', () => {
  it('writes a zip with the resolved manifest and both icons', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'vlsa-package-'));
    const zipPath = buildAppPackage({ envName: 'test', env: SAMPLE_ENV, outDir });
    expect(zipPath).toBe(join(outDir, 'appPackage.test.zip'));

    const zip = new AdmZip(zipPath);
    const translations = translationFiles(sample());
    expect(translations).toHaveLength(9);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', ...translations].sort());
    for (const file of translations) expect(zip.readAsText(file)).toBe(readFileSync(join(APP_PACKAGE, file), 'utf8'));
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as Manifest & { id: string };
    expect(manifest.id).toBe(SAMPLE_ENV.TEAMS_APP_ID);
    expect(zip.readAsText('manifest.json')).not.toContain('${{');
    expect(zip.readFile('outline.png')).toEqual(readFileSync(join(APP_PACKAGE, 'outline.png')));
  });

  it('refuses to package with a missing variable', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'vlsa-package-'));
    expect(() => buildAppPackage({ envName: 'test', env: { ...SAMPLE_ENV, TEAMS_APP_ID: undefined }, outDir })).toThrow(PackageError);
  });
});
