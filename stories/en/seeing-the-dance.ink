# id: seeing-the-dance
# title: Seeing the dance together
# form: cycle
# minutes: 10
# note: A calm talk about earlier fights, silences and a near break-up.
# details: On a quiet evening in early spring, about two years in, you and your partner look back at a fight about a soup pan, two days without messages from the time you still lived apart, and a Sunday when breaking up came up. Halfway through, one careless word wakes the old alarm for a moment.
# blurb: A walk, a bench, the kitchen table: and for the first time you both see the dance you keep getting caught in.
# reflect: What is your own protective move when the circle starts, and how could you name it without putting the blame on the other?
# reflect: Why does a talk like this work better on a calm evening than in the middle of a fight?
# reflect: What would your pause word be, and what would you promise to do after saying it?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR word_agreed = false
VAR sunday_promised = false
VAR took_rubbish = false

~ alarm = 2
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
A mild evening in early spring, after dinner. You take the long way round the pond, the way you both like. #chapter:A walk by the pond #place:park #time:evening #pose:calm
{loved_name} has {their()} hands deep in {their()} jacket pockets and is telling you about a colleague who heats up fish in the office microwave.
Every day. Salmon. Nobody says anything. We just suffer, together, like a family. #speaker:loved
You laugh more than the story deserves. It's been a good week: no pans left soaking, no messages left on read, no long Sunday.
Weeks like this feel a bit like skating on new ice. Lovely, and you keep listening for a crack.
There's a couple on the path ahead. One of them strides off, head down. The other hurries after, calling a name.
The fast one speeds up.
{loved_name} slows down and watches them until they disappear round the bend.
Oof. I know that one. #speaker:loved
{loved_name} gives you a sideways look, half a smile. #pose:warm
That's us sometimes, isn't it? #speaker:loved
Nobody is upset. Nobody has slammed a door. It's just a question, on a path, by the water. #discuss:Why might a calm evening like this be a better moment to talk about the pattern than the middle of a fight?
* [“It is. Want to walk another round and talk about it? We can stop whenever.” #kind:attune]
    ~ respond(attune)
    {loved_name} nods and turns onto the long path again. #pose:calm
    Another round. We can stop whenever. Okay. I can do this. #inner
    Asking first, and leaving a way out, keeps the talk light enough to begin. #coach
* [“Maybe. Can we keep tonight light, though? Let's talk about us later.” #kind:boundary]
    ~ respond(boundary)
    {loved_name}'s half-smile stays where it is, a beat too long. Sure. Later. #pose:tense
    Later. I finally knock on that door myself, and it's later. #inner
    Wanting a light evening is fair. But {they()} just did something rare: opened this subject {themself()}, calm, on a path by the water. Moments like that don't come on demand. #coach
* [“Honestly? Yes. I've been waiting weeks for you to say that. We really need to talk.” #kind:pursue]
    ~ respond(pursue)
    {loved_name}'s smile falters. {They()} pull{s()} {their()} jacket tighter. #pose:tense
    Weeks. You've been waiting for weeks. So I'm already behind. #inner
    Relief can come out as pressure. "We really need to talk" turns an open door into an appointment with a deadline. #coach
* [“Ha. You're the fast one, though. I read about it: that's avoidant attachment.” #kind:label]
    ~ respond(label)
    {loved_name} laughs, but it comes out short. #pose:arms-crossed
    Right. Avoidant. Good to know. #speaker:loved
    A word from a book. That's what I am now. #inner
    A label can feel like understanding, but to the other person it sounds like a verdict. Attachment research describes degrees of worry and avoidance in everyone, not boxes to put a partner in. #coach
-
{
- last_kind == boundary:
    You walk on. You tell the salmon story back to {them()}, and it's less funny the second time.
    At the bench by the water {loved_name} sits down and, looking at the ducks, brings it up anyway. #stage:sit-together
- alarm >= 4:
    For a minute you walk without talking. A cyclist rings a bell at nobody in particular.
    Then {loved_name} sits down on the bench by the water, a little apart from you. #stage:sit-together
- else:
    Halfway round, the bench by the water is free. You sit down, shoulders touching. #stage:sit-together #pose:warm
}
A duck is making a fuss at another duck over nothing you can see.
-> dishes

=== dishes ===
{ alarm >= 4: Fine. Let's do it properly, then. The soup pan. #speaker:loved | Like the soup pan, for instance. #speaker:loved }
That Thursday in October was so lovely. The blanket with the burn hole, that film we'd both already seen twice. #speaker:loved
And five minutes later I'm in the kitchen, going off at you about the soup pan in the sink. #speaker:loved
I still don't know where it came from. #speaker:loved
You remember the pan. And everything after it: "you're going to leave anyway", the bedroom door, {loved_name} on the hallway floor after midnight.
* [“And it wasn't only the pan. You said I was going to leave anyway. And on my birthday you…” #kind:personalize]
    ~ respond(personalize)
    {loved_name} goes still. {Their()} eyes drift back to the water. #pose:withdrawn
    There's the list. I knew there'd be a list. #inner
    When hurt finally gets room, it wants out all at once. But a list turns a shared pattern into a charge sheet, and the other person starts defending instead of looking with you. #coach
* [“What was it like for you, that evening? Before the pan?” #kind:attune]
    ~ respond(attune)
    {loved_name} thinks about it for a long moment. #pose:calm
    The credits were rolling and you stayed, like you always do, and it was nice. And then it was too nice. Like I'd forgotten to lock a door. #speaker:loved
    You're asking. You're not telling me what's wrong with me. #inner
    A curious question leaves the answer with them. You learn more than you would by explaining them to themselves. #coach
* [“Oh, it was only a pan. Honestly, I'd forgotten all about it.” #kind:appease]
    ~ respond(appease)
    {loved_name} frowns a little, as if {they()} expected a different answer. #pose:calm
    Phew. Off the hook. Except you haven't forgotten. I saw your face the next morning, reading my note. #inner
    Shrinking your own hurt keeps the peace for now. But the other person can often tell it isn't true, and that makes the calm feel less safe, not more. #coach
* [“And I snapped back at you and said things I didn't mean. That was my part.” #kind:repair]
    ~ respond(repair)
    {loved_name} looks at you, surprised. Then {they()} almost laugh{s()}. #pose:warm
    And I slammed the bedroom door, and then left you a note instead of talking. What a pair we are. #speaker:loved
    You had a part too. So it's not just me being broken. #inner
    Owning your own move, without grovelling, makes it safer for the other person to own theirs. #coach
-
{ alarm >= 5:
    I know what I said. You don't have to read it back to me. #speaker:loved
    {loved_name} breathes out slowly through {their()} nose.
- else:
    {loved_name} is quiet for a while, watching the water.
}
When it's really good, something in me goes: careful now. And then I find a pan. #speaker:loved
Or a tone of voice. Or a sock. Anything will do. #speaker:loved
{ trust >= 6: You've never heard {them()} put it so plainly. | {They()} say{s()} it to the water, not to you. }
-> silence

=== silence ===
The sun slides behind the trees. The air smells of wet earth and the first blossom.
And those two days. When we still lived apart. After that weekend at yours, with the pears and the baking show. #speaker:loved
I read every message. I'd start typing an answer, and then my thumbs just stopped working. #speaker:loved
You remember those two days. Read, and no reply. Three dots that came and went. {Their()} green jacket on your hook the whole time.
That Monday you opened the chat eleven times. You counted, and felt ashamed of counting.
Every time my phone buzzed, my stomach dropped. Not because it was you. Because I was supposed to be someone who answers. #speaker:loved
* [“So that's the trauma, right? Your past gets in and ruins the good bits.” #kind:label]
    ~ respond(label)
    {loved_name} flinches, as if you'd pressed on a bruise. #pose:withdrawn #stage:flinch
    Ruins. I ruin things. It's official now. #inner
    Naming a cause can feel kind, but "your past ruins things" makes one person the problem. The circle belongs to both of you; a verdict hands it to one. #coach
* [“And the quieter you got, the more I texted. We sort of feed it, don't we?” #kind:attune]
    ~ respond(attune)
    {loved_name} lets out a breath that is nearly a laugh. #pose:calm
    Yes. That. Like a staircase going down. #speaker:loved
    We. Not me. We. #inner
    "We" puts the circle between you, where you can both look at it, instead of inside one of you. #coach
* [“But why couldn't you? One word would have been enough. What goes on inside you, right then?” #kind:pursue]
    ~ respond(pursue)
    {loved_name} opens {their()} mouth and closes it again. #pose:tense
    I don't know. I don't know, and you need me to know. #inner
    Asking why feels like wanting to understand. But often the person truly doesn't know yet, and a string of questions can feel like that buzzing phone all over again. #coach
* [“Can we skip those two days? I'd rather not go back there.” #kind:boundary]
    ~ respond(boundary)
    ~ shift(1, 0, 0, 0)
    {loved_name} closes {their()} mouth and nods, a little too quickly. #pose:withdrawn
    Sure. Skip it. I finally had the words, and you don't want them. #inner
    Your limit is real, and it's yours to keep. It just landed on the one moment {they()} had the words ready.
-
{loved_name} throws a bit of bark into the water. It floats, turns, and drifts back to the edge.
A man jogs past with a dog that clearly wants to stop at every tree. Neither of you says anything until they're gone.
-> your_move

=== your_move ===
{loved_name} turns to look at you properly. #pose:calm
{ trust >= 5: Can I ask you something back? #speaker:loved | Okay. My turn to ask, then. #speaker:loved }
What do you do? When I go like that? #speaker:loved
You open your mouth. Several answers queue up at once. Some of them are true. Some of them are just old.
* [“Me? I just react. If you didn't disappear, I wouldn't have to chase you.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} nods slowly, the way people nod when they've heard enough. #pose:arms-crossed
    So it's my fault from start to finish. Of course it is. #inner
    Calling your own move "just a reaction" puts the whole circle on the other person. Every move in it is a reaction to the other's; that's what makes it a circle. #coach
* [“I chase. I get scared and I push: texts, calls, questions. I think that's how I protect myself.” #kind:repair]
    ~ respond(repair)
    {loved_name} is quiet. Then {they()} shift{s()} closer and bump{s()} {their()} shoulder against yours. #pose:warm #stage:step-closer
    Scared. You were scared too. I never thought of that. #inner
    The one who chases is protecting themselves too, just in the other direction. Saying so out loud often softens the other person more than any reassurance. #coach
* [“Honestly? It's me. I'm too much. Anyone would go quiet with me blowing up their phone every five minutes.” #kind:appease]
    ~ respond(appease)
    {loved_name} looks at you, unsure. #pose:calm
    That's not really it, though. Is it? #speaker:loved
    If it's all you, then I don't have to look at me. Easier. Lonely, somehow. #inner
    Taking all the blame keeps things soft, but it wipes out half the pattern, and it quietly costs you: keeping the peace by disappearing. #coach
-
It's getting chilly. {loved_name} shivers, and you walk home the short way, under the streetlights, to the flat you've shared for almost a year.
On the corner by the bakery, {loved_name} stops to look at a cat in a window, the way {they()} always do{es()}. You wait. That, at least, you're good at.
-> sofa

=== sofa ===
Home. The kitchen, one lamp over the table, two mugs of tea going cold between you. #chapter:The kitchen table #place:kitchen #time:night #stage:sit-together
{loved_name} has {their()} feet up on the rung of your chair. {They()} {are()} looking at the dark window, not at you.
For a while you talk about nothing: the neighbour's new bike, whether the basil on the windowsill is dead or just dramatic.
Then {loved_name} takes a breath, and you can tell {they()} {have()} been saving this one.
And that Sunday. That first autumn, the day after I told you about my mum. When I said maybe we should stop. #speaker:loved
I didn't mean it. Or, I meant it for about an hour. #speaker:loved
You remember that hour. The saxophone downstairs, the same four notes. {loved_name} saying it to the rug, picking at a thread on {their()} sleeve.
The night before, {they()} had fallen asleep with a hand around your wrist.
You're more tired than you thought. And before you can catch it, it's out:
You scared me, you know. I just thought: here we go again. #speaker:you
~ shift(4, 0, 0, 0)
{loved_name} goes very still. #pose:arms-crossed
Here we go again. #speaker:loved
{ alarm >= 6: {loved_name} takes {their()} feet off your chair, as if getting ready to stand. | {loved_name} is still smiling, but the smile has stopped moving. }
So I'm a rerun. #speaker:loved
The words hang between you, over the table. You can feel the old music start up. #discuss:One unlucky word, and the old alarm wakes. What would keep this a calm talk instead of the start of the dance?
* [Get up and put your arms round {them()}. “Hey. Come here. It's me.” #kind:attune]
    ~ respond(attune)
    // Closeness right after the alarm wakes reads as being held.
    ~ shift(2, 0, 0, 0)
    {loved_name} goes rigid in your arms, then twists free and stands up. #pose:pacing #stage:step-away
    Too close. Too fast. Let go of me. #inner
    -> old_dance
* [“That came out wrong. You're not a rerun. I was scared then, and I'm tired now.” #kind:repair]
    ~ respond(repair)
    {loved_name}'s feet come back to the rung of your chair. #pose:calm
    Came out wrong. Okay. Not a rerun. Okay. #inner
    A slip owned quickly shows the talk can take a bump. #coach
    -> signal
* [“Right. Clearly I can't say anything right tonight. I'll just keep my mouth shut, then, shall I?” #kind:personalize]
    ~ respond(personalize)
    You push your chair back. {loved_name} gets up and goes to the window. #pose:turned-away #stage:step-away
    See? One wrong word and you pull away too. #inner
    Feeling misunderstood, you step back to protect yourself. From the other side, that step back looks exactly like being left. #coach
    -> old_dance
* [“We're getting prickly. I'll take the rubbish down, walk round the block, and be back in ten.” #kind:boundary]
    ~ respond(boundary)
    ~ took_rubbish = true
    {loved_name} hesitates, then nods. {Their()} eyes follow you to the door. #pose:tense
    Ten minutes. Everyone says ten minutes. #inner
    A pause with a time on it is not a walk-out. Whether it builds trust depends on what happens when the ten minutes are up. #coach
    -> pause

=== old_dance ===
And there it is: the old dance, in your own kitchen, on the evening you were going to talk about it.
{loved_name} stands by the window with {their()} arms wrapped round {themself()}. #pose:withdrawn
Maybe this was a stupid idea. We were fine in the park. #speaker:loved
Why do we have to take everything apart? #speaker:loved
Your chest goes tight, the way it did on those two days.
* [“See? This. This is exactly the pattern we were talking about. You're doing it right now, in front of me.” #kind:label]
    ~ respond(label)
    {loved_name} turns round, red in the face. #pose:tense
    Caught. Pinned down, right in the middle of it. #inner
    Naming the pattern in the heat of it sounds like an accusation, however true it is. In the park it was a shared view; here it's a verdict. #coach
    -> signal
* [Go to the window and hold {them()} from behind. “I'm here. I'm not going anywhere.” #kind:attune]
    ~ respond(attune)
    ~ shift(2, 0, 0, 0)
    {loved_name}'s whole back goes hard under your hands. {They()} stand{s()} it for three seconds, then step{s()} sideways, out of your arms. #pose:tense #stage:step-away
    Not again. I said let go. Why can't anyone hear that. #inner
    Staying close is what the wish to help says. What the alarm hears is: no way out. #coach
    -> signal
* [“I'm going round the block for ten minutes. I'm not leaving. Then I'll come and sit with you.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} doesn't answer, but watches you go. #pose:turned-away
    Going. But ten minutes. I'm going to count. #inner
    -> pause
* [“Wait. I think I just did my bit of the circle. I'm sorry. Can we rewind thirty seconds?” #kind:repair]
    ~ respond(repair)
    {loved_name} huffs, half a laugh, and rubs {their()} face with both hands. #pose:calm
    Rewind. We can rewind? #inner
    Catching your own move halfway through is enough for a repair. Nobody has to get it right the first time. #coach
    -> signal

=== pause ===
{ took_rubbish:
    Down the stairs, the rubbish in the bin, round the block. #place:street
- else:
    Down the stairs and round the block, empty-handed. #place:street
}
Your heart is going faster than the talk deserved. Feet on the pavement. One breath, then a slower one.
A window along the street is open; someone is laughing at the television. You look at your phone: eight minutes.
You climb the stairs and come back into the kitchen. #place:kitchen
~ kept_word()
{loved_name} is back at the table, both hands round a fresh mug. There's one for you too. #pose:calm #stage:sit-together
You came back. #speaker:loved
I said ten minutes. It was eight. #speaker:you
{ alarm >= 6: {loved_name} pushes your mug towards you and holds on to {their()} own. | {loved_name} pushes your mug towards you and hooks {their()} foot round the leg of your chair. #pose:warm }
You did. You actually did. #inner
-> signal

=== signal ===
{ alarm >= 6:
    For a long time nobody says anything. {loved_name} ends up at the far end of the table, knees pulled up on the chair. #pose:arms-crossed
- else:
    Before long, {loved_name}'s feet are back on the rung of your chair. #pose:calm
}
{ last_kind == label: Maybe it is the pattern. I just can't hear that while I'm in the middle of it. #speaker:loved }
{ last_kind == attune: I know you meant well. I just needed air, not arms. #speaker:loved }
So what do we do? Next time. Because there will be a next time. #speaker:loved
It's a real question, asked quietly. The worst of the heat has gone out of the room. #discuss:What could the two of you agree on now, while you're both calm, for the next time the circle starts?
* [“Next time I'll just give you all the space you need. I won't ask a thing. Promise.” #kind:appease]
    ~ respond(appease)
    {loved_name} nods, relieved for a second, then less sure. #pose:calm
    All the space. And then what? You sit there in silence until one day you're just gone? #inner
    Promising to need nothing sounds generous. Nobody can keep that up, and it leaves you alone with your own alarm. #coach
* [“What if we had a code? I just say ‘that's your old stuff talking’, and you'll know.” #kind:label]
    ~ respond(label)
    {loved_name}'s face closes. #pose:arms-crossed
    Old stuff. So you get to decide when I'm real and when I'm just my past. #inner
    A signal only works if both of you can use it and neither is judged by it. A code that names one person's "stuff" is a label with a password. #coach
* [“Let's pick a word. Either of us can say it. It means pause, not goodbye.” #kind:boundary]
    ~ respond(boundary)
    ~ word_agreed = true
    For a second {loved_name}'s jaw sets, as if you'd suggested a leash. #pose:tense
    Then {they()} think{s()} about it, and say{s()}, very seriously: #pose:warm
    Duck. #speaker:loved
    Duck? #speaker:you
    Nobody can stay furious after someone says duck. #speaker:loved
    And whoever says it says when we pick it up again. #speaker:you
    A word that works for me too. And a time to come back. I won't have to guess. #inner
* [“Just promise me you won't go silent like that again. Not for two days, not even for an hour.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} picks at the edge of {their()} sleeve. #pose:tense
    I can't promise never. You know I can't. #speaker:loved
    I'm going to break that promise. And then you'll have proof. #inner
    A promise asked for on a calm evening still carries pressure. Asking for "never" sets the other person up to fail at the first wobble. #coach
-
{ landed: {loved_name} lets out a long breath and leans back. Whatever you did a moment ago has only now reached {them()}. }
{ word_agreed:
    You both say it out loud once, to test it. Duck. It's impossible to say it with a straight face.
- else:
    { trust >= 6: {loved_name} is quiet, but {their()} foot has found the rung of your chair again. | {loved_name} pulls {their()} mug a little further to {their()} side of the table. }
}
-> bedtime

=== bedtime ===
It's past midnight. The street outside has gone quiet. Somewhere a scooter goes by, then nothing.
{loved_name} yawns and rests {their()} head on {their()} arms on the table.
{ trust >= 7 && alarm <= 5: I'm tired. Good tired, I think. #speaker:loved | I'm tired. #speaker:loved }
There is room for one more thing tonight. Maybe.
* [“Let's write it all down tonight, while we still get it. Rules, signals, everything. So we don't lose it.” #kind:pursue]
    ~ respond(pursue)
    You're already reaching for a notebook. {loved_name} looks at the pen as if it were homework. #pose:tense
    Now? Rules? I've got nothing left. #inner
    Wanting to hold on to a good talk makes sense. But pushing on past the other person's tiredness turns the end of the evening into one more test. #coach
* [“You know what? I'll work on my side. The texting, all of it. You don't have to change a thing.” #kind:appease]
    ~ respond(appease)
    {loved_name} lifts {their()} head and looks at you for a long moment. #pose:calm
    So it's all on you now. Then I can't help. Then I'm just the weather. #inner
    Taking the whole pattern on yourself sounds loving, but it leaves you carrying it alone. And it leaves the other person nothing to do. #coach
* [“One more question, then bed. When it happens, what helps you? Me close by, or me in the next room?” #kind:attune]
    ~ respond(attune)
    { alarm >= 7:
        {loved_name} keeps {their()} head on {their()} arms. #pose:withdrawn
        Another question. Always one more. Can't it just be over? #inner
    - else:
        {loved_name} thinks. #pose:warm
        Close by, but not touching. And not asking what's wrong. Just… being in the house. #speaker:loved
        You asked. Nobody ever asks me that. #inner
    }
* [“My head's full. Can we pick this up on our Sunday walk? I'll bring it up, so it's not on you.” #kind:boundary]
    ~ respond(boundary)
    ~ sunday_promised = true
    {loved_name}'s eyes flick up. Stopping? Then {they()} nod{s()}, slowly. #pose:tense
    Sunday. You'll bring it up. So I don't have to be the one. #inner
    Stopping when you're full is a boundary, not a retreat. Offering to be the one who picks it up again takes a weight off the other person. #coach
-
You switch off the lamp. {loved_name} rinses both mugs and leaves them upside down, which is {their()} idea of tidying.
-> ending

=== ending ===
Ordinary life picks up again: work, shopping, a birthday card for your mother. #chapter:Afterwards
{ word_agreed || sunday_promised:
    -> kept
- else:
    -> choose
}

= kept
{ sunday_promised:
    Sunday morning. The pond again, the same bench. #place:park #time:morning
    You bring it up, like you said you would. You don't have to search for the words this time.
    I thought about it all week. #speaker:loved
    I thought you might forget. You didn't. #speaker:loved
- else:
    Wednesday evening. A small thing about a phone charger, and you both feel the old heat rising. #place:kitchen #time:evening
    Duck. #speaker:loved
    {loved_name} glances at the clock.
    Nine o'clock? #speaker:loved
    You walk round the block. At nine you're back at the kitchen table, and so is {loved_name}.
}
~ kept_word()
{ alarm >= 6: For a moment {loved_name}'s shoulder rests against yours. Then it's gone again. #pose:calm | {loved_name}'s hand finds yours for a moment. #pose:warm }
-> choose

= choose
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
The week after, you're at the pond again, feeding the last of a stale loaf to the ducks. #place:park #time:day #pose:warm
Two of them chase each other round the reeds, round and round, until one of them simply stops and the other bumps into it.
Look. Us. #speaker:loved
You both laugh, and {loved_name} leans into you.
It will happen again. You both know that. {word_agreed: But now it has a name, and a word, and a way back. | But now it has a name, and you both know how it goes.}
It isn't fixed. It's seen, by two people at once, and that's something new. #ending:safety
-> END

=== ending_fragile ===
One morning the week after, you drink coffee at the open kitchen window, both wrapped in jumpers. #place:kitchen #time:morning #pose:calm
Neither of you has mentioned the talk since {sunday_promised: the walk| that night}. It sits there between the mugs anyway.
I keep thinking about that couple in the park. The one who kept walking faster. #speaker:loved
You don't know yet what to say to that. So you say the true thing.
Me too. #speaker:you
{loved_name} nods. It's not a plan. It's a door left a little open. #ending:fragile
-> END

=== ending_fear ===
One Saturday the week after, {loved_name} spends most of the morning on {their()} phone. #place:living-room #time:day #pose:on-phone
When you suggest a walk round the pond, {loved_name} says maybe another time.
The talk has become one more thing to be careful of. {sunday_promised: After that morning on the bench, neither of you brings it up again.|Neither of you brings it up.}
You catch yourself reading {their()} face for the weather, the way you used to.
In the evening you almost say {word_agreed:duck, or sorry, or anything|sorry, or anything at all}. You say goodnight instead.
From the kitchen table, the distance to the bedroom door looks longer than it did. #ending:fear
-> END

=== ending_burnout ===
One morning the week after, you wake up early and lie very still, going over what you will and won't say today. #place:bedroom #time:morning #pose:calm
{ appeased >= 2:
    For days you've been so careful. No questions. No needs. All the space in the world.
    {loved_name} is fine. {They()} {are()} humming in the kitchen.
    You're the one who isn't really here any more. You've made yourself so small there's hardly anyone left to stay.
- else:
    For days you've been holding it all together: watching, asking, steering every talk back to safe ground.
    {loved_name} is being careful with you now. You can hear {them()} in the kitchen, trying not to make any noise.
    You've been holding on so tightly that there's nothing left in your hands.
}
When {loved_name} asks if you want to walk to the pond, you say you're tired. It's true, and it's been true for a while. #ending:burnout
-> END
