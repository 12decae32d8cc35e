// The two figures: soft, rounded and faceless, so any player can see their own people.
// A pose is a drawing plus a lean, a scale and a head position; motion lives in the scene.
import type Phaser from 'phaser';
import type { Pose } from '../core/protocol.ts';

type G = Phaser.GameObjects.Graphics;

export interface PoseShape {
  /** Lean toward the other figure, in radians (negative leans away). */
  lean: number;
  scale: number;
  /** Drop of the whole figure in pixels (smaller, sinking in). */
  sink: number;
  /** Head offset toward the other figure (negative: turned away). */
  headX: number;
  headDrop: number;
}

export const POSE_SHAPES: Record<Pose, PoseShape> = {
  calm: { lean: 0, scale: 1, sink: 0, headX: 4, headDrop: 0 },
  warm: { lean: 0.1, scale: 1, sink: 0, headX: 10, headDrop: 0 },
  tense: { lean: -0.03, scale: 0.98, sink: 0, headX: 0, headDrop: -6 },
  'arms-crossed': { lean: -0.05, scale: 1, sink: 0, headX: 0, headDrop: 0 },
  'turned-away': { lean: -0.08, scale: 0.96, sink: 0, headX: -14, headDrop: 4 },
  withdrawn: { lean: -0.12, scale: 0.84, sink: 18, headX: -6, headDrop: 14 },
  pacing: { lean: 0.04, scale: 1, sink: 0, headX: 6, headDrop: 0 },
  reaching: { lean: 0.14, scale: 1, sink: 0, headX: 12, headDrop: 0 },
  'on-phone': { lean: 0, scale: 0.98, sink: 0, headX: 4, headDrop: 14 },
};

const BODY_W = 74;
const BODY_H = 150;
const HEAD_R = 31;

/**
 * Draw a figure standing at (0, 0) = its feet, facing +x (the scene mirrors the other one).
 */
export function drawFigure(g: G, pose: Pose, color: number, shade: number): void {
  const shape = POSE_SHAPES[pose];
  g.clear();
  // shadow on the floor
  g.fillStyle(0x000000, 0.12);
  g.fillEllipse(0, 0, 110, 18);
  // body
  g.fillStyle(color, 1);
  g.fillRoundedRect(-BODY_W / 2, -BODY_H, BODY_W, BODY_H, BODY_W / 2 - 2);
  // head
  const headY = -BODY_H - HEAD_R + 6 + shape.headDrop;
  g.fillCircle(shape.headX, headY, HEAD_R);
  // arms and props, in the shade colour so they read on the body
  g.fillStyle(shade, 1);
  switch (pose) {
    case 'arms-crossed':
      g.fillRoundedRect(-BODY_W / 2 - 6, -BODY_H + 52, BODY_W + 12, 22, 11);
      g.fillRoundedRect(-BODY_W / 2 - 2, -BODY_H + 64, BODY_W + 4, 20, 10);
      break;
    case 'tense':
      g.fillRoundedRect(-BODY_W / 2 - 10, -BODY_H + 14, 18, 70, 9);
      g.fillRoundedRect(BODY_W / 2 - 8, -BODY_H + 14, 18, 70, 9);
      break;
    case 'withdrawn':
      g.fillRoundedRect(-BODY_W / 2 + 4, -BODY_H + 60, BODY_W - 8, 26, 13);
      break;
    case 'reaching':
      g.fillRoundedRect(BODY_W / 2 - 14, -BODY_H + 50, 96, 18, 9);
      g.fillRoundedRect(-BODY_W / 2 - 6, -BODY_H + 40, 16, 80, 8);
      break;
    case 'warm':
      g.fillRoundedRect(BODY_W / 2 - 12, -BODY_H + 44, 46, 18, 9);
      g.fillRoundedRect(-BODY_W / 2 - 6, -BODY_H + 40, 16, 84, 8);
      break;
    case 'on-phone':
      g.fillRoundedRect(-8, -BODY_H + 60, 40, 18, 9);
      g.fillStyle(0x2b2730, 1);
      g.fillRoundedRect(22, -BODY_H + 44, 16, 26, 3);
      g.fillStyle(0xbfe6ff, 0.9);
      g.fillRect(24, -BODY_H + 47, 12, 20);
      break;
    case 'turned-away':
      g.fillRoundedRect(-BODY_W / 2 - 4, -BODY_H + 40, 16, 86, 8);
      break;
    default:
      g.fillRoundedRect(-BODY_W / 2 - 6, -BODY_H + 40, 16, 86, 8);
      g.fillRoundedRect(BODY_W / 2 - 10, -BODY_H + 40, 16, 86, 8);
  }
}

/** Chest height of a standing figure: where the trust thread attaches. */
export const CHEST_Y = -BODY_H + 60;
