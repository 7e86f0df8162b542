import {
  CreateBoothBody,
  CreateExhibitBody,
  classScheme,
  cnPatentCheckDigit,
  findPlacement,
  Id,
  type IpType,
  normaliseClass,
  packageSize,
  packageSlots,
  RegisterBody,
  SLOTS_PER_HALL,
} from '@pavilion/shared';
import { generateExpo, type HallId, SEED_HALL_IDS, type SeedExpo } from './generateExpo.js';
import { FIELDS } from './vocabulary.js';

const full = generateExpo('full');
const demo = generateExpo('demo');

const TYPE_HALL: Record<IpType, HallId> = { patent: 'patents', trademark: 'trademarks', copyright: 'copyrights' };

/** The items failing a check, as readable lines (one expect per rule keeps 17,000 items fast and the failure legible). */
function failures<T extends { id: string }>(
  items: readonly T[],
  problem: (item: T, index: number) => string | false | undefined,
): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const p = problem(item, i);
    if (p) out.push(`${item.id}: ${p}`);
  });
  return out;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** An organization's exhibits, in order, keyed by org id. */
function exhibitsByOrg(expo: SeedExpo): Map<string, SeedExpo['exhibits']> {
  const map = new Map<string, SeedExpo['exhibits']>();
  for (const e of expo.exhibits) {
    const list = map.get(e.orgId) ?? [];
    list.push(e);
    map.set(e.orgId, list);
  }
  return map;
}

function expectExpoScale(expo: SeedExpo): void {
  expect(expo.orgs).toHaveLength(2469);
  expect(expo.orgs.filter((o) => o.region === 'OVERSEAS')).toHaveLength(175);
  expect(expo.booths).toHaveLength(2469);
  expect(expo.exhibits).toHaveLength(17_000);
  const perHall = countBy(expo.booths, (b) => b.hallId);
  for (const hall of SEED_HALL_IDS) expect(perHall[hall] ?? 0).toBeLessThanOrEqual(SLOTS_PER_HALL);
}

function expectDemoCrossSection(expo: SeedExpo): void {
  const regions = countBy(expo.orgs, (o) => o.region);
  expect(regions.OVERSEAS ?? 0).toBeGreaterThanOrEqual(3);
  expect(regions.HK ?? 0).toBeGreaterThanOrEqual(3);
  expect(regions.MO ?? 0).toBeGreaterThanOrEqual(2);
  expect(regions.GD ?? 0).toBeGreaterThan(0);
  expect(regions.MAINLAND ?? 0).toBeGreaterThan(0);
  expect(new Set(expo.orgs.map((o) => o.kind))).toEqual(
    new Set(['enterprise', 'university', 'research-institute', 'ip-service', 'high-tech-park', 'individual']),
  );
  expect(new Set(expo.booths.map((b) => b.hallId))).toEqual(new Set(SEED_HALL_IDS));
}

