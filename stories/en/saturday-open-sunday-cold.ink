# id: saturday-open-sunday-cold
# title: Saturday open, Sunday cold
# form: ambivalent
# minutes: 10
# note: The day after a deep talk, your partner pulls away and talks about breaking up.
# details: On Saturday evening the person you love tells you a painful childhood memory for the first time. On Sunday they are distant, glued to their phone, and say that maybe the two of you should stop.
# blurb: One evening you are let all the way in. The next morning the door is shut.
# reflect: When someone pulls back right after letting you close, what do you tend to make it mean about you?
# reflect: What helped you stay steady on Sunday without chasing Saturday back, and what did that cost you?
# reflect: What would you want to hear the morning after you had told someone more than you meant to?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

// A hug on Sunday morning while {loved_name} is flooded: more closeness straight after it is too much.
VAR hugged = false

~ alarm = 4
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Saturday, late. The balcony of {loved_name}'s flat: two chairs pulled close, one blanket between the two of you. #chapter:Saturday #place:balcony #time:evening
Downstairs the neighbour is practising the saxophone. The same four notes, for the third week running.
{loved_name} tips {their()} head back and laughs. #pose:warm
One day he'll find the fifth note and I will actually cry. #speaker:loved
We should bring him a cake when he does. #speaker:you
A cake with a fifth note on it. #speaker:loved
You've been together for eight months. This is the first whole weekend at {loved_name}'s place, and so far it has been easy. Takeaway noodles, a long walk, a terrible film you both secretly liked.
{loved_name} steals the last crisp from the bag and holds it up like a trophy. You let it go. This time.
Then it goes quiet. The city hums. {loved_name} turns a mug of tea round and round in {their()} hands.
Can I tell you something weird? I've never told anyone this. #speaker:loved
When I was nine, my mum stopped talking to me. Just stopped. For four days. #speaker:loved #pose:withdrawn
I never found out what I'd done. So every night I put her slippers next to her bed. Like, if I was good enough, she'd come back. #speaker:loved
And on the fifth day she made pancakes, as if nothing had happened. I was so happy I never asked. #speaker:loved
{loved_name} stops. Looks at the mug, not at you. #pose:tense
You can feel what it cost to say that out loud. #discuss:How do you show someone you have heard something big, without making it bigger?
* [“Oh, love. Come here. What else happened? You can tell me everything, you know that?” #kind:pursue]
    ~ respond(pursue)
    You pull {loved_name} into a hug before the mug is even down. Tea slops onto the blanket.
    {loved_name} laughs, a little too high. #pose:arms-crossed
    Nothing else. That was it, really. #speaker:loved
    {loved_name} dabs at the wet blanket with a sleeve, busy, not looking at you.
    Everything? I just gave you the only thing I had. #inner
    Your warmth is real, but a rush of questions can feel like a spotlight. Telling one thing is not an invitation to tell everything. #coach
* [Say nothing yet. Shift your chair closer, until your shoulder touches {loved_name}'s. #kind:attune]
    ~ respond(attune)
    You don't fill the quiet. You just stay there, shoulder to shoulder.
    After a while {loved_name} leans into you, only slightly. #pose:warm #stage:step-closer
    She used to hum when she was cooking. I forgot that until just now. #speaker:loved
    You're still here. You didn't go. #inner
* [“That explains so much, actually. That's why you go so quiet when we argue.” #kind:label]
    ~ respond(label)
    {loved_name} blinks. #pose:turned-away
    Right. Yeah. Probably. #speaker:loved
    {loved_name} reaches for the phone on the little table, turns it over, puts it back.
    I show you one thing and you turn it into a file on me. #inner
    You wanted to understand. But you turned a memory into an explanation of what's wrong with {loved_name}. Being analysed right after opening up feels like being caught out. #coach
-
-> saturday_late

=== saturday_late ===
{ alarm >= 6:
    {loved_name} pulls the blanket up to {their()} chin. The saxophone stops, and the quiet is louder. #pose:withdrawn
- else:
    The saxophone stops mid-note. Somewhere a tram rings its bell. #pose:calm
}
For a while neither of you says anything. Down in the street, someone drags a wheelie bin to the kerb.
God. Okay. Sorry. That was a lot. Just forget I said it. #speaker:loved
{loved_name} laughs it away, but keeps glancing at you. Checking.
* [“Please don't take it back. I've never felt this close to you. Don't close up again, okay?” #kind:pursue]
    ~ respond(pursue)
    {loved_name} tugs a little more of the blanket onto {their()} own side. #pose:arms-crossed
    I'm not closing up. #speaker:loved
    But the shoulder against yours has gone a little stiff.
    Now there's a rule. Stay open, or else. #inner
    Asking someone to stay open puts a weight on every moment that follows. Closeness you grip too tightly starts to feel like a test. #coach
* [“Forgotten. Sorry, I made it all so heavy.” #kind:appease]
    ~ respond(appease)
    {loved_name} frowns, as if you answered a different question. #pose:tense
    You didn't make it heavy. It was heavy. #speaker:loved
    You both laugh, awkwardly, and go inside soon after.
    So it was too much. I'll remember that. #inner
    Taking the blame smooths the moment, but it quietly agrees the story was a burden. And the heaviness was never yours to apologise for. #coach
* [“It wasn't too much. Thank you for telling me.” And leave it there. #kind:attune]
    ~ respond(attune)
    {loved_name} nods, slowly. Then rests {their()} head on your shoulder. #pose:warm #stage:sit-together
    You stay out there until the tea is cold and the neighbour has given up for the night.
    I said it out loud and nothing broke. #inner

-
-> saturday_night

=== saturday_night ===
Later, in bed, {loved_name} falls asleep with a hand curled around your wrist. #place:bedroom #time:night #pose:calm
{ trust >= 5:
    You lie awake for a bit, smiling at the ceiling. This feels like the start of something.
- else:
    You lie awake for a bit. You are not quite sure what the evening was.
}
Slippers next to a bed. A nine-year-old, waiting. You fall asleep before you can decide what to do with that.
-> sunday

=== sunday ===
// Opening up sets off the alarm after the fact, whatever you did on Saturday:
// that delayed rise is what this scenario is about.
~ shift(MAX(2, FLOODED - alarm), 0, 0, 0)
When you wake up, the other side of the bed is cold. #chapter:Sunday #time:morning
In the kitchen {loved_name} is leaning on the counter, scrolling on {their()} phone. #place:kitchen #pose:on-phone
One mug of coffee. The pot is empty.
{loved_name} is already dressed, hair still wet, as if {they()} had been up for hours.
Morning. #speaker:you
Hey. #speaker:loved
Did you sleep okay? #speaker:you
Fine. #speaker:loved
{loved_name} doesn't look up. Downstairs, the saxophone starts again. Four notes. Nobody laughs.
Last night there was a hand around your wrist. This morning there is a counter between you, and a phone.
* [Put your arms around {loved_name} from behind and rest your chin on {their()} shoulder. “Morning, you.” #kind:attune]
    ~ hugged = alarm >= FLOODED
    ~ respond(attune)
    {loved_name} goes stiff under your arms. The phone screen goes dark. Neither of you moves. #pose:tense #stage:flinch
    Morning, {they()} say{s()} at last, to the cupboard.
    Too close. Too close. And warm. Why is it warm. #inner
    Closeness can set off the alarm in someone who let you in further than they meant to. It says nothing yet about how the morning goes. #coach
* [“Sorry, I kept you up far too late last night. I'll be out of your hair by lunch, promise.” #kind:appease]
    ~ respond(appease)
    It's fine. #speaker:loved
    {loved_name} says it to the phone. #pose:on-phone
    You make toast as quietly as toast can be made. You even butter it quietly.
    You're tiptoeing. So you feel it too. Something's wrong, and it's me. #inner
    Apologising for nothing buys a quiet morning. It also teaches you both that the distance is yours to fix. #coach
* [Put a fresh mug by {loved_name}'s elbow. “I'm off to the bakery. Back in twenty.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} nods at the mug, not at you. #pose:on-phone
    You take the stairs two at a time. Outside, the air is cold and clean and nobody is waiting for anything from you.
    Out. Already. Twenty minutes, you said. People say twenty minutes. #inner
* [Make yourself a coffee and take it out to the balcony without a word. If {loved_name} wants space, there's plenty of it. #kind:personalize]
    ~ respond(personalize)
    It's chilly out here. You drink your coffee anyway, on principle.
    Through the glass you see {loved_name} glance at the door, then back at the screen. #pose:turned-away
    There. You're already going. #inner
    Pulling back protects you from feeling rejected. To someone braced for being left, it looks like proof. #coach
-
-> sunday_noon

=== sunday_noon ===
{ promised_return:
    Nineteen minutes later you're back with two croissants in a paper bag, a little squashed.
    ~ kept_word()
    {loved_name} takes one without a word. Later you see {them()} eating the flakes off the plate with a wet fingertip.
}
{ last_kind == attune:
    You let go. {loved_name} makes a second pot of coffee, for two, and doesn't say anything about it.
}
The morning drags on into the afternoon. #place:living-room #time:day
{
- alarm >= 7:
    {loved_name} is on the sofa, knees pulled up, answering everything in one word, if at all. #pose:arms-crossed
- alarm >= 5:
    {loved_name} is on the sofa with the phone, answering whatever you say with "mm" and "maybe". #pose:on-phone
- else:
    {loved_name} is on the sofa with the phone. Friendly enough, a bit flat, somewhere else. #pose:on-phone
}
You've done the crossword on your own. You've read the same page of your book three times.
You suggest the market. A walk. A film.
Don't mind. Whatever you want. #speaker:loved
Somebody's message makes {loved_name} smile at the screen. Not at you. The smile is gone before you can ask.
You think of the slippers next to the bed. Of the pancakes. Of the way {loved_name} looked at you last night.
It is hard not to read today as a review of yesterday. A bad one.
* [“Can we talk about yesterday tonight, over dinner? Properly, just the two of us. I think we need to.” #kind:pursue]
    ~ respond(pursue)
    {loved_name}'s thumb stops on the screen. #pose:tense
    Why? Nothing's wrong. Can you not do this? #speaker:loved
    {loved_name} gets up to fetch a glass of water that nobody needs.
    Tonight. A hearing with a date on it. I knew I shouldn't have said it. #inner
    An appointment to talk about the thing that scared someone is still a spotlight, only later. #coach
* [Sit down close beside {loved_name}. “Hey. Talk to me about yesterday? I'm right here.” #kind:attune]
    ~ respond(attune)
    { hugged:
        ~ shift(2, 0, -1, 0)
        {loved_name} shifts away, only a little, but you both feel it. #pose:arms-crossed #stage:step-away
        I don't want to talk about yesterday. I want today to be normal. Can it be normal? #speaker:loved
        This morning your arms, now this. There's no room to breathe in. #inner
        Closeness after closeness, while the alarm is still up, can read as a hand that won't let go. #coach
    - else:
        {loved_name} is quiet for a long time. Then, to the phone: #pose:withdrawn
        There's nothing to talk about. It was just a thing from when I was a kid. #speaker:loved
        Right here. Right next to me. Asking. But asking softly. #inner
    }
* [“I'm going for a run. Then I'm making pasta. You're welcome to some.” #kind:boundary]
    ~ respond(boundary)
    For the first time today, {loved_name} looks up. #pose:calm
    Okay. #speaker:loved
    You lace up your shoes and go. The park is full of dogs and people with ordinary Sundays.
    You're going. And then pasta. You said pasta. #inner
* [Pick up your own phone and scroll. Two can play this game. #kind:personalize]
    ~ respond(personalize)
    Two phones. The saxophone. The fridge humming. Nobody says a thing for half an hour. #pose:turned-away
    You scroll past photos of friends having lovely Sundays. It doesn't help.
    See. You're gone too. Easier that way. #inner
    Mirroring the distance spares you from feeling it. It also makes it real, for both of you. #coach
-
-> the_sentence

=== the_sentence ===
{ promised_return:
    You come back from the park sweaty and red in the face, and make the pasta, as you said.
    {loved_name} sets the table for two. Neither of you mentions it. But it's there.
    ~ kept_word()
}
The light in the room goes yellow, then flat. Somebody in the street is calling a cat that doesn't come.
Late in the afternoon, {loved_name} shifts to the edge of the sofa, elbows on knees. #pose:tense
I've been thinking. #speaker:loved
Maybe we should stop. #speaker:loved #pose:turned-away
With us, I mean. #speaker:loved
It's not you. I just don't think I'm any good at this. #speaker:loved
The words land in the room like a dropped plate.
{loved_name} says them to the rug, not to you, and then goes back to picking at a thread on {their()} sleeve. #pose:withdrawn
{landed: Only later will you see that the morning did reach {them()}: {loved_name} is saying this sitting on the sofa next to you, not from the doorway.}
Yesterday: the blanket, the slippers, the hand around your wrist. Today: this. #discuss:What could "maybe we should stop" mean today, besides the words themselves?
* [“Fine. If that's what you want, then we stop.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} flinches, as if this was the answer {they()} had been bracing for all along. #stage:flinch #pose:withdrawn
    Okay. Right. Good to know. #speaker:loved
    There it is. I said it first, and you agreed. I knew you would. #inner
    It hurt, so you handed the words straight back. But that confirms exactly what {loved_name} fears: one push, and you're gone. #coach
    -> the_crack
* [“That's a big sentence, the day after a big night. I'm not taking it as your last word. And I'm not going anywhere.” #kind:attune]
    ~ respond(attune)
    {loved_name} stares at the floor and breathes out, long and slow. #pose:withdrawn
    I don't know what I want. #speaker:loved
    That's okay. You don't have to know today. #speaker:you
    You didn't run. You didn't beg. I don't get it. I don't hate it. #inner
    Pulling back after opening up is often protection, not a decision. A sentence said from the alarm is not a verdict. #coach
    -> the_quiet
* [“This is what you do. Hot, then cold, every single time it gets good. It's exhausting. Maybe you should talk to someone about it.” #kind:label]
    ~ respond(label)
    {loved_name} goes very still. #pose:arms-crossed
    Right. Because I'm the broken one. #speaker:loved
    I told you about the slippers, and now I'm a diagnosis. I should never have opened my mouth. #inner
    Your exhaustion is real, and support can be a good idea. But said in the heat of it, it means: you are the problem. Shame sets off the alarm like little else. #coach
    -> the_crack
* [“Whatever I did, I'll fix it. From tonight on I'll be whatever you need. Just don't go.” #kind:appease]
    ~ respond(appease)
    {loved_name} looks at you as if you've just handed {them()} something heavy. #pose:tense
    Your voice sounded strange even to you. Small. Like someone else's.
    Now you're scared too. And that's on me as well. #inner
    Making yourself smaller calms this minute. But it asks {loved_name} to carry your fear too, and it costs you more than you can keep paying. #coach
    -> the_quiet

=== the_crack ===
{loved_name} gets up. Walks to the window. Back again. #pose:pacing
{last_kind == label: You know what, you're right. I'm a mess.|Great. Brilliant. I'm a mess anyway.} Go and find someone who isn't. #speaker:loved #intense:A bitter remark: you should find someone who is less of a mess.
Downstairs the saxophone starts on its four notes again. It has never sounded so stupid.
Your face is hot. Your hands don't know where to go.
Twenty-four hours ago you were on that balcony, sharing a blanket.
Part of you wants to win this. Part of you wants to leave. #discuss:You got hurt and hit back. What would a way back look like, without pretending it didn't happen?
* [“Wait. That came out wrong. I got scared and I hit back. I'm sorry. I don't want to stop.” #kind:repair]
    ~ respond(repair)
    {loved_name} stops pacing. Doesn't come closer, but doesn't leave the room either. #pose:withdrawn
    I don't want to either. I think. #speaker:loved
    You stand there, both of you, a few metres apart, breathing.
    You came back. People don't come back. #inner
    Owning your part, without grovelling, shows that a break can be mended. #coach
    -> evening_together
* [“No. You don't get to drop that and walk off. Sit down. We're talking about this now, tonight, not next week.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} backs up against the window frame. #pose:tense #stage:step-away
    I can't. Not like this. #speaker:loved
    You keep talking anyway. {loved_name} stops answering, goes into the bedroom and shuts the door. Quietly, which is worse.
    Trapped. Get out. Get out. #inner
    Demanding a talk while someone is flooded tends to get you the fight instead of the talk. #coach
    -> evening_together
* [“I'm too rattled to say anything good. I'm going home to cool off. I'll call you at nine.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} nods without looking up. #pose:arms-crossed
    Nine. #speaker:loved
    On the stairs you pass the saxophone neighbour. He nods. You nod. Ordinary life, going on.
    You're leaving. But you said nine. Nine is something I can hold on to. #inner
    Taking distance while saying when you'll be back protects you both. The connection stays; the heat gets a chance to cool. #coach
    -> evening_apart
* [Grab your coat. “Call me when you've worked out what you want.” #kind:personalize]
    ~ respond(personalize)
    The door shuts behind you harder than you meant it to. #stage:door-closes
    On the stairs your legs are shaking. You don't go back up.
    Gone. That's what people do. At least this time I made it happen. #inner
    Leaving without saying when puts all the weight on {loved_name}: now the first move is up to {them()}. #coach
    -> evening_apart

=== the_quiet ===
{ last_kind == appease:
    {loved_name} rubs {their()} face with both hands. #pose:withdrawn
    Please don't. You don't have to be anything. #speaker:loved
- else:
    {loved_name} sits like that for a long while. Not leaving, not coming closer. #pose:withdrawn
}
I just can't do this today. Any of it. #speaker:loved
Last night I said all that, and this morning I woke up and felt sick. Like I'd left the front door wide open. #speaker:loved
The part of you that needs to know where you stand is very loud right now. #discuss:What do you need right now, and what does your partner need? Is there a way both fit?
* [“Then let's work it out. Now, tonight. I can't spend a whole week not knowing where we stand. Not after yesterday.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} shrinks back into the corner of the sofa. #pose:withdrawn
    I don't have an answer. Stop asking me for one. #speaker:loved
    The rest of the afternoon is spent in separate rooms, with the doors open and nothing coming through them.
    A test I can only fail. #inner
    Your need to know is fair. But an answer squeezed out now comes from the alarm, not from {loved_name}. #coach
    -> evening_together
* [“Okay. I'm heading home, so you have some room. I'll call at nine, just to say goodnight.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} looks up. #pose:tense
    You're going? At nine? #speaker:loved
    At nine. #speaker:you
    You pack your bag. At the door {loved_name} almost says something, then just lifts a hand.
    Going, but coming back. Do people actually do that? #inner
    -> evening_apart
* [“I'll stay, and I won't say a word. As long as you need. I'll cancel my plans for tomorrow too.” #kind:appease]
    ~ respond(appease)
    You don't have to cancel anything. #speaker:loved
    {loved_name} says it to the floor. #pose:withdrawn
    You text your friend anyway. Sorry, something's come up. You sit in the armchair and try not to breathe too loudly.
    You're giving everything up for me. One day you'll hate me for it. #inner
    You just gave away your own Monday to keep the peace. Nobody asked you to. #coach
    -> evening_together
* [“I'll be on the balcony with my book. You know where I am.” #kind:attune]
    ~ respond(attune)
    You take your book outside. After a while, the balcony door slides open a crack, and stays open. #stage:step-closer
    Neither of you says anything. You can hear {loved_name} moving about inside, making tea, putting on music. Ordinary noises.
    The door's open. I don't have to go through it. But it's open. #inner

    -> evening_together

=== evening_apart ===
Your own flat. Your own sofa, your own mess, a sandwich you don't really want. #chapter:Sunday evening #place:living-room #time:evening
You drop your keys in the bowl by the door and just stand there for a moment.
The quiet is different here. Nobody in the next room.
You replay the afternoon. "Maybe we should stop." The thread on the sleeve. The slippers, again.
You would give a lot to know what {loved_name} is doing right now. Probably sitting on that same sofa, with that same phone.
Your own phone is on the table, face up. You keep not looking at it.
{ promised_return:
    You said nine. It's twenty past seven.
- else:
    You didn't say when. Neither did {loved_name}.
}
Your thumb hovers over {loved_name}'s name.
* [Don't get in touch. {loved_name} can come to you, for once. #kind:personalize]
    ~ respond(personalize)
    Nine comes and goes. You watch a series you won't remember.
    At ten past eleven your screen shows {loved_name} typing. Then nothing. #time:night #stage:typing-stops
    { promised_return:
        Nine. You said nine. Of course. #inner
    - else:
        Not a word. So that's that, then. #inner
    }
    Waiting to be chosen makes sense after a day like this. But to someone braced for being left, your silence sounds like the answer. #coach
* [{promised_return: At nine exactly, call, like you said.|At nine, send a short message: goodnight, you're still here.} #kind:attune]
    ~ respond(attune)
    { promised_return:
        It rings four times. Then: #time:night
        Hi. #speaker:loved
        Hi. It's nine. I just wanted to say goodnight. #speaker:you
        A breath on the line. Then, quieter: #pose:calm
        Goodnight. Thanks for calling. #speaker:loved
        It's nine and there you are. You actually called. #inner
        This is the part that grows trust: doing what you said, when you said it. Small, boring, reliable. #coach
    - else:
        You type three versions and delete two. What you send is short. #time:night
        Goodnight. I'm still here. #speaker:you #stage:phone-sent
        { alarm >= 7:
            The dots appear, vanish. Nothing comes. #stage:typing-stops
            You're still there. I can't answer. But you're still there. #inner
        - else:
            The dots appear, vanish, appear. Then: "Goodnight. Thank you." #stage:phone-message
            A minute later: "Sorry about today." #stage:phone-message
            You're still there. Even after today. #inner
        }
        A small sign with no question attached. It doesn't undo the afternoon, but it leaves a door ajar. #coach
    }
    ~ kept_word()
* [{promised_return: At nine, as promised, text|At nine, text}: you're going to bed early, you'll call tomorrow. #kind:boundary]
    ~ respond(boundary)
    Wiped out, going to bed early. Thinking of you. I'll call tomorrow after work. #speaker:you #stage:phone-sent #time:night
    Read. Then, a minute later, a single heart. #stage:phone-message
    You put the phone on the bedside table and turn the light off early.
    Tomorrow, after work. Okay. I can wait for something I know is coming. #inner
    ~ kept_word()
* [Call now. You can't sit through a whole evening of not knowing where you stand, and nine o'clock is hours away. #kind:pursue]
    ~ respond(pursue)
    It rings out. You call again. The third time, {loved_name} picks up. #pose:tense
    I just need to know if we're okay. #speaker:you
    Please. Not tonight. #speaker:loved
    Even at home I can hear you asking. There's nowhere to put it down. #inner
    Not knowing is awful, and calling feels like doing something. But it tells {loved_name} the room you gave came with strings. #coach
-
-> ending

=== evening_together ===
The light turns orange over the rooftops. You end up on the balcony again, in the same two chairs. #chapter:Sunday evening #place:balcony #time:evening
{ alarm >= 7:
    It takes {loved_name} an hour to come out. {They()} stand{s()} in the doorway for a while, arms folded, a mug in one hand, and then sit{s()} down with the chair pulled a little away from yours. #pose:arms-crossed
- else:
    {loved_name} comes out with two mugs and sits down next to you. #pose:calm
}
{ the_crack || alarm >= 7:
    Neither of you mentions the afternoon. It sits between the chairs like a third guest.
- else:
    The afternoon is still in the air, but softer now, like the smell of rain.
}
Downstairs, the saxophone. Four notes, and a long pause, as if the neighbour is working up to something.
I'm bad at Sundays. #speaker:loved
The day after, I mean. After I've said too much. #speaker:loved
{loved_name} says it lightly, but {their()} hands are wrapped tight around the mug.
* [“It's my fault. I was too much yesterday, and today too. From tomorrow I'll tone it down, I promise. Back to normal.” #kind:appease]
    ~ respond(appease)
    {loved_name} opens {their()} mouth, then closes it again. #pose:withdrawn
    Okay. If you say so. #speaker:loved
    So yesterday was too much, and now you'll be less. Neither of us gets to be real. #inner
    Taking all the blame ends the tension tonight and quietly hands over a piece of you. Do it often enough and there's nobody left to stay. #coach
* [“So are we okay? I need to know what you meant this afternoon.” #kind:pursue]
    ~ respond(pursue)
    {loved_name}'s mug stops halfway to {their()} mouth. #pose:tense
    I don't know yet. Can I not know yet? #speaker:loved
    {loved_name} goes back inside with the mug still full.
    Everything I give you, you want a receipt for. #inner
    You've waited all day, and the question is fair. But asked now, it drags the afternoon back out onto the balcony. #coach
* [“You don't have to explain anything tonight.” And leave it at that. #kind:attune]
    ~ respond(attune)
    {loved_name}'s shoulders come down a little. After a while a foot finds yours under the blanket. #pose:warm #stage:sit-together
    You stay like that while the sky goes from orange to grey.
    Nothing to explain. Nothing to pay back. Just feet. #inner
* [“I'm glad you came out. I'm done in. Wednesday at mine? I'll cook.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} turns that over for a moment. #pose:calm
    Wednesday. Okay. Wednesday. #speaker:loved
    Make the pasta thing. The one with the lemon. #speaker:loved
    A day with a name. I can walk towards that. #inner
    The talk doesn't have to happen tonight to happen. #coach
-
-> ending

=== ending ===
// The night is the next moment: a caring answer that raised the alarm first settles now, as it
// would at a next answer (nothing undoes it). Without this the kept call at nine could end in fear.
{ calm_due:
    ~ calm_due = false
    ~ shift(-2, 0, 0, 0)
    {evening_apart: Across town, {loved_name} puts the phone down on the pillow, screen up. Your goodnight is only now sinking in.|{loved_name}'s breathing slows. What you said earlier is only now reaching {them()}.}
}
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
{ evening_apart:
    Just before you fall asleep, one more message. #stage:phone-message
    A photo of the neighbour's door downstairs. Underneath: "He found note five. I laughed. Wanted you to know."
    You read it twice. Then you send back a cake emoji, because what else.
    Nothing is solved. Next Sunday might be cold again.
    But cold doesn't mean gone. You both know a little more about that now. #ending:safety
- else:
    Downstairs, the saxophone goes for a fifth note, and misses it completely.
    {loved_name} laughs. Really laughs, for the first time today. #pose:warm
    Next time I'll tell you when I'm doing the Sunday thing. #speaker:loved
    Deal. #speaker:you
    You sit out there until it's properly dark, a foot against a foot.
    Nothing is solved. But cold doesn't mean gone, and you both know a little more about that now. #ending:safety
}
-> END

=== ending_fragile ===
{ evening_apart:
    You leave the phone face up, just in case.
    You think about the cake for the neighbour. About whether you'll be there when he finds note five.
    Nothing is decided. "Maybe we should stop" is still out there somewhere, like a coat nobody has hung up.
    But the thread hasn't snapped. Thin, but there.
    Tomorrow you'll see. #ending:fragile
- else:
    You say goodnight. It's kind, and careful, and you both mean it. #pose:calm
    {loved_name} goes to bed first, and leaves the bedroom door open. Not wide. A crack.
    Later you slide in beside {them()}, a hand's width of mattress between you.
    Nothing is decided. "Maybe we should stop" is still somewhere in the flat, like a coat nobody has hung up.
    Tomorrow you'll see. #ending:fragile
}
-> END

=== ending_fear ===
{ evening_apart:
    Just before midnight, a message. #stage:phone-message
    "Maybe it's better like this."
    You type an answer. Delete it. Type another one.
    Across town, {loved_name} watches your dots come and go and thinks: there, you see.
    You both lie awake, each sure the other one has already left. #ending:fear
- else:
    {loved_name} goes to bed early, door closed. #pose:turned-away #stage:door-closes
    You take the sofa. The saxophone has stopped. Everything has stopped.
    Through the wall you hear {loved_name} turn over, and over again.
    You both lie awake, a wall apart, each sure the other one has already left. #ending:fear
}
-> END

=== ending_burnout ===
{ evening_apart:
    You sit on your own sofa with your coat still on.
    The sandwich is still on the plate. You're too tired to eat it, too tired to throw it away.
    You realise you've spent the whole weekend being whatever was needed.
    You can't remember the last thing you said that you actually meant.
    {loved_name} might call. You're not sure there's enough of you left to answer. #ending:burnout
- else:
    {loved_name} falls asleep on the sofa with the TV on. #pose:withdrawn
    You do all the dishes, the mugs from the balcony too. You cancel Monday in your calendar.
    You check, twice, whether {loved_name} is warm enough under that blanket.
    You can't remember the last thing you said that you actually meant.
    You're still here. You're just not sure how much of you is. #ending:burnout
}
-> END
