// The relationship on stage: place and light, two figures whose distance follows push
// and pull, the loved one's alarm aura, your reserve aura, and the trust thread between.
// It only ever receives StageState and cues; it never touches ink.
import Phaser from 'phaser';
import type { StageCue } from '../core/protocol.ts';
import { figureDistance, type StageState } from '../core/stage-state.ts';
import { CHEST_Y, drawFigure, POSE_SHAPES } from './figure.ts';
import { COLORS, mix } from './palette.ts';
import { PhoneView } from './phone-view.ts';
import { drawRoom, FLOOR_Y, HEIGHT, WIDTH } from './room.ts';

const CENTER = WIDTH / 2;

interface Shown {
  distance: number;
  alarm: number;
  trust: number;
  reserve: number;
  nudge: number;
}

export class StageScene extends Phaser.Scene {
  /** Paints the room off screen; the room changes only with place and time. */
  private roomPainter!: Phaser.GameObjects.Graphics;
  /** The painted room, drawn each frame as one quad instead of re-tessellating its shapes. */
  private room!: Phaser.GameObjects.RenderTexture;
  private auras!: Phaser.GameObjects.Graphics;
  private thread!: Phaser.GameObjects.Graphics;
  private loved!: Phaser.GameObjects.Container;
  private lovedBody!: Phaser.GameObjects.Graphics;
  private you!: Phaser.GameObjects.Container;
  private phone!: PhoneView;
  private shown: Shown = { distance: 300, alarm: 4, trust: 4, reserve: 6, nudge: 0 };
  private state: StageState | null = null;
  private motion = true;
  private ready = false;
  private pending: { state: StageState; animate: boolean } | null = null;
  private pacing: Phaser.Tweens.Tween | null = null;
  private zoom = 1;

  constructor() {
    super('stage');
  }

  create(): void {
    this.roomPainter = this.make.graphics({}, false);
    this.room = this.add.renderTexture(0, 0, WIDTH, HEIGHT).setOrigin(0, 0);
    this.applyZoom();
    this.auras = this.add.graphics();
    this.thread = this.add.graphics();
    this.lovedBody = this.add.graphics();
    this.loved = this.add.container(CENTER - 150, FLOOR_Y + 40, [this.lovedBody]);
    const youBody = this.add.graphics();
    drawFigure(youBody, 'calm', COLORS.you, COLORS.youShade);
    this.you = this.add.container(CENTER + 150, FLOOR_Y + 40, [youBody]);
    this.you.setScale(-1, 1);
    this.phone = new PhoneView(this);
    this.ready = true;
    if (this.pending) this.show(this.pending.state, this.pending.animate);
    this.pending = null;
  }

  setMotion(on: boolean): void {
    this.motion = on;
    if (!on) this.tweens?.killAll();
  }

  /** Show a state: cut to it, or move there (spring-like) when animating. */
  show(state: StageState, animate: boolean): void {
    if (!this.ready) {
      this.pending = { state, animate };
      return;
    }
    const previous = this.state;
    this.state = state;
    if (!previous || previous.place !== state.place || previous.time !== state.time) {
      drawRoom(this.roomPainter, state.place, state.time);
      this.room.clear().draw(this.roomPainter).render();
      this.cameras.main.setBackgroundColor(0x000000);
    }
    if (!previous || previous.pose !== state.pose) this.setPose(state, animate && previous !== null);
    const target = {
      distance: figureDistance(state.meters.alarm, state.meters.trust),
      alarm: state.meters.alarm,
      trust: state.meters.trust,
      reserve: state.meters.reserve,
    };
    this.tweens.killTweensOf(this.shown);
    if (animate && this.motion) {
      // Back easing overshoots a little: attraction and repulsion read as a spring.
      this.tweens.add({ targets: this.shown, ...target, duration: 1100, ease: 'Back.easeOut' });
    } else {
      Object.assign(this.shown, target);
    }
  }

  cue(cue: StageCue): void {
    if (!this.ready) return;
    switch (cue) {
      case 'step-closer':
      case 'step-away': {
        const to = cue === 'step-closer' ? -50 : 60;
        if (!this.motion) return;
        this.tweens.add({ targets: this.shown, nudge: to, duration: 500, yoyo: true, hold: 600, ease: 'Sine.easeInOut' });
        break;
      }
      case 'flinch':
        if (this.motion) this.tweens.add({ targets: this.loved, angle: -6, duration: 70, yoyo: true, repeat: 2 });
        break;
      case 'door-closes':
        this.cameras.main.flash(this.motion ? 250 : 0, 40, 30, 30, true);
        break;
      case 'sit-together':
        this.shown.nudge = 0;
        break;
      default:
        this.phone.cue(cue, this.motion);
    }
  }

