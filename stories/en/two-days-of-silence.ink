# id: two-days-of-silence
# title: Two days of silence
# form: withdrawal
# minutes: 10
# note: Your partner stops answering messages for two days.
# details: After a warm weekend at your flat, the replies get shorter and then stop. You spend Monday and Tuesday with a quiet phone, deciding what to send and what not to send, until you finally meet.
# blurb: A good weekend. Then: read, no reply.
# reflect: When a message stays unanswered, what is the first story your mind tells you? What else could be true?
# reflect: Which small, steady sign of contact could you keep sending without needing anything back? And when would one more be one too many?
# reflect: What did you do with your own restlessness while you waited, and who was there for you?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR drawer = false
VAR thursday_off = false
// The kind of the previous answer, read before a choice: a kind message right after another
// kind message, into a silence, starts to weigh (see pile_on).
VAR kind_before = neutral
VAR piled = false
// A hug at the door while the loved one is flooded: more closeness straight after it is too much.
VAR held_at_door = false

// Sunday evening {loved_name} left your flat in a hurry: the alarm is already high.
~ alarm = 7
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Monday, 8:14. You're at your desk with a coffee that's already going cold. #chapter:Monday #place:office #time:morning
The weekend is still in your body. Nine months together, and the first time {loved_name} stayed at yours from Friday to Sunday.
Saturday at the market, {loved_name} haggling over a crate of pears nobody needed.
Sunday on your sofa, rain against the window, {their()} head heavy on your shoulder.
You watched a baking show neither of you cared about and argued over whether a cake had collapsed or was just rustic.
At some point, half asleep, {they()} mumbled something into your jumper.
I could get used to this. #speaker:loved
You didn't answer. You just sat very still, so as not to wake {them()}.
Then, around six, {they()} suddenly had to go home. An early start, {they()} said. {Their()} green jacket is still on your hook.
At the door {they()} kissed you quickly, almost in a hurry, and didn't look back on the stairs.
Last night you sent: What a weekend. Still smiling. Thursday at mine, the lentil thing? Sleep well.
The answer has just come in.
yep #speaker:loved #stage:phone-message
That's all. No photo of breakfast, none of the usual three messages in a row.
Across the desks, a colleague asks how your weekend was.
Lovely. #speaker:you
You mean it. You look at the phone again anyway.
~ kind_before = last_kind
* [“Just ‘yep’? After a weekend like that? Is everything okay? You know you can tell me anything.” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Read at 8:15. Then nothing for almost two hours. #stage:phone-read
    all good. busy #speaker:loved #stage:phone-message
    Anything. As if I know what it is. As if I already have to explain myself. #inner
    An open door, offered straight after a “yep”, still asks someone to walk through it now. #coach
* [“Have a good day! Off to the dreaded Monday meeting.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read at 8:15. Nothing. Not even a thumbs-up. #stage:phone-read
    Have a good day. As if everything's normal. I ran out of your flat and you're being nice. That's worse. #inner
* [Two can play at that. Send back: “k.” #kind:personalize]
    ~ respond(personalize)
    Sent. #stage:phone-sent
    Read at 8:16. Nothing comes back. You didn't expect it to, and it still stings. #stage:phone-read
    See? Now you've gone cold too. I knew that weekend was too good to last. #inner
    Answering distance with distance feels like self-respect. To someone already braced for being left, it mostly sounds like proof. #coach
* [Put the phone face down and start on your emails. #kind:neutral]
    ~ respond(neutral)
    The phone lies on your desk all morning like a small dark stone.
    Nothing back. Is that good? Is that bad? I can't tell any more. #inner
- -> monday_evening

=== monday_evening ===
Monday, 19:20. Home. Pasta for one, the TV on for company. #place:living-room #time:evening
You made too much, out of habit. Weekend portions.
{last_kind == personalize: Your “k.” is still at the bottom of the chat. It looks smaller and meaner than it did this morning.}
{last_kind == pursue: Since “all good. busy” the chat hasn't moved.}
{last_kind == attune: At 12:50, four and a half hours late, a thumbs-up appeared under your morning message. Then nothing.}
{last_kind == neutral: At lunch you sent something after all, about your morning. Read at 12:31. That was it.}
You check whether your phone is on silent. It isn't. You check again anyway.
You've opened the chat eleven times today. You know, because you counted, and counting is never a good sign.
At 19:34, under {loved_name}'s name: typing… #stage:typing
You put your fork down.
The dots stop. Nothing comes. #stage:typing-stops
One minute. Five. The pasta goes cold.
You picture {loved_name} on {their()} own sofa across town, thumb over the screen, typing and deleting.
Your thumb hovers over the keyboard. #discuss:The dots came and went. What might be happening on {loved_name}'s side of the screen, and what does it do to you?
~ kind_before = last_kind
* [“Just tell me you're okay, that's all I need. One word, and I'll leave you be tonight. Promise.” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Read at 19:36. The dots come back. Stop. Come back. #stage:typing
    ok #speaker:loved #stage:phone-message
    You asked for one word and you got one. It doesn't help at all.
    One word, on demand. Like a pulse check. What if I'm not okay? Then I've failed that too. #inner
    “Are you okay?” is a kind question. Asked into a silence, it is also a request for an answer by tonight. #coach
* [“I miss you. Sunday on the sofa was the best bit of my week.” #kind:attune]
    ~ respond(attune)
    ~ pile_on()
    Sent. #stage:phone-sent
    Read at 19:37. The dots come once more, and go, and don't come back. #stage:phone-read
    {piled: Two messages today now, both kind, both yours. Together they look like a little pile on the screen, and the second took more out of you to write than the first.}
    The best bit. Sunday was when I had to get out. How do I tell you that? #inner
* [Send a photo of the pan: “Made enough for four again. Sleep well, talk tomorrow.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    You put the leftovers in a box for tomorrow's lunch, and the phone on the shelf by the door. You'll look in the morning.
    Read at 19:52. No reply. #stage:phone-read
    Sleep well. No question. You're putting the phone down. You're not putting me down. #inner
* [Put the phone in the kitchen drawer. If {loved_name} can go quiet, so can you. #kind:personalize]
    ~ respond(personalize)
    ~ drawer = true
    The drawer shuts with a satisfying little bang. #stage:phone-away
    For about ten minutes it feels like strength.
    Not even goodnight. So that's it. I went quiet, and now you've gone too. #inner
    The other person doesn't see the lesson in a silence. Only the silence. #coach
- {landed: Later, at 21:15, a photo arrives without a word: the sad corner of a desk lamp. The first thing {loved_name} has sent all day that wasn't an answer.}
-> monday_night

=== monday_night ===
23:38. Bed. The room is dark except for the square of light in your hand. #place:bedroom #time:night
{drawer: You took the phone back out of the drawer at ten. Of course you did.}
{promised_return: You said you'd look in the morning. You reached for the phone anyway.}
Under {loved_name}'s name: last seen 23:12. So {they()} {are()} awake. Just not with you.
You scroll back to Saturday. The pears. A photo of {loved_name} laughing with {their()} mouth full.
It was real. You were there.
You think of the slippers by a bed, the story {they()} told you on that balcony in September. Four days, {they()} said. It's been one.
Somewhere in the building a door slams, and you jump as if it were a message.
You go over the weekend like a crime scene. Was it the thing you said about moving in together, someday? The way you held on a bit too long at the door?
~ kind_before = last_kind
* [Type it before you can soften it: “You're just avoidant. You always do this when things get good.” Send. #kind:label]
    ~ respond(label)
    Sent. #stage:phone-sent
    Read at 23:41. #stage:phone-read
    So that's what I am. A word. Something wrong with me that you've worked out. #inner
    A label can feel like understanding: finally a name for it. To the person receiving it, it sounds like a verdict on who they are. #coach
    -> night_reply
* [Plug the phone in across the room, out of reach. You'll text in the morning. #kind:boundary]
    ~ respond(boundary)
    You get up, plug it in by the wardrobe and get back into bed. #stage:phone-away
    It takes a long time to fall asleep. But you don't get up again.
    Last seen, and then nothing from you either. Did you give up? Or are you just asleep? #inner
    Stepping away from a screen at midnight is not the same as going silent. The difference shows in the morning. #coach
    -> tuesday_morning
* [Call. Just to hear {their()} voice. #kind:pursue]
    ~ respond(pursue)
    It rings four times, five. Then voicemail: {loved_name}'s cheerful recorded voice, from some better day.
    You hang up. You call again.
    The screen is lighting up in the dark and it won't stop. Not now. I can't. Not now. #inner
    A call near midnight says: this can't wait. For someone already overwhelmed, it's the hardest thing in the world to pick up. #coach
    -> night_reply
* [“Goodnight, {loved_name}. I'm here.” #kind:attune]
    ~ respond(attune)
    ~ pile_on()
    Sent. #stage:phone-sent
    Read at 23:40. No answer. You put the phone face down and lie there, listening to the fridge hum in the kitchen. #stage:phone-read
    {piled: You scroll up without meaning to. Your kind messages, one under the other, every one of them read. Each was a little harder to send than the last.}
    I'm here. Why is that harder to read than a fight? Why does it make my throat go tight? #inner
    {piled:
        Each message was small. A day of them, into a silence, is not. #coach
    }
    -> tuesday_morning

=== night_reply ===
00:52. The phone lights up on the duvet.
{last_kind == label:
    Good to know what you think of me. #speaker:loved #stage:phone-message
- else:
    Stop calling. You're suffocating me. #speaker:loved #stage:phone-message #intense:A curt message asking you to stop calling.
}
I can't do this tonight. #speaker:loved #stage:phone-message
Your heart is thudding in your ears. The screen is far too bright.
~ kind_before = last_kind
* [“Fine. Then I'm done too.” Turn the phone off. #kind:personalize]
    ~ respond(personalize)
    Sent. The screen goes black. #stage:phone-away
    Done. There it is. I knew it. I knew it the whole weekend. #inner
    When you're hurt, ending the conversation first can feel like the last bit of dignity you've got. It's also the ending the other person was bracing for. #coach
* [“That was too much of me. Sorry. I'll leave it for tonight.” #kind:repair]
    ~ respond(repair)
    Sent. #stage:phone-sent
    Read. After a long while, one word: #stage:phone-read
    ok #speaker:loved #stage:phone-message
    Too much, you said. You're taking it back. Nobody ever takes anything back. #inner
    Owning your part, without grovelling and without asking for anything back, tells the other person that a rupture can be mended. #coach
* [“Can't do WHAT? I'm asking for one normal answer. One. Is that really so much to ask after this weekend?” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Read. Then {loved_name}'s status goes grey. When you call, it goes straight to voicemail. #stage:phone-read
    Never enough. It's never enough. Off. Everything off. #inner
    When someone says “not now” and we push anyway, “not now” tends to become “not at all”. #coach
- -> tuesday_morning

=== tuesday_morning ===
Tuesday, 7:50. The street is wet, the bus is late. #chapter:Tuesday #place:street #time:morning
{last_kind == boundary:
    You slept, in the end. The phone is where you left it. Nothing new, but your head is a little clearer.
    ~ rest(1)
- else:
    You slept badly. Your eyes feel like sandpaper and your coffee is in a paper cup that's too hot to hold.
}
{promised_return:
    At the bus stop, first thing, as you meant to:
    Morning. #speaker:you #stage:phone-sent
    ~ kept_word()
    Read at 7:52. A minute later, a sun emoji. Small and yellow and from {them()}.
}
{last_kind == repair: You said you'd leave it for the night. It's morning now.}
{last_kind == personalize: You turn your phone back on at the bus stop. Nothing new. Nothing at all.}
{last_kind == pursue: Your last message is still at the bottom of the chat. It looks different in daylight.}
{last_kind == attune: Your goodnight is still at the bottom of the chat, read and unanswered.}
At the bus stop a man is explaining to his dog that it's Tuesday. The dog seems to take it well.
The bus comes. You find a seat by the window and open the chat.
You could write anything. #discuss:What do you want your message this morning to do, for {loved_name} and for yourself?
~ kind_before = last_kind
* [“Morning. Phone's going in my bag till lunch. Lentils Thursday still stand.” #kind:boundary]
    ~ respond(boundary)
    Sent. The phone goes into your bag, under your scarf. #stage:phone-away
    Till lunch. In your bag. You've got a day, and I'm not all of it. #inner
* [“Morning. Still nothing? I'm not angry, I promise. I just need to know we're okay. Can you give me that, today?” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Read at 7:58. The dots appear, stop, appear again. Then nothing. #stage:typing-stops
    Are we okay. I don't know! If I say no it's over. If I say yes it's a lie. #inner
    “Are we okay?” sounds like a small question, but it asks for a verdict on the whole relationship. Nobody can give that while every alarm in them is ringing. #coach
* [“I'm so sorry, for whatever I did. Tell me what it was and I'll fix it. I'll do anything.” #kind:appease]
    ~ respond(appease)
    Sent. #stage:phone-sent
    Read at 8:03. A heart. #stage:phone-read
    Anything. You'd do anything. That's a lot to be handed before breakfast. #inner
    Promising anything takes the pressure off for a moment. It also hands over your own limits. #coach
* [“Good morning. No need to answer. Have a good day.” #kind:attune]
    ~ respond(attune)
    ~ pile_on()
    Sent. #stage:phone-sent
    Read at 8:10. No reply. You look out of the window for the rest of the ride. #stage:phone-read
    {piled: You notice you're already wondering what to send at lunch. The chat is all you, going up the screen.}
    {piled:
        No need to answer. But there's another one. And another. I'm so far behind I can't start. #inner
    - else:
        Morning. No need. Just morning. Okay. #inner
    }
- {landed: At 8:20, out of nowhere: a photo of a grey sky over {loved_name}'s street. No words. It's the first thing in a day that came from {them()}.}
-> tuesday_day

=== tuesday_day ===
12:30. The café round the corner from work. Soup of the day, which is soup. #place:cafe #time:day
{promised_return:
    Phone out of your bag, as you said. You send your message before the soup arrives.
    Lunch break. The soup of the day is soup. #speaker:you #stage:phone-sent
    ~ kept_word()
    A minute later, under it: a tomato emoji. Just that. You laugh out loud, and your colleague looks at you.
}
Your colleague is telling a long story about a parking fine. You nod in the right places.
Between spoonfuls you check your phone, and you hate that you do.
{reserve <= 2: You notice how empty you are. Two days of watching one screen, and nobody watching you.}
{alarm >= 6 || trust <= 2:
    -> space
- else:
    -> opening_up
}

= opening_up
At 12:41 the phone buzzes on the table.
sorry. rough couple of days. it's not you. I'm just no good at this #speaker:loved #stage:phone-message
You read it three times. The soup gets cold, like everything this week.
~ kind_before = last_kind
* [“Thanks for telling me. I'm here.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read straight away. Then: a heart, and a minute later a photo of a very sad sandwich. #stage:phone-read
    Not you, I said. And you believed me. #inner
* [“Don't worry about me at all! I'm totally fine, honestly. Take all the time you need, whatever works for you!” #kind:appease]
    ~ respond(appease)
    Sent. #stage:phone-sent
    Read. A thumbs-up. You put the phone away and notice your jaw is clenched. #stage:phone-read
    Totally fine. Good. Nobody's upset. I can hide a little longer. #inner
    Saying you're fine when you aren't is paid for out of your own reserves, and it leaves no room for how you actually are. #coach
* [“No good at what, though? We had the best weekend. I just don't get what happened. Can you explain it to me tonight?” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    The dots come. Go. Come. Then nothing. #stage:typing-stops
    You want an explanation. I haven't got one. All I've got is this feeling of too much. #inner
    “What happened?” asks for words that often aren't there yet. They tend to come later, when it feels safe. #coach
* [“Thanks for telling me. The quiet was hard for me, so I'm having dinner at my sister's. I'll text when I'm home.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    Read. After a while: #stage:phone-read
    ok. have fun #speaker:loved #stage:phone-message
    Hard for you. I did that. But you'll text. Tonight. You said when. #inner
    You can name your own side without turning it into an accusation. #coach
- -> tuesday_evening

= space
At 12:41 the phone buzzes on the table.
I think I need a bit of space. Can we skip Thursday? #speaker:loved #stage:phone-message
~ thursday_off = true
The café is loud. You suddenly can't hear any of it.
~ kind_before = last_kind
* [“Fine. Take all the space you want.” Then mute the chat. #kind:personalize]
    ~ respond(personalize)
    Sent. Muted. #stage:phone-away
    All the space. That means gone. I asked for it, and now I hate it. #inner
    When someone asks for space, the hurt part of us hears “go away”. Answering from that hurt can turn a pause into a goodbye. #coach
* [“Okay. I'll miss you. I'll send a hello now and then, no need to answer. I'm not going anywhere.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read. No answer. But {loved_name} doesn't go offline, either. {They()} {are()} just there, reading. #stage:phone-read
    Not going anywhere. Not angry. I don't know what to do with that, but I'm keeping it. #inner
    Giving room and staying in touch aren't opposites. Saying both means {loved_name} doesn't have to be the one who announces that things are fine again. #coach
* [“Okay. That's hard to hear. I'm going to my sister's tonight. I'll text you when I'm home, just a hello.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    Read. After a while: #stage:phone-read
    ok #speaker:loved #stage:phone-message
    Hard to hear. I did that. But a hello. Tonight. You're coming back. #inner
* [“Of course, whatever you need! Sorry for all the messages. I'll leave you alone until you're ready, however long it takes, promise.” #kind:appease]
    ~ respond(appease)
    Sent. #stage:phone-sent
    Read. A heart. You stare at it until the screen goes dark. #stage:phone-read
    You're apologising. Now I'm the one making you small. But it's quiet. Quiet is good. #inner
    Apologising for being there keeps the surface calm. Underneath, it teaches you both that one of you has to disappear for the other to feel safe. #coach
- -> tuesday_evening

=== tuesday_evening ===
{promised_return:
    21:10. Home from your sister's, full of her lasagne and her opinions. She also gave you a very long hug. #place:living-room #time:evening
    ~ rest(1)
    You text, as promised.
    Home. Hope your day was all right. #speaker:you #stage:phone-sent
    ~ kept_word()
- else:
    21:10. Your sofa, and a series you're not really watching. #place:living-room #time:evening
}
{landed: This time the answer comes at once: a heart, and “you too”. Small. It came by itself.}
The green jacket is still on the hook in your hallway. Every time you pass it, you look.
Once you nearly took it down and put it in a bag, ready to hand over. You left it where it was.
At 21:26 the phone buzzes.
{alarm >= 7:
    I'll come and get my jacket. 10 min. won't stay. #speaker:loved #stage:phone-message
- else:
    can I come by? my jacket's still at yours. and. I'd like to see you #speaker:loved #stage:phone-message
}
~ kind_before = last_kind
* [“Your jacket. Two days of nothing, and now it's about your jacket.” #kind:personalize]
    ~ respond(personalize)
    Sent. #stage:phone-sent
    Read. Then: #stage:phone-read
    I'll be quick #speaker:loved #stage:phone-message
    Of course. I had that coming. Grab the jacket, get out, don't look. #inner
    Two days of hurt want somewhere to go, and sarcasm is fast. It also makes coming back more dangerous for the one trying to come back. #coach
* [“Yes.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    It looks very small on the screen. You nearly add something. You don't.
    on my way #speaker:loved #stage:phone-message
    Yes. Just yes. No trial first. #inner
    The jacket is an excuse, and that's fine: excuses are how some people find their way back. #coach
* [“Finally! Yes, come, I've missed you so much. And then tonight we're going to talk about this properly, okay?” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    The dots appear and stop three times. Then: #stage:typing-stops
    ok #speaker:loved #stage:phone-message
    Properly. A conversation waiting for me at the door. I nearly don't go. #inner
    Announcing the talk in advance can turn the way to your door into a walk to a hearing. #coach
* [“Come by. I'm wiped, so I've got about an hour in me. But I'd like to see you.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    see you in a bit #speaker:loved #stage:phone-message
    An hour. You'd like to see me. Both of those are true, and neither is a trap. #inner
- -> doorbell

=== doorbell ===
21:55. Footsteps on the stairs, slower than usual. #chapter:The doorbell #place:hallway #time:night
Then the doorbell: two short rings. You'd know them anywhere.
// Standing at your door after two days of silence costs {loved_name} something, whatever you sent.
~ shift(1, 0, 0, 0)
{promised_return:
    You said you'd like to see {them()}. You open the door, and you mean it.
    ~ kept_word()
}
{loved_name} is on the doormat, hood up, hands deep in {their()} pockets. #pose:withdrawn
{alarm >= 7:
    {They()} {does()}n't look at you. {Their()} eyes go straight to the jacket on the hook. #pose:turned-away
- else:
    {They()} look{s()} at you for a second, then down at {their()} shoes. #pose:withdrawn
}
Hi. #speaker:loved
{Their()} voice is hoarse, as if {they()} {have()}n't used it much for two days.
{loved_name} takes the jacket off the hook and holds it, without putting it on.
{alarm >= 7:
    I know. I know, okay? #speaker:loved
- else:
    I don't know why I do this. #speaker:loved
}
Sunday was really good. And then, on your sofa, it suddenly got… too much. Like I'd have to pay for it somehow. #speaker:loved
{loved_name} stands there with the jacket between you like a shield. #discuss:{loved_name} is standing in your hallway holding a jacket. What {does()} {they()} need from you right now, and what do you need?
~ kind_before = last_kind
* [Put your arms around {loved_name}, jacket and all. “I missed you.” #kind:attune]
    ~ held_at_door = alarm >= FLOODED
    ~ respond(attune)
    {held_at_door:
        {loved_name} goes rigid in your arms. The jacket is squashed between you. {They()} {does()}n't hug back. #pose:tense #stage:flinch
        Then, after a long second, {their()} forehead drops onto your shoulder. Only for a moment. #pose:withdrawn
        Too much, too close, too fast. And I don't want you to let go. Both. #inner
        Closeness can set off the alarm in someone who is already flooded, even when it's exactly what they long for. Whether it settles depends on what comes next. #coach
    - else:
        {loved_name} stands stiffly for a moment. Then {their()} arms come up, jacket and all. #pose:calm #stage:step-closer
        You missed me. After all that. #inner
    }
* [“Do you know what those two days were like for me? I barely slept.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} takes a step back, into the doorway. #pose:turned-away #stage:step-away
    There it is. I hurt you. I always do. I should go. #inner
    Your hurt is real and deserves a place. Brought in at the door as a reproach, it mostly tells {them()} that coming back was a mistake. #coach
* [“I'm glad you came. The silence was hard on me. Next time, could you send one word? Even ‘not now’.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} is quiet for a moment. Then nods, slowly. #pose:calm
    Not now. I can do not now. #speaker:loved
    One word. Not a talk, not a reason. One word, I can manage that. #inner
    A small, concrete request is easier to meet than “talk to me”. #coach
* [“Don't. I'm the one who should be sorry. I was way too much with all my texts. It's all on me, really, every bit of it.” #kind:appease]
    ~ respond(appease)
    {loved_name} looks up, surprised. Then relieved. Then something else, that you can't quite read. #pose:calm
    All on you. That's not true, and we both know it. But it's easier. #inner
    Taking all the blame clears the air for a moment. Calm bought that way has to be paid for again later, and usually by you. #coach
- -> sofa

=== sofa ===
Later. Your living room. Two mugs of tea, one of them barely touched. #place:living-room #time:night
{promised_return:
    You said what you needed, and you're both still here. Nobody walked out.
    ~ kept_word()
}
{last_kind == personalize: For a moment it looked as if {loved_name} would turn round. Then {they()} came in after all, hood still up.}
The radiator ticks. Outside, someone is trying to park and failing.
{alarm >= 7:
    {loved_name} sits on the very edge of the armchair, as if ready to leave at any moment. #pose:withdrawn
- else:
    {loved_name} sits at the other end of the sofa, feet pulled up, the way {they()} did on Sunday. #pose:calm #stage:sit-together
}
{landed: Somewhere in the first cup of tea, {loved_name}'s shoulders come down. Whatever happened in the hallway is only now reaching {them()}.}
{trust >= 6: For a while you talk about nothing. The pears. The cake that wasn't collapsed, just rustic. {loved_name} almost laughs.|For a while neither of you says much. The clock in the kitchen is very loud.}
You notice {loved_name} has pulled {their()} sleeves down over {their()} hands, the way {they()} {does()} when {they()} {are()} cold or nervous.
Then {loved_name} looks at the dark window.
I should go home. Or… I don't know. #speaker:loved #pose:on-phone
{They()} turn{s()} {their()} phone over and over in {their()} hands, as if the answer might be on it.
~ kind_before = last_kind
* [“Please stay. I can't do another two days like that. Just tonight, okay? We can talk tomorrow.” #kind:pursue]
    ~ respond(pursue)
    {loved_name}'s hands go still around the phone. #pose:withdrawn
    You can't. So now it's my job to make sure you can. I can't hold that. #inner
    Asking as if your wellbeing depends on {their()} staying puts the weight of you both on {their()} shoulders. #coach
* [Sit down next to {them()} and take {their()} hand. “Stay. I'll hold you.” #kind:attune]
    ~ respond(attune)
    {held_at_door:
        ~ shift(2, 0, -1, 0)
        {loved_name}'s hand stays in yours, but it has gone cold and still. #pose:tense
        I'll stay, {they()} say{s()}. {They()} {does()}n't sleep. You can hear it, all night, on the other side of the bed.
        The hallway, and now this. I can't breathe in it. I can't say so either. #inner
    - else:
        {loved_name} looks at your hand for a long moment. Then leans into you, phone face down on the table. #pose:reaching #stage:sit-together
        Hold me, then. But if I go quiet again… #speaker:loved
        Then I'll still be here. #speaker:you
        Still here. Even now. #inner
    }
* [“You do know this is a pattern, right? You get close, then you vanish. Every single time, and I'm the one left guessing.” #kind:label]
    ~ respond(label)
    {loved_name} stands up. The jacket goes on, zip all the way up. #pose:turned-away #stage:step-away
    A pattern. Something you've been watching. I'm something you've been watching. #inner
    Naming a pattern mid-storm, to someone instead of with them, makes it a charge. #coach
* [“I'm off to bed soon, I'm done in. Sofa or home, both are fine. I'll text you in the morning.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} nods. Pulls the blanket off the back of the sofa, as if testing whether it's really allowed. #pose:calm
    Both are fine. I get to choose. And nobody disappears either way. #inner
- -> epilogue

=== epilogue ===
{promised_return:
    Wednesday, 7:40. {loved_name} went home around midnight after all. Before your coffee, as promised: #place:bedroom #time:morning
    Morning. #speaker:you #stage:phone-sent
    ~ kept_word()
    morning. thanks for last night #speaker:loved #stage:phone-message
}
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

// How much you kept for yourself shows in the endings as much as the meters: reserve <= 2
// at the end is never safety (outcome()).
=== function pile_on()
// Each kind message is small; one after another into a silence they become a pile.
~ piled = kind_before == attune && alarm >= UNDER_FIRE
{ piled:
    ~ shift(1, 0, -1, 0)
}

=== ending_safety ===
Thursday, 19:02. The lentils are on. #chapter:Thursday #place:hallway #time:evening
{thursday_off: On Wednesday night a message came after all: is the lentil thing still on? It was.}
The doorbell goes on time. {loved_name} is holding a paper bag of pears, slightly bruised. #pose:warm
Dessert. Sort of. #speaker:loved
{They()} eat{s()} two helpings and complain{s()} about the cumin the whole time.
Later, scraping the pan, {they()} say{s()} it without looking up.
If I go quiet again, I'll try to send you something. Even if it's just: not now. It won't always work. #speaker:loved
You hand {them()} a tea towel.
Then I'll keep cooking on Thursdays. #speaker:you #stage:sit-together #ending:safety
-> END

=== ending_fragile ===
Thursday evening. #chapter:Thursday #place:living-room #time:evening
{thursday_off:
    Thursday was called off, so you don't cook.
    On Wednesday a photo arrived: a cat on a windowsill, no text. You sent one back: your own windowsill, no cat.
    Nothing has been said about the two days. Maybe it doesn't need to be, yet.
    Late on Thursday, one more message.
    next week? lentils? #speaker:loved #stage:phone-message
- else:
    {loved_name} comes, a bit late and a bit quiet. {They()} eat{s()} most of the lentils. #pose:calm
    Nothing has been said about the two days. Maybe it doesn't need to be, yet.
    You do the dishes together without saying much. It isn't uncomfortable. It isn't easy yet, either.
    At the door, {loved_name} hesitates.
    Same time next week? #speaker:loved
}
{reserve <= 2: You say yes. Then you sit on the floor of the hallway for a while. You are more tired than two days should make anyone.}
It isn't solid ground. But it's something to stand on. #ending:fragile
-> END

=== ending_fear ===
Thursday, 18:40. #chapter:Thursday #place:living-room #time:evening
{thursday_off:
    Thursday was called off. You cook anyway, far too much, out of habit.
    You send a photo of the pan. Read at 19:03. Nothing. #stage:phone-read
- else:
    The lentils are on. The table is set for two.
    can't tonight. sorry #speaker:loved #stage:phone-message
}
You eat standing up, straight out of the pan.
// A player who never closed the circle still can't switch the alarm off for {loved_name}: say so, and don't make them go silent.
{ cycle == 0:
    Before bed you send one more message, short, without a question. Read. No answer.
    See. Closeness always ends like this. #inner
    You didn't close the door. It is closing anyway, from the other side, and this week you can't hold it open for {them()}. #ending:fear
- else:
    You put the phone face down. {loved_name} doesn't write again, and neither do you.
    See. Closeness always ends like this. #inner
    The chat goes quiet again, and this time neither of you breaks it. #ending:fear
}
-> END

=== ending_burnout ===
Thursday evening. #chapter:Thursday #place:living-room #time:evening
{thursday_off: Thursday was called off. You cook anyway, because cooking is the one thing you still know how to do.|You cook, because you said you would.}
For two days you said sorry, you said it didn't matter, you said yes to everything.
The phone buzzes with {loved_name}'s name. You notice you don't even pick it up straight away.
Your sister texted twice today. You haven't answered her. You haven't had the energy.
You stir the pan. You can't remember the last time you said what you actually wanted. Or what that even is. #ending:burnout
-> END
