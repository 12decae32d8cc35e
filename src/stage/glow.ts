// The two auras and the trust thread, drawn so that a frame costs almost nothing.
// The auras are one soft texture, painted once, shown as two images that move by position,
// scale, alpha and tint; before, seven translucent circles were re-tessellated every frame,
// which on a CPU-rendered WebGL (SwiftShader, many laptops without a GPU) showed as long
// frames. The thread is redrawn only when its ends, sag or strength change.
import type Phaser from 'phaser';
import { CHEST_Y } from './figure.ts';
import { COLORS, mix } from './palette.ts';
import { FLOOR_Y } from './scenery.ts';

const AURA_KEY = 'aura';
/** Radius of the aura texture in texture pixels: the largest aura (about 170) stays sharp. */
const AURA_RADIUS = 192;
const RINGS_LOVED = 4;
/** Ring alphas of the old drawing (1, 0.82, 0.64, 0.46), summed inward and normalised. */
const RING_FALLOFF = 0.18;
const RING_STEP = 16 / 160;

export interface GlowInput {
  lovedX: number;
  lovedY: number;
  youX: number;
  youY: number;
  alarm: number;
  reserve: number;
  trust: number;
  /** Seconds, for the pulse; null under reduced motion. */
  time: number | null;
}

/** Paint the aura texture once per game: stepped rings of white, densest at the centre. */
function ensureAuraTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists(AURA_KEY)) return;
  const size = AURA_RADIUS * 2;
  const canvas = scene.textures.createCanvas(AURA_KEY, size, size);
  const ctx = canvas?.getContext();
  if (!canvas || !ctx) return;
  const weights = Array.from({ length: RINGS_LOVED }, (_, i) => 1 - i * RING_FALLOFF);
  const total = weights.reduce((a, b) => a + b, 0);
  // The band between ring k and ring k+1 is covered by rings 0..k: its alpha is their summed
  // weight. Bands do not overlap, so nothing is blended twice.
  const radius = (k: number) => AURA_RADIUS * (1 - k * RING_STEP);
  for (let k = 0; k < RINGS_LOVED; k++) {
    const covered = weights.slice(0, k + 1).reduce((a, b) => a + b, 0) / total;
    ctx.beginPath();
    ctx.arc(AURA_RADIUS, AURA_RADIUS, radius(k), 0, Math.PI * 2);
    if (k + 1 < RINGS_LOVED) ctx.arc(AURA_RADIUS, AURA_RADIUS, radius(k + 1), 0, Math.PI * 2, true);
    ctx.fillStyle = `rgba(255,255,255,${covered.toFixed(3)})`;
    ctx.fill('evenodd');
  }
  canvas.refresh();
}

export class Glow {
  private readonly lovedAura: Phaser.GameObjects.Image;
  private readonly youAura: Phaser.GameObjects.Image;
  private readonly thread: Phaser.GameObjects.Graphics;
  private threadKey = '';

  constructor(scene: Phaser.Scene) {
    ensureAuraTexture(scene);
    this.lovedAura = scene.add.image(0, 0, AURA_KEY);
    this.youAura = scene.add.image(0, 0, AURA_KEY);
    this.thread = scene.add.graphics();
  }

  update(g: GlowInput): void {
    const a = g.alarm / 10;
    // Alarm changes size, brightness and pulse as well as hue: never colour alone.
    const pulse = g.time === null ? 0 : Math.sin(g.time * Math.PI * (0.5 + a * 2.2)) * (2 + a * 10);
    const radius = 70 + g.alarm * 9 + pulse;
    this.lovedAura
      .setPosition(g.lovedX, g.lovedY - 95)
      .setScale(radius / AURA_RADIUS)
      .setTint(mix(COLORS.calm, COLORS.alarm, a))
      .setAlpha(Math.min(1, (0.07 + a * 0.09) * 2.92));
    const r = g.reserve / 10;
    this.youAura
      .setPosition(g.youX, g.youY - 95)
      .setScale((55 + g.reserve * 8) / AURA_RADIUS)
      .setTint(COLORS.reserve)
      .setAlpha(Math.min(1, (0.05 + r * 0.12) * 2.25));
    this.drawThread(g.lovedX + 30, g.youX - 30, g.trust);
  }

  private drawThread(x1: number, x2: number, trust: number): void {
    const key = `${x1.toFixed(1)}|${x2.toFixed(1)}|${trust.toFixed(2)}`;
    if (key === this.threadKey) return;
    this.threadKey = key;
    const g = this.thread;
    g.clear();
    const y = FLOOR_Y + 40 + CHEST_Y;
    const sag = 30 - trust * 2.5;
    const width = 1 + trust * 0.7;
    const alpha = 0.25 + trust * 0.07;
    const steps = 24;
    const at = (i: number) => {
      const t = i / steps;
      return { x: x1 + (x2 - x1) * t, y: y + Math.sin(Math.PI * t) * sag };
    };
    if (trust >= 7) {
      g.lineStyle(width + 8, COLORS.thread, 0.15);
      strokeCurve(g, at, steps, 1);
    }
    g.lineStyle(width, COLORS.thread, alpha);
    // Low trust frays the thread into a dashed line.
    strokeCurve(g, at, steps, trust <= 3 ? 2 : 1);
  }
}

function strokeCurve(g: Phaser.GameObjects.Graphics, at: (i: number) => { x: number; y: number }, steps: number, gap: number) {
  for (let i = 0; i < steps; i += gap) {
    const a = at(i);
    const b = at(Math.min(steps, i + 1));
    g.lineBetween(a.x, a.y, b.x, b.y);
  }
}
