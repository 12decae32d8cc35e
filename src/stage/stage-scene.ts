// The relationship on stage: place and light, two figures whose distance follows push
// and pull, the loved one's alarm aura, your reserve aura, and the trust thread between.
// It only ever receives StageState and cues; it never touches ink.
import Phaser from 'phaser';
import type { StageCue } from '../core/protocol.ts';
import { figureDistance, type StageState } from '../core/stage-state.ts';
import { drawFigure, POSE_SHAPES } from './figure.ts';
import { Glow } from './glow.ts';
import { COLORS } from './palette.ts';
import { PhoneView } from './phone-view.ts';
import { drawRoom, FLOOR_Y, HEIGHT, WIDTH } from './scenery.ts';

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
  private glow!: Glow;
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
    this.glow = new Glow(this);
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
    this.glow.update({
      lovedX: this.loved.x,
      lovedY: this.loved.y,
      youX: this.you.x,
      youY: this.you.y,
      alarm: s.alarm,
      reserve: s.reserve,
      trust: s.trust,
      time: this.motion ? time / 1000 : null,
    });
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
}

export const STAGE_SIZE = { width: WIDTH, height: HEIGHT };
