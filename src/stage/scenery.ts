// Simple geometric interiors and outdoor places, drawn with one Graphics object.
import type Phaser from 'phaser';
import type { Place, TimeOfDay } from '../core/protocol.ts';
import { COLORS, LIGHT, type Light, mix } from './palette.ts';

export const WIDTH = 960;
export const HEIGHT = 540;
export const FLOOR_Y = 410;

type G = Phaser.GameObjects.Graphics;

const OUTDOOR: readonly Place[] = ['street', 'park', 'balcony'];

export function drawRoom(g: G, place: Place, time: TimeOfDay): void {
  const light = LIGHT[time];
  g.clear();
  if (OUTDOOR.includes(place)) drawOutdoor(g, place, light, time);
  else drawIndoor(g, place, light, time);
}

function sky(g: G, x: number, y: number, w: number, h: number, light: Light, time: TimeOfDay) {
  g.fillGradientStyle(light.sky, light.sky, light.skyLow, light.skyLow, 1);
  g.fillRect(x, y, w, h);
  if (time === 'night') {
    g.fillStyle(0xf4efd8, 0.9);
    g.fillCircle(x + w * 0.78, y + h * 0.28, Math.min(w, h) * 0.08);
  } else if (time === 'morning' || time === 'evening') {
    g.fillStyle(0xffe0a8, 0.8);
    g.fillCircle(x + w * 0.2, y + h * 0.85, Math.min(w, h) * 0.12);
  }
}

function windowFrame(g: G, x: number, y: number, w: number, h: number, light: Light, time: TimeOfDay) {
  sky(g, x, y, w, h, light, time);
  g.lineStyle(10, mix(light.wall, 0xffffff, 0.4), 1);
  g.strokeRect(x, y, w, h);
  g.lineStyle(5, mix(light.wall, 0xffffff, 0.4), 1);
  g.lineBetween(x + w / 2, y, x + w / 2, y + h);
}

function lampGlow(g: G, x: number, y: number, light: Light) {
  if (light.lamp === 0) return;
  for (let r = 170; r > 20; r -= 30) {
    g.fillStyle(COLORS.lampGlow, light.lamp * 0.08);
    g.fillCircle(x, y, r);
  }
}

function drawIndoor(g: G, place: Place, light: Light, time: TimeOfDay) {
  g.fillStyle(light.wall, 1);
  g.fillRect(0, 0, WIDTH, FLOOR_Y);
  g.fillStyle(light.floor, 1);
  g.fillRect(0, FLOOR_Y, WIDTH, HEIGHT - FLOOR_Y);
  g.fillStyle(light.shade, 0.18);
  g.fillRect(0, FLOOR_Y - 6, WIDTH, 6);
  const furniture = mix(COLORS.furniture, light.shade, time === 'night' ? 0.5 : 0.1);
  const soft = mix(COLORS.furnitureLight, light.shade, time === 'night' ? 0.5 : 0.1);
  switch (place) {
    case 'kitchen':
      windowFrame(g, 380, 70, 200, 150, light, time);
      g.fillStyle(furniture, 1);
      g.fillRect(60, 270, 840, 140);
      g.fillStyle(soft, 1);
      g.fillRect(50, 258, 860, 16);
      g.fillRect(90, 80, 220, 120);
      g.fillRect(650, 80, 220, 120);
      // the dishes
      g.fillStyle(0xf4efe8, 1);
      for (let i = 0; i < 4; i++) g.fillEllipse(860 + i * 4, 250 - i * 7, 60, 12);
      g.fillStyle(0xdfe8ea, 1);
      g.fillRect(440, 262, 90, 10);
      lampGlow(g, 480, 40, light);
      break;
    case 'living-room':
      windowFrame(g, 640, 80, 220, 170, light, time);
      g.fillStyle(mix(light.floor, 0xb86b4b, 0.35), 1);
      g.fillEllipse(480, 470, 620, 80);
      g.fillStyle(furniture, 1);
      g.fillRoundedRect(230, 290, 500, 120, 28);
      g.fillStyle(soft, 1);
      g.fillRoundedRect(250, 250, 460, 80, 24);
      g.lineStyle(4, light.shade, 0.8);
      g.lineBetween(140, 410, 140, 170);
      g.fillStyle(0xf6d9a5, 1);
      g.fillTriangle(105, 175, 175, 175, 140, 130);
      lampGlow(g, 140, 170, light);
      break;
    case 'bedroom':
      windowFrame(g, 120, 80, 180, 150, light, time);
      g.fillStyle(furniture, 1);
      g.fillRoundedRect(330, 300, 480, 110, 14);
      g.fillStyle(0xf4efe8, 1);
      g.fillRoundedRect(350, 270, 440, 50, 20);
      g.fillStyle(soft, 1);
      g.fillRoundedRect(360, 250, 120, 40, 16);
      g.fillRoundedRect(660, 250, 120, 40, 16);
      lampGlow(g, 860, 250, light);
      break;
    case 'hallway':
      g.fillStyle(furniture, 1);
      g.fillRect(90, 110, 170, 300);
      g.fillStyle(soft, 1);
      g.fillCircle(235, 270, 8);
      g.lineStyle(6, light.shade, 0.9);
      g.lineBetween(640, 150, 860, 150);
      g.fillStyle(mix(COLORS.you, light.shade, 0.3), 1);
      g.fillRoundedRect(670, 160, 50, 130, 18);
      g.fillStyle(mix(COLORS.loved, light.shade, 0.3), 1);
      g.fillRoundedRect(760, 160, 50, 120, 18);
      lampGlow(g, 480, 40, light);
      break;
    case 'cafe':
      windowFrame(g, 80, 70, 320, 180, light, time);
      g.fillStyle(furniture, 1);
      g.fillRect(600, 260, 320, 150);
      for (const x of [200, 480]) {
        g.fillStyle(soft, 1);
        g.fillEllipse(x, 330, 150, 24);
        g.fillRect(x - 5, 330, 10, 80);
      }
      for (const x of [660, 760, 860]) {
        g.lineStyle(2, light.shade, 0.8);
        g.lineBetween(x, 0, x, 90);
        g.fillStyle(0xf6d9a5, 1);
        g.fillCircle(x, 100, 14);
      }
      lampGlow(g, 760, 100, light);
      break;
    case 'office':
      g.fillStyle(mix(light.sky, light.wall, 0.4), 1);
      g.fillRect(560, 60, 320, 200);
      g.lineStyle(3, light.wall, 1);
      for (let y = 75; y < 260; y += 18) g.lineBetween(560, y, 880, y);
      g.fillStyle(furniture, 1);
      g.fillRect(120, 300, 420, 18);
      g.fillRect(140, 318, 14, 92);
      g.fillRect(506, 318, 14, 92);
      g.fillStyle(0x3a3640, 1);
      g.fillRoundedRect(250, 200, 160, 100, 8);
      break;
    default:
      break;
  }
}