  /**
   * Draw the stage's 960×540 world into a smaller canvas when it is shown smaller (a phone,
   * a laptop's column): fewer pixels to fill each frame, the same picture.
   */
  setZoom(zoom: number): void {
    this.zoom = zoom;
    if (this.ready) this.applyZoom();
  }

  private applyZoom(): void {
    this.cameras.main.setZoom(this.zoom).centerOn(WIDTH / 2, HEIGHT / 2);
  }

  /** A fresh session: no phone, no leftover motion. */
  reset(): void {
    if (!this.ready) return;
    this.tweens.killAll();
    this.pacing = null;
    this.phone.reset();
    this.state = null;
    this.shown.nudge = 0;
    this.loved.setAngle(0);
  }

  override update(time: number): void {
    if (!this.ready) return;
    const s = this.shown;
    const pose = this.state ? POSE_SHAPES[this.state.pose] : POSE_SHAPES.calm;
    const half = (s.distance + s.nudge) / 2;
    const lovedX = CENTER - half;
    if (!this.pacing) this.loved.x = lovedX;
    this.loved.y = FLOOR_Y + 40 + pose.sink;
    this.you.x = CENTER + s.distance / 2;
    this.drawAuras(time);
    this.drawThread();
  }

  private setPose(state: StageState, animate: boolean): void {
    drawFigure(this.lovedBody, state.pose, COLORS.loved, COLORS.lovedShade);
    const shape = POSE_SHAPES[state.pose];
    this.pacing?.stop();
    this.pacing = null;
    const props = { rotation: shape.lean, scale: shape.scale };
    if (animate && this.motion) this.tweens.add({ targets: this.loved, ...props, duration: 450, ease: 'Sine.easeOut' });
    else this.loved.setRotation(props.rotation).setScale(props.scale);
    if (state.pose === 'pacing' && this.motion) {
      const from = CENTER - this.shown.distance / 2;
      this.loved.x = from;
      this.pacing = this.tweens.add({ targets: this.loved, x: from - 90, duration: 1400, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }
  }

  private drawAuras(time: number): void {
    const g = this.auras;
    const s = this.shown;
    g.clear();
    const a = s.alarm / 10;
    // Alarm changes size, brightness and pulse as well as hue: never colour alone.
    const pulse = this.motion ? Math.sin((time / 1000) * Math.PI * (0.5 + a * 2.2)) * (2 + a * 10) : 0;
    const radius = 70 + s.alarm * 9 + pulse;
    const color = mix(COLORS.calm, COLORS.alarm, a);
    const cx = this.loved.x;
    const cy = this.loved.y - 95;
    for (let i = 0; i < 4; i++) {
      g.fillStyle(color, (0.07 + a * 0.09) * (1 - i * 0.18));
      g.fillCircle(cx, cy, radius - i * 16);
    }
    const r = s.reserve / 10;
    const youR = 55 + s.reserve * 8;
    for (let i = 0; i < 3; i++) {
      g.fillStyle(COLORS.reserve, (0.05 + r * 0.12) * (1 - i * 0.25));
      g.fillCircle(this.you.x, this.you.y - 95, youR - i * 14);
    }
  }

  private drawThread(): void {
    const g = this.thread;
    const s = this.shown;
    g.clear();
    const x1 = this.loved.x + 30;
    const x2 = this.you.x - 30;
    const y = FLOOR_Y + 40 + CHEST_Y;
    const sag = 30 - s.trust * 2.5;
    const width = 1 + s.trust * 0.7;
    const alpha = 0.25 + s.trust * 0.07;
    const steps = 24;
    const at = (i: number) => {
      const t = i / steps;
      return { x: x1 + (x2 - x1) * t, y: y + Math.sin(Math.PI * t) * sag };
    };
    if (s.trust >= 7) {
      g.lineStyle(width + 8, COLORS.thread, 0.15);
      this.strokeCurve(g, at, steps, 1);
    }
    g.lineStyle(width, COLORS.thread, alpha);
    // Low trust frays the thread into a dashed line.
    this.strokeCurve(g, at, steps, s.trust <= 3 ? 2 : 1);
  }

  private strokeCurve(g: Phaser.GameObjects.Graphics, at: (i: number) => { x: number; y: number }, steps: number, gap: number) {
    for (let i = 0; i < steps; i += gap) {
      const a = at(i);
      const b = at(Math.min(steps, i + 1));
      g.lineBetween(a.x, a.y, b.x, b.y);
    }
  }
}

export const STAGE_SIZE = { width: WIDTH, height: HEIGHT };
