// Deterministic synthetic stories for benchmarks: news-like paragraphs from a seeded generator,
// and edited copies of them (numbers changed, paragraphs dropped, moved and inserted).

const WORDS = `the of and to in a said that for on is with was as by at from it officials government
minister sanctions talks week security year said military country people would could percent told
president reporters statement alliance council trade agreement oil prices markets central bank rate
inflation election police court ruling company shares quarter billion million exports imports border
forces attack ceasefire negotiations diplomats capital region province aid humanitarian crisis vote
parliament opposition party leader spokesman ministry according report data survey growth economy`.split(/\s+/);

/** A small seeded PRNG (mulberry32), so every run measures the same text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` paragraphs of 25–60 words, each with a number and a capitalised name. */
export function paragraphs(count: number, seed = 1): string[] {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const n = 25 + Math.floor(next() * 35);
    const words = Array.from({ length: n }, pick);
    words[3] = String(10 + Math.floor(next() * 900));
    words[7] = `Name${i}`;
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  });
}

/** An edited copy: ~5% of paragraphs get a changed number, 2% dropped, 1% moved, 2% inserted. */
export function editedCopy(source: readonly string[], seed = 2): string[] {
  const next = random(seed);
  const out: string[] = [];
  const moved: string[] = [];
  source.forEach((p, i) => {
    const r = next();
    if (r < 0.02) return;
    if (r < 0.03) return void moved.push(p);
    out.push(r < 0.08 ? p.replace(/\d+/, (d) => String(Number(d) + 1)) : p);
    if (next() < 0.02) out.push(`An outlet sentence ${i} about the local angle of the story was added here by the editors.`);
  });
  moved.forEach((p, k) => out.splice(Math.floor((k * 7919) % (out.length + 1)), 0, p));
  return out;
}

/** A page in ordinary article markup around the given paragraphs. */
export function page(title: string, paras: readonly string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>${title}</h1><p class="byline">By Jane Reporter</p>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
<p>(Reporting by Jane Reporter; Editing by John Editor)</p></article><footer><p>Terms</p></footer></body></html>`;
}
