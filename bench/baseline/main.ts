// The baseline of `npm run bench`: a bare Phaser 4 + inkjs page as the official Phaser
// template would make it (without its telemetry). One full-window canvas; the scene loads
// scenario 1's compiled story and draws its text and clickable choices as Phaser Text,
// each choice easing in, so that both pages have transitions when frame times are compared.
import { Story } from 'inkjs';
import Phaser from 'phaser';

const LINES_SHOWN = 8;
const MARGIN = 48;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

declare global {
  interface Window {
    __baseline: { game: Phaser.Game; choiceRects: () => Rect[] };
  }
}

class StoryScene extends Phaser.Scene {
  private story!: Story;
  private lines: string[] = [];
  private text!: Phaser.GameObjects.Text;
  private choices: Phaser.GameObjects.Text[] = [];
  private marked = false;

  constructor() {
    super('story');
  }

  preload(): void {
    this.load.text('story', 'story.json');
  }

  create(): void {
    this.story = new Story(this.cache.text.get('story') as string);
    this.text = this.add.text(MARGIN, MARGIN, '', {
      fontFamily: 'sans-serif',
      fontSize: '20px',
      color: '#f3ece4',
      lineSpacing: 6,
      wordWrap: { width: this.scale.width - MARGIN * 2 },
    });
    this.step();
  }

  choiceRects(): Rect[] {
    const canvas = this.game.canvas.getBoundingClientRect();
    const k = canvas.width / this.scale.width;
    return this.choices.map((choice) => {
      const b = choice.getBounds();
      return { x: canvas.left + b.x * k, y: canvas.top + b.y * k, width: b.width * k, height: b.height * k };
    });
  }

  private step(): void {
    while (this.story.canContinue) {
      const line = this.story.Continue()?.trim();
      if (line) this.lines.push(line);
    }
    this.lines = this.lines.slice(-LINES_SHOWN);
    this.text.setText(this.lines.join('\n\n'));
    for (const choice of this.choices) choice.destroy();
    this.choices = [];
    let y = this.text.y + this.text.height + 32;
    for (const option of this.story.currentChoices) {
      const choice = this.add
        .text(MARGIN, y, `${option.index + 1}. ${option.text}`, {
          fontFamily: 'sans-serif',
          fontSize: '20px',
          color: '#ffd9a8',
          backgroundColor: '#3a322b',
          padding: { x: 12, y: 8 },
          wordWrap: { width: this.scale.width - MARGIN * 2 - 24 },
        })
        .setInteractive({ useHandCursor: true })
        .on('pointerdown', () => this.choose(option.index));
      this.tweens.add({
        targets: choice,
        alpha: { from: 0, to: 1 },
        x: { from: MARGIN + 40, to: MARGIN },
        duration: 300,
        ease: 'Sine.easeOut',
      });
      this.choices.push(choice);
      y += choice.height + 12;
    }
    if (this.choices.length > 0 && !this.marked) {
      this.marked = true;
      performance.mark('baseline:first-choice');
    }
  }

  private choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
    this.step();
  }
}

const scene = new StoryScene();
const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#2b2622',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  scene: [scene],
});
window.__baseline = { game, choiceRects: () => scene.choiceRects() };
