// The stage as a presenter of StorySession events. One Phaser game lives for the whole
// visit and moves into each play screen's slot: textures and scenes are reused, not
// rebuilt per scenario, so memory stays flat over many starts.
import Phaser from 'phaser';
import type { Subscription } from '../core/events.ts';
import type { StorySession } from '../core/story-session.ts';
import { STAGE_SIZE, StageScene } from './stage-scene.ts';

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
    scene: [scene],
  });
  game.events.once(Phaser.Core.Events.READY, () => scene.setMotion(motion));

  return {
    game,
    attach(session, slot) {
      slot.append(holder);
      game.scale.refresh();
      scene.reset();
      scene.setMotion(motion);
      scene.show(session.stage, false);
      const subs = [session.on('stage', (state) => scene.show(state, true)), session.on('cue', (cue) => scene.cue(cue))];
      return {
        close() {
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