describe('rule 1: expo scale', () => {
  test('full has exactly 2,469 organizations, 175 of them overseas', () => {
    expect(full.orgs).toHaveLength(2469);
    expect(full.orgs.filter((o) => o.region === 'OVERSEAS')).toHaveLength(175);
  });

  test('domestic regions split about 55 % GD, 7 % HK, 3 % MO, the rest mainland, with matching countries', () => {
    const regions = countBy(full.orgs, (o) => o.region);
    const share = (r: string) => (regions[r] ?? 0) / full.orgs.length;
    expect(share('GD')).toBeGreaterThan(0.53);
    expect(share('GD')).toBeLessThan(0.57);
    expect(share('HK')).toBeGreaterThan(0.06);
    expect(share('HK')).toBeLessThan(0.08);
    expect(share('MO')).toBeGreaterThan(0.025);
    expect(share('MO')).toBeLessThan(0.035);
    expect(regions.MAINLAND).toBe(2469 - 175 - (regions.GD ?? 0) - (regions.HK ?? 0) - (regions.MO ?? 0));
    expect(regions.GD).toBeGreaterThan(regions.MAINLAND ?? 0);

    const expected: Record<string, string> = { GD: 'CN', MAINLAND: 'CN', HK: 'HK', MO: 'MO' };
    const wrongCountry = failures(full.orgs, (org) =>
      org.region === 'OVERSEAS'
        ? (!/^[A-Z]{2}$/.test(org.country) || ['CN', 'HK', 'MO'].includes(org.country)) && `overseas in ${org.country}`
        : org.country !== expected[org.region] && `${org.region} in ${org.country}`,
    );
    expect(wrongCountry).toEqual([]);
    const overseasCountries = new Set(full.orgs.filter((o) => o.region === 'OVERSEAS').map((o) => o.country));
    expect(overseasCountries.size).toBeGreaterThanOrEqual(10);
  });

  test('every organization has exactly one booth', () => {
    expect(full.booths).toHaveLength(full.orgs.length);
    expect(new Set(full.booths.map((b) => b.orgId))).toEqual(new Set(full.orgs.map((o) => o.id)));
    expect(failures(full.booths, (booth, i) => booth.orgId !== full.orgs[i]?.id && `belongs to ${booth.orgId}`)).toEqual([]);
  });

  test("full has exactly 17,000 exhibits, 1 to 30 per organization, each on its own organization's booth", () => {
    expect(full.exhibits).toHaveLength(17_000);
    const boothOf = new Map(full.booths.map((b) => [b.orgId, b.id]));
    expect(failures(full.exhibits, (e) => e.boothId !== boothOf.get(e.orgId) && `on ${e.boothId}`)).toEqual([]);
    const perOrg = exhibitsByOrg(full);
    expect(
      failures(full.orgs, (org) => {
        const n = perOrg.get(org.id)?.length ?? 0;
        return (n < 1 || n > 30) && `${n} exhibits`;
      }),
    ).toEqual([]);
    const perBooth = countBy(full.exhibits, (e) => e.boothId);
    expect(failures(full.booths, (booth) => !perBooth[booth.id] && 'empty')).toEqual([]);
  });

  test('IP types are about 58 % patents, 27 % trademarks, 15 % copyrights', () => {
    const types = countBy(full.exhibits, (e) => e.type);
    const share = (t: string) => (types[t] ?? 0) / full.exhibits.length;
    expect(Math.abs(share('patent') - 0.58)).toBeLessThan(0.03);
    expect(Math.abs(share('trademark') - 0.27)).toBeLessThan(0.03);
    expect(Math.abs(share('copyright') - 0.15)).toBeLessThan(0.03);
  });

  test('organization kinds rank enterprise > university > research institute > IP service > high-tech park > individual', () => {
    const kinds = countBy(full.orgs, (o) => o.kind);
    const ranked = ['enterprise', 'university', 'research-institute', 'ip-service', 'high-tech-park', 'individual'].map(
      (k) => kinds[k] ?? 0,
    );
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]).toBeGreaterThan(ranked[i] as number);
    expect(ranked[5]).toBeGreaterThan(0);
    expect(ranked[5]).toBeLessThan(full.orgs.length * 0.03);
  });

  test('about 85 % of organizations are verified', () => {
    const share = full.orgs.filter((o) => o.verified).length / full.orgs.length;
    expect(share).toBeGreaterThan(0.82);
    expect(share).toBeLessThan(0.88);
  });
});

