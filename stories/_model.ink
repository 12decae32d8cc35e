// The relational model every scenario shares (CONTENT.md, "The model").
// The game reads alarm, trust, reserve, cycle and last_kind after every choice;
// a scenario changes them only through respond() and the helpers below, so the
// direction of every kind stays the same across all stories.

LIST kinds = attune, boundary, repair, personalize, pursue, label, appease, neutral

VAR alarm = 4      // 0-10: danger the loved one's nervous system perceives now (fast)
VAR trust = 4      // 0-10: felt safety built over time (slow)
VAR reserve = 6    // 0-10: the player's own reserves and boundaries
VAR cycle = 0      // 0+: reactive back-and-forths so far
VAR last_kind = neutral
VAR loved_name = "Sam"   // set by the game before the story starts
VAR pronoun = "they"     // she | he | they, set by the game

// Appeasing buys quiet, not safety: the second time it starts to cost trust.
VAR appeased = 0
// A boundary builds trust only when you come back as you said you would.
VAR promised_return = false

// Call right after every choice, with the kind its #kind tag names.
=== function respond(k)
~ last_kind = k
{
- k == attune:
    ~ shift(-1, 1, 0, -1)
- k == boundary:
    ~ shift(1, 0, 2, -1)
    ~ promised_return = true
- k == repair:
    ~ shift(-2, 2, 0, -1)
- k == personalize:
    ~ shift(2, -1, -1, 1)
- k == pursue:
    ~ shift(3, -1, -1, 1)
- k == label:
    ~ shift(2, -2, 0, 1)
- k == appease:
    ~ shift(-1, 0, -2, 0)
    { appeased > 0:
        ~ trust = clamp(trust - 1)
    }
    ~ appeased = appeased + 1
}

// Call when the player comes back after a boundary, as promised: the delayed pay-off.
=== function kept_word()
{ promised_return:
    ~ promised_return = false
    ~ shift(-1, 2, 0, 0)
}

// Nuance on top of the model (a story's own consequences). Keep it small and
// never against the direction of the kind that was just chosen.
=== function shift(d_alarm, d_trust, d_reserve, d_cycle)
~ alarm = clamp(alarm + d_alarm)
~ trust = clamp(trust + d_trust)
~ reserve = clamp(reserve + d_reserve)
~ cycle = MAX(0, cycle + d_cycle)

=== function clamp(x)
~ return MAX(0, MIN(10, x))

// The usual way a scenario picks its ending from the meters. Burnout means you gave
// yourself up to keep the peace; running dry by chasing or hitting back closes the circle.
=== function outcome()
{
- reserve <= 1 && appeased >= 2:
    ~ return "burnout"
- alarm >= 7 || trust <= 2:
    ~ return "fear"
- trust >= 6 && alarm <= 4:
    ~ return "safety"
- else:
    ~ return "fragile"
}
