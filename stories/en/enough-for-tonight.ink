# id: enough-for-tonight
# title: Enough for tonight
# form: boundary
# minutes: 10
# note: Harsh words and insults from a partner; where a trauma reaction ends and abuse begins.
# details: After a draining week of work and a father in hospital, you come home late and your loved one lashes out. The insults keep coming, including a cruel one about your father, while you have almost nothing left. You can step out for a while and come back when you said you would. At one point you answer for yourself whether you feel safe at home; whatever you answer leads somewhere, and the story says plainly when hurtful behaviour becomes abuse, and where to find help.
# blurb: You have almost nothing left, and the words keep coming. How do you stay without going under, and leave without walking out?
# reflect: What did you say you would do tonight, and did you do it? What did that change?
# reflect: Where would you draw the line between harsh words out of fear and behaviour nobody should have to stay for?
# reflect: Who could you call on an evening like this one?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR stormed = false       // you walked out without saying when you'd be back
VAR late_walk = false     // the walk started later: back at half past nine
VAR said_time = false     // you let your loved one know a time from the park
VAR silent = false        // your phone went on silent
VAR called_friend = false // you called Mira
VAR came_back = "nine"    // nine | late | early | home | stairs | bedroom
VAR night_how = ""        // how the evening ended if you never went out: appease | pursue | door
VAR night_kind = "none"   // what you did when your loved one came to bed
VAR morning = false       // the talk happens the next morning
VAR sat_first = false     // you asked for two minutes to sit down before listening
VAR where = "in"          // where the safety question finds you: in (the flat) | bench | back (home early)
VAR felt = ""             // the player's own answer: yes | unsure | no (never the game's)
VAR texted = false        // from Mira's sofa you sent the message you promised
VAR defensive = false     // at the last talk your loved one is still braced for a verdict

~ alarm = 6
~ trust = 4
~ reserve = 3
-> opening

=== function back_at()
{ late_walk:
    ~ return "half past nine"
}
~ return "nine"

=== function night_part()
{ night_how:
- "pursue": ~ return "got loud instead of stepping out"
- "door": ~ return "shut the door on you without a word"
- else: ~ return "pretended to be asleep when you came in"
}