describe('rule 2: halls', () => {
  test('every booth is in a seed hall and the booths of every hall, by package, fit its 600 slots', () => {
    expect(SLOTS_PER_HALL).toBe(600);
    expect(failures(full.booths, (booth) => !SEED_HALL_IDS.includes(booth.hallId) && booth.hallId)).toEqual([]);
    for (const hall of SEED_HALL_IDS) {
      const booths = full.booths.filter((b) => b.hallId === hall).sort((a, b) => packageSize(b.package) - packageSize(a.package));
      const free = new Set(Array.from({ length: SLOTS_PER_HALL }, (_, s) => s));
      for (const b of booths) {
        const anchor = findPlacement((s) => free.has(s), b.package);
        expect(anchor).not.toBeNull();
        for (const s of packageSlots(anchor as number, b.package) ?? []) free.delete(s);
      }
    }
  });

  test('packages: the demo has 5 islands and 12 doubles; full about 3 % islands and 10 % doubles, the biggest exhibitors first', () => {
    expect(countBy(demo.booths, (b) => b.package)).toEqual({ standard: 43, double: 12, island: 5 });
    const counts = countBy(full.booths, (b) => b.package);
    expect((counts.island ?? 0) / full.booths.length).toBeGreaterThan(0.025);
    expect((counts.island ?? 0) / full.booths.length).toBeLessThan(0.035);
    expect((counts.double ?? 0) / full.booths.length).toBeGreaterThan(0.09);
    expect((counts.double ?? 0) / full.booths.length).toBeLessThan(0.11);
  });

  test('overseas exhibitors are in the international hall', () => {
    const misplaced = failures(
      full.orgs,
      (org, i) => org.region === 'OVERSEAS' && full.booths[i]?.hallId !== 'international' && `in ${full.booths[i]?.hallId}`,
    );
    expect(misplaced).toEqual([]);
    expect(countBy(full.booths, (b) => b.hallId).international).toBeGreaterThanOrEqual(175);
  });

  test('booths take their preferred hall (GBA → gba, mainland → type hall) and overflow to the next hall with space', () => {
    // The lead exhibit is of the organization's main type, so the rule can be replayed from the output alone.
    const perOrg = exhibitsByOrg(full);
    const taken = new Map<HallId, number>(SEED_HALL_IDS.map((h) => [h, 0]));
    let overflowed = 0;
    const wrongHall = failures(full.orgs, (org, i) => {
      const lead = perOrg.get(org.id)?.[0]?.type as IpType;
      const preferred: HallId = org.region === 'OVERSEAS' ? 'international' : org.region === 'MAINLAND' ? TYPE_HALL[lead] : 'gba';
      const order = [...new Set<HallId>([preferred, TYPE_HALL[lead], ...SEED_HALL_IDS])];
      const size = packageSize(full.booths[i]?.package ?? 'standard');
      const expected = order.find((h) => (taken.get(h) ?? 0) + size <= 600);
      if (expected !== preferred) overflowed++;
      if (expected) taken.set(expected, (taken.get(expected) ?? 0) + size);
      return full.booths[i]?.hallId !== expected && `in ${full.booths[i]?.hallId}, expected ${expected}`;
    });
    expect(wrongHall).toEqual([]);
    // The GBA hall cannot hold every GD/HK/MO exhibitor, so the overflow path is exercised.
    expect(taken.get('gba')).toBeGreaterThanOrEqual(596);
    expect(overflowed).toBeGreaterThan(0);
  });
});

describe('rule 3: demo is a prefix of full', () => {
  test('demo is exactly the first 60 organizations of full with their booths and exhibits', () => {
    expect(demo.orgs).toHaveLength(60);
    expect(demo.orgs).toEqual(full.orgs.slice(0, 60));
    expect(demo.booths).toEqual(full.booths.slice(0, 60));
    expect(demo.exhibits).toEqual(full.exhibits.slice(0, demo.exhibits.length));
    const demoOrgIds = new Set(demo.orgs.map((o) => o.id));
    expect(demo.exhibits).toEqual(full.exhibits.filter((e) => demoOrgIds.has(e.orgId)));
  });

  test('demo covers every region (≥3 overseas, ≥3 HK, ≥2 MO), every organization kind and all five halls', () => {
    expectDemoCrossSection(demo);
  });
});

