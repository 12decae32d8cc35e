# id: the-morning-after
# title: The morning after
# form: repair
# minutes: 10
# note: The day after an argument in which you said or did something hurtful.
# details: You wake up after a fight in which you hurt the person you love. Over coffee, during the day and again that evening, you look for a way to make it right without giving yourself up.
# blurb: Last night went wrong. This morning you get to choose what comes next.
# reflect: What is the difference between owning your part and taking all the blame?
# reflect: After a sincere sorry, the other can stay guarded for a while. What did you do with that waiting?
# reflect: Think of a time someone came back to you after getting it wrong. What did that do to your trust?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR rupture = ""
// you named what you did, plainly, without a "but"
VAR owned = false

~ alarm = 6
~ trust = 3
~ reserve = 6
-> opening

// What you say when you own it, per rupture (src/core/carry-over.ts derives it from the fight).
=== function sorry_line()
{ rupture:
- "hit-back": ~ return "What I said last night was meant to hurt. It did. I'm sorry."
- "labelled": ~ return "Calling it your thing last night was unfair. I'm sorry."
- "stayed-out": ~ return "I said ten minutes last night and stayed out much longer. You were waiting. I'm sorry."
- "chased": ~ return "Last night I kept pushing you to talk when you needed room. I'm sorry."
- "went-cold": ~ return "Last night I shut you out without a word. I'm sorry."
- else: ~ return "Last night I kept score instead of hearing you. I'm sorry."
}

=== function only_because()
{ rupture:
- "stayed-out": ~ return "I only stayed out there"
- "chased": ~ return "I only kept on at you"
- "went-cold": ~ return "I only went quiet"
- else: ~ return "I only said it"
}

=== function did_short()
{ rupture:
- "hit-back": ~ return "went for the sore spot"
- "labelled": ~ return "started handing out diagnoses"
- "stayed-out": ~ return "said ten minutes and then let me wait"
- "chased": ~ return "wouldn't let it go"
- "went-cold": ~ return "turned their back and said nothing"
- else: ~ return "started keeping score"
}

=== opening ===
You wake up before the alarm clock goes off. The other side of the bed is empty, and already cool. #chapter:Coffee #place:bedroom #time:morning
Last night comes back in pieces.
It had been such a good evening. Popcorn, the blanket with the burn hole, {loved_name}'s cold feet tucked under your leg, a film you'd both seen twice.
Then the soup pan, still soaking in the sink. Then {loved_name}, sharp out of nowhere: you're going to leave anyway.
{ rupture == "":
    -> last_night
}
{ rupture:
- "hit-back":
    And then you said it, quietly, because you knew exactly where it would land. “At least I don't ruin every nice evening we have.” You watched it land. #intense:You said something cruel on purpose.
- "labelled":
    And then you said it. That this was {their()} thing again: the moment it gets nice, {they()} {have()} to wreck it. #intense:You said something hurtful about who your partner is.
- "stayed-out":
    And then you said ten minutes and went out onto the balcony. You turned your phone face down and stayed out there for twenty-five.
    When you finally came back in, the kitchen was dark.
- "chased":
    And then you wouldn't let it go. Questions, “talk to me”, one after another, right when {they()} needed room.
    The more you pushed, the further {they()} went, until there was a door between you.
- "went-cold":
    And then you went cold. You turned your back, shut {them()} out without a word, and left {them()} alone with it.
- else:
    And then you started keeping score. Four dinners this week. Who did {they()} think made that soup? Somebody has to keep count, you said.
}
You lie there for a while, looking at the ceiling. In the kitchen, a cupboard door closes, very quietly.
-> kitchen