=== opening ===
Thursday, a quarter to eight. You're finally home. #chapter:A long week #place:kitchen #time:evening
On Monday you worked until ten. On Tuesday and Wednesday you sat by your father's hospital bed until the nurses sent you home.
Today was both: a deadline at work, then the hospital, then the train home, standing all the way.
Your father is a little better. This afternoon he asked for the crossword. You held on to that all the way home.
There's a pan on the stove with the lid on. Curry, gone cold. Two plates on the table, one of them clean.
{loved_name} is sitting at the table, phone face down, arms folded. #pose:arms-crossed
Oh. You live here. #speaker:loved
I made dinner. For half past six. Like I texted. #speaker:loved
You saw that text at seven, on the platform, and didn't have the energy to answer it.
Your eyes are burning. One more sentence and you'll either cry or shout; you're not sure which.
* [“You waited for me. I'm sorry it got so late. I'm here now.” #kind:attune]
    ~ respond(attune)
    {loved_name} looks at the clean plate, not at you. But {their()} jaw loosens a little. #pose:tense
    Here now. And for how long this time? #inner
    A sharp welcome often means: I missed you, and I'm scared I don't matter. Hearing that doesn't mean you have to swallow everything that comes next. #coach
* [“I've come straight from the hospital. A bit of a welcome would be nice.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} laughs, short and without any fun in it. #pose:arms-crossed
    There it is. I'm one more chore on your list. #inner
    To someone already afraid of being left, a snap like that sounds like the first step towards the door. #coach
* [“You're right, I'm hopeless. Sit down, I'll heat it up and do the dishes.” #kind:appease]
    ~ respond(appease)
    You're at the stove before you've even taken your coat off. {loved_name} watches you do it. #pose:tense
    Okay. At least you're sorry. Why doesn't that help? #inner
    Taking all the blame buys a moment of quiet. It costs you something you were already short of tonight. #coach
- -> pile_up

=== pile_up ===
You eat standing at the counter, off the clean plate. You don't taste any of it.
{loved_name} doesn't let it go. The words come faster now, one on top of the other. #pose:pacing
I sat here like an idiot. With two plates. Checking my phone every five minutes. #speaker:loved
You know what this flat feels like? Like I've got a lodger. You come in, you sleep, you leave. #speaker:loved
Your boss. Your father. Your phone. And somewhere after the recycling, me. #speaker:loved
~ shift(0, 0, -1, 0)
Each remark lands on a spot that was already sore. You open your mouth, and close it again.
{reserve <= 2: There's hardly anything left in you to give. You can feel it in your shoulders, in your throat.}
* [“This isn't you talking, it's your past. You always do this when you're scared.” #kind:label]
    ~ respond(label)
    {loved_name} stops in the middle of the kitchen. #pose:turned-away
    Oh, so I'm broken. Good to know you've got a name for it. #inner
    Even a kindly meant label says: I see a problem, not you. It usually adds shame to the alarm. #coach
* [“It's been a lonely week for you. I get that. I'm not going anywhere.” #kind:attune]
    ~ respond(attune)
    For a second {loved_name} looks at you as if {they()} want{s()} to believe it. #pose:tense
    Lonely. Yes. How do you know that? Don't. Don't come any closer. #inner
    Naming the feeling under the attack can calm things down. It can also feel too close, too fast. Both happen. #coach
* [“Give me two minutes to sit down and get my coat off. Then I'm listening.” #kind:boundary]
    ~ respond(boundary)
    ~ sat_first = true
    {loved_name}'s mouth goes tight, as if you'd started a stopwatch on {them()}. #pose:arms-crossed
    Two minutes. Even now I have to wait my turn. #inner
* [“I'll ask my brother to do the hospital this weekend. Then it's just us, I promise.” #kind:appease]
    ~ respond(appease)
    {loved_name} blinks. That wasn't what {they()} expected. #pose:tense
    The whole weekend. I won. So why does winning feel like this? #inner
    Giving away the thing you need most, just to stop a fight, is a way of abandoning yourself. It quiets the room; it rarely makes anyone feel safer. #coach
- -> harshest

=== harshest ===
{
- sat_first:
    You hang your coat over a chair, sit down and drink a glass of water. Your feet are on the floor, and the floor holds.
    After two minutes you look up.
    Okay. I'm listening. #speaker:you
    ~ kept_word()
    {loved_name} blinks. You said two minutes, and it was two minutes. For a moment {their()} voice drops, and {they()} sit{s()} down opposite you. #pose:tense
    Sitting down helps a little. It doesn't stop the words.
- last_kind == label:
    You've handed {loved_name} something to push against, and {they()} push{es()}.
- last_kind == attune:
    For a moment it's quiet. Then, as if the kindness itself was too much, it starts again.
- else:
    For a moment it's quiet. Then {loved_name} shakes {their()} head, and it starts again.
}
{sat_first: Then {they()} get{s()} up again and stand{s()}|{loved_name} is standing} at the sink, back to the window, voice low and hard. #pose:arms-crossed
You're just like everyone else. Lovely, as long as it doesn't cost you anything. #speaker:loved #intense:Your loved one says you're like everyone else, only kind when it's free.
So go on. Go and sit by your father's bed. Maybe he wants you there. I don't. #speaker:loved #intense:A cruel remark about your father, and that you're not wanted at home.
~ shift(2, 0, 0, 0)
It's ten past eight. Your hands are shaking a little. Under the tiredness you're furious, and very sad.
You notice you're holding the fork so tightly that your knuckles have gone white. You put it down.
If this goes on, you'll either give in or lash out. You can feel both coming. #discuss:You have almost nothing left. What would you need right now to stay, without giving yourself up?
* [“I'm not leaving. I can see how scared you are that I'm slipping away.” #kind:attune]
    ~ respond(attune)
    {loved_name} turns {their()} face away, fast, and grips the edge of the sink. #pose:turned-away #stage:flinch
    Scared? I'm not scared. Stop looking at me like that. Stop seeing me. #inner
    {alarm >= 8: Being seen at the height of it can feel like being caught. The words may land later, or not tonight; and every minute of staying under fire costs you something you were already short of.}
    -> staying_in
* [“Fine. I'll go and sit by his bed, then. At least someone there wants me. Don't wait up.” #kind:personalize]
    ~ respond(personalize)
    ~ stormed = true
    {loved_name} doesn't turn round. {Their()} shoulders go up to {their()} ears. #pose:tense
    There. You're going. Like everyone. I knew it. #inner
    Walking out in anger, without saying when you'll be back, gives you air. It also gives the fear exactly what it expected. #coach
    You grab your coat. The front door bangs harder than you meant it to. #stage:door-closes
    -> walk
* [“Not like this. I'm going for a walk. I'll be back at nine.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} spins round. Go on then, {they()} say{s()}, and {their()} voice cracks on it. #pose:tense
    You're going. You're going. ...Nine? You said nine. #inner
    A boundary says what you will do, not what the other person has to do. Whether this one holds is decided at nine, not now. #coach
    You take your coat and your keys. The door closes quietly behind you. #stage:door-closes
    -> walk
* [“Okay. Say all of it. I can take it.” #kind:appease]
    ~ respond(appease)
    {loved_name} looks at you for a moment, thrown. #pose:tense
    Go on then, take it. Why are you letting me? #inner
    Absorbing everything can look like love. With almost nothing left in you, it mostly teaches both of you that there's no limit. #coach
    -> staying_in

=== staying_in ===
You stay where you are. The kitchen feels very small all of a sudden.
{loved_name} goes on. About the birthday party you left early in March. About the way you say fine when nothing is fine. #pose:pacing
And don't look at me like that. Like a kicked dog. I can't stand it. #speaker:loved #intense:Your loved one mocks the hurt look on your face.
You always do this. You go quiet and make me the bad guy. #speaker:loved
~ shift(0, 0, -1, 0)
The sentences go round in circles now. You stop hearing the words and only hear the sound.
It's twenty to nine. Something in you has gone very quiet, and it isn't the good kind of quiet.
* [“Stop. Just stop. What do you actually want from me? Tell me, because I honestly don't know any more.” #kind:pursue]
    ~ respond(pursue)
    ~ night_how = "pursue"
    Your voice is louder than you meant. {loved_name} flinches, then shouts back. #pose:tense #stage:flinch
    Loud. Now you're loud too. Everyone gets loud in the end. #inner
    When both of you are flooded, a demand sounds like an attack. The fight doesn't end; it just runs out of breath. #coach
    -> safe_question
* [“I'm stopping here. I'm going out, and I'll be back at half past nine.” #kind:boundary]
    ~ respond(boundary)
    ~ late_walk = true
    {loved_name} stops in the middle of a sentence. #pose:turned-away
    { landed:
        Then, very quietly: I'm not trying to chase you off. I don't know what I'm trying to do. #speaker:loved
        What you said at the sink, about not leaving, seems to reach {them()} only now, on your way out.
    }
    Half past nine. You'll come back? You'll actually come back? #inner
    You take your coat and your keys. The door closes quietly behind you. #stage:door-closes
    -> walk
* [Nod, and keep listening. Say nothing. #kind:appease]
    ~ respond(appease)
    ~ night_how = "appease"
    You nod. You keep nodding. After a while {loved_name} runs out of words. #pose:withdrawn
    Quiet now. You just took it. That's almost worse. #inner
    { landed: Later, {loved_name} sits down next to you. Not touching. What you said at the sink took its time, but it got there. }
    Staying silent while it all washes over you can feel like the safest thing. You disappear a little, and that isn't safe for either of you. #coach
    -> safe_question
* [Get up, go to the bedroom and shut the door. Without a word. #kind:personalize]
    ~ respond(personalize)
    ~ night_how = "door"
    You hear {loved_name} stop talking as the door clicks shut. #stage:door-closes #pose:withdrawn
    Door shut. Of course. Nobody stays. #inner
    A closed door without a word is a way of protecting yourself. On the other side of it, it sounds like goodbye. #coach
    -> safe_question

=== safe_question ===
{
- where == "bench" && called_friend:
    Mira waits. She doesn't fill the silence for you, and she doesn't answer it for you either.
- where == "bench":
    On the bench a question comes up that you have never asked about your own home: do I feel safe there tonight?
- where == "back":
    {came_back == "stairs": On the cold stairs|Back inside}, a question comes up that you have never asked about this flat: do I feel safe here tonight?
- night_how == "door":
    You sit on the edge of the bed, still in your coat. A question comes up that you have never asked in this flat: do I feel safe here tonight? #place:bedroom
- else:
    Somewhere in the middle of it, between two sentences, a question comes up that you have never asked in this flat: do I feel safe here tonight?
}
Nobody else can answer that for you. Not Mira, not {loved_name}. Only you. #discuss:What would help you answer this question honestly for yourself? And what would you do with the answer?
* [“Yes. Hurt and worn out, but safe.” #kind:neutral]
    ~ respond(neutral)
    ~ felt = "yes"
    { where == "bench": At home, {loved_name} is staring at the phone, willing it to light up. #pose:on-phone | Somewhere in the flat, {loved_name} rubs {their()} face with both hands. #pose:withdrawn }
    { where == "bench": Where are you. Are you coming back? Are you still mine? | So quiet. What are you thinking? Are you still mine? } #inner
    That's your answer, and you're the one who gets to give it.
    { where:
    - "bench": -> walk_on
    - "back": -> coming_back
    - else: -> long_night
    }
* [“I'm not sure.” #kind:boundary]
    ~ respond(boundary)
    ~ felt = "unsure"
    -> safe_place
* [“No. Not tonight.” #kind:boundary]
    ~ respond(boundary)
    ~ felt = "no"
    -> safe_place

=== safe_place ===
{ felt == "unsure": Not sure is a full answer. You don't need to be certain to go somewhere safe for one night. | You don't need a reason anyone else would accept. Your no is enough. } #coach
{ called_friend:
    “Then come here,” says Mira. “The sofa's yours. You don't have to decide anything else tonight.”
- else:
    You call Mira. She picks up on the second ring, and you only get half a sentence out. #stage:phone-message
    “Come here,” she says. “The sofa's yours. You don't have to explain anything tonight.”
}
{ where == "bench":
    You text {loved_name} from the bench, and read it twice before you send it. #stage:phone-sent
- else:
    {came_back == "stairs":You open the front door, still in your coat, and say it once, calmly, from the doorway.|{night_how == "door":Still in your coat, you go out into the hallway and say it once, calmly, from the doorway.|You put your coat on in the hallway and say it once, calmly, from the doorway.}} #place:hallway
}
I'm going to Mira's for the night. I'll text you when I'm there, and I'll be back tomorrow at eight. #speaker:you
{ where == "bench":
    The answer comes fast: Mira's?? The whole night?? Then nothing. #stage:phone-message
- else:
    Mira's. Right. Go on, then. #speaker:loved #pose:arms-crossed
    {loved_name} stares at you, but {they()} {does()} not follow you to the door.
}
The whole night. Gone. ...Eight. You said eight. Hold on to eight. #inner
Mira's flat smells of toast and clean laundry. She hands you a blanket and a mug of tea and asks nothing at all. #chapter:Mira's sofa #place:living-room #time:night
~ rest(1)
Later she says: “There are people you can talk to, you know. Not just for emergencies. Just to think it through out loud.” The help page of this game lists who you can call, wherever you live.
{ felt == "no": Mira says she'll walk you home in the morning and wait downstairs until you text her. You let her. }
Your phone is on the blanket next to you. You said you would text when you got here.
* [Text {loved_name}: “Here. Safe. Sleep well. Eight o'clock.” #kind:attune]
    ~ respond(attune)
    ~ texted = true
    You send it, and put the phone face down. #stage:phone-sent
    At home, {loved_name} reads it four times, sitting on the kitchen floor. #pose:on-phone
    Safe. Eight o'clock. I don't know if I can believe eight yet. I want to. #inner
* [Call {loved_name}, and keep talking until {they()} calm{s()} down, even if it takes all night. #kind:appease]
    ~ respond(appease)
    It takes an hour and a half. By the end you've said sorry for leaving four times, and you're the one crying on Mira's sofa. #stage:phone-away
    At home, {loved_name} hangs up calmer. It doesn't last. #pose:on-phone
    You said sorry for going. So going was wrong. So next time... #inner
    Talking someone down for hours can feel like the only way to sleep. It takes back the night you came here to have. #coach
* [Turn your phone off. You said you'd text, but you can't face {them()} tonight. #kind:personalize]
    ~ respond(personalize)
    You switch it off and push it under the cushion. Mira raises an eyebrow and says nothing. #stage:phone-away
    At home, {loved_name} sends three messages into nothing. #pose:on-phone
    You said you'd text. You didn't. So eight is probably a lie too. #inner
    {felt == "no":When you don't feel safe, switching off can be what lets you rest.|Switching off can feel like the only way to rest.} On the other side, a promised message that never comes sounds like a door closing. #coach
- -> mira_morning

=== mira_morning ===
~ morning = true
// A night apart with the contact you promised takes the edge off; a night of silence does not.
{
- texted:
    ~ shift(-3, 0, 0, 0)
- last_kind == appease:
    ~ shift(-2, 0, 0, 0)
}
At eight exactly you turn your key in the lock. {felt == "no": Mira waits downstairs, as promised.} #chapter:The next morning #place:hallway #time:morning
~ kept_word()
{ texted:
    {loved_name} is at the kitchen table in yesterday's clothes, two cups of coffee in front of {them()}. #place:kitchen #pose:withdrawn
    You said eight. It's eight. You texted. You came. #inner
- else:
    {loved_name} is at the kitchen table, grey in the face, phone in {their()} hand. #place:kitchen #pose:tense
    No text. But it's eight, and you're here. I don't know what to do with that. #inner
}
{ landed: {loved_name} looks at the clock, then at you, and something in {their()} shoulders lets go. {texted:Last night's message, eight o'clock, the key in the lock: it all lands at once.|Eight o'clock, the key in the lock: it lands, even without the message.} }
-> the_line

=== long_night ===
{ night_how:
- "door":
    You lie on the bed in the dark, still dressed. You heard the television, then the tap, then nothing. #chapter:Past eleven #place:bedroom #time:night
- "pursue":
    It went on until ten, and then it simply stopped. You did the dishes with your jaw clenched. Now you're in bed, in the dark. #chapter:Past eleven #place:bedroom #time:night
- else:
    It went on until ten. Then you did the dishes, and neither of you said goodnight. Now you're in bed, in the dark. #chapter:Past eleven #place:bedroom #time:night
}
At a quarter past eleven the bedroom door opens. {loved_name} stands there, a dark shape against the light from the hall. #pose:withdrawn
Are you awake? #speaker:loved
The voice is small. Nothing like the voice in the kitchen.
You are awake. You're so tired you can hear your own heartbeat in your ears.
* [Keep your eyes shut and breathe slowly, as if you're asleep. #kind:personalize]
    ~ respond(personalize)
    ~ night_kind = "asleep"
    After a while the door closes again. You hear the sofa creak in the living room. #stage:door-closes #pose:turned-away
    Asleep. Or pretending. Either way, gone. #inner
    Playing dead is a very old way to protect yourself, and tonight you needed protecting. But the silence tells the same story the fear does. #coach
* [“I'm awake. I'm sorry about tonight. It was all my fault.” #kind:appease]
    ~ respond(appease)
    ~ night_kind = "sorry"
    {loved_name} gets into bed and lies with {their()} back to you. #pose:turned-away
    All your fault? It wasn't. Now I can't even say sorry. #inner
    Taking all the blame can feel like the quickest way to peace. It leaves the other person alone with their part. #coach
* [“I'm awake, but I've got nothing left. I can't talk tonight. Tomorrow at seven, over coffee, I'd like to.” #kind:boundary]
    ~ respond(boundary)
    ~ night_kind = "tomorrow"
    {loved_name} stands still for a moment. Then {they()} nod{s()} in the dark and get{s()} into bed, right on the far edge. #pose:withdrawn
    Tomorrow. Seven. So there is a tomorrow. #inner
    Not now, but then: a limit with a time attached. The other person doesn't have to guess whether you're coming back. #coach
* [Lift the duvet. “I'm awake. Come here.” #kind:attune]
    ~ respond(attune)
    ~ night_kind = "close"
    {loved_name} hesitates, then lies down against your back. {They()} {are()} shaking a little. #pose:withdrawn
    You're letting me in. After all that. I don't understand. Okay. #inner
    Warmth after a storm can be a huge relief, if you truly have it to give. Tonight you'd be giving from very little. #coach
- Somewhere after one you fall asleep. You dream of the hospital corridor, and a door you can't find.
-> morning_after

=== morning_after ===
~ morning = true
{ night_kind == "tomorrow":
    At seven you're at the kitchen table with two cups of coffee, as you said. You slept badly, but you slept. #chapter:The next morning #place:kitchen #time:morning
    ~ kept_word()
    {loved_name} comes in, sees the second cup, and stops in the doorway. #pose:calm
    Seven. You're here. You're actually here. #inner
- else:
    You wake up at half past six with a headache. {loved_name} is already in the kitchen, making coffee with a lot of noise. #chapter:The next morning #place:kitchen #time:morning
    When you come in, {loved_name} puts a cup down in front of you without looking at you. #pose:withdrawn
}
Morning. #speaker:loved
That's all {they()} say{s()}. Outside, the bin lorry reverses, beeping. The pan from last night is in the drying rack.
* [“We need to talk about last night. Now, before I go to work.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} puts {their()} cup down too hard. Coffee on the table. #pose:tense
    Now. Again. Like a test I have to pass before breakfast. #inner
    Wanting it sorted is understandable. But a deadline on a hard conversation makes it harder, for both of you. #coach
    You'll be late for work. Fine. Then you'll be late. #speaker:loved
* [“Last night I {night_part()}. That one's mine, and I'm sorry. What you said is yours.” #kind:repair]
    ~ respond(repair)
    {loved_name} looks up. {They()} hadn't expected you to start with something you did. #pose:calm
    Yours. And mine is mine. Nobody's pretending it was fifty-fifty. Then maybe I can look at mine. #inner
    Repair is for your own missteps, not for the other person's words. Owning only what's yours, without grovelling, leaves room for the other to own theirs. #coach
    {loved_name} wraps both hands round {their()} cup, as if it's cold in the kitchen.
* [“Let's not talk about it. I'll pick up something nice for dinner tonight.” #kind:appease]
    ~ respond(appease)
    {loved_name} nods. Relieved, and somehow not. #pose:withdrawn
    Not talking about it. So it'll just happen again. #inner
    Skipping the talk keeps the morning light. What happened doesn't go away; it goes underground. #coach
    You butter a slice of toast you don't want, just to have something to do with your hands.
* [“What happened last night wasn't normal. You need to see someone about that temper.” #kind:label]
    ~ respond(label)
    {loved_name} goes pale, then red. #pose:arms-crossed
    Not normal. Me. There it is, said out loud. #inner
    Wanting help for {loved_name} can be completely reasonable. Said as a verdict the morning after, it lands as shame, not as care. #coach
    Great. Thanks. Good morning to you too. #speaker:loved
- -> the_line

=== walk ===
~ where = "bench"
The cold hits your face. It's dark already; the streetlights hum. #chapter:Outside #place:street #time:night
{stormed: You didn't say when you'd be back. You're not even sure you know.|You said {back_at()}. That gives you fifty minutes. It feels like a lot and like nothing at all.}
Your heart is still going too fast. The air smells of wet leaves and someone's chips.
Your legs take you to the park on their own. A man with a dog nods at you; you nod back, as if everything's normal. #place:park
You sit down on the bench by the pond. It's damp, and you don't care. Your phone is heavy in your pocket. #discuss:You've taken time for yourself. What do you do with it, and what does that do for both of you?
* [Call Mira. Not to complain about {loved_name}, just to hear a voice that's on your side. #kind:neutral]
    ~ respond(neutral)
    ~ called_friend = true
    ~ rest(1)
    Mira picks up on the second ring. “You sound wrecked,” she says, and you almost laugh.
    You tell her about your father, the week, a little about tonight. She listens. Then she asks, quite calmly: “Do you feel safe at home?”
    At home, {loved_name} sits in the quiet kitchen, knowing exactly where the quiet came from. #pose:withdrawn
    {stormed: Gone. I did that. Now what?|Quiet flat. You're gone, and I did that. ...You said {back_at()}. Did you mean it?} #inner
    Calling a friend isn't disloyal. Someone on your side makes it easier to come back without an edge. #coach
    -> safe_question
* [Turn round. Go back now and smooth it over before it sets. #kind:appease]
    ~ respond(appease)
    You're already walking back before you've decided to.
    At home, {loved_name} hears the key in the door far too soon. #pose:tense
    Back already. Good. Then it's over. Isn't it? #inner
    Going back early to smooth things over feels kind. But you haven't had your breather, and nothing has been said about what happened. #coach
    -> early_back
* [Send one short message: “Walking in the park. Back at {back_at()}.” #kind:attune]
    ~ respond(attune)
    ~ said_time = true
    You send it before you can think better of it. #stage:phone-sent
    At home, {loved_name}'s phone lights up on the table. {They()} read{s()} it twice. #pose:on-phone
    Back at {back_at()}. A time. You're coming back. #inner
    { landed: {They()} put{s()} the phone down and start{s()}, slowly, on the dishes. What you said at the sink is only now getting through. }
    -> safe_question
* [Put your phone on silent and keep walking. Let {loved_name} wonder where you are, for once. #kind:personalize]
    ~ respond(personalize)
    ~ silent = true
    You switch it to silent and push it deep into your coat pocket. That feels good. For about ten minutes. #stage:phone-away
    At home, {loved_name} sends a message, and another one. Nothing comes back. #pose:on-phone
    Nothing. Not a word. This is how it starts. This is how people leave. #inner
    Going quiet protects you for a while. On the other side, silence gets filled in with the worst story available. #coach
    -> safe_question

=== walk_on ===
{
- silent:
    You walk twice round the pond, slowly, before you take your phone out. Three missed calls. Two messages from {loved_name}.
    The first one says: where are you. The second, twenty minutes later: please just say something.
- said_time:
    Your phone buzzes in your hand. #stage:phone-message
    A message from {loved_name}: ok. And then, a minute later: I didn't mean that about your father.
- alarm >= 8:
    Your phone buzzes in your hand. #stage:phone-message
    A message from {loved_name}: don't bother coming back. And a minute later: where are you
- else:
    Your phone buzzes in your hand. #stage:phone-message
    A message from {loved_name}: are you coming back?
}
The pond is black and still. A duck mutters somewhere in the reeds.
Slowly your heartbeat comes down. You notice you're cold, and hungry, and that your father asked for the crossword today. Small, ordinary things. They help.
You breathe out, all the way, for the first time tonight.
* [Call {them()}: “I'll be home at {back_at()}, and then we're sorting this out. Properly, this time.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} answers on the first ring, and within a minute you're both talking too loudly. You end up shouting on a park bench. #pose:on-phone
    Your voice, so loud. I can't. I can't do this. I hang up. #inner
    Taking the fight onto the phone pulls you both straight back into it. The break was meant for cooling down. #coach
    You stare at the dark screen. The duck has gone quiet. You walk home slowly, because now you don't want to arrive.
* [Read it, and put the phone back in your pocket. Not now. #kind:personalize]
    ~ respond(personalize)
    You put it away. Not now. You've earned a not now. #stage:phone-away
    At home, {loved_name} watches the screen. Read. No answer. #pose:on-phone
    Read. Not answered. I'm talking to a wall. #inner
    Not answering right now can be self-protection. Even one word would tell the other side you're still there. #coach
* [Reply: “Out walking. Home at {back_at()}.” #kind:boundary]
    ~ respond(boundary)
    ~ said_time = true
    You send it. After a moment the three dots appear, stop, and appear again. #stage:phone-sent #stage:typing
    Home at {back_at()}. Four words. Still four words more than I deserve? #inner
* [Reply: “I'm so sorry. I'm coming home right now.” #kind:appease]
    ~ respond(appease)
    ~ came_back = "early"
    You're on your feet before the message has even gone. #stage:phone-sent
    Right now. Okay. Okay. I can breathe. #inner
    Rushing back calms this moment. But you'll walk in as empty as you walked out. #coach
    You half-run through the park. The man with the dog looks after you.
- -> coming_back

=== early_back ===
~ where = "back"
{late_walk: Just after nine|At twenty-five past eight} you're back in the hall, out of breath. #place:hallway
The pan is still on the stove. Your plate is still on the counter, half full.
{loved_name} is on the sofa with the television on, not watching it. #place:living-room #pose:turned-away
That was quick. #speaker:loved
Forgot something? #speaker:loved
Your chest is still tight. You haven't caught your breath at all. You came back to make it stop, and it hasn't stopped.
* [“I'm sorry. I shouldn't have gone. Let's just forget it.” #kind:appease]
    ~ respond(appease)
    ~ came_back = "home"
    {loved_name} shrugs and turns the volume up a little. #pose:turned-away
    Forget it. Okay. But I said those things. Are we just pretending now? #inner
    Smoothing it over makes the evening quieter. What happened doesn't go away; it goes underground. #coach
    You sit down at the other end of the sofa. On the screen, someone is winning a caravan.
* [“I came back too soon. I'll sit on the stairs outside until {back_at()}.” #kind:boundary]
    ~ respond(boundary)
    ~ came_back = "stairs"
    You sit on the stairs outside your front door, in your coat. Through the door you can hear the television. #place:hallway #pose:withdrawn
    The stairs. You're right there. Not gone. Just... there. #inner
    A boundary can be small: one door and a flight of stairs. What counts is that you say it, and come back in when you said. #coach
    Somewhere upstairs a neighbour is doing the dishes, singing. Your breathing slows down.
* [“Right, I'm back. So let's sort this out now.” #kind:pursue]
    ~ respond(pursue)
    ~ came_back = "home"
    {loved_name} switches off the television and gets up. Round two. #pose:pacing
    You came back to fight. Fine. I can fight. #inner
    Coming back to finish the argument means the break never happened. Both of you are still flooded. #coach
    It goes on for another half hour, the same sentences, only louder. Then you're both too tired to go on.
* [“Don't worry, I won't bother you.” Go and sit in the bedroom with your phone. #kind:personalize]
    ~ respond(personalize)
    ~ came_back = "bedroom"
    You close the bedroom door behind you and scroll without reading anything. #stage:door-closes
    Won't bother me. So you're done with me. #inner
    Taking yourself out of the room without saying for how long is still leaving, to the person left behind. #coach
    Through the wall you hear the television go off, and then nothing at all.
- -> safe_question

=== coming_back ===
{
- came_back == "early":
    Ten minutes later you're home, out of breath from hurrying. #chapter:Back home #place:living-room #time:night
    {loved_name} is on the sofa, the curry still on the stove. You stand in the doorway with your coat on.
    You came home to make it better. Now that you're here, you don't know how.
- came_back == "home":
    The clock on the oven says {back_at()}. The two of you are still in the living room; the television is off now. #chapter:Back home #time:night
    Nothing has been said, and nothing has been solved. It just got quiet.
- came_back == "stairs":
    At {back_at()} exactly you get up, stiff with cold, and let yourself back in. #chapter:Back home #place:living-room #time:night
    ~ kept_word()
    ~ shift(-1, 0, 0, 0)
    {loved_name} looks at the clock, then at you. #pose:withdrawn
    You came back in. Like you said. #inner
- came_back == "bedroom":
    At {back_at()} you come out of the bedroom. You don't remember a thing you scrolled past. #chapter:Back home #place:living-room #time:night
- promised_return || said_time:
    At {back_at()} on the dot you put your key in the lock. #chapter:Back home #place:hallway #time:night
    ~ kept_word()
    ~ shift(-2, 0, 0, 0)
    The kitchen is clean. The pan is in the drying rack. {loved_name} is on the sofa, and looks at the clock, then at you. #place:living-room #pose:withdrawn
    You said {back_at()}, and it's {back_at()}. You said it, and here you are. #inner
- else:
    ~ came_back = "late"
    It's twenty past ten when you come home. You never said when you'd be back. #chapter:Back home #place:hallway #time:night
    ~ shift(1, -1, 0, 0)
    {loved_name} is sitting on the floor in the hall, phone in hand. {Their()} eyes are red. #pose:withdrawn
    You came back. Late, and without a word. I've been counting the minutes. #inner
}
{ alarm >= 7:
    {loved_name} folds {their()} arms again. Whatever this evening was, it isn't over yet. #pose:arms-crossed
- else:
    {loved_name} looks tired and wary, but doesn't look away. #pose:withdrawn
}
You're here. Now what?
* [“I'm back. I'll sleep on the sofa tonight; I'm sure you'd prefer that.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} opens {their()} mouth to say something, then doesn't. #pose:turned-away
    You'd prefer it, you mean. Fine. Go. #inner
    Offering to keep your distance sounds considerate. It can also be a quiet way of rejecting back. #coach
    You fetch a blanket from the cupboard anyway. Halfway to the sofa you stop. It feels like a door you're closing yourself.
* [Sit down next to {them()}, not too close. “We don't have to talk yet.” #kind:attune]
    ~ respond(attune)
    You sit. There's a hand's width between you. For a while, nobody says anything. #pose:calm #stage:sit-together
    You're here. No questions. I can breathe. #inner
    After a while {loved_name} gets up, makes two cups of tea, and puts one down next to you without a word.
* [“Right. Now we talk. What was that, tonight?” #kind:pursue]
    ~ respond(pursue)
    {loved_name} pulls {their()} knees up to {their()} chest. #pose:withdrawn
    Interrogation. Now I'm the accused. #inner
    You've every right to want to understand. Straight after a storm, a hard question mostly sounds like a trial. #coach
    I don't know, okay? I don't know what that was. #speaker:loved
* [“Have you eaten? I'll make you a sandwich. Let's just have a nice evening.” #kind:appease]
    ~ respond(appease)
    You're already at the bread bin. {loved_name} watches you, unsure. #pose:tense
    A sandwich. As if nothing happened. Did nothing happen? #inner
    Looking after someone is lovely. Looking after them so that nothing has to be said costs you, and saves nothing. #coach
    You eat your own sandwich standing up again. You don't taste this one either.
- -> the_line

=== the_line ===
{morning: You sit across from each other, the coffee between you.|It's quieter now. The clock on the oven clicks over to another minute. A car drives past outside.}
{ alarm <= 5:
    {loved_name} picks at a thread on {their()} sleeve. #pose:calm
    That thing I said about your father. I don't know why I said it. #speaker:loved
    No, that's not true. I do know. You were gone all week, and I started to feel like furniture. And when I feel like that, I'd rather lash out first than sit and wait for you to go. #speaker:loved
- else:
    ~ defensive = true
    {loved_name} stares at the table. #pose:tense
    Don't look at me like I'm some kind of monster. #speaker:loved
    I know what I said, okay? I know. #speaker:loved
}
{ felt == "yes": Earlier you answered the question yourself. It's one you can ask again, any evening. | Last night you answered the question yourself, and went where you needed to be. You can ask it again, any evening. }
Fear can explain why {loved_name} lashed out. It doesn't excuse it, and it isn't yours to absorb. Harsh words on a bad evening are something two people can talk about and put limits on. Intimidation, threats or control that keep coming back, or being afraid of your partner, is something else: that's abuse, with or without hitting, whatever lies behind it, and nobody has to stay for it. The help page of this game lists who you can call. #coach
The fridge hums. It's strange how ordinary everything looks after an evening like that.
What do you say? #discuss:Where does a sharp tongue out of fear end, and where does it stop being something you should stay for?
* [“Forget it. It was nothing. I'm used to it by now. Let's just move on.” #kind:appease]
    ~ respond(appease)
    ~ shift(0, -1, 0, 0)
    {loved_name} flinches, as if you'd hit {them()}. #pose:withdrawn #stage:flinch
    Used to it. So I'm something you put up with. #inner
    Saying it was nothing makes you smaller and the problem bigger. Your hurt counts too. #coach
    Okay. If you say so. #speaker:loved
* [Take {their()} hand. “Would you talk to someone about this? I'd come with you. To the GP, say.” #kind:attune]
    ~ respond(attune)
    {loved_name}'s hand is cold. {They()} look{s()} at you for a long time, checking for the trap. #pose:tense #stage:step-closer
    { defensive:
        ~ shift(1, 0, 0, 0)
        A doctor. So there is something wrong with me. You just said it nicely. #inner
    - else:
        With me. Not sending me. Coming with me. #inner
    }
    I'm not crazy. #speaker:loved
    I didn't say you were. I said I'd come with you. #speaker:you
    { not defensive:
        ...Maybe. Not this week. But maybe. And it wasn't okay, what I said. I know that. #speaker:loved
    - else:
        I don't know. Don't push me. #speaker:loved
    }
    Suggesting help as something you'd do together is a different thing from handing down a verdict. A family doctor is an ordinary first door: nobody needs a diagnosis to knock. #coach
* [“You know you need help with this, right? This isn't normal. Normal people don't talk like that.” #kind:label]
    ~ respond(label)
    {loved_name} pulls {their()} sleeves down over {their()} hands. #pose:arms-crossed
    Not normal. That's what they always said. #inner
    Help can be a good idea. Handed down as a verdict, it sounds like: the problem is you. #coach
    Right. So it's me. It's always me. #speaker:loved
* [“If it gets like {morning:last night|tonight} again, I'll say stop, go out, and come back when I said.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} is quiet for a long time. Then {they()} nod{s()}, once. #pose:calm
    A walk. And back. I can live with that. I think I can live with that. #inner
    Now you both know what happens if it gets too much: not a slammed door, but a walk and a return. That predictability is a kind of safety in itself. #coach
    And you'll come back. Every time. #speaker:loved
    At the time I say. Every time. #speaker:you
- -> ending

=== ending ===
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
{loved_name} leans against you, carefully, as if testing whether you'll hold. #pose:warm #stage:sit-together
You do. Not because you have to, but because you looked after yourself first, {felt == "yes":and then stayed|and then came back when you said}.
Thank you for not disappearing. #speaker:loved
{morning: Tonight|Tomorrow} you'll go to the hospital again. You say so now, in advance, and {loved_name} says: give him my love.
Harsh words out of fear can be talked about, the way you just did. If it ever turns into threats, intimidation or control, or you start to feel afraid of {loved_name}, that's abuse, whatever fear lies behind it, and not something to stay and take. You deserve help; the help page of this game lists who you can call.
It isn't fixed. But something new has started: you can step away, and come back, and the flat is still standing. #ending:safety
-> END

=== ending_fragile ===
{ morning:
    {loved_name} rinses {their()} cup and picks up {their()} bag. At the door {they()} turn{s()} round. #pose:withdrawn
    Will you text me? When you're at the hospital? #speaker:loved
    You say you will. You sit on for a moment in the quiet kitchen.
- else:
    {loved_name} goes to bed first. At the door {they()} turn{s()} round. #pose:withdrawn
    Are you coming too? #speaker:loved
    In a minute. You sit on for a while in the quiet kitchen, in the light from the hall.
}
It isn't okay yet. But it isn't closed either.
After {morning:last night|tonight}, you need looking after too: sleep, {called_friend || felt != "yes":Mira|a friend} to talk to, an evening that's just yours.
What happened came from fear. If you ever start to feel afraid of {loved_name}, or there are threats, intimidation or control, that's abuse, and not yours to carry alone. The help page of this game lists who you can call.
{morning: You rinse your own cup and go to work.|You switch off the light.} #ending:fragile
-> END

=== ending_fear ===
A little later {loved_name} gets up and leaves the room. The door doesn't slam. It just closes. #pose:turned-away #stage:step-away
Too much. Everyone goes in the end. Better if I go first. #inner
You stay where you are. Maybe this just can't work, you think. In the next room, that's exactly what {loved_name} is afraid of.
For now the circle has closed: you both protected yourselves, and you're both alone.
{ felt != "yes": The night at Mira's is not what closed it. Whether you felt safe was yours to answer, and you answered it. }
Harsh words out of fear hurt, and you're allowed to set a limit on them. But if you're afraid of {loved_name}, or there are threats, intimidation or control, it's no longer fear to be patient with. That's abuse, whatever lies behind it, and you deserve help. The help page of this game lists who you can call.
The flat is very quiet. #ending:fear
-> END

=== ending_burnout ===
Later you hear yourself say it's fine. You say it so many times that you almost believe it.
{loved_name} has gone quiet. {They()} {have()} no idea how empty you are, because you've made sure {they()} can't see it. #pose:withdrawn
{morning: Today|Tomorrow}: the hospital, work, home, and making sure nothing goes wrong. And the day after that.
You can't feel where you end any more. You're not really there for anyone now; you're just getting through the days.
If giving in becomes the only way to keep the peace, evening after evening, ask yourself honestly: is this still fear on {loved_name}'s side, or has it become control? Either way, you matter too. The help page of this game lists people you can talk to.
{morning: You wash up both cups, and say it's fine once more.|You lie awake for a long time, listening to {them()} breathe.} #ending:burnout
-> END
