# id: two-days-of-silence
# title: Two days of silence
# form: withdrawal
# minutes: 10
# note: Your partner stops answering messages for two days.
# details: After a warm weekend together, the replies get shorter and then stop. You spend Monday and Tuesday with a quiet phone, deciding what to send and what not to send, until you finally meet.
# blurb: A good weekend. Then: read, no reply.
# reflect: When a message stays unanswered, what is the first story your mind tells you? What else could be true?
# reflect: Which small, steady sign of contact could you keep sending without needing anything back?
# reflect: What did you do with your own restlessness while you waited, and who was there for you?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR drawer = false
VAR thursday_off = false

~ alarm = 5
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Monday, 8:14. You're at your desk with a coffee that's already going cold. #chapter:Monday #place:office #time:morning
The weekend is still in your body.
Saturday at the market, {loved_name} haggling over a crate of pears nobody needed.
Sunday on the sofa, rain against the window, {their()} head heavy on your shoulder.
You watched a baking show neither of you cared about and argued over whether a cake had collapsed or was just rustic.
At some point, half asleep, {they()} mumbled something into your jumper.
I could get used to this. #speaker:loved
You didn't answer. You just sat very still, so as not to wake {them()}.
Then, around six, {they()} suddenly had to go. An early start, {they()} said. {Their()} green jacket is still on your hook.
At the door {they()} kissed you quickly, almost in a hurry, and didn't look back on the stairs.
Last night you sent: What a weekend. Still smiling. Thursday at mine, the lentil thing? Sleep well.
The answer has just come in.
yep #speaker:loved #stage:phone-message
That's all. No photo of breakfast, none of the usual three messages in a row.
Across the desks, a colleague asks how your weekend was.
Lovely. #speaker:you
You mean it. You look at the phone again anyway.
* [“Just ‘yep’? After a weekend like that? What's up?” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Read at 8:15. Then nothing for almost two hours. #stage:phone-read
    all good. busy #speaker:loved #stage:phone-message
    What's up. As if I know. As if I already have to explain myself. #inner
    A question about a short reply asks someone to explain a feeling they may not understand yet themselves. It's a small push, but it is one. #coach
* [“Have a good day! I'm off to the dreaded Monday meeting. Talk later.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    At 8:40 a little thumbs-up appears under your message. Nothing more, but something.
    Nothing to explain. Nothing to fix. Okay. #inner
    A light message that asks nothing keeps the door open without pulling on it. On days when closeness feels too big, that can matter a lot. #coach
* [Two can play at that. Send back: “k.” #kind:personalize]
    ~ respond(personalize)
    Sent. #stage:phone-sent
    Read at 8:16. Nothing comes back. You didn't expect it to, and it still stings. #stage:phone-read
    See? Now you've gone cold too. I knew that weekend was too good to last. #inner
    Answering distance with distance feels like self-respect. To someone who is already braced for being left, it mostly sounds like proof. #coach
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
{last_kind == attune: Since the thumbs-up the chat hasn't moved.}
{last_kind == neutral: At lunch you sent something after all, about your morning. Read at 12:31. That was it.}
You check whether your phone is on silent. It isn't. You check again anyway.
You've opened the chat eleven times today. You know, because you counted, and counting is never a good sign.
At 19:34, under {loved_name}'s name: typing… #stage:typing
You put your fork down.
The dots stop. Nothing comes. #stage:typing-stops
One minute. Five. The pasta goes cold.
You picture {loved_name} on {their()} own sofa, thumb over the screen, typing and deleting.
Your thumb hovers over the keyboard. #discuss:The dots came and went. What might be happening on {loved_name}'s side of the screen, and what does it do to you?
* [“Sorry if I was too much this weekend. I'll give you all the space you need, really, whatever you want.” #kind:appease]
    ~ respond(appease)
    Sent. #stage:phone-sent
    Read almost at once. A small heart appears under it. No words. #stage:phone-read
    Sorry? Now you're sorry, and that's my fault too. But fine. It's quiet. Quiet is good. #inner
    Apologising for something you didn't do buys a moment of calm. It also quietly teaches you both that your own needs are the first thing to go. #coach
* [Send “??”, and a minute later: “Are you angry with me?” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Before you can stop yourself, a third one goes after it.
    Did I do something on Sunday? #speaker:you #stage:phone-sent
    Read. No dots this time. #stage:phone-read
    Three questions. Every answer is the wrong one. Better to say nothing at all. #inner
    This is how a loop many couples know begins: one partner reaches harder, the other pulls further away, and each move feeds the other. The questions come from love, and they still add to the weight. #coach
* [“No need to answer. Just wanted to say I'm thinking of you. Sleep well tonight.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read at 19:51. No reply. But no dots that start and stop, either. #stage:phone-read
    No question in it. Nothing I have to get right. I can breathe a bit. #inner
    A message that says plainly it needs no answer takes away the test. It's contact without a deadline. #coach
* [Put the phone in the kitchen drawer. If {loved_name} can go quiet, so can you. #kind:personalize]
    ~ respond(personalize)
    ~ drawer = true
    The drawer shuts with a satisfying little bang. #stage:phone-away
    For about ten minutes it feels like strength.
    Not even goodnight. So that's it. I went quiet, and now you've gone too. #inner
    Going silent to show someone how it feels is a very human reflex, and it protects you a little. But the other person doesn't see the lesson, only the silence. #coach
- -> monday_night

=== monday_night ===
23:38. Bed. The room is dark except for the square of light in your hand. #place:bedroom #time:night
{drawer: You took the phone back out of the drawer at ten. Of course you did.}
Under {loved_name}'s name: last seen 23:12. So {they()} {are()} awake. Just not with you.
You scroll back to Saturday. The pears. A photo of {loved_name} laughing with {their()} mouth full.
It was real. You were there.
Somewhere in the building a door slams, and you jump as if it were a message.
You go over the weekend like a crime scene. Was it the thing you said about moving in together, someday? The way you held on a bit too long at the door?
* [Type it before you can soften it: “You're just avoidant. You always do this when things get good.” Send. #kind:label]
    ~ respond(label)
    Sent. #stage:phone-sent
    Read at 23:41. #stage:phone-read
    So that's what I am. A word. Something wrong with me that you've worked out. #inner
    A label can feel like understanding: finally a name for it. To the person receiving it, it sounds like a verdict on who they are. #coach
    -> night_reply
* [“I'm putting my phone away now, or I'll lie here staring at it all night. I'll text you in the morning. Sleep well.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    You plug the phone in across the room, out of reach of the bed. #stage:phone-away
    It takes a long time to fall asleep. But you don't get up.
    Away. You're putting me away. But you said morning. You said it like you meant it. #inner
    Looking after yourself is part of staying. Saying when you'll be back turns a step away into something the other person can lean on. #coach
    -> tuesday_morning
* [Call. Just to hear {their()} voice. #kind:pursue]
    ~ respond(pursue)
    It rings four times, five. Then voicemail: {loved_name}'s cheerful recorded voice, from some better day.
    You hang up. You call again.
    The screen is lighting up in the dark and it won't stop. Not now. I can't. Not now. #inner
    A call near midnight says: this can't wait. For someone already overwhelmed, it's the hardest thing in the world to pick up. #coach
    -> night_reply
* [“Goodnight, {loved_name}. I'm here.” Then put the phone down. #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read at 23:40. No answer. You put the phone face down and lie there, listening to the fridge hum in the kitchen. #stage:phone-read
    I'm here. Why is that harder to read than a fight? Why does it make my throat go tight? #inner
    Warmth can sting when someone was braced for anger. That doesn't mean it isn't landing. #coach
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
* [“Fine. Then I'm done too.” Turn the phone off. #kind:personalize]
    ~ respond(personalize)
    Sent. The screen goes black. #stage:phone-away
    Done. There it is. I knew it. I knew it the whole weekend. #inner
    When you're hurt, ending the conversation first can feel like the last bit of dignity you've got. It's also exactly the ending the other person was bracing for. #coach
* [“That was too much of me, and not fair to you. Sorry. I'll leave it for tonight. Tomorrow I'll send one message, with no questions in it.” #kind:repair]
    ~ respond(repair)
    Sent. #stage:phone-sent
    Read. After a long while, one word: #stage:phone-read
    ok #speaker:loved #stage:phone-message
    Not fair, you said. You're taking it back. Nobody ever takes anything back. #inner
    Owning your part, without grovelling and without asking for anything back, is one of the strongest things you can do after a rupture. It often builds more trust than never slipping at all. #coach
* [“Can't do WHAT? I'm asking for one normal answer. One.” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Read. Then {loved_name}'s status goes grey. When you call, it goes straight to voicemail. #stage:phone-read
    Never enough. It's never enough. Off. Everything off. #inner
    When someone says “not now” and we push anyway, “not now” tends to become “not at all”. Pausing isn't the same as giving up. #coach
- -> tuesday_morning

=== tuesday_morning ===
Tuesday, 7:50. The street is wet, the bus is late. #chapter:Tuesday #place:street #time:morning
{promised_return:
    You said you'd text in the morning, and you will.
    ~ kept_word()
}
{last_kind == repair: You promised one message. No questions in it.}
{last_kind == personalize: You turn your phone back on at the bus stop. Nothing new. Nothing at all.}
{last_kind == pursue: Your last message is still at the bottom of the chat. “One.” It looks different in daylight.}
{last_kind == attune: Your goodnight is still at the bottom of the chat, read and unanswered.}
You slept badly. Your eyes feel like sandpaper and your coffee is in a paper cup that's too hot to hold.
At the bus stop a man is explaining to his dog that it's Tuesday. The dog seems to take it well.
The bus comes. You find a seat by the window and open the chat.
You could write anything. #discuss:What do you want your message this morning to do, for {loved_name} and for yourself?
* [“Morning. I'm going to stop staring at our chat, it's not doing me any good. Phone goes in my bag till lunch, I'll text you then. Thursday still stands.” #kind:boundary]
    ~ respond(boundary)
    Sent. The phone goes into your bag, under your scarf. #stage:phone-away
    Till lunch. So you're still coming back. With a time on it. #inner
    Stepping back from the screen protects your own peace. Giving it a time and sticking to it is what makes it feel safe to the other person. #coach
* [“Morning. Still nothing? Can you at least tell me if we're okay?” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    Read at 7:58. The dots appear, stop, appear again. Then nothing. #stage:typing-stops
    Are we okay. I don't know! If I say no it's over. If I say yes it's a lie. #inner
    “Are we okay?” sounds like a small question, but it asks for a verdict on the whole relationship. Nobody can give that while every alarm in them is ringing. #coach
* [“I'm so sorry, for whatever I did. Just tell me what it was and I'll fix it. I'll do anything.” #kind:appease]
    ~ respond(appease)
    Sent. #stage:phone-sent
    Read at 8:03. A heart, again. #stage:phone-read
    Anything. You'd do anything. That's a lot to be handed before breakfast. #inner
    Promising anything takes the pressure off for a moment, but it hands over your own limits. After a while there's less and less of you left to stay with. #coach
* [“Good morning. No need to answer. I'm cooking Thursday as planned, the lentil thing. Have a good day.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read at 8:10. No reply. You look out of the window for the rest of the ride. #stage:phone-read
    Thursday. Still Thursday. Like nothing's broken. Maybe nothing is. #inner
    Small, predictable signs of contact do more than a big conversation. They say: I'm still here, and you don't owe me anything for it. #coach
- -> tuesday_day

=== tuesday_day ===
12:30. The café round the corner from work. Soup of the day, which is soup. #place:cafe #time:day
{promised_return:
    Phone out of your bag, as you said. You send your message before the soup arrives.
    Lunch break. The soup of the day is soup. Thinking of you. #speaker:you #stage:phone-sent
    ~ kept_word()
}
Your colleague is telling a long story about a parking fine. You nod in the right places.
Between spoonfuls you check your phone, and you hate that you do.
{alarm >= 6 || trust <= 2:
    -> space
- else:
    -> opening_up
}

= opening_up
At 12:41 the phone buzzes on the table.
sorry. rough couple of days. it's not you. I'm just bad at this #speaker:loved #stage:phone-message
You read it three times. The soup gets cold, like everything this week.
* [“Thanks for telling me. You don't have to explain. I'm here. Thursday still stands, I'm cooking.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read straight away. Then: a heart, and a minute later a photo of a very sad sandwich. #stage:phone-read
    Not you. You believed me. And you're still cooking. #inner
    When someone reaches out after a silence, a calm welcome matters more than a discussion. It makes reaching out next time a little easier. #coach
* [“Don't worry about me at all! I'm totally fine, honestly. Take all the time you need, whatever works for you!” #kind:appease]
    ~ respond(appease)
    Sent. #stage:phone-sent
    Read. A thumbs-up. You put the phone away and notice your jaw is clenched. #stage:phone-read
    Totally fine. Good. Nobody's upset. I can hide a little longer. #inner
    Saying you're fine when you aren't takes the pressure off for now. It's paid for out of your own reserves, and it leaves no room for how you actually are. #coach
* [“Bad at what, though? We had the best weekend. I just don't get what happened.” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    The dots come. Go. Come. Then nothing. #stage:typing-stops
    You want an explanation. I haven't got one. All I've got is this feeling of too much. #inner
    Wanting to understand is natural. But “what happened?” asks for words that often aren't there yet; they tend to come later, when it feels safe. #coach
* [“Thanks for telling me. Honestly, the quiet was hard for me, so tonight I'm having dinner at my sister's, phone in my bag. I'll text you when I'm home. Thursday still stands.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    Read. After a while: #stage:phone-read
    ok. have fun #speaker:loved #stage:phone-message
    Hard for you. I did that. But you'll text. Tonight. You said when. #inner
    You can name your own side without turning it into an accusation. Saying when you'll be back keeps the thread intact while you look after yourself. #coach
- -> tuesday_evening

= space
At 12:41 the phone buzzes on the table.
I think I need a bit of space. Can we skip Thursday? #speaker:loved #stage:phone-message
~ thursday_off = true
The café is loud. You suddenly can't hear any of it.
* [“Fine. Take all the space you want.” Then mute the chat. #kind:personalize]
    ~ respond(personalize)
    Sent. Muted. #stage:phone-away
    All the space. That means gone. I asked for it, and now I hate it. #inner
    When someone asks for space, the hurt part of us hears “go away”. Answering from that hurt can turn a pause into a goodbye. #coach
* [“Okay. I'll miss you on Thursday. I'll send a little hello now and then, no need to answer. I'm not going anywhere.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    Read. No answer. But {loved_name} doesn't go offline, either. {They()} {are()} just there, reading. #stage:phone-read
    Not going anywhere. Not angry. I don't know what to do with that, but I'm keeping it. #inner
    Giving room and staying in touch aren't opposites. Saying both out loud means {loved_name} doesn't have to be the one to announce that things are fine again. #coach
* [“Okay. That's hard to hear, honestly. I'm going to my sister's tonight, phone in my bag. I'll text you when I'm home, just a hello.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    Read. After a while: #stage:phone-read
    ok #speaker:loved #stage:phone-message
    Hard to hear. I did that. But a hello. Tonight. You're coming back. #inner
    You're allowed to feel this and to go and be looked after. Telling {them()} when you'll be back makes your distance something other than leaving. #coach
* [“Of course, whatever you need! Sorry for all the messages. I'll leave you alone, promise.” #kind:appease]
    ~ respond(appease)
    Sent. #stage:phone-sent
    Read. A heart. You stare at it until the screen goes dark. #stage:phone-read
    You're apologising. Now I'm the one making you small. But it's quiet. Quiet is good. #inner
    Apologising for being there keeps the surface calm. Underneath, it teaches you both that one of you has to disappear for the other to feel safe. #coach
- -> tuesday_evening

=== tuesday_evening ===
{promised_return:
    21:10. Home from your sister's, full of her lasagne and her opinions. She also gave you a very long hug. #place:living-room #time:evening
    You text, as promised.
    Home. Hope your day was all right. #speaker:you #stage:phone-sent
    ~ kept_word()
- else:
    21:10. The sofa, and a series you're not really watching. #place:living-room #time:evening
}
The green jacket is still on the hook in the hallway. Every time you pass it, you look.
Once you nearly took it down and put it in a bag, ready to hand over. You left it where it was.
At 21:26 the phone buzzes.
{alarm >= 7:
    I'll come and get my jacket. 10 min. won't stay. #speaker:loved #stage:phone-message
- else:
    can I come by? my jacket's still at yours. and. I'd like to see you #speaker:loved #stage:phone-message
}
* [“Your jacket. Two days of nothing, and now it's about your jacket.” #kind:personalize]
    ~ respond(personalize)
    Sent. #stage:phone-sent
    Read. Then: #stage:phone-read
    I'll be quick #speaker:loved #stage:phone-message
    Of course. I had that coming. Grab the jacket, get out, don't look. #inner
    Two days of hurt want somewhere to go, and sarcasm is fast. It also makes coming back more dangerous for the one trying to come back. #coach
* [“Yes. The door's open. I'll put the kettle on.” #kind:attune]
    ~ respond(attune)
    Sent. #stage:phone-sent
    on my way #speaker:loved #stage:phone-message
    The door's open. Just like that. No trial first. #inner
    A simple yes to a clumsy bid for contact is worth a lot. The jacket is an excuse, and that's fine: excuses are how some people find their way back. #coach
* [“Finally! Yes, come. And then we're going to talk about this properly.” #kind:pursue]
    ~ respond(pursue)
    Sent. #stage:phone-sent
    The dots appear and stop three times. Then: #stage:typing-stops
    ok #speaker:loved #stage:phone-message
    Properly. A conversation waiting for me at the door. I nearly don't go. #inner
    It makes sense that you want to talk it through. Announcing it in advance can turn the way to your door into a walk to a hearing. #coach
* [“Come by. I should say I'm wiped, I've got about an hour in me tonight. But I'd really like to see you.” #kind:boundary]
    ~ respond(boundary)
    Sent. #stage:phone-sent
    see you in a bit #speaker:loved #stage:phone-message
    An hour. You'd like to see me. Both of those are true, and neither is a trap. #inner
    Being honest about what you've got left isn't rejection. It makes the visit clearer and safer for you both. #coach
- -> doorbell

=== doorbell ===
21:55. Footsteps on the stairs, slower than usual. #chapter:The doorbell #place:hallway #time:night
Then the doorbell: two short rings. You'd know them anywhere.
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
Sunday was really good. And then, on the sofa, it suddenly got… too much. Like I'd have to pay for it somehow. #speaker:loved
{loved_name} stands there with the jacket between you like a shield. #discuss:{loved_name} is standing in your hallway holding a jacket. What {does()} {they()} need from you right now, and what do you need?
* [“You don't have to explain anything tonight. I'm glad you're here. Come in, I'll put the kettle on.” #kind:attune]
    ~ respond(attune)
    {loved_name} steps inside and, after a moment, hangs the jacket back on its hook. #pose:calm #stage:step-closer
    Glad. I came to get a jacket, and you're glad. #inner
    Meeting someone at the door without a reckoning tells their body it's safe to come in. The talking can come later, when it's calmer. #coach
* [“Do you know what those two days were like for me? I barely slept.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} takes a step back, into the doorway. #pose:turned-away #stage:step-away
    There it is. I hurt you. I always do. I should go. #inner
    Your hurt is real and deserves a place. Brought in at the door as a reproach, it mostly tells {them()} that coming back was a mistake. #coach
* [“I'm really glad you came. And honestly, the silence was hard on me. We don't have to sort it out tonight. But next time, could you send me one word? Even ‘not now’ is enough.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} is quiet for a moment. Then nods, slowly. #pose:calm
    Not now. I can do not now. #speaker:loved
    One word. Not a talk, not a reason. One word, I can manage that. #inner
    A small, concrete request is easier to meet than “talk to me”. You look after yourself and give {them()} a way back at the same time. #coach
* [“Don't. I'm the one who should be sorry. I was way too much with all my texts. It's all on me, really.” #kind:appease]
    ~ respond(appease)
    {loved_name} looks up, surprised. Then relieved. Then something else, that you can't quite read. #pose:calm
    All on you. That's not true, and we both know it. But it's easier. #inner
    Taking all the blame clears the air for a moment. But calm bought that way has to be paid for again later, and usually by you. #coach
- -> sofa

=== sofa ===
Later. The living room. Two mugs of tea, one of them barely touched. #place:living-room #time:night
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
{trust >= 6: For a while you talk about nothing. The pears. The cake that wasn't collapsed, just rustic. {loved_name} almost laughs.|For a while neither of you says much. The clock in the kitchen is very loud.}
You notice {loved_name} has pulled {their()} sleeves down over {their()} hands, the way {they()} {does()} when {they()} {are()} cold or nervous.
Then {loved_name} looks at the dark window.
I should go. Or… I don't know. #speaker:loved #pose:on-phone
{They()} turn{s()} {their()} phone over and over in {their()} hands, as if the answer might be on it.
* [“Please stay. I can't do another two days like that.” #kind:pursue]
    ~ respond(pursue)
    {loved_name}'s hands go still around the phone. #pose:withdrawn
    You can't. So now it's my job to make sure you can. I can't hold that. #inner
    Asking for what you need is fine. Asking as if your wellbeing depends on {their()} staying puts the weight of you both on {their()} shoulders. #coach
* [“Stay if you like. Or go{thursday_off:, and I'll send you a hello tomorrow|, and I'll see you Thursday}. Both are fine.” #kind:attune]
    ~ respond(attune)
    {loved_name} looks at you for a long moment. Then puts the phone face down on the table and reaches for your hand. #pose:reaching #stage:sit-together
    Both are fine. I get to choose. And nobody disappears either way. #inner
    Offering both staying and going, and meaning it, takes the trap out of the moment. Being free to leave is often what makes it possible to stay. #coach
* [“You do know this is a pattern, right? You get close, then you vanish. Every time.” #kind:label]
    ~ respond(label)
    {loved_name} stands up. The jacket goes on, zip all the way up. #pose:turned-away #stage:step-away
    A pattern. Something you've been watching. I'm something you've been watching. #inner
    Seeing a pattern can really help, but naming it mid-storm, to someone instead of with them, makes it a charge. A pattern is easier to talk about together, on a calm day. #coach
* [“I'm going to bed soon, I'm done in. You're welcome on the sofa, or go home, and I'll text you in the morning, like always.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} nods. Pulls the blanket off the back of the sofa, as if testing whether it's really allowed. #pose:calm
    Like always. There's an always. You're going to sleep, and you'll still be there in the morning. #inner
    You're allowed to be tired and to say so. “I'll text you in the morning” turns your rest into something {they()} can count on, instead of a door closing. #coach
- -> epilogue

=== epilogue ===
{promised_return:
    Wednesday, 7:40. {loved_name} went home around midnight after all. Before your coffee, as promised: #place:bedroom #time:morning
    Morning. #speaker:you #stage:phone-sent
    ~ kept_word()
    morning #speaker:loved #stage:phone-message
}
{ silence_outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

// This scenario's own thresholds: a raised alarm with a lot of trust is an opening, not a
// closed circle; giving in again and again wears you out; chasing until both are
// empty closes the circle.
=== function silence_outcome()
{
- (appeased >= 3 && reserve <= 3) || (reserve <= 1 && appeased >= 1):
    ~ return "burnout"
- trust <= 2 || (alarm >= 7 && trust <= 5):
    ~ return "fear"
// Drained without giving yourself up is not burnout (CONTENT.md): it stays an opening at best.
- reserve <= 1:
    ~ return "fragile"
- trust >= 6 && alarm <= 4:
    ~ return "safety"
- else:
    ~ return "fragile"
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
You put the phone face down. {loved_name} doesn't write again, and neither do you.
See. Closeness always ends like this. #inner
The chat goes quiet again, and this time neither of you breaks it. #ending:fear
-> END

=== ending_burnout ===
Thursday evening. #chapter:Thursday #place:living-room #time:evening
{thursday_off: Thursday was called off. You cook anyway, because cooking is the one thing you still know how to do.|You cook, because you said you would.}
{appeased >= 2: For two days you said sorry, you said it didn't matter, you said yes to everything.|For two days you chased and waited and lay awake, and somewhere along the way you ran out.}
The phone buzzes with {loved_name}'s name. You notice you don't even pick it up straight away.
Your sister texted twice today. You haven't answered her. You haven't had the energy.
You stir the pan. You can't remember the last time you said what you actually wanted. Or what that even is. #ending:burnout
-> END