describe('rule 4: determinism and ids', () => {
  test('the same seed gives deep-equal output', () => {
    expect(generateExpo('full')).toEqual(full);
    expect(generateExpo('demo', 2020)).toEqual(demo);
  });

  test('a different seed gives different output', () => {
    const other = generateExpo('demo', 2021);
    expect(other).not.toEqual(demo);
    expect(other.orgs.map((o) => o.name)).not.toEqual(demo.orgs.map((o) => o.name));
  });

  test.each([1, 7, 424242])('the scale, hall and demo rules hold for seed %i too', (seed) => {
    expectExpoScale(generateExpo('full', seed));
    expectDemoCrossSection(generateExpo('demo', seed));
  });

  test('ids are zero-padded sequences that are valid opaque ids', () => {
    const n4 = (i: number) => String(i + 1).padStart(4, '0');
    expect(failures(full.orgs, (org, i) => org.id !== `org-s${n4(i)}` && `at ${i}`)).toEqual([]);
    expect(failures(full.booths, (booth, i) => booth.id !== `booth-s${n4(i)}` && `at ${i}`)).toEqual([]);
    expect(failures(full.exhibits, (e, i) => e.id !== `ex-s${String(i + 1).padStart(5, '0')}` && `at ${i}`)).toEqual([]);
    expect(full.orgs[0]?.id).toBe('org-s0001');
    expect(full.exhibits[16_999]?.id).toBe('ex-s17000');
    const all = [...full.orgs, ...full.booths, ...full.exhibits];
    expect(failures(all, (x) => !(/^[A-Za-z0-9_-]{1,64}$/.test(x.id) && Id.safeParse(x.id).success) && 'invalid id')).toEqual([]);
  });

  test('staff emails are exhibitor-NNNN@seed.pavilion.expo', () => {
    const wrong = failures(
      full.orgs,
      (org, i) => org.staffEmail !== `exhibitor-${String(i + 1).padStart(4, '0')}@seed.pavilion.expo` && org.staffEmail,
    );
    expect(wrong).toEqual([]);
    expect(full.orgs[0]?.staffEmail).toBe('exhibitor-0001@seed.pavilion.expo');
  });
});