=== last_night ===
And then you...
* [I hit back. I said the one thing I knew would hurt most. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "hit-back"
    There it is. I knew it was in there. #inner
* [I told {loved_name} it was {their()} thing again: the moment it gets nice, {they()} {have()} to wreck it. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "labelled"
    My thing again. Something broken that breaks things. Everyone gets there in the end. #inner
* [I kept on at {them()}. Questions, “talk to me”, louder and louder, until a door shut. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "chased"
    Cornered. I had to get a door between us. Any door. #inner
* [I went cold. I turned my back and shut {them()} out without a word. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "went-cold"
    No goodnight. So this is how it starts. The leaving. #inner
- Nobody gets it right every time. The morning after is where you get another go at it. #coach
You lie there for a while, looking at the ceiling. In the kitchen, a cupboard door closes, very quietly.
-> kitchen

=== kitchen ===
When you come into the kitchen, the coffee is already made. #place:kitchen #time:morning
{loved_name} is dressed for work. Coat on, bag on the chair, ready to go. #pose:tense
On the table lies a note in {their()} handwriting: Early meeting. Coffee's in the pot.
{They()} wrote it so {they()} wouldn't have to say it. You got up too soon.
You pour yourself a cup. There's enough for two, the way {they()} always make{s()} it.
{ rupture:
- "hit-back":
    What you said last night is still in the kitchen. You can almost see the spot where it landed.
- "labelled":
    What you said last night still hangs in the kitchen. Your thing again.
- "stayed-out":
    The pan is still in the sink, where it was when you finally came in from the balcony.
- "chased":
    Your own voice from last night is still in your ears. Talk to me. We have to talk.
- "went-cold":
    Last night ended without a goodnight. You both know who didn't say it.
- else:
    The soup pan is on the drying rack, clean. Four dinners this week. You actually said that.
}
{loved_name} is looking at {their()} phone. It's something to look at that isn't you. #pose:on-phone
Morning. There's coffee. #speaker:loved
Polite. The voice {they()} use{s()} for the neighbours. #discuss:If you had been hurt last night, what would you want to hear this morning, and what would you not?
* [“Thanks. Busy day?” #kind:neutral]
    ~ respond(neutral)
    Meeting at nine. Then another one. #speaker:loved
    You both look at the note instead of at each other.
    It's like talking to someone at a bus stop. A nice someone. A stranger.
    We're doing the pretending thing. Fine. I'm good at pretending. #inner
    Skipping over a rupture can feel like kindness. But the silence fills up with the other's worst guess. #coach
    -> kitchen_unsaid
* [“I'm sorry about last night. But {only_because()} because you kept going on about that pan.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} puts {their()} cup down. #pose:arms-crossed
    Right. So it was my fault. #speaker:loved
    That's not what you meant. It's also exactly what you said.
    Sorry, but. The but is the part you mean. #inner
    An apology with a "but" turns into a defence. The other mostly hears the second half. #coach
    -> kitchen_unsaid
* [“{sorry_line()}” #kind:repair]
    ~ respond(repair)
    ~ owned = true
    No "but". Just that. I don't know where to put it. #inner
    A clean repair names what you did, owns it, and stops. It doesn't ask for anything in return. #coach
    -> kitchen_owned
* [“Can we just forget about last night? Please? I hate it when we're like this.” #kind:appease]
    ~ respond(appease)
    Sure. #speaker:loved
    It comes out too quickly, and you both hear it. #pose:tense
    Forget it. Onto the pile with everything else we don't say. #inner
    What gets skipped doesn't disappear. It just goes quiet. #coach
    -> kitchen_unsaid

=== kitchen_owned ===
{loved_name} stands very still, cup halfway to {their()} mouth. #pose:tense
Okay. #speaker:loved
Not "it's fine". Not "me too". Just okay.
{They()} glance{s()} at the clock on the oven. Ten to eight.
The fridge hums. Outside, a bin lorry reverses, beeping, on and on.
Everything in you wants {them()} to say something more. Anything that means you're forgiven.
* [“You don't have to say anything back. Go to your meeting. I'll be here tonight.” #kind:attune]
    ~ respond(attune)
    {loved_name} nods slowly and rinses {their()} cup. #pose:calm
    On the way past, {they()} touch{es()} the back of your chair. Just the chair. #stage:step-closer
    See you tonight. #speaker:loved
    Nothing I have to answer. Nothing to fix before nine. I can breathe. #inner
    An apology that asks for nothing back is easier to take in. Forgiveness, if it comes, comes at the other's pace. #coach
* [“Are we okay, though? I need to know we're okay before you go.” #kind:pursue]
    ~ respond(pursue)
    {loved_name}'s shoulders creep up towards {their()} ears. #pose:tense
    I don't know. I have to go. #speaker:loved
    {They()} pick{s()} up {their()} bag without looking at you.
    Now I owe you an answer. Before nine. I haven't got one. #inner
    "Are we okay?" turns your apology into a question the other has to answer. The weight lands back on them. #coach
* [“You're doing the thing again. All quiet and polite. You know you do that, right?” #kind:label]
    ~ respond(label)
    Wow. Okay. #speaker:loved
    {They()} put{s()} the cup down harder than {they()} need{s()} to. #pose:arms-crossed #stage:step-away
    The polite voice is gone. What's under it is colder.
    One minute sorry, the next a list of what's wrong with me. #inner
    Careful politeness the morning after is a kind of protection. Pointing at it makes the protection more necessary, not less. #coach
* [“I'm such an idiot. I'm a terrible partner. I ruin everything good we have.” #kind:appease]
    ~ respond(appease)
    {loved_name} sighs. #pose:tense
    You're not terrible. Don't. #speaker:loved
    And now {they()} {are()} the one comforting you, with {their()} coat on.
    Now I have to look after you too. I haven't got that in me this morning. #inner
    Self-blame sounds like responsibility, but it hands the other a new job: consoling you. Own what you did, not your whole worth. #coach
- -> door

=== kitchen_unsaid ===
{loved_name} finishes {their()} coffee in three quick swallows and rinses the cup. #pose:turned-away
I have to go. #speaker:loved
{They()} check{s()} {their()} pockets. Keys, phone, wallet. Then again, keys, phone, wallet.
Last night is still in the room. Somewhere between the coffee maker and the door, where neither of you has to look at it.
* [“We need to talk about last night. Properly. Before you go, not tonight, not by text.” #kind:pursue]
    ~ respond(pursue)
    Now? #speaker:loved
    {loved_name} holds up {their()} keys like evidence. #pose:tense #stage:step-away
    I've got a meeting at nine. #speaker:loved
    Now, with my coat on. My heart's already racing. I can't do this now. #inner
    Timing matters as much as the words. Five minutes before work, a big talk feels like an ambush, not an invitation. #coach
* [“Fine. Go. See you tonight, I suppose.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} hesitates a second too long. Then {they()} pick{s()} up {their()} bag. #pose:turned-away
    "I suppose." That's how it starts. A little less each time. #inner
    Going cool yourself protects you for a moment. To someone who expects to be left, it sounds like the first step out the door. #coach
* [“Have a good meeting. I mean it.” #kind:attune]
    ~ respond(attune)
    {loved_name} looks at you, surprised. #pose:calm
    Thanks. #speaker:loved
    Some of the stiffness goes out of {their()} shoulders. Not all of it.
    A soft voice. That's something. But last night is just lying there. #inner
    Warmth helps. Still, what happened hangs there unspoken, and unspoken things get filled in with the worst version. #coach
* [“Wait. {sorry_line()}” #kind:repair]
    ~ respond(repair)
    ~ owned = true
    {loved_name} stops, one hand on the back of a chair. For a moment {they()} just look{s()} at you. #pose:tense
    Okay. Thanks for saying it. #speaker:loved
    {Their()} voice is quiet, and a bit less polite. #pose:calm
    You said it. Late, but you said it. No "but" on the end. #inner
    Repair doesn't have to come first to count. What matters is that the rupture gets named and owned. #coach
- -> door

=== door ===
{loved_name} is at the front door, keys in hand, scarf wound twice around {their()} neck. #place:hallway
{ alarm >= 8:
    {They()} {does()}n't turn around. #pose:turned-away
- else:
    {They()} turn{s()} back, halfway. There's one more thing. #pose:arms-crossed
}
For the record, I'm not the one who {did_short()}. #speaker:loved
It's true. It's also not the whole story. There was the pan. There was "you're going to leave anyway". #discuss:How do you own your part without taking the whole fight on your shoulders?
* [“See, this is what you do. The second I come closer, you push me off.” #kind:label]
    ~ respond(label)
    {loved_name}'s jaw sets. #pose:turned-away
    Have a nice day. #speaker:loved
    The door closes. Not slammed. Just closed. #stage:door-closes
    So that's what I am to you. A pattern. A thing I do. #inner
    Naming the pattern in the middle of it sounds like an accusation, even when it's accurate. Patterns are for a calm evening, together. #coach
* [“That part was mine. The rest wasn't only mine. Tonight at eight, not now.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} looks at you a beat longer than {they()} need{s()} to. #pose:calm
    Eight. Okay. #speaker:loved
    Then {they()} {are()} gone, and the door clicks shut behind {them()}. #stage:door-closes
    You're not folding and you're not fighting. I don't know what to do with that. But eight. I can hold on to eight. #inner
    Owning your part doesn't mean carrying all of it. Naming a time turns "we need to talk" from a threat into something to count on. #coach
* [“You're right. It was all me. All of it. I'm sorry.” #kind:appease]
    ~ respond(appease)
    I didn't say that. #speaker:loved
    {They()} sound{s()} oddly annoyed. Then {they()} {are()} gone. #pose:tense #stage:door-closes
    All of it? Then what am I? The one you have to tiptoe around. #inner
    Taking all the blame can look generous. It also leaves the other alone with their part, and it costs you more than you notice. #coach
* [“And who started on about the pan? Let's not pretend it was all me. You said things too, remember.” #kind:personalize]
    ~ respond(personalize)
    There it is. #speaker:loved
    The door shuts behind {them()}, hard enough to rattle the letterbox. #pose:turned-away #stage:door-closes
    {owned:So the sorry was just the warm-up.|Knew it. It's been coming all morning.} #inner
    {Their()} part matters too, but not as a counter-move at the door. Handing the blame back in the heat of it keeps the circle turning. #coach
- The flat goes very quiet once {loved_name} has gone.
You rinse your cup and look at the note again. Early meeting. Coffee's in the pot.
{ alarm >= 7:
    Six words, and not one of them for you. You leave it where it is and go to work.
- else:
    Not a love letter. But {they()} made coffee for two. You fold the note and put it in your pocket.
}
On the way to the bus you write three different messages in your head and send none of them.
-> midday

=== midday ===
At twenty to one you're eating soup at your desk. It tastes mostly of salt. #chapter:Midday #place:office #time:day
A colleague asks if you're alright. You say "fine", and hear exactly how it sounds.
Normally you'd have sent {loved_name} a photo of the soup by now. It's a thing you two do: worst lunch of the day wins.
Your phone lies next to the bowl. Nothing from {them()}.
You've been rehearsing tonight in your head all morning. In every version you say exactly the right thing. In none of them does {loved_name} say anything back.
{promised_return:You said eight. It's only twenty to one.}
* [Text: “I'll cook tonight. And I'll do the dishes all week. Just please don't be angry with me anymore.” #kind:appease]
    ~ respond(appease)
    You send it. An hour later your phone buzzes. #stage:phone-sent
    It's fine. #speaker:loved #stage:phone-message
    Two words. You read them four times, and they say less every time.
    Dishes all week. Like I'm a boss you have to keep sweet. #inner
    Penance can feel like love. But it turns repair into a trade, and it drains you while you're at it. #coach
* [Text: “Can we please talk? Properly. Call me when you get a minute, I can't concentrate on anything.” #kind:pursue]
    ~ respond(pursue)
    You send it. #stage:phone-sent
    Read at 12:52. #stage:phone-read
    Then the three dots. #stage:typing
    Then no dots. #stage:typing-stops
    You check again at one, at ten past, at half past. Nothing.
    Every time the screen stays dark, the knot in your stomach pulls a little tighter.
    Not now. I'm in a meeting and my chest is doing the thing. Not now. #inner
    Pushing for a talk while the other is already overwhelmed rarely gets you the talk. Mostly it turns up the alarm on both sides. #coach
* [Don't send anything. If {loved_name} wants to make up, {they()} can text first. #kind:personalize]
    ~ respond(personalize)
    You turn the phone face down. #stage:phone-away
    Across town, {loved_name}'s afternoon goes by without a soup photo.
    It feels like holding your ground. It also feels lonely.
    No photo. Not even the stupid soup. So that's how bad it is. #inner
    Waiting for the other to go first feels like self-respect. To someone who expects to be left, silence reads like the answer. #coach
* [Send the soup photo: “Today's contender. Zero stars. No need to reply.” #kind:attune]
    ~ respond(attune)
    You send it. Twenty minutes later your phone buzzes. #stage:phone-sent
    A photo back: a sad sandwich in cling film. Underneath, two words. #stage:phone-message
    Beat that. #speaker:loved
    {landed: Twenty minutes, not two hours. What you did this morning has had the day to reach {them()}.}
    You laugh out loud at your desk. The colleague gives you a look.
    The soup. You still sent the soup. Okay. #inner
    Small, ordinary signs of contact without a question attached are easy to receive. They say: we're still us, no answer needed. #coach
- The afternoon drags. You answer emails and read none of them properly.
-> evening

=== evening ===
{
- alarm >= 7:
    {loved_name} gets home later than usual, close to half past seven. #chapter:Evening #place:living-room #time:evening
    {They()} go{es()} straight to the far end of the sofa with {their()} phone, a cushion held against {their()} stomach. #pose:on-phone
- alarm <= 4:
    {loved_name} gets home at seven, with a bag of the good crisps. The ones you both pretend not to like. #chapter:Evening #place:living-room #time:evening
    {They()} drop{s()} it in your lap without a word and sit{s()} down beside you. #pose:calm #stage:sit-together
- else:
    {loved_name} gets home at seven. Shoes off, bag down, a careful hello. #chapter:Evening #place:living-room #time:evening
    {They()} sit{s()} down at the other end of the sofa. Not far. Not close, either. #pose:arms-crossed
}
Outside it has started to rain. The windows fog up at the edges.
You eat in front of the TV, some cooking programme where everyone cries over a cake.
The plates from dinner wait in the sink. Neither of you mentions them.
{ promised_return:
    At eight, as you said this morning, you turn the sound off.
    I said we'd talk about the rest tonight. I'd still like to. Only if you're up for it. #speaker:you
    ~ kept_word()
    {loved_name} looks at the silent screen, then at you. #pose:calm
    You actually remembered. #speaker:loved
}
{ owned:
    So. This morning. The sorry. #speaker:loved
    Is that the deal now? You say it, and by tonight I'm supposed to be fine? #speaker:loved #pose:tense
- else:
    So is there going to be a real sorry at some point? Or do we just carry on like last night didn't happen? #speaker:loved #pose:tense
}
It isn't really a question. It's a test, and {they()} know{s()} it too.
* [“Then let's have it out. All of it, tonight. I can't do another night like this.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} draws back into the corner of the sofa. #pose:withdrawn
    All of it. Tonight. #speaker:loved
    {They()} say{s()} it flatly, like someone reading out a verdict.
    All of it, all at once. I'm going under before we've even started. #inner
    A talk you insist on tends to turn into a fight someone wins. The pace of the slower one is usually the safer pace. #coach
* {owned} [“No deal. You don't have to be okay. I'd just like to sit here with you, if that's alright.” #kind:attune]
    ~ respond(attune)
    {loved_name} says nothing. After a while {they()} shift{s()} closer, until your knees touch. #pose:calm #stage:sit-together
    {landed: {Their()} jaw, set since {they()} came in, lets go. It has taken all evening.}
    No deal. No deadline. Just here. #inner
    Waiting out someone's caution without taking it personally is a quiet kind of repair too. It lets their body check, slowly, that you mean it. #coach
* {not owned} [“Yes. I owe you that. {sorry_line()}” #kind:repair]
    ~ respond(repair)
    ~ owned = true
    {loved_name} looks at you for a long moment. #pose:tense
    I'd sort of stopped waiting for that. #speaker:loved
    {Their()} voice wobbles, just slightly. #pose:calm
    You came back to it. All day I thought you wouldn't. #inner
    A late repair still counts. Coming back to a rupture by choice shows the other it wasn't nothing to you. #coach
* [“Seriously? I've been walking on eggshells all day, waiting for you to be normal again. What more do you want from me?” #kind:personalize]
    ~ respond(personalize)
    Nothing. Forget I said anything. #speaker:loved
    {loved_name} turns towards the window. #pose:turned-away
    On the screen, somebody's cake collapses. Nobody laughs.
    There. Too much again. I always am. #inner
    Hurt that comes out as "what more do you want" is understandable. To the other it sounds like proof they are too much. #coach
* [“Sorry. Whatever you want. We don't have to talk about any of it.” #kind:appease]
    ~ respond(appease)
    Okay. #speaker:loved
    {loved_name} picks up the remote and turns the sound up, loud. #pose:on-phone
    You back off the second I push. So where's the floor? #inner
    Backing down straight away keeps things quiet. It also teaches both of you that nothing difficult can be said here. #coach
- -> opening_up

=== opening_up ===
{ alarm <= 5 && trust >= 3:
    {loved_name} pulls {their()} knees up onto the sofa. #pose:warm #stage:step-closer
    I wasn't great either, last night. The pan. The thing about you leaving anyway. #speaker:loved
    I don't even know why I say that. #speaker:loved
    Then {their()} face closes again, fast. #pose:turned-away
    Forget it. It doesn't matter. #speaker:loved
- else:
    {loved_name} stares at the screen. #pose:turned-away
    Whatever. I started it, you finished it. #speaker:loved
    For a second {they()} look{s()} like {they()} might say more. Then {they()} shake{s()} {their()} head. #pose:withdrawn
    Forget it. It doesn't matter. #speaker:loved
}
You know this move. A door opens a crack and swings shut before anyone can get through. #discuss:Why might the door close again right after it opens? What could you say that keeps it from slamming, without pushing it open?
* [“It matters to me. No rush. I'm not going anywhere.” #kind:attune]
    ~ respond(attune)
    {loved_name} picks at a thread on {their()} sleeve. For a long time, nothing. #pose:calm
    {landed: Then {their()} shoulders drop, as if something you said earlier has only now arrived.}
    It's like I have to say it first. That you'll leave. Before you can. #speaker:loved
    You didn't grab it. You didn't drop it. It's just still here. #inner
    Staying near without pulling lets the other come back to the door by themselves. That sentence was theirs to say. #coach
* [“I know why you said it last night. It's the old stuff from home. When someone gets angry, you're sure they're about to leave.” #kind:label]
    ~ respond(label)
    {loved_name}'s face goes very still. #pose:arms-crossed
    Thanks, doctor. #speaker:loved
    {They()} get{s()} up to put the kettle on. Nobody wants tea. #stage:step-away
    You've got a file on me. You've been reading it all day. #inner
    Knowing where someone's fear comes from can help you stay kind. Telling them, uninvited, turns their story into your diagnosis. #coach
* [“No, honestly, you didn't do anything. It was all me.” #kind:appease]
    ~ respond(appease)
    Right. Sure. #speaker:loved
    {loved_name} looks almost disappointed. #pose:withdrawn
    {They()} had been about to say something. Now {they()} won't.
    You won't even let me be sorry. Then none of it is real. #inner
    Taking all the blame also takes away the other's chance to own their part. Repair runs both ways. #coach
* [“It does matter. When you say I'll leave anyway, it hurts. Every time. And I'm not going anywhere.” #kind:boundary]
    ~ respond(boundary)
    // The door had just opened: your hurt, laid on top of it now, is a moment missed.
    ~ shift(2, 0, 0, 0)
    {loved_name} opens {their()} mouth and closes it again. #pose:tense
    Okay. I heard you. #speaker:loved
    {They()} {does()}n't move away. But whatever {they()} {were()} about to say about {their()} own part stays unsaid. #pose:withdrawn
    It hurts you, and you're still sitting here. Both at once. I didn't know that could happen. #inner
    Your own limit is part of repair too. Said just as the other was reaching out, though, it can close the door {they()} had only just opened. #coach
- -> what_if

=== what_if ===
The cooking programme ends. Somebody's cake has won.
During the adverts, {loved_name} asks it without looking at you. #pose:withdrawn
What if I do it again? The pan thing. The "you're going to leave anyway" thing. #speaker:loved
{They()} {have()} pulled {their()} sleeves down over {their()} hands.
{alarm >= 7:{They()} ask{s()} it as if {they()} already know{s()} the answer.|It sounds like a real question. Maybe the most honest one all day.}
* [“Then I'll just take it. Whatever you need, however long it takes. I don't mind, honestly. I'm used to it.” #kind:appease]
    ~ respond(appease)
    {loved_name} nods, but doesn't look relieved. #pose:tense
    You feel something in you sag, like a shelf with too much on it.
    You don't mind. Nobody doesn't mind. One day you'll mind all at once. #inner
    Promising to absorb everything sounds like love. It's a promise your own limits will eventually break. #coach
* [“Then maybe next time you can be the one who makes it right.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} laughs, but there's nothing funny in it. #pose:arms-crossed
    Yeah. Figured. #speaker:loved
    Keeping score. So today was a loan, and now I owe you. #inner
    Turning repair into a tally makes the next rupture more dangerous, not less. Making it right counts because it doesn't come with a bill. #coach
* [“Then I'll say it hurts. If I need a walk, I'll say when I'll be back. And I'll come back.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} is quiet for a while. #pose:calm
    Say when you'll be back. Okay. I can work with that. #speaker:loved
    A walk with a time on it. That's not leaving. That's coming back. #inner
    A limit with a return time attached is something a frightened body can lean on. It says: I'll look after myself, and I'll come back. #coach
* [“Then we'll probably end up in the kitchen again, with bad coffee. I'll still be there.” #kind:attune]
    ~ respond(attune)
    {loved_name} snorts. The sound surprises both of you. #pose:warm #stage:step-closer
    The coffee wasn't that bad. #speaker:loved
    Still there. Even after a night like that. Maybe. Maybe. #inner
    Safety doesn't grow from never fighting again. It grows each time a rupture is followed by someone coming back. #coach
- -> ending

=== ending ===
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
Halfway through an episode neither of you is following, {loved_name}'s head ends up on your shoulder. #pose:warm #stage:sit-together
Thanks for today. #speaker:loved
You didn't get last night right. But you kept coming back, all day, in small ways.
You don't move, even when your arm starts to tingle.
Tomorrow there'll be coffee again. Maybe a note, maybe not.
You kept coming back. I think I'll remember that. #inner
Last night is still there. But now there's a way back from it, and you both know where it starts. #ending:safety
-> END

=== ending_fragile ===
Around eleven, {loved_name} gets up first. #pose:calm
At the living-room door {they()} stop{s()}, one hand on the frame.
Coffee tomorrow? #speaker:loved
It isn't a hug. It isn't "all forgiven". It's a plan for the morning, which is more than you had this morning.
Coffee tomorrow. #speaker:you
Maybe. Let's see if it's still true in the morning. #inner
It's a small thing to hold on to. You hold on to it. #ending:fragile
-> END

=== ending_fear ===
{loved_name} goes to bed early. The bedroom door closes. Not slammed, just shut. #pose:turned-away #stage:door-closes
You sit with the TV on mute and the remote in your hand.
The plates are still in the sink. You can't face them tonight, and neither could {they()}.
{owned:The sorry already feels like something that happened to two other people.}
{last_kind == attune || last_kind == boundary:You said you'd come back, that you'd still be there. I want to believe it. Not tonight, though. Not yet.|I knew it. The nice voice, all of it. It was never going to hold.} #inner
Tomorrow there'll be a note on the kitchen table again. Probably the one about the coffee.
You both wanted last night to be over. Neither of you knows how to get to the other side of it. #ending:fear
-> END

=== ending_burnout ===
It's quiet. You made it quiet.
{loved_name} is scrolling on the sofa, {their()} feet not quite touching yours. #pose:on-phone
You said sorry, and sorry again. You backed down {last_kind == boundary:almost }every time it got hard.
You did the plates as well. Of course you did.
You try to remember one thing you said today that was true for you. {last_kind == boundary:Only the last thing, just now. It came late, and it already sounds far away.|You can't find one.}
You're so agreeable now. It's like living with a very polite ghost. #inner
There's no fight left in the room tonight. There isn't much of you left in it, either. #ending:burnout
-> END
