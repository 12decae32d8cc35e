// The stage as a presenter of StorySession events. One Phaser game lives for the whole
// visit and moves into each play screen's slot: textures and scenes are reused, not
// rebuilt per scenario, so memory stays flat over many starts.
import Phaser from 'phaser';
import type { Subscription } from '../core/events.ts';
import type { StorySession } from '../core/story-session.ts';
import { STAGE_SIZE, StageScene } from './stage-scene.ts';

/**
 * The stage draws at most about 30 times a second. Its motion is slow (a breathing aura, a
 * spring of a second), and on a CPU-rendered WebGL (SwiftShader; many laptops without a GPU)
 * drawing it every display frame made a third of the page's frames late, text and focus
 * included. At 30 the page keeps its frames (headless Chromium, 1280×720, a choice every 1.6 s:
 * frames over 25 ms fell from 16-21% to 1-4%). Just above 30: two 60 Hz frames (33.3 ms) always reach the
 * limit's 32.8 ms, so it never waits a third frame.
 */
const STAGE_FPS = 30.5;

export interface StageHost {
  readonly game: Phaser.Game;
  attach(session: StorySession, slot: HTMLElement): Subscription;
  setMotion(on: boolean): void;
}

export interface StageHostOptions {
  motion: boolean;
  /** Called when WebGL/Canvas could not start: the story goes on without pictures. */
  onFailure?: (error: unknown) => void;
}

export function createStageHost(options: StageHostOptions): StageHost {
  const holder = document.createElement('div');
  holder.className = 'stage-canvas';
  let motion = options.motion;
  const scene = new StageScene();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: holder,
    width: STAGE_SIZE.width,
    height: STAGE_SIZE.height,
    backgroundColor: '#2b2622',
    banner: false,
    disableContextMenu: true,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, powerPreference: 'low-power' },
    audio: { noAudio: true },
    fps: { limit: STAGE_FPS },
    // The stage is decorative and takes no input. Phaser's input would also listen on the
    // window and keep the last element clicked anywhere (a Quit button, and with it the
    // whole play screen it sat in) alive after the screen is gone.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    scene: [scene],
  });
  game.events.once(Phaser.Core.Events.READY, () => scene.setMotion(motion));

  // Render at the size the stage is shown (in device pixels), never above its own 960×540:
  // a canvas larger than its box costs fill rate every frame and only gets scaled down.
  let zoom = 1;
  const fitResolution = () => {
    // FIT letterboxes: the smaller of the two ratios is the scale it is shown at.
    const shown = Math.min(holder.clientWidth / STAGE_SIZE.width, holder.clientHeight / STAGE_SIZE.height) * window.devicePixelRatio;
    if (shown === 0) return;
    const next = Math.min(1, Math.max(0.4, Math.ceil(shown * 20) / 20));
    if (next === zoom) return;
    zoom = next;
    game.scale.setGameSize(Math.round(STAGE_SIZE.width * zoom), Math.round(STAGE_SIZE.height * zoom));
    scene.setZoom(zoom);
  };
  new ResizeObserver(fitResolution).observe(holder);

  return {
    game,
    attach(session, slot) {
      // Hidden until the scene has drawn this session's first picture, then faded in
      // (styles.css): no flash of an empty canvas; the text never waits for it.
      holder.removeAttribute('data-shown');
      game.events.once(Phaser.Core.Events.POST_RENDER, () => holder.setAttribute('data-shown', ''));
      slot.append(holder);
      game.scale.refresh();
      scene.reset();
      scene.setMotion(motion);
      scene.show(session.stage, false);
      // A choice's stage changes start on the next animation frame, in order: its text reaches
      // the DOM first, and the motion still begins in the frame that paints that text.
      const queue: (() => void)[] = [];
      let frame = 0;
      const flush = () => {
        frame = 0;
        for (const work of queue.splice(0)) work();
      };
      const later = (work: () => void) => {
        queue.push(work);
        frame ||= requestAnimationFrame(flush);
      };
      const subs = [
        session.on('stage', (state) => later(() => scene.show(state, true))),
        session.on('cue', (cue) => later(() => scene.cue(cue))),
      ];
      return {
        close() {
          cancelAnimationFrame(frame);
          queue.length = 0;
          for (const sub of subs) sub.close();
          holder.remove();
        },
      };
    },
    setMotion(on) {
      motion = on;
      scene.setMotion(on);
    },
  };
}
