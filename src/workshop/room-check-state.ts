// The facilitator's side of the room's self-check, without DOM: which moment the phones
// are asked for, what the big screen shows of it, and the counts that came back (counts
// only; the relay never sends a phone's own answers here). src/ui/workshop renders it.
import type { RoomCheckScreen } from './audience-state.ts';
import type { FacilitatorRelay } from './relay-client.ts';
import { type RoomCheckCounts, type RoomMoment, roomCheckCsv, spread } from './room-check.ts';

export type RoomCheckMode = RoomCheckScreen['mode'];

export class RoomCheckState {
  /** The moment the phones are being asked for now. */
  asking: RoomMoment | null = null;
  /** What the big screen shows of the check, if anything. */
  onScreen: RoomCheckMode | null = null;
  private readonly kept: Record<RoomMoment, RoomCheckCounts | null> = { start: null, end: null };
  /** Counts every change (what the window compares to know it must redraw). */
  changes = 0;
  private listening: FacilitatorRelay | null = null;

  constructor(private readonly onChange: () => void) {}

  private changed(): void {
    this.changes++;
    this.onChange();
  }

  /** Listen to the relay for counts (once per relay connection). */
  listen(relay: FacilitatorRelay | null): void {
    if (!relay || relay === this.listening) return;
    this.listening = relay;
    // The relay knows which moment is open (the facilitator's page may have reloaded since).
    const follow = (check: RoomMoment | null | undefined) => {
      if (check === undefined || check === this.asking) return;
      this.asking = check;
      this.changed();
    };
    this.asking = relay.room?.check ?? this.asking;
    relay.on('room', (room) => follow(room.check));
    relay.on('check-counts', ({ moment, ...counts }) => {
      this.kept[moment] = counts;
      this.changed();
    });
  }

  open(relay: FacilitatorRelay, moment: RoomMoment): void {
    relay.openCheck(moment);
    this.asking = moment;
    this.changed();
  }

  close(relay: FacilitatorRelay): void {
    relay.closeCheck();
    this.asking = null;
    this.changed();
  }

  /** Put this view on the big screen, or take it off when it is already there. */
  toggle(mode: RoomCheckMode): void {
    this.onScreen = this.onScreen === mode ? null : mode;
    this.changed();
  }

  /** What the big screen shows of the check now (a moment below five phones only says how many). */
  screen(): RoomCheckScreen | null {
    const { start, end } = this.kept;
    const asking = this.asking && { moment: this.asking, respondents: this.kept[this.asking]?.respondents ?? 0 };
    if (!this.onScreen && !asking) return null;
    return { mode: this.onScreen, moments: { start: start && spread(start), end: end && spread(end) }, asking };
  }

  counts(): Record<RoomMoment, RoomCheckCounts | null> {
    return { ...this.kept };
  }

  /** The anonymous counts as CSV (the day only). */
  csv(date: number): string {
    return roomCheckCsv({ date, moments: this.kept });
  }
}
