// The relational model every scenario shares (CONTENT.md, "The model"; docs/writing-stories.md
// explains it for authors). The game reads alarm, trust, reserve, cycle and last_kind after every
// choice; a scenario changes them only through respond() and the helpers below, so the direction
// of every kind stays the same across all stories.
//
// Four properties matter more than any number, so that no fixed rule ("always the caring one")
// wins:
// - State: the same kind lands differently by the moment. Closeness at high alarm reads as
//   pressure first; staying present under fire costs the partner.
// - Delay: a caring answer under fire makes alarm rise first; the calm comes one moment later,
//   if the next answer does not undo it (calm_due, then landed for the story to show it).
// - Cost: staying present while pushed away drains reserve; boundaries and breaks restore it.
// - Slow trust: trust grows through consistency (two caring answers in a row) and a kept word,
//   never per line, and by at most TRUST_STEP_CAP steps in one scenario.

LIST kinds = attune, boundary, repair, personalize, pursue, label, appease, neutral

VAR alarm = 4      // 0-10: danger the loved one's nervous system perceives now (fast)
VAR trust = 4      // 0-10: felt safety built over time (slow)
VAR reserve = 6    // 0-10: the player's own reserves and boundaries
VAR cycle = 0      // 0+: rounds of the circle that happened (never goes down)
VAR last_kind = neutral
VAR loved_name = "Sam"   // set by the game before the story starts
VAR pronoun = "they"     // she | he | they, set by the game

// Self-abandoning choices so far (appease). Burnout is a pattern: three or more.
VAR appeased = 0
// A boundary builds trust only when you come back as you said you would (kept_word()).
VAR promised_return = false
// A caring answer under fire raised alarm; it settles at the next answer unless that undoes it.
VAR calm_due = false
// True right after respond() when an earlier caring answer paid off now: show it in words.
VAR landed = false
// Trust steps gained in this scenario; one evening moves trust, it does not complete it.
VAR trust_steps = 0
CONST TRUST_STEP_CAP = 4
// At or above this alarm the loved one is flooded: closeness and talk read as pressure.
CONST FLOODED = 7
// At or above this alarm the partner is under fire: staying present costs reserve.
CONST UNDER_FIRE = 5

// Call right after every choice, with the kind its #kind tag names.
=== function respond(k)
~ temp was_caring = is_caring(last_kind)
~ temp was_round = is_round(last_kind)
~ landed = false
// Delay: an earlier caring answer lands now, unless this answer closes the circle again.
{ calm_due:
    ~ calm_due = false
    { not is_round(k):
        ~ shift(-2, 0, 0, 0)
        ~ landed = true
    }
}
// Brief relief, then down: hitting back or withdrawing leaves an aftertaste.
{ last_kind == personalize:
    ~ shift(0, 0, -2, 0)
}
~ last_kind = k
{
- k == attune:
    {
    - alarm >= FLOODED:
        // Closeness itself can set off the alarm: it rises first, and settles later.
        ~ shift(1, 0, -1, 0)
        ~ calm_due = true
    - alarm >= UNDER_FIRE:
        ~ shift(-1, 0, -1, 0)
    - else:
        ~ shift(-1, 0, 0, 0)
    }
    // Consistency, not one kind line, is what grows trust.
    { was_caring:
        ~ gain_trust(1)
    }
- k == boundary:
    // A limit can sting at first; it pays off when you come back as promised.
    ~ shift(1, 0, 2, 0)
    ~ promised_return = true
- k == repair:
    {
    - alarm >= FLOODED:
        ~ shift(-1, 0, 0, 0)
    - else:
        ~ shift(-2, 0, 0, 0)
    }
    // Owning your part after a rupture counts more than ignoring the rupture.
    { was_round || cycle > 0:
        ~ gain_trust(1)
    }
- k == personalize:
    ~ shift(2, -1, 1, 1)
- k == pursue:
    ~ shift(3, -1, -1, 1)
- k == label:
    ~ shift(2, -2, 0, 1)
- k == appease:
    ~ shift(-1, 0, -2, 0)
    // Quiet bought by giving yourself up is not safety: from the second time it costs trust.
    { appeased > 0:
        ~ trust = clamp(trust - 1)
    }
    ~ appeased = appeased + 1
}

// Call when the player comes back after a boundary, as promised: the delayed pay-off.
=== function kept_word()
{ promised_return:
    ~ promised_return = false
    ~ shift(-1, 0, 0, 0)
    ~ gain_trust(1)
    ~ landed = true
}

=== function is_caring(k)
~ return k == attune || k == boundary || k == repair

=== function is_round(k)
~ return k == personalize || k == pursue || k == label

// Trust rises slowly and by at most TRUST_STEP_CAP steps in one scenario.
=== function gain_trust(n)
~ temp room = MAX(0, TRUST_STEP_CAP - trust_steps)
~ temp step = MIN(n, room)
~ trust_steps = trust_steps + step
~ trust = clamp(trust + step)

// Nuance on top of the model (a story's own consequences). Keep it small and
// never against the direction of the kind that was just chosen. Positive trust goes through
// gain_trust() so the slow-trust cap holds.
=== function shift(d_alarm, d_trust, d_reserve, d_cycle)
~ alarm = clamp(alarm + d_alarm)
{ d_trust > 0:
    ~ gain_trust(d_trust)
- else:
    ~ trust = clamp(trust + d_trust)
}
~ reserve = clamp(reserve + d_reserve)
~ cycle = MAX(0, cycle + MAX(0, d_cycle))

// A break, a walk or a friend on the phone: reserve comes back.
=== function rest(n)
~ reserve = clamp(reserve + n)

=== function clamp(x)
~ return MAX(0, MIN(10, x))

// The usual way a scenario picks its ending from the meters. Burnout is a pattern of giving
// yourself up (three or more appeasing choices) with little left; running dry by chasing or
// hitting back closes the circle instead. Staying without limits until you are empty is not
// yet safety: an opening at best.
=== function outcome()
{
- appeased >= 3 && reserve <= 2:
    ~ return "burnout"
- alarm >= 7 || trust <= 2:
    ~ return "fear"
- trust >= 6 && alarm <= 4 && reserve >= 3:
    ~ return "safety"
- else:
    ~ return "fragile"
}