function drawOutdoor(g: G, place: Place, light: Light, time: TimeOfDay) {
  sky(g, 0, 0, WIDTH, FLOOR_Y, light, time);
  const ground =
    place === 'park'
      ? mix(0x8fae7a, light.shade, time === 'night' ? 0.6 : 0.15)
      : mix(0xb8ad9f, light.shade, time === 'night' ? 0.6 : 0.15);
  g.fillStyle(ground, 1);
  g.fillRect(0, FLOOR_Y, WIDTH, HEIGHT - FLOOR_Y);
  const dark = mix(light.shade, light.sky, 0.2);
  if (place === 'street') {
    g.fillStyle(dark, 0.9);
    for (const [x, w, h] of [
      [0, 160, 260],
      [170, 120, 200],
      [300, 180, 300],
      [620, 150, 240],
      [780, 180, 280],
    ] as const) {
      g.fillRect(x, FLOOR_Y - h, w, h);
      g.fillStyle(0xf6d9a5, time === 'night' || time === 'evening' ? 0.9 : 0.25);
      for (let wy = FLOOR_Y - h + 20; wy < FLOOR_Y - 30; wy += 46) g.fillRect(x + 20, wy, 22, 26);
      g.fillStyle(dark, 0.9);
    }
    g.lineStyle(6, light.shade, 1);
    g.lineBetween(520, FLOOR_Y, 520, 170);
    g.fillStyle(0xffe2a8, time === 'night' || time === 'evening' ? 1 : 0.4);
    g.fillCircle(520, 165, 14);
  } else if (place === 'park') {
    for (const [x, r] of [
      [120, 90],
      [300, 70],
      [760, 100],
      [900, 70],
    ] as const) {
      g.fillStyle(light.shade, 1);
      g.fillRect(x - 8, FLOOR_Y - 150, 16, 150);
      g.fillStyle(mix(0x6f9460, light.shade, time === 'night' ? 0.6 : 0.1), 1);
      g.fillCircle(x, FLOOR_Y - 170, r);
    }
    g.fillStyle(COLORS.furniture, 1);
    g.fillRect(560, FLOOR_Y - 40, 130, 12);
    g.fillRect(570, FLOOR_Y - 28, 8, 28);
    g.fillRect(672, FLOOR_Y - 28, 8, 28);
  } else {
    // balcony: the railing in front of the city
    g.fillStyle(dark, 0.7);
    for (let x = 0; x < WIDTH; x += 120) g.fillRect(x, FLOOR_Y - 120 - ((x * 7) % 90), 90, 200);
    g.lineStyle(6, light.shade, 1);
    g.lineBetween(0, FLOOR_Y - 60, WIDTH, FLOOR_Y - 60);
    g.lineStyle(3, light.shade, 1);
    for (let x = 20; x < WIDTH; x += 40) g.lineBetween(x, FLOOR_Y - 60, x, FLOOR_Y);
    g.fillStyle(COLORS.furniture, 1);
    g.fillRect(840, FLOOR_Y - 50, 60, 50);
    g.fillStyle(0x6f9460, 1);
    g.fillCircle(870, FLOOR_Y - 70, 32);
  }
}
