// The phone of the withdrawal scenario: messages arriving, "read" without an answer,
// typing dots that stop. Bubbles are abstract; the words are in the DOM log.
import type Phaser from 'phaser';
import type { StageCue } from '../core/protocol.ts';
import { COLORS } from './palette.ts';

const X = 760;
const Y = 40;
const W = 170;
const H = 300;
const MAX_BUBBLES = 6;

type Bubble = { from: 'loved' | 'you'; width: number; read: boolean };

export class PhoneView {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly dots: Phaser.GameObjects.Graphics;
  private bubbles: Bubble[] = [];
  private visible = false;
  private typing: Phaser.Tweens.Tween | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.g = scene.add.graphics().setDepth(10);
    this.dots = scene.add.graphics().setDepth(11);
  }

  reset(): void {
    this.bubbles = [];
    this.visible = false;
    this.stopTyping();
    this.draw();
  }

  cue(cue: StageCue, motion: boolean): void {
    switch (cue) {
      case 'phone-message':
        this.visible = true;
        this.stopTyping();
        this.push({ from: 'loved', width: 70 + ((this.bubbles.length * 37) % 50), read: false });
        break;
      case 'phone-sent':
        this.visible = true;
        this.push({ from: 'you', width: 80 + ((this.bubbles.length * 29) % 40), read: false });
        break;
      case 'phone-read': {
        this.visible = true;
        const mine = [...this.bubbles].reverse().find((b) => b.from === 'you');
        if (mine) mine.read = true;
        break;
      }
      case 'typing':
        this.visible = true;
        this.startTyping(motion);
        break;
      case 'typing-stops':
        this.stopTyping();
        break;
      case 'phone-away':
        this.visible = false;
        this.stopTyping();
        break;
      default:
        return;
    }
    this.draw();
  }

  private push(b: Bubble) {
    this.bubbles.push(b);
    if (this.bubbles.length > MAX_BUBBLES) this.bubbles.shift();
  }

  private startTyping(motion: boolean) {
    this.stopTyping();
    this.dots.clear();
    this.dots.fillStyle(COLORS.bubbleIn, 1);
    this.dots.fillRoundedRect(X + 14, Y + H - 56, 60, 26, 13);
    this.dots.fillStyle(0x7a7280, 1);
    for (let i = 0; i < 3; i++) this.dots.fillCircle(X + 30 + i * 14, Y + H - 43, 4);
    this.dots.setAlpha(1);
    if (motion) this.typing = this.scene.tweens.add({ targets: this.dots, alpha: 0.35, duration: 500, yoyo: true, repeat: -1 });
  }

  private stopTyping() {
    this.typing?.stop();
    this.typing = null;
    this.dots.clear();
  }

  private draw() {
    const g = this.g;
    g.clear();
    if (!this.visible) {
      this.dots.clear();
      return;
    }
    g.fillStyle(COLORS.phone, 0.95);
    g.fillRoundedRect(X, Y, W, H, 22);
    g.fillStyle(0xf7f3ee, 1);
    g.fillRoundedRect(X + 8, Y + 22, W - 16, H - 44, 12);
    let y = Y + 36;
    for (const b of this.bubbles) {
      const mine = b.from === 'you';
      g.fillStyle(mine ? COLORS.bubbleOut : COLORS.bubbleIn, 1);
      const bx = mine ? X + W - 16 - b.width : X + 16;
      g.fillRoundedRect(bx, y, b.width, 26, 12);
      g.lineStyle(1, 0xb9b0a6, 1);
      g.strokeRoundedRect(bx, y, b.width, 26, 12);
      if (mine && b.read) {
        // two small ticks under a read message
        g.lineStyle(2, 0x3d7fbf, 1);
        for (const dx of [0, 6]) {
          g.lineBetween(bx + b.width - 22 + dx, y + 32, bx + b.width - 18 + dx, y + 36);
          g.lineBetween(bx + b.width - 18 + dx, y + 36, bx + b.width - 10 + dx, y + 28);
        }
      }
      y += 38;
    }
  }
}