describe('rule 5: plausible content', () => {
  test('organizations, booths and exhibits pass the shared API schemas', () => {
    const orgProblems = failures(full.orgs, (org) => {
      const body = {
        email: org.staffEmail,
        password: 'seed-password',
        displayName: org.staffName,
        role: 'exhibitor',
        organization: { name: org.name, kind: org.kind, region: org.region, country: org.country },
      };
      return RegisterBody.safeParse(body).error?.message;
    });
    expect(orgProblems).toEqual([]);
    const boothProblems = failures(
      full.booths,
      (booth) => CreateBoothBody.safeParse({ hallId: booth.hallId, name: booth.name, tagline: booth.tagline }).error?.message,
    );
    expect(boothProblems).toEqual([]);
    const exhibitProblems = failures(full.exhibits, (e) => {
      const { boothId, type, title, registrationNumber, jurisdiction, classes, summary, askingPrice, tradeModes } = e;
      const { state, expiresAt, ownerOfRecord, encumbrances } = e.legalStatus;
      const legalStatus = { state, expiresAt, ownerOfRecord, encumbrances };
      const body = { boothId, type, title, registrationNumber, jurisdiction, classes, summary, askingPrice, tradeModes, legalStatus };
      return CreateExhibitBody.safeParse(body).error?.message ?? (e.status !== 'available' && e.status);
    });
    expect(exhibitProblems).toEqual([]);
  });

  test('every class is a real one in its canonical spelling, of the scheme of the IP type', () => {
    const scheme = { patent: 'ipc', trademark: 'nice', copyright: 'locarno' } as const;
    const wrong = failures(full.exhibits, (e) => {
      const bad = e.classes.find((c) => normaliseClass(c) !== c || classScheme(c) !== scheme[e.type]);
      return bad !== undefined && `${e.type} with class ${bad}`;
    });
    expect(wrong).toEqual([]);
    expect(failures(full.exhibits, (e) => e.type === 'patent' && e.classes.length === 0 && 'patent without IPC')).toEqual([]);
    expect(failures(full.exhibits, (e) => e.type === 'trademark' && e.classes.length === 0 && 'mark without Nice')).toEqual([]);
    expect(full.exhibits.some((e) => e.type === 'copyright' && e.classes.some((c) => c.startsWith('LOC ')))).toBe(true);
  });

  test('battery patents are filed under H01M and solid-state cells exist among them', () => {
    const batteries = full.exhibits.filter((e) => e.type === 'patent' && /battery/i.test(e.title));
    expect(batteries.length).toBeGreaterThan(50);
    const solid = batteries.filter((e) => /solid-state battery/i.test(e.title));
    expect(solid.length).toBeGreaterThan(5);
    expect(failures(solid, (e) => !e.classes.some((c) => c.startsWith('H01M ')) && `classes ${e.classes.join(', ')}`)).toEqual([]);
  });

  test('organization names are unique', () => {
    expect(new Set(full.orgs.map((o) => o.name)).size).toBe(full.orgs.length);
  });

  test('registration numbers follow the format of their jurisdiction', () => {
    const formats: Record<IpType, Record<string, RegExp>> = {
      patent: {
        CN: /^ZL20\d{2}[12]\d{7}\.[\dX]$/,
        US: /^US \d{1,2},\d{3},\d{3} B[12]$/,
        EP: /^EP\d \d{3} \d{3} B1$/,
        JP: /^JP[67]\d{6}B2$/,
        KR: /^KR10-\d{7}$/,
        DE: /^DE1020\d{2}\d{6}B4$/,
        GB: /^GB2\d{6}B$/,
        HK: /^HK\d{7}$/,
        MO: /^I\/\d{6}$/,
        WO: /^WO 20\d{2}\/\d{6} A1$/,
      },
      trademark: {
        CN: /^TM \d{8}$/,
        US: /^Reg\. No\. \d,\d{3},\d{3}$/,
        EU: /^EUTM 01\d{7}$/,
        HK: /^30\d{7}$/,
        MO: /^N\/\d{6}$/,
        WO: /^IR \d{7}$/,
      },
      copyright: {
        CN: /^(20\d{2}SR\d{7}|[GY]ZDZ-20\d{2}-[ACFI]-\d{8})$/,
        US: /^(TX|PA|VA) \d-\d{3}-\d{3}$/,
      },
    };
    const wrong = failures(full.exhibits, (e) => {
      const format = formats[e.type][e.jurisdiction];
      return !format?.test(e.registrationNumber) && `${e.type} ${e.jurisdiction} ${e.registrationNumber}`;
    });
    expect(wrong).toEqual([]);
    // Every listed office is actually used.
    const used = new Set(full.exhibits.map((e) => `${e.type}:${e.jurisdiction}`));
    for (const type of ['patent', 'trademark', 'copyright'] as const) {
      for (const office of Object.keys(formats[type])) expect(used).toContain(`${type}:${office}`);
    }
  });

  test('Chinese patent numbers carry a valid check digit', () => {
    // A published example: application 201710601862.3.
    expect(cnPatentCheckDigit('201710601862')).toBe('3');
    const cn = full.exhibits.filter((e) => e.type === 'patent' && e.jurisdiction === 'CN');
    expect(cn.length).toBeGreaterThan(1000);
    const wrong = failures(cn, (e) => {
      const [, digits, check] = /^ZL(\d{12})\.([\dX])$/.exec(e.registrationNumber) ?? [];
      return cnPatentCheckDigit(digits as string) !== check && e.registrationNumber;
    });
    expect(wrong).toEqual([]);
  });

  test('legal states are a realistic mix: mostly in force, some pending, a few lapsed or expired', () => {
    const share = (state: string) => full.exhibits.filter((e) => e.legalStatus.state === state).length / full.exhibits.length;
    expect(share('granted') + share('registered')).toBeGreaterThan(0.7);
    expect(share('pending')).toBeGreaterThan(0.08);
    expect(share('lapsed')).toBeGreaterThan(0.01);
    expect(share('expired')).toBeGreaterThan(0.005);
    expect(share('lapsed') + share('expired')).toBeLessThan(0.1);
    expect(failures(full.exhibits, (e) => e.legalStatus.state === 'pending' && e.legalStatus.verifiedAt !== undefined && e.id)).toEqual([]);
  });

  test('registration numbers are unique', () => {
    expect(new Set(full.exhibits.map((e) => e.registrationNumber)).size).toBe(full.exhibits.length);
  });

  test('patents carry 1–3 IPC classes from the field of their title, led by the class of the object they claim', () => {
    const patents = full.exhibits.filter((x) => x.type === 'patent');
    const wrong = failures(patents, (e) => {
      if (e.classes.length < 1 || e.classes.length > 3 || new Set(e.classes).size !== e.classes.length) return `classes ${e.classes}`;
      if (!e.classes.every((c) => /^[A-H]\d{2}[A-Z] \d{1,4}\/\d{2,6}$/.test(c))) return `not IPC: ${e.classes}`;
      const title = e.title.toLowerCase();
      const field = FIELDS.find((f) => {
        const fieldClasses = [...f.ipc, ...f.objectIpc];
        if (!e.classes.every((c) => fieldClasses.includes(c))) return false;
        const object = f.objects.findIndex((o) => title.includes(o.toLowerCase()));
        if (object >= 0) return e.classes[0] === f.objectIpc[object];
        // A method title without a claimed object carries only method and control classes.
        return e.classes.every((c) => f.ipc.includes(c)) && [...f.processes, ...f.contexts].some((p) => title.includes(p.toLowerCase()));
      });
      return !field && `${e.title} / ${e.classes}`;
    });
    expect(wrong).toEqual([]);
  });

  test('trademarks carry 1–3 Nice classes as sorted strings; design works carry Locarno classes, other works none', () => {
    const wrong = failures(full.exhibits, (e) => {
      if (e.type === 'copyright') {
        const design = /Design|Pattern|Illustration|Poster|Typeface|Sticker/.test(e.title);
        return (design ? !e.classes.every((c) => /^LOC \d{1,2}$/.test(c)) : e.classes.length > 0) && `copyright with ${e.classes}`;
      }
      if (e.type !== 'trademark') return false;
      const numbers = e.classes.map(Number);
      const sorted = [...new Set(numbers)].sort((a, b) => a - b);
      return (
        (numbers.length < 1 ||
          numbers.length > 3 ||
          !e.classes.every((c) => /^\d{1,2}$/.test(c) && Number(c) >= 1 && Number(c) <= 45) ||
          sorted.join() !== numbers.join()) &&
        `classes ${e.classes}`
      );
    });
    expect(wrong).toEqual([]);
  });

  test('two organizations never hold the same trademark', () => {
    const owner = new Map<string, string>();
    const shared = failures(
      full.exhibits.filter((x) => x.type === 'trademark'),
      (e) => {
        const brand = e.title.replace(/ & Device$/, '');
        const first = owner.get(brand) ?? e.orgId;
        owner.set(brand, first);
        return first !== e.orgId && `${brand} also held by ${first}`;
      },
    );
    expect(shared).toEqual([]);
  });

  test("jurisdictions mostly follow the organization's region", () => {
    const regionOf = new Map(full.orgs.map((o) => [o.id, o.region]));
    const byRegion = new Map<string, string[]>();
    for (const e of full.exhibits) {
      const region = regionOf.get(e.orgId) as string;
      const list = byRegion.get(region) ?? [];
      list.push(e.jurisdiction);
      byRegion.set(region, list);
    }
    const share = (region: string, codes: string[]) => {
      const list = byRegion.get(region) ?? [];
      return list.filter((j) => codes.includes(j)).length / list.length;
    };
    expect(share('GD', ['CN'])).toBeGreaterThan(0.85);
    expect(share('MAINLAND', ['CN'])).toBeGreaterThan(0.85);
    expect(share('HK', ['HK', 'CN'])).toBeGreaterThan(0.9);
    expect(share('HK', ['HK'])).toBeGreaterThan(0.3);
    expect(share('MO', ['MO', 'CN', 'HK'])).toBeGreaterThan(0.95);
    expect(share('MO', ['MO'])).toBeGreaterThan(0.25);
    expect(share('OVERSEAS', ['HK', 'MO'])).toBe(0);
    expect(share('OVERSEAS', ['CN'])).toBeLessThan(0.5);
  });

  test('summaries are 1–3 sentences of at most 600 characters', () => {
    const wrong = failures(full.exhibits, (e) => {
      const sentences = e.summary.split(/(?<=\.)\s+(?=[A-Z])/);
      return (e.summary.length < 20 || e.summary.length > 600 || sentences.length > 3 || !e.summary.endsWith('.')) && e.summary;
    });
    expect(wrong).toEqual([]);
  });

  test("asking prices are whole thousands of yuan in CNY, within each type's range and spread over orders of magnitude", () => {
    const ranges: Record<IpType, [number, number]> = {
      patent: [50_000, 8_000_000],
      trademark: [10_000, 3_000_000],
      copyright: [5_000, 800_000],
    };
    for (const type of ['patent', 'trademark', 'copyright'] as const) {
      const [min, max] = ranges[type];
      const exhibits = full.exhibits.filter((e) => e.type === type);
      const wrong = failures(exhibits, ({ askingPrice: p }) => {
        const ok = p.currency === 'CNY' && Number.isInteger(p.amount) && p.amount % 100_000 === 0;
        return (!ok || p.amount < min * 100 || p.amount > max * 100) && `${p.amount} ${p.currency}`;
      });
      expect(wrong).toEqual([]);
      const prices = exhibits.map((e) => e.askingPrice);
      // Log-uniform: the bottom and the top decade of the range are both well populated.
      const yuan = prices.map((p) => p.amount / 100);
      expect(yuan.filter((y) => y < min * 10).length / yuan.length).toBeGreaterThan(0.2);
      expect(yuan.filter((y) => y > max / 10).length / yuan.length).toBeGreaterThan(0.1);
    }
  });

  test('trade modes are non-empty distinct subsets: trademarks mostly assigned, patents and copyrights often licensed', () => {
    const modes = ['assignment', 'exclusive', 'non-exclusive'];
    const wrong = failures(
      full.exhibits,
      (e) =>
        (e.tradeModes.length < 1 || new Set(e.tradeModes).size !== e.tradeModes.length || !e.tradeModes.every((m) => modes.includes(m))) &&
        `${e.tradeModes}`,
    );
    expect(wrong).toEqual([]);
    const share = (type: IpType, test: (m: string[]) => boolean) => {
      const list = full.exhibits.filter((e) => e.type === type);
      return list.filter((e) => test(e.tradeModes)).length / list.length;
    };
    const licensed = (m: string[]) => m.includes('exclusive') || m.includes('non-exclusive');
    expect(share('trademark', (m) => m.includes('assignment'))).toBeGreaterThan(0.85);
    expect(share('trademark', licensed)).toBeLessThan(0.35);
    expect(share('patent', licensed)).toBeGreaterThan(0.6);
    expect(share('copyright', licensed)).toBeGreaterThan(0.75);
  });

  test("booth names are the organization's short name and taglines are short", () => {
    const wrong = failures(full.booths, (booth, i) => {
      const orgName = full.orgs[i]?.name ?? '';
      const fromOrgName = booth.name
        .split(' ')
        .filter((w) => w !== 'IP')
        .every((w) => orgName.includes(w));
      const nameOk = booth.name.length >= 2 && booth.name.length <= 80 && booth.name.length <= orgName.length && fromOrgName;
      const taglineOk = booth.tagline.length > 5 && booth.tagline.length <= 80;
      return !(nameOk && taglineOk) && `${booth.name} / ${booth.tagline} for ${orgName}`;
    });
    expect(wrong).toEqual([]);
  });
});
