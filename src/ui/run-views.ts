// The screens of one run, as one chunk the menu does not need: its start screen, the play
// screen and the debrief. The app fetches it while the player reads the menu (src/ui/app.ts).
export { debriefView } from './debrief-view.ts';
export { playView } from './play-view.ts';
export { startView } from './start-view.ts';
