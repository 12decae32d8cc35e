# id: fight-about-nothing
# title: The fight about nothing
# form: active
# minutes: 10
# note: A couple's argument with harsh words, right after a loving evening.
# details: After a warm evening on the sofa, a remark about the dishes turns into a fight with a few cruel lines and a slammed door. Nobody is hurt physically; the night ends calmly one way or another.
# blurb: A film, a blanket, a dirty pan. How fast can a good evening turn?
# reflect: The sharpest words came right after the warmest moment. What could that closeness have set off?
# reflect: Where did you want to hit back, give in or chase? What would you need to do something else there?
# reflect: What did keeping your own limit give you? And what did it give the person you love?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

~ alarm = 4
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Thursday evening. A film you've both seen twice, and neither of you minds. #chapter:A good evening #place:living-room #time:evening #pose:warm
Outside it has been raining since six. Inside it smells of popcorn and of the clementine {loved_name} peeled during the opening credits.
{loved_name} has claimed the good end of the sofa and most of the blanket.
{Their()} feet, always cold, are tucked under your leg.
There's a burn hole in the blanket, from a candle last winter in {loved_name}'s old flat. You both keep saying you'll buy a new one.
At the bit where the dog runs off, {loved_name} says what {they()} said the last two times.
He comes back. Don't worry. He comes back. #speaker:loved
You paused it twice for snacks, and once because {loved_name} wanted to see the scene in the rain again.
Somewhere after that, {they()} stopped watching the film and started watching you.
The credits roll. You don't reach for the remote.
You always stay for the credits. Did you know that? #speaker:loved
I like that. Nobody ever stays till the end. #speaker:loved
{Their()} hand finds yours under the blanket and holds on, a little tighter than the moment needs. #pose:reaching
* [“Someone has to find out who did the catering.” #kind:neutral]
    ~ respond(neutral)
    {loved_name} snorts and pokes you with a cold toe. #pose:warm
    You're ridiculous. #speaker:loved
    But {they()} {are()} smiling, and {they()} {does()}n't let go of your hand.
    Funny. Light. Light is safe. #inner
    A joke can hold a tender moment without squeezing it. It can also let the moment slip past. #coach
* [Squeeze back. Stay put till the music ends. #kind:attune]
    ~ respond(attune)
    {loved_name} breathes out and lets {their()} head rest on your shoulder. #pose:warm #stage:step-closer
    The music swells. Neither of you moves. For a whole minute, nothing needs to happen.
    Warm. Still here. Don't get used to it. #inner
* [“Nobody? That sounded like it meant something. Tell me.” #kind:pursue]
    ~ respond(pursue)
    {loved_name}'s hand slips out of yours. #pose:tense
    It's nothing. It's a film thing. #speaker:loved
    {They()} reach{es()} for the remote and switch{es()} it off halfway through a name.
    Too much. Why did I say that? Shut it, quick. #inner
    A tender remark isn't always an invitation to dig. Tug at a door that has only just come ajar, and it may swing shut again. #coach
- {loved_name} gets up to take the bowls through. You follow with the glasses, the theme tune still stuck in your head.
-> kitchen

=== kitchen ===
The kitchen light is harsh after the film. The fridge hums. #chapter:The pan #place:kitchen
In the sink sits the big soup pan from yesterday, still soaking. Your pan. You said you'd do it this morning.
You set the glasses down on the counter, one by one.
{loved_name} puts the bowls down next to the pan. A little too hard. #pose:tense
Seriously? That's been there since yesterday. #speaker:loved
And don't say you forgot. You always forget. #speaker:loved
You never do anything unless I ask. Never. #speaker:loved #pose:arms-crossed
Five minutes ago {they()} {were()} holding your hand.
// The story's own turn, not the answer: after the warmest moment, the pan sets off the alarm.
~ shift(3, 0, 0, 0)
It's about the pan. It's also not about the pan at all. You can feel both at once.
* [“Never? I cooked four times this week. Who do you think made that soup?” #kind:personalize]
    ~ respond(personalize)
    Oh, here we go. Keeping score now, are we? #speaker:loved #pose:tense
    Well, somebody has to. #speaker:you
    See? You've been keeping a list all along. A list against me. #inner
    Two people defending themselves, and nobody left over to listen. #coach
* [“Fair enough, the pan's mine. I'll do it now. Keep me company?” #kind:attune]
    ~ respond(attune)
    You roll up your sleeves and turn on the hot tap.
    {loved_name} leans against the counter, arms folded, watching the water run. #pose:arms-crossed
    Why aren't you angry? Be angry. Then at least I'd know where I stand. #inner
    You didn't hit back. It may not feel any calmer yet: protection doesn't switch off on cue. #coach
* [“Sorry, sorry, you're right. Go and sit down, I'll do all of it.” #kind:appease]
    ~ respond(appease)
    {loved_name} doesn't go and sit down. {They()} watch{es()} you fill the sink. #pose:arms-crossed
    You scrub a bit harder than the pan needs, to have something to do with your hands.
    Quiet. Good. But you didn't even argue. Do you mean any of it? #inner
    Giving in straight away can calm things for a moment. It costs you something, and the other person often senses it isn't quite real. #coach
- For a moment the only sound is the fridge.
{alarm >= 6:{loved_name} yanks a cupboard open, takes nothing out and bangs it shut again.|{loved_name} picks at the label on the washing-up liquid.}
{Their()} voice has gone thin and fast, the way it does when {they()} {are()} tired, or scared, or both.
~ shift(2, 0, 0, 0)
It's always like this. One nice evening, and then... #speaker:loved
Whatever. You're going to leave anyway. Might as well be now. #speaker:loved #pose:turned-away
{They()} {are()}n't looking at you but at the hallway, as if to check where the door is.
-> leave

= leave
The words hang in the air above the pan. #discuss:A few minutes ago you were sharing a blanket. What might be going on underneath “you're going to leave anyway”?
* [“Where is this coming from? We were fine ten minutes ago. Talk to me.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} takes a step back, as if you'd come closer. You didn't. #stage:step-away #pose:tense
    Stop it. Stop interrogating me. #speaker:loved
    God, you're exhausting. Everyone who knows you gets tired of you in the end. #speaker:loved #intense:A cruel remark: that people always get tired of you.
    Questions, questions. The walls are closing in. Push. Push hard. #inner
    Asking why in the middle of it can leave the other person feeling cornered. Often nobody has the answer yet, not even the one who's upset. #coach
* [“This is your thing again. It gets nice, so you have to wreck it.” #kind:label]
    ~ respond(label)
    {loved_name} goes very still. #pose:arms-crossed #stage:flinch
    Oh, that's my thing, is it. Thanks for the diagnosis. #speaker:loved
    You know what your thing is? You're a coward who hides behind being nice. #speaker:loved #intense:A cruel remark: calling you a coward.
    So that's what you see when you look at me. Something broken that breaks things. #inner
    Even when you see the pattern clearly, naming it in the heat of the moment lands as a verdict. Shame makes people fight harder, or hide. #coach
* [“I'm not leaving. I'd never. Please don't say that, I'll do anything.” #kind:appease]
    ~ respond(appease)
    {loved_name} laughs, and it isn't a nice laugh. #pose:turned-away
    Listen to yourself. Anything. You'd let anyone walk all over you, wouldn't you? #speaker:loved
    Honestly, it's pathetic. #speaker:loved #intense:A cruel remark: calling you pathetic.
    You'd say anything to make me stop. So how would I ever know what's real? #inner
    Promising everything sounds like love, but it can land as panic. A frightened body tends to trust steadiness more than big words. #coach
* [“I'm not going anywhere. I'm right here. Me and my pan.” #kind:attune]
    ~ respond(attune)
    Something jerks in {loved_name}'s shoulders. A laugh, or almost the opposite. #pose:tense
    Don't. Don't use that voice on me. The calm one. #speaker:loved
    I'm not some scared dog you have to soothe. #speaker:loved #intense:A sharp remark about your calm voice.
    Still here. Why are you still here? And what happens when you stop being here? #inner
    “You're going to leave anyway” can be a test nobody knows they're setting. To a body this alarmed, even a calm voice can sound like a trick. Whether it got through, you'll only see later. #coach
- -> words

= words
{loved_name} turns toward the hallway. #pose:turned-away
Something in your chest goes hot and tight.{reserve <= 2: There isn't much left in you to hold it down.}
You could say something that would hurt just as much. You know exactly what it would be.
You're gripping the tea towel so hard your knuckles are white. #discuss:What do you do with hurtful words from someone you love, when you know there's fear behind them?
* [“Okay. Sorry. I'll just finish the dishes.” #kind:appease]
    ~ respond(appease)
    The sorry is out before you've decided to say it.
    You turn back to the sink. {loved_name} watches you for a second, then goes. #stage:step-away
    From the living room comes the sound of the TV, too loud.
    You just took it. Why did you just take it? #inner
    Quiet, though. At least it's quiet. #inner
    {landed: {Their()} shoulders had just started to come down. You only notice it now, as {they()} go{es()}.}
    Swallowing an insult buys a quiet evening. It also teaches you both that those words are allowed, and it comes out of your reserve. #coach
    -> swallow
* [“I want to hear you. Not like this. Ten minutes on the balcony, then I'm back.” #kind:boundary]
    ~ respond(boundary)
    You put the tea towel down. Your voice comes out lower than you expected.
    {landed: {loved_name}'s hands have let go of the counter. What you said a moment ago is reaching {them()} only now, even as this stings.}
    {loved_name} stares at you. #pose:arms-crossed
    Go on, then. Go. #speaker:loved
    Ten minutes. Sure. That's what they all say. #inner
    But you said a number. Nobody ever says a number. #inner
    A boundary says what you will do, not what the other person has to do. The promise to come back is the half that matters most. #coach
    -> balcony
* [“At least I don't ruin every nice evening we have.” #kind:personalize]
    ~ respond(personalize)
    You don't even raise your voice. You don't need to.
    It lands. You watch it land. #stage:flinch
    {loved_name}'s face goes completely still. #pose:withdrawn
    There it is. #speaker:loved
    {They()} walk{s()} out. A moment later the bedroom door slams. #stage:door-closes
    There it is. I knew it was in there. Now I don't have to wait for it any more. #inner
    Hitting back can feel like justice for a second. It also hands the fear exactly the proof it was looking for. #coach
    -> door
* [Go after {them()} and wrap your arms around {them()} from behind. “Hey. Come here. I've got you.” #kind:attune]
    ~ respond(attune)
    // Held while flooded, the body fights the hold: closeness on top of closeness.
    ~ shift(2, 0, -1, 0)
    {landed: For one breath {their()} shoulders drop. Your “I'm right here” has reached {them()} at last.}
    Then your arms close around {them()}, and {they()} go{es()} rigid. #stage:flinch #pose:tense
    Let go. Let go of me. #speaker:loved
    {They()} twist{s()} free and {are()} in the bedroom before you can say anything else. The door shuts. #stage:door-closes
    Arms. Tight. Can't get out. Out. #inner
    -> door

=== balcony ===
The balcony door clicks shut behind you. #chapter:Ten minutes #place:balcony #stage:door-closes
The air is cold and smells of somebody's dinner, a few floors down.
Through the glass you see {loved_name} standing in the kitchen. Then {they()} {are()} gone. #pose:pacing
Your heart is still racing. You let it.
You put both hands on the railing. It's wet, and so cold it almost hurts. Good.
Ten minutes. You check the time: 22:41.
Your phone buzzes. #stage:phone-message
Don't bother. #speaker:loved
* [Text back: “Seven more minutes. Then I'm coming in.” #kind:attune]
    ~ respond(attune)
    You send it. #stage:phone-sent
    After a moment it shows as read. No answer. #stage:phone-read
    Seven minutes. Nobody ever counted minutes for me. #inner
    A small, predictable sign during a break can keep the thread intact. {loved_name} doesn't have to do anything with it. #coach
    -> back_on_time
* [Turn your phone face down. Let {them()} wait longer than ten minutes, then. #kind:personalize]
    ~ respond(personalize)
    Ten minutes pass. Then fifteen. Then twenty-five.
    You tell yourself it's for your own sake. It partly is.
    When you finally go back in, the kitchen is dark. The pan is still in the sink. #place:kitchen
    The bedroom door is shut. There's no light under it.
    Twenty-five minutes. I counted every one. So that's what your word is worth. #inner
    Taking space is fine; staying away past your own promise is what hurts. The fear was never about the break. It was about whether you'd come back when you said. #coach
    -> later
* [Don't answer yet. Breathe, and count the lit windows across the street until the ten minutes are up. #kind:neutral]
    ~ respond(neutral)
    ~ rest(1)
    Fourteen windows. In one of them someone is ironing. Your breathing slows down.
    No answer. Of course. But you're still out there. I can see your back through the glass. #inner
    Calming your own body is part of staying, not time away from it. You'll come back with more to give. #coach
    -> back_on_time
* [Go straight back in. Ten minutes is too long to leave {them()} alone with this. #kind:appease]
    ~ respond(appease)
    You're back inside before a kettle could have boiled. #place:kitchen
    The cold is still on your hands. You didn't even get your breath back.
    {loved_name} is standing in the kitchen doorway. #pose:arms-crossed
    That was quick. You said ten. #speaker:loved
    {They()} {does()}n't sound relieved. {They()} sound{s()} like someone checking a lock that gave way too easily.
    Ten, and you came back in two. So your word bends when I push. Good to know. #inner
    Coming back early feels kind. But the limit you set has dissolved, and your word weighs a little less now. #coach
    -> later

= back_on_time
Just after the ten minutes are up, you go back in. #place:kitchen
~ kept_word()
{loved_name} is sitting at the kitchen table, the tea towel twisted in {their()} hands. #pose:withdrawn
The pan is on the drying rack. Clean.
You're a minute late. #speaker:loved
{They()} {were()} counting. So were you.
I did the rest. That pan was disgusting. #speaker:loved
You sit down across from {them()}. Neither of you says sorry yet. It doesn't feel like the moment for it.
You came back. You said ten, and you came back. #inner
Trust tends to grow this way: not from big words, from small promises kept. #coach
-> later

=== door ===
You're standing in the hallway. The bedroom door is shut. #chapter:The closed door #place:hallway
Behind it, a drawer, the creak of the bed. Then nothing. Not a sound.
You lift your hand to knock, and lower it again.
{last_kind == personalize:What you said is still in your mouth, bitter.|Your heart is pounding as if you'd run up the stairs.}
In the kitchen, the tap drips.
In the living room the blanket still lies rumpled on the sofa, in the shape of two people.
* [Knock. “Please open the door. I can't sleep like this. We have to talk.” #kind:pursue]
    ~ respond(pursue)
    Go away. #speaker:loved
    You knock once more. The door stays shut.
    You stand there a while longer, your forehead almost touching the wood. Then you go and sit on the sofa, still wide awake. #place:living-room
    Every knock is louder. I can't breathe in here. Just go away. #inner
    Behind a shut door, every knock says the same thing: not safe yet. #coach
    -> later
* [Knock once, softly. “I went too far just now. I'm sorry for my part. I'll be on the sofa.” #kind:repair]
    ~ respond(repair)
    Silence. Then the bed creaks, as if someone has sat down on the edge of it.
    And, very quietly, something that might be “okay”.
    You go and sit on the sofa under the blanket with the burn hole. It still smells of popcorn. #place:living-room
    Sorry. Just sorry, no grovelling. And only as far as the sofa. Still in the house. #inner
    Owning your part, without taking the blame for the whole evening, makes room. It often makes it easier, later, for {loved_name} to own {their()} part too. #coach
    -> later
* [Get the blanket from the sofa. If {they()} want{s()} a door between you, {they()} can have one. #kind:personalize]
    ~ respond(personalize)
    You make up the sofa with your back to the hallway. #place:living-room
    Your heart keeps going for a long time. You tell yourself you don't care what {they()} {are()} doing in there.
    The sofa. Of course. Halfway out the door already. #inner
    You're allowed to be hurt, and pulling back protects you. Done in silence, though, it looks exactly like the leaving {loved_name} was afraid of. #coach
    -> later
* [“Not through a door. Ten minutes on the balcony, then I'll come back and knock.” #kind:boundary]
    ~ respond(boundary)
    No answer. But the silence behind the door changes, as if someone is listening.
    Ten minutes, then a knock. Will you really knock? #inner
    A break with a time attached is a boundary and a promise at once. #coach
    You sit out in the cold for ten minutes. Then you go back and knock, like you said. #place:balcony
    ~ kept_word()
    The door opens a hand's width. {loved_name}'s eyes are red. #place:hallway #pose:withdrawn
    You knocked. #speaker:loved
    I said I would. #speaker:you
    {loved_name} nods, and leaves the door open when {they()} go{es()} back to bed.
    -> later

=== swallow ===
You do the dishes. All of them. #chapter:Quiet #place:kitchen
The pan, the bowls, the glasses, and {loved_name}'s mug from this morning.
From the living room: a quiz show, far too loud. Someone has just won a car.
Your jaw aches. You've been clenching it since {they()} said it.
It goes round and round while you scrub: the words, and that exact tone.
The water goes cold. You run fresh water and start on the glasses again, because you don't know what else to do.
{reserve <= 2:You catch yourself listening to the TV to work out {their()} mood.|You dry your hands slowly, to give yourself a moment.}
* [Make {them()} a tea, bring the blanket and the last of the popcorn. “Sorry again about the pan. Really. I'll do better.” #kind:appease]
    ~ respond(appease)
    {loved_name} takes the mug without looking at you. #place:living-room #pose:withdrawn
    Thanks. #speaker:loved
    You stand there a moment, waiting for something more. It doesn't come. You go back to the kitchen and wipe the counter again.
    Sorry, sorry again. The word's gone thin. I can't feel anything behind it. #inner
    When appeasing becomes the pattern, it calms the evening and empties you. And {loved_name} ends up next to someone who is slowly disappearing. #coach
    -> later
* [Go to the doorway. “What you said hurt. Ten minutes on the balcony, then I'll come and sit with you.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} keeps looking at the screen, but at the word “hurt” {their()} shoulders jump. #place:living-room #pose:tense #stage:flinch
    Hurt. I did that. And you're coming back? Why would you come back? #inner
    Saying that something hurt, and what you'll do about it, is not an attack. It's how you stay without disappearing yourself. #coach
    Ten minutes of cold air. Then you go back in, like you said, and sit down on the sofa. #place:balcony
    ~ kept_word()
    {loved_name} turns the volume down. Then, without a word, {they()} lift{s()} the edge of the blanket. #place:living-room #pose:warm #stage:sit-together
    -> later
* [Go to bed without saying goodnight. #kind:personalize]
    ~ respond(personalize)
    You lie in the dark and listen to the quiz show through the wall. #place:bedroom
    At some point the TV goes off. Nobody comes in.
    No goodnight. So this is how it starts. The leaving. #inner
    Going to bed without a word protects you from more hurt. It also leaves {loved_name} alone with the very fear that started all this. #coach
    -> later
* [Sit down at the other end of the sofa. Not too close. Say nothing. #kind:attune]
    ~ respond(attune)
    {loved_name} doesn't look at you. But after a minute {they()} turn{s()} the volume down. #place:living-room #pose:withdrawn
    You watch a man in a glittery jacket lose everything on the last question. Neither of you laughs. Neither of you leaves.
    You're here. You're not saying anything. You're just here. #inner
    Sitting nearby and asking for nothing says “I'm still here” without needing an answer. #coach
    -> later

=== later ===
Past midnight. The flat is dark except for the little lamp in the hallway. #chapter:After midnight #place:hallway #time:night
On your way to the bathroom you find {loved_name} sitting on the hallway floor, back against the wall, between the shoes. #pose:withdrawn
{They()} {are()} in the T-shirt {they()} sleep{s()} in. {Their()} feet are bare on the tiles, which must be freezing.
{
- alarm >= 8:
    {loved_name} has {their()} coat on. {Their()} keys are in {their()} hand. #pose:arms-crossed
    A coat over a sleep T-shirt, and bare feet. Not exactly dressed for leaving.
    If you're going to go, I'd rather you just went. Tonight. Get it over with. #speaker:loved
- trust >= 6:
    {They()} pat{s()} the floor next to {them()}, then pull{s()} {their()} hand back, as if {they()} {are()} not sure that's allowed. #pose:reaching
    Next to {them()} on the floor stand two mugs of tea. One of them is clearly meant for you.
    Hey. #speaker:loved
- else:
    {They()} {are()} turning one of your shoes over in {their()} hands, and put{s()} it down when {they()} see{s()} you.
    Couldn't sleep. #speaker:loved
    Don't ask me why I've got your shoe. #speaker:loved
}
The shoe rack, the coats, the mirror with a postcard stuck in its frame. It's a very small hallway for this much feeling.
* [“Can we please talk about it now? I need to know what happened back there.” #kind:pursue]
    ~ respond(pursue)
    Now? It's one in the morning. #speaker:loved #pose:tense
    {loved_name} gets up and goes into the bedroom. #stage:step-away
    You stay standing in the hallway with your question, and no one to give it to.
    The bedroom light goes off before you've even moved.
    Explain it. Explain it now. I can't. I don't even know myself. #inner
    The question is fair; the timing isn't. After a fight, past midnight, nobody has that answer yet. #coach
* [“It was my fault. All of it. Let's just forget tonight ever happened.” #kind:appease]
    ~ respond(appease)
    {loved_name} looks at you for a long time. #pose:withdrawn
    That's not true, and you know it. #speaker:loved
    But {they()} let{s()} it go. {They()} even let{s()} you help {them()} up off the floor.
    All your fault. Easy. Then I don't have to look at mine. But you're only saying it to make it stop. #inner
    Taking all the blame skips the hard part. It ends this evening; it doesn't make the next one safer. #coach
* [Sit down on the cold floor next to {them()}, a hand's width apart, your back against the wall. #kind:attune]
    ~ respond(attune)
    The tiles are cold. You don't say anything. #stage:sit-together
    {landed: {loved_name} lets out a long breath, as if {they()} {have()} been holding it for an hour.}
    {alarm >= 6:{loved_name} doesn't move closer. But {they()} {does()}n't get up either.|After a while {loved_name} leans {their()} head against the wall, and then, carefully, against your shoulder.} #pose:calm
    Somewhere in the building a toilet flushes. {loved_name} makes a small sound that is almost a laugh.
    You sat down. You're not asking me anything. I can breathe. #inner
    Being near without asking for anything gives an alarmed body the chance to notice that nothing bad is happening. #coach
* [“You do this every time it gets good. You know that, right? Every single time.” #kind:label]
    ~ respond(label)
    Wow. Thanks. #speaker:loved #stage:flinch
    It came out harder than you meant. It's still true, you think. That doesn't help.
    {loved_name} gets up and goes into the bedroom without looking at you. #stage:step-away #pose:turned-away
    Every single time. So that's all I am to you. A thing that breaks. #inner
    You may even be right about the pattern. Said as a verdict in the middle of the night, it lands as shame, and shame makes people hide. #coach
- -> bedroom

=== bedroom ===
Later, you end up in bed together after all. The streetlight draws a stripe across the ceiling. #place:bedroom
The duvet is cold on your side. Somewhere a scooter goes by, then nothing.
{
- alarm >= 6:
    {loved_name} lies with {their()} back to you, very still. #pose:turned-away
- else:
    {loved_name} lies on {their()} back, close enough for you to feel the warmth. Not touching. #pose:calm
}
Your eyes get used to the dark: the chair with yesterday's clothes on it, the outline of {their()} shoulder.
You can tell from {their()} breathing that {they()} {are()}n't asleep either.
For a long time, neither of you says anything. Then:
{
- trust >= 5:
    You know the thing with my mum. The four days she didn't speak to me. #speaker:loved
    She was always at her nicest just before she went quiet. #speaker:loved
    So when an evening is really good, something in me starts waiting. #speaker:loved
    For the bit where it all goes quiet. #speaker:loved
    {They()} say{s()} it to the ceiling, as if it's about someone else.
- else:
    You'll go, you know. #speaker:loved
    Not tonight. But you will. Everyone does, sooner or later. #speaker:loved
    {They()} say{s()} it flatly, like a weather forecast.
}
The words stay there in the dark between you. #discuss:Something real has been said in the dark. What would help now, and what would be too much?
* [“I'll never leave. Never. I'll be better, I'll do the dishes every night, anything you need, I promise.” #kind:appease]
    ~ respond(appease)
    You can't promise that. #speaker:loved
    {They()} say{s()} it gently, which is somehow worse.
    {They()} turn{s()} onto {their()} side. You lie awake a long time, making lists in your head of things you could do better.
    Never, always, whatever I need. Nobody can carry that. So it'll break. #inner
    Big promises try to stop the fear with love. What actually helps is small enough to keep. #coach
* [“The pan was mine, by the way. And I'm sorry about my part.” #kind:repair]
    ~ respond(repair)
    A small, damp laugh in the dark. #pose:calm
    It was a truly disgusting pan. #speaker:loved
    It was. #speaker:you
    A cold foot finds yours under the duvet and stays there.
    Sorry for your part. You're not asking for mine. That I can hold. Maybe I'll find mine too. #inner
    {landed: {Their()} breathing has gone slow and even. The last hour is reaching {them()} only now.}

* [“I'm not going anywhere. And if I ever need some air, I'll tell you when I'll be back.” #kind:attune]
    ~ respond(attune)
    {landed: The stiffness has gone out of {their()} back. It took this long to get there.}
    {loved_name}'s hand finds yours under the duvet. The same grip as on the sofa. #pose:reaching #stage:step-closer
    After a while it loosens. {They()} {are()} asleep before you are.
    You'll tell me when you'll be back. Then I don't have to guess. I don't have to guess. #inner
    You're not asking {loved_name} to be okay, and you're not promising the impossible. Just something {they()} can count on. #coach
* [“I'm wiped out. I need to sleep. I'm right here; we'll talk tomorrow, after coffee.” #kind:boundary]
    ~ respond(boundary)
    // Just after something real was said, a limit lands as a door closing: a missed moment.
    { trust >= 5:
        ~ shift(1, 0, 0, 0)
        {loved_name} goes quiet in a different way. {They()} just told you something {they()} never say{s()}.
    }
    Okay. #speaker:loved
    {They()} pull{s()} the duvet up, and after a while {their()} breathing slows. #pose:calm
    You fall asleep with your hand on {their()} back, not holding, just there.
    Sleep. I've worn you out. But there's a tomorrow in that sentence. After coffee. #inner
    Exhaustion is a real limit, and a “when” attached keeps it from being a silence. {trust >= 5:Whether this was the moment for it is another question.} #coach
- -> ending

=== ending ===
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
Friday morning. The kitchen smells of coffee. #place:kitchen #time:morning
The pan is on the drying rack, clean.
{loved_name} is at the counter in your jumper, making two cups. #pose:warm
{They()} {have()} put the blanket with the burn hole in the washing machine.
I'm still bad at this. The nice evenings. #speaker:loved
But you stayed for the credits. #speaker:loved
And the dog came back. #speaker:you
{loved_name} rolls {their()} eyes, and laughs anyway.
{They()} hand{s()} you a mug, and {their()} fingers stay on yours a moment longer than necessary. #stage:step-closer
Nothing is solved. But this morning, the kitchen is just a kitchen. #ending:safety
-> END

=== ending_fragile ===
Friday morning. {loved_name} is up before you; you can hear the kettle. #place:kitchen #time:morning
When you come in, {they()} {are()} wiping a counter that is already clean. #pose:tense
The pan is back in its cupboard.
About last night... #speaker:loved
{They()} stop{s()}. Start{s()} again. Give{s()} up. #pose:arms-crossed
Coffee? #speaker:loved #pose:calm
You say yes. {They()} get{s()} the milk out for you without asking, the way {they()} always {does()}.
It isn't the conversation. Not yet. But there are two cups on the counter. #ending:fragile
-> END

=== ending_fear ===
Friday morning. The other side of the bed is cold. #place:bedroom #time:morning
You lie still for a moment, listening for the kettle, for the shower. The flat is completely quiet.
{Their()} coat is gone from its hook. {Their()} keys too. #place:hallway
On the kitchen table there's a note in {their()} handwriting: Gone out. Don't wait for me. #place:kitchen
You read it three times.
The blanket with the burn hole is still on the sofa, folded very neatly.
Then you notice that part of you is relieved, and that frightens you more than the note. #ending:fear
-> END

=== ending_burnout ===
Friday morning. You get up before {loved_name} and go to the kitchen, quietly. #place:kitchen #time:morning
You wash whatever is in the sink, dry it and put it all away, so there is nothing for anyone to find.
When {loved_name} comes in, you check {their()} face before you say good morning. #pose:calm
Morning. #speaker:loved
{They()} smile{s()}. You smile back. You don't feel it.
{They()} {are()} in a good mood, and you are relieved, and you are so tired.
On the sofa, the blanket with the burn hole is folded over the armrest. You can't remember the end of the film.
You try to remember what you were looking forward to this weekend, and you can't. #ending:burnout
-> END
