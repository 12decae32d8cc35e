# id: enough-for-tonight
# title: Genoeg voor vanavond
# form: boundary
# minutes: 10
# note: Harde woorden en beledigingen van een partner; waar een traumareactie ophoudt en mishandeling begint.
# details: Na een slopende week met werk en een vader in het ziekenhuis kom je laat thuis, en je geliefde haalt naar je uit. De beledigingen blijven komen, ook een wrede over je vader, terwijl je bijna niets meer over hebt. Je kunt even weggaan en terugkomen op de tijd die je zei. Op een moment beantwoord je zelf of je je thuis veilig voelt; elk antwoord leidt ergens heen. Het verhaal zegt ook duidelijk wanneer kwetsend gedrag mishandeling wordt, en waar je hulp vindt.
# blurb: Je hebt bijna niets meer over, en de woorden blijven komen. Hoe blijf je zonder kopje onder te gaan, en hoe ga je even weg zonder weg te lopen?
# reflect: Wat zei je vanavond dat je zou doen, en deed je het ook? Wat veranderde dat?
# reflect: Waar ligt voor jou de grens tussen harde woorden uit angst en gedrag waar niemand bij hoeft te blijven?
# reflect: Wie zou jij kunnen bellen op een avond als deze?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR stormed = false       // je liep weg zonder te zeggen wanneer je terugkwam
VAR late_walk = false     // de wandeling begon later: terug om half tien
VAR said_time = false     // je liet vanuit het park een tijd weten
VAR silent = false        // je telefoon ging op stil
VAR called_friend = false // je belde Mira
VAR came_back = "nine"    // nine | late | early | home | stairs | bedroom
VAR night_how = ""        // hoe de avond eindigde als je niet naar buiten ging: appease | pursue | door
VAR night_kind = "none"   // wat je deed toen je geliefde naar bed kwam
VAR morning = false       // het gesprek is de volgende ochtend
VAR sat_first = false     // je vroeg twee minuten om te gaan zitten voor je luisterde
VAR where = "in"          // waar de vraag naar veiligheid je vindt: in (het huis) | bench | back (te vroeg terug)
VAR felt = ""             // jouw eigen antwoord: yes | unsure | no (nooit dat van het spel)
VAR texted = false        // vanaf Mira's bank stuurde je het beloofde berichtje
VAR defensive = false     // bij het laatste gesprek zit je geliefde nog schrap voor een oordeel

~ alarm = 6
~ trust = 4
~ reserve = 3
-> opening

=== function back_at()
{ late_walk:
    ~ return "half tien"
}
~ return "negen uur"

=== function night_part()
{ night_how:
- "pursue": ~ return "staan schreeuwen in plaats van even naar buiten te gaan"
- "door": ~ return "zonder iets te zeggen de deur voor je dichtgedaan"
- else: ~ return "net gedaan alsof ik sliep toen je binnenkwam"
}

=== opening ===
Donderdag, kwart voor acht. Je bent eindelijk thuis. #chapter:Een lange week #place:kitchen #time:evening
Maandag werkte je tot tien uur. Dinsdag en woensdag zat je bij je vader in het ziekenhuis, tot de verpleging je naar huis stuurde.
Vandaag was het allebei: een deadline op je werk, dan het ziekenhuis, dan de trein naar huis, de hele weg staand.
Het gaat iets beter met je vader. Vanmiddag vroeg hij om de kruiswoordpuzzel. Daar heb je je de hele weg aan vastgehouden.
Op het fornuis staat een pan met het deksel erop. Curry, koud geworden. Twee borden op tafel, eentje nog schoon.
{loved_name} zit aan tafel, telefoon omgekeerd, armen over elkaar. #pose:arms-crossed
O. Jij woont hier ook. #speaker:loved
Ik had gekookt. Voor half zeven. Zoals ik had geappt. #speaker:loved
Je zag dat appje om zeven uur, op het perron, en had de puf niet om te antwoorden.
Je ogen branden. Nog één zin en je gaat huilen of schreeuwen, je weet niet welke van de twee.
* [“Je hebt op me gewacht. Sorry dat het zo laat werd. Ik ben er nu.” #kind:attune]
    ~ respond(attune)
    {loved_name} kijkt naar het schone bord, niet naar jou. Maar {bezit()} kaak ontspant een beetje. #pose:tense
    Nu ben je er. Voor hoe lang deze keer? #inner
    Een scherpe begroeting betekent vaak: ik heb je gemist, en ik ben bang dat ik er niet toe doe. Dat horen betekent niet dat je alles moet slikken wat erna komt. #coach
* [“Ik kom rechtstreeks uit het ziekenhuis. Een beetje een welkom zou fijn zijn.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} lacht, kort en zonder enig plezier. #pose:arms-crossed
    Daar heb je het. Ik ben gewoon nog een klusje op je lijstje. #inner
    Voor iemand die al bang is om verlaten te worden, klinkt zo'n snauw als de eerste stap richting de deur. #coach
* [“Je hebt gelijk, ik ben een ramp. Ga zitten, ik warm het op en ik doe de afwas.” #kind:appease]
    ~ respond(appease)
    Je staat al bij het fornuis voor je je jas hebt uitgedaan. {loved_name} kijkt toe. #pose:tense
    Oké. Je hebt in elk geval spijt. Waarom helpt dat niet? #inner
    Alle schuld op je nemen koopt een moment rust. Het kost je iets waar je vanavond al te weinig van had. #coach
- -> pile_up

=== pile_up ===
Je eet staand aan het aanrecht, van het schone bord. Je proeft er niets van.
{loved_name} laat het niet los. De woorden komen sneller nu, over elkaar heen. #pose:pacing
Ik zat hier als een idioot. Met twee borden. Om de vijf minuten op mijn telefoon kijken. #speaker:loved
Weet je hoe dit huis voelt? Alsof ik een kamer verhuur. Je komt binnen, je slaapt, je gaat weer. #speaker:loved
Je baas. Je vader. Je telefoon. En ergens na het oud papier: ik. #speaker:loved
~ shift(0, 0, -1, 0)
Elke opmerking raakt een plek die al zeer deed. Je doet je mond open, en weer dicht.
{reserve <= 2: Er zit bijna niets meer in je om te geven. Je voelt het in je schouders, in je keel.}
* [“Dit ben jij niet, dit is je verleden. Dit doe je altijd als je bang bent.” #kind:label]
    ~ respond(label)
    {loved_name} blijft midden in de keuken staan. #pose:turned-away
    O, dus ik ben beschadigd. Fijn dat je er een naam voor hebt. #inner
    Ook een goedbedoelde stempel zegt: ik zie een probleem, niet jou. Meestal komt er dan schaamte bij het alarm. #coach
* [“Het was een eenzame week voor je. Dat snap ik. Ik ga nergens heen.” #kind:attune]
    ~ respond(attune)
    Heel even kijkt {loved_name} je aan alsof {onderwerp()} het wil geloven. #pose:tense
    Eenzaam. Ja. Hoe weet jij dat? Niet doen. Kom niet dichterbij. #inner
    Het gevoel onder de aanval benoemen kan rust geven. Het kan ook te dichtbij voelen, te snel. Het kan allebei. #coach
* [“Geef me twee minuten om mijn jas uit te doen en te zitten. Dan luister ik.” #kind:boundary]
    ~ respond(boundary)
    ~ sat_first = true
    {loved_name} knijpt {bezit()} lippen op elkaar, alsof je een stopwatch op {voorwerp()} hebt gezet. #pose:arms-crossed
    Twee minuten. Zelfs nu moet ik op mijn beurt wachten. #inner
* [“Ik vraag mijn broer of hij dit weekend naar het ziekenhuis gaat. Dan is het weekend van ons, beloofd.” #kind:appease]
    ~ respond(appease)
    {loved_name} knippert. Dat had {onderwerp()} niet verwacht. #pose:tense
    Het hele weekend. Ik heb gewonnen. Waarom voelt winnen dan zo rot? #inner
    Weggeven wat je zelf het hardst nodig hebt, alleen om een ruzie te stoppen, is jezelf in de steek laten. Het wordt er stiller van, zelden veiliger. #coach
- -> harshest

=== harshest ===
{
- sat_first:
    Je hangt je jas over een stoel, gaat zitten en drinkt een glas water. Je voeten staan op de vloer, en de vloer draagt je.
    Na twee minuten kijk je op.
    Oké. Ik luister. #speaker:you
    ~ kept_word()
    {loved_name} knippert. Je zei twee minuten, en het waren twee minuten. Heel even zakt {bezit()} stem, en {onderwerp()} gaat tegenover je zitten. #pose:tense
    Zitten helpt een beetje. De woorden houden er niet van op.
- last_kind == label:
    Je hebt {loved_name} iets gegeven om tegenaan te schoppen, en dat gebeurt dan ook.
- last_kind == attune:
    Even is het stil. Dan begint het opnieuw, alsof juist de vriendelijkheid te veel was.
- else:
    Even is het stil. Dan schudt {loved_name} {bezit()} hoofd, en begint het opnieuw.
}
{sat_first: Dan staat {onderwerp()} toch weer op en gaat bij het aanrecht staan|{loved_name} staat nu bij het aanrecht}, met {bezit()} rug naar het raam, {bezit()} stem laag en hard. #pose:arms-crossed
Je bent net als iedereen. Hartstikke lief, zolang het je niks kost. #speaker:loved #intense:Je geliefde zegt dat je net als iedereen bent: alleen lief als het niks kost.
Ga dan. Ga lekker bij je vader aan bed zitten. Misschien wil hij je daar wel hebben. Ik niet. #speaker:loved #intense:Een wrede opmerking over je vader, en dat je thuis niet gewenst bent.
~ shift(2, 0, 0, 0)
Het is tien over acht. Je handen trillen een beetje. Onder de moeheid ben je woedend, en heel verdrietig.
Je merkt dat je de vork zo hard vasthoudt dat je knokkels wit zijn. Je legt hem neer.
Als dit zo doorgaat, ga je toegeven of uitvallen. Je voelt ze allebei aankomen. #discuss:Je hebt bijna niets meer over. Wat zou je nu nodig hebben om te blijven, zonder jezelf op te geven?
* [“Ik ga niet weg. Ik zie hoe bang je bent dat ik wegglip.” #kind:attune]
    ~ respond(attune)
    {loved_name} draait {bezit()} gezicht weg, snel, en klemt {bezit()} handen om de rand van het aanrecht. #pose:turned-away #stage:flinch
    Bang? Ik ben niet bang. Kijk me niet zo aan. Hou op met me zien. #inner
    {alarm >= 8: Gezien worden op het heetst van de strijd kan voelen als betrapt worden. Je woorden komen misschien later aan, of vanavond niet; en elke minuut dat je onder vuur blijft staan, kost je iets waar je al te weinig van had.}
    -> staying_in
* [“Prima. Dan ga ik wel bij zijn bed zitten. Daar wil tenminste iemand me hebben. Wacht maar niet op me.” #kind:personalize]
    ~ respond(personalize)
    ~ stormed = true
    {loved_name} draait zich niet om. {Bezit()} schouders schieten omhoog tot aan {bezit()} oren. #pose:tense
    Zie je wel. Je gaat. Zoals iedereen. Ik wist het. #inner
    Boos weglopen, zonder te zeggen wanneer je terugkomt, geeft jou lucht. Het geeft de angst ook precies wat die verwachtte. #coach
    Je grist je jas mee. De voordeur knalt harder dicht dan je wilde. #stage:door-closes
    -> walk
* [“Niet zo. Ik ga een stuk lopen. Om negen uur ben ik terug.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} draait zich met een ruk om. Ga dan, zegt {onderwerp()}, en {bezit()} stem slaat over. #pose:tense
    Je gaat. Je gaat. ...Negen uur? Je zei negen uur. #inner
    Een grens zegt wat jij gaat doen, niet wat de ander moet doen. Of deze houdt, blijkt om negen uur, niet nu. #coach
    Je pakt je jas en je sleutels. De deur gaat zachtjes achter je dicht. #stage:door-closes
    -> walk
* [“Oké. Zeg het allemaal maar. Ik kan het hebben.” #kind:appease]
    ~ respond(appease)
    {loved_name} kijkt je even aan, van {bezit()} stuk gebracht. #pose:tense
    Vooruit dan, slik het maar. Waarom laat je dat toe? #inner
    Alles opvangen kan op liefde lijken. Als je zelf bijna leeg bent, leer je elkaar er vooral mee dat er geen grens is. #coach
    -> staying_in

=== staying_in ===
Je blijft waar je bent. De keuken voelt ineens heel klein.
{loved_name} gaat door. Over het verjaardagsfeest in maart waar je vroeg wegging. Over hoe je ‘prima’ zegt als niks prima is. #pose:pacing
En kijk me niet zo aan. Als een geslagen hond. Ik kan er niet tegen. #speaker:loved #intense:Je geliefde maakt je gekwetste blik belachelijk.
Dit doe je altijd. Je wordt stil en dan ben ik de slechterik. #speaker:loved
~ shift(0, 0, -1, 0)
De zinnen draaien nu rondjes. Je hoort de woorden niet meer, alleen nog het geluid.
Het is twintig voor negen. Er is iets in je heel stil geworden, en niet het goede soort stil.
* [“Stop. Hou gewoon op. Wat wil je nou eigenlijk van me? Zeg het, want ik weet het echt niet meer.” #kind:pursue]
    ~ respond(pursue)
    ~ night_how = "pursue"
    Je stem is harder dan je bedoelde. {loved_name} schrikt, en schreeuwt dan terug. #pose:tense #stage:flinch
    Harde stem. Nu jij ook. Uiteindelijk gaat iedereen schreeuwen. #inner
    Als jullie allebei overspoeld zijn, klinkt een eis als een aanval. De ruzie houdt niet op; hij raakt alleen buiten adem. #coach
    -> safe_question
* [“Ik stop hier. Ik ga even naar buiten, en om half tien ben ik terug.” #kind:boundary]
    ~ respond(boundary)
    ~ late_walk = true
    {loved_name} stopt midden in een zin. #pose:turned-away
    { landed:
        Dan, heel zacht: Ik probeer je niet weg te jagen. Ik weet niet wat ik probeer. #speaker:loved
        Wat je bij het aanrecht zei, dat je niet weggaat, lijkt nu pas binnen te komen, terwijl jij je jas pakt.
    }
    Half tien. Kom je terug? Kom je echt terug? #inner
    Je pakt je jas en je sleutels. De deur gaat zachtjes achter je dicht. #stage:door-closes
    -> walk
* [Knik, en blijf luisteren. Zeg niets. #kind:appease]
    ~ respond(appease)
    ~ night_how = "appease"
    Je knikt. Je blijft knikken. Na een tijdje is {loved_name} uitgepraat. #pose:withdrawn
    Stil nu. Je slikte het gewoon. Dat is bijna erger. #inner
    { landed: Later komt {loved_name} naast je zitten. Zonder je aan te raken. Wat je bij het aanrecht zei had tijd nodig, maar het is aangekomen. }
    Zwijgen terwijl alles over je heen spoelt kan het veiligst voelen. Je verdwijnt een beetje, en dat is voor geen van jullie veilig. #coach
    -> safe_question
* [Sta op, loop naar de slaapkamer en doe de deur dicht. Zonder iets te zeggen. #kind:personalize]
    ~ respond(personalize)
    ~ night_how = "door"
    Je hoort {loved_name} stilvallen als de deur in het slot klikt. #stage:door-closes #pose:withdrawn
    Deur dicht. Natuurlijk. Niemand blijft. #inner
    Een dichte deur zonder een woord is een manier om jezelf te beschermen. Aan de andere kant klinkt het als afscheid. #coach
    -> safe_question

=== safe_question ===
{
- where == "bench" && called_friend:
    Mira wacht. Ze vult de stilte niet voor je in, en het antwoord ook niet.
- where == "bench":
    Op het bankje komt er een vraag boven die je jezelf nog nooit over je eigen huis hebt gesteld: voel ik me daar vanavond veilig?
- where == "back":
    {came_back == "stairs": Op de koude trap|Weer binnen} komt er een vraag boven die je jezelf over dit huis nog nooit hebt gesteld: voel ik me hier vanavond veilig?
- night_how == "door":
    Je zit op de rand van het bed, je jas nog aan. Er komt een vraag boven die je jezelf in dit huis nog nooit hebt gesteld: voel ik me hier vanavond veilig? #place:bedroom
- else:
    Ergens middenin, tussen twee zinnen door, komt er een vraag boven die je jezelf in dit huis nog nooit hebt gesteld: voel ik me hier vanavond veilig?
}
Niemand anders kan die vraag voor je beantwoorden. Mira niet, {loved_name} niet. Alleen jij. #discuss:Wat zou je helpen om deze vraag eerlijk voor jezelf te beantwoorden? En wat zou je met het antwoord doen?
* [“Ja. Gekwetst en op, maar veilig.” #kind:neutral]
    ~ respond(neutral)
    ~ felt = "yes"
    { where == "bench": Thuis staart {loved_name} naar {bezit()} telefoon, alsof die daardoor oplicht. #pose:on-phone | Ergens in huis wrijft {loved_name} met twee handen over {bezit()} gezicht. #pose:withdrawn }
    { where == "bench": Waar ben je. Kom je terug? Ben je nog van mij? | Zo stil. Wat denk je? Ben je nog van mij? } #inner
    Dat is jouw antwoord, en jij bent degene die het mag geven.
    { where:
    - "bench": -> walk_on
    - "back": -> coming_back
    - else: -> long_night
    }
* [“Ik weet het niet zeker.” #kind:boundary]
    ~ respond(boundary)
    ~ felt = "unsure"
    -> safe_place
* [“Nee. Vanavond niet.” #kind:boundary]
    ~ respond(boundary)
    ~ felt = "no"
    -> safe_place

=== safe_place ===
{ felt == "unsure": ‘Ik weet het niet zeker’ is een volwaardig antwoord. Je hoeft niet zeker te zijn om één nacht ergens veilig te slapen. | Je hebt geen reden nodig die een ander goed genoeg vindt. Jouw nee is genoeg. } #coach
{ called_friend:
    “Kom dan hierheen,” zegt Mira. “De bank is van jou. Je hoeft vanavond verder niks te beslissen.”
- else:
    Je belt Mira. Ze neemt op bij de tweede keer overgaan, en je krijgt maar een halve zin over je lippen. #stage:phone-message
    “Kom hierheen,” zegt ze. “De bank is van jou. Je hoeft vanavond niks uit te leggen.”
}
{ where == "bench":
    Je appt {loved_name} vanaf het bankje, en leest het twee keer over voor je het verstuurt. #stage:phone-sent
- else:
    {came_back == "stairs":Je doet de voordeur open, je jas nog aan, en zegt het één keer, rustig, vanuit de deuropening.|{night_how == "door":Met je jas nog aan loop je de gang in en zegt het één keer, rustig, vanuit de deuropening.|Je trekt in de gang je jas aan en zegt het één keer, rustig, vanuit de deuropening.}} #place:hallway
}
Ik slaap vannacht bij Mira. Ik app je als ik er ben, en morgenochtend om acht uur ben ik terug. #speaker:you
{ where == "bench":
    Het antwoord komt snel: Bij Mira?? De hele nacht?? Daarna niets meer. #stage:phone-message
- else:
    Bij Mira. Ja hoor. Ga dan. #speaker:loved #pose:arms-crossed
    {loved_name} staart je aan, maar loopt niet mee naar de deur.
}
De hele nacht. Weg. ...Acht uur. Je zei acht uur. Vasthouden, die acht uur. #inner
Mira's huis ruikt naar toast en schone was. Ze geeft je een deken en een mok thee en vraagt helemaal niets. #chapter:Mira's bank #place:living-room #time:night
~ rest(1)
Later zegt ze: “Er zijn mensen met wie je kunt praten, hoor. Niet alleen als het misgaat. Gewoon om het hardop uit te zoeken.” Op de hulppagina van dit spel staat wie je kunt bellen, waar je ook woont.
{ felt == "no": Mira zegt dat ze morgen met je mee naar huis loopt en beneden wacht tot je haar appt. Je laat het gebeuren. }
Je telefoon ligt naast je op de deken. Je zei dat je zou appen als je er was.
* [App {loved_name}: “Ben er. Veilig. Slaap lekker. Acht uur.” #kind:attune]
    ~ respond(attune)
    ~ texted = true
    Je verstuurt het en legt je telefoon met het scherm naar beneden. #stage:phone-sent
    Thuis leest {loved_name} het vier keer, op de keukenvloer. #pose:on-phone
    Veilig. Acht uur. Ik weet nog niet of ik die acht uur durf te geloven. Ik wil het wel. #inner
* [Bel {loved_name}, en blijf praten tot {onderwerp()} rustig is, al duurt het de hele nacht. #kind:appease]
    ~ respond(appease)
    Het duurt anderhalf uur. Aan het eind heb je vier keer sorry gezegd dat je weg bent gegaan, en zit jij te huilen op Mira's bank. #stage:phone-away
    Thuis hangt {loved_name} rustiger op. Het houdt niet lang stand. #pose:on-phone
    Je zei sorry dat je ging. Dus gaan was fout. Dus de volgende keer... #inner
    Iemand urenlang kalmeren kan voelen als de enige manier om te kunnen slapen. Het kost je precies de nacht waarvoor je hier kwam. #coach
* [Zet je telefoon uit. Je zei dat je zou appen, maar je kunt {voorwerp()} vannacht niet aan. #kind:personalize]
    ~ respond(personalize)
    Je zet hem uit en schuift hem onder het kussen. Mira trekt een wenkbrauw op en zegt niets. #stage:phone-away
    Thuis stuurt {loved_name} drie berichtjes het niets in. #pose:on-phone
    Je zou appen. Je deed het niet. Dan is die acht uur vast ook gelogen. #inner
    {felt == "no":Als je je niet veilig voelt, kan je telefoon uitzetten precies zijn wat je nodig hebt om te rusten.|Je telefoon uitzetten kan voelen als de enige manier om uit te rusten.} Aan de andere kant klinkt een beloofd berichtje dat nooit komt als een deur die dichtgaat. #coach
- -> mira_morning

=== mira_morning ===
~ morning = true
// Een nacht apart, met het contact dat je beloofde, haalt de scherpte eraf; een nacht stilte niet.
{
- texted:
    ~ shift(-3, 0, 0, 0)
- last_kind == appease:
    ~ shift(-2, 0, 0, 0)
}
Om precies acht uur steek je je sleutel in het slot. {felt == "no": Mira wacht beneden, zoals afgesproken.} #chapter:De volgende ochtend #place:hallway #time:morning
~ kept_word()
{ texted:
    {loved_name} zit aan de keukentafel in de kleren van gisteren, met twee koppen koffie voor zich. #place:kitchen #pose:withdrawn
    Je zei acht uur. Het is acht uur. Je appte. Je kwam. #inner
- else:
    {loved_name} zit aan de keukentafel, grauw, met {bezit()} telefoon in {bezit()} hand. #place:kitchen #pose:tense
    Geen berichtje. Maar het is acht uur, en je bent er. Ik weet niet wat ik daarmee moet. #inner
}
{ landed: {loved_name} kijkt naar de klok, dan naar jou, en er laat iets los in {bezit()} schouders. {texted:Het berichtje van gisteravond, acht uur, de sleutel in het slot: het komt allemaal tegelijk aan.|Acht uur, de sleutel in het slot: het komt aan, ook zonder berichtje.} }
-> the_line

=== long_night ===
{ night_how:
- "door":
    Je ligt in het donker op bed, met je kleren nog aan. Je hoorde de tv, toen de kraan, toen niets. #chapter:Na elven #place:bedroom #time:night
- "pursue":
    Het ging door tot tien uur, en toen hield het gewoon op. Je deed de afwas met je kaken op elkaar. Nu lig je in bed, in het donker. #chapter:Na elven #place:bedroom #time:night
- else:
    Het ging door tot tien uur. Toen deed je de afwas, en niemand zei welterusten. Nu lig je in bed, in het donker. #chapter:Na elven #place:bedroom #time:night
}
Om kwart over elf gaat de slaapkamerdeur open. {loved_name} staat in de deuropening, een donkere vorm tegen het licht van de gang. #pose:withdrawn
Ben je wakker? #speaker:loved
Een klein stemmetje. Heel anders dan de stem in de keuken.
Je bent wakker. Je bent zo moe dat je je eigen hartslag in je oren hoort.
* [Hou je ogen dicht en adem langzaam, alsof je slaapt. #kind:personalize]
    ~ respond(personalize)
    ~ night_kind = "asleep"
    Na een tijdje gaat de deur weer dicht. In de kamer hoor je de bank kraken. #stage:door-closes #pose:turned-away
    Je slaapt. Of je doet alsof. Hoe dan ook: weg. #inner
    Je dood houden is een heel oude manier om jezelf te beschermen, en vanavond had je bescherming nodig. Maar de stilte vertelt hetzelfde verhaal als de angst. #coach
* [“Ik ben wakker. Sorry van vanavond. Het was allemaal mijn schuld.” #kind:appease]
    ~ respond(appease)
    ~ night_kind = "sorry"
    {loved_name} kruipt in bed en gaat met {bezit()} rug naar je toe liggen. #pose:turned-away
    Allemaal jouw schuld? Dat was het niet. Nu kan ik niet eens meer sorry zeggen. #inner
    Alle schuld op je nemen kan voelen als de snelste weg naar vrede. Daarmee laat je de ander alleen met het eigen aandeel. #coach
* [“Ik ben wakker, maar ik ben leeg. Ik kan vannacht niet praten. Morgen om zeven uur, bij de koffie, wil ik het er wel over hebben.” #kind:boundary]
    ~ respond(boundary)
    ~ night_kind = "tomorrow"
    {loved_name} staat even stil. Dan knikt {onderwerp()} in het donker en kruipt in bed, helemaal op de rand. #pose:withdrawn
    Morgen. Zeven uur. Er is dus een morgen. #inner
    Niet nu, maar dan: een grens met een tijd eraan. De ander hoeft niet te raden of je terugkomt. #coach
* [Sla het dekbed open. “Ik ben wakker. Kom maar.” #kind:attune]
    ~ respond(attune)
    ~ night_kind = "close"
    {loved_name} aarzelt, en gaat dan tegen je rug aan liggen. {Onderwerp()} trilt een beetje. #pose:withdrawn
    Je laat me binnen. Na dit allemaal. Ik snap het niet. Oké. #inner
    Warmte na een storm kan een enorme opluchting zijn, als je het echt te geven hebt. Vanavond heb je zelf maar heel weinig. #coach
- Ergens na enen val je in slaap. Je droomt van de ziekenhuisgang, en van een deur die je niet kunt vinden.
-> morning_after

=== morning_after ===
~ morning = true
{ night_kind == "tomorrow":
    Om zeven uur zit je aan de keukentafel met twee koppen koffie, zoals je zei. Je hebt slecht geslapen, maar je hebt geslapen. #chapter:De volgende ochtend #place:kitchen #time:morning
    ~ kept_word()
    {loved_name} komt binnen, ziet de tweede kop, en blijft in de deuropening staan. #pose:calm
    Zeven uur. Je zit er. Je zit er echt. #inner
- else:
    Je wordt om half zeven wakker met hoofdpijn. {loved_name} staat al in de keuken en zet met veel lawaai koffie. #chapter:De volgende ochtend #place:kitchen #time:morning
    Als je binnenkomt, zet {loved_name} een kop voor je neer, zonder je aan te kijken. #pose:withdrawn
}
Goeiemorgen. #speaker:loved
Meer zegt {onderwerp()} niet. Buiten rijdt de vuilniswagen piepend achteruit. De pan van gisteravond staat in het afdruiprek.
* [“We moeten het over gisteravond hebben. Nu, voor ik naar mijn werk ga.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} zet {bezit()} kop te hard neer. Koffie op tafel. #pose:tense
    Nu. Alweer. Als een examen dat ik voor het ontbijt moet halen. #inner
    Dat je het opgelost wilt hebben is begrijpelijk. Maar een deadline op een moeilijk gesprek maakt het moeilijker, voor jullie allebei. #coach
    Dan kom je maar te laat op je werk. Prima. Kom je maar te laat. #speaker:loved
* [“Gisteravond heb ik {night_part()}. Dat is van mij, en het spijt me. Wat jij zei, is van jou.” #kind:repair]
    ~ respond(repair)
    {loved_name} kijkt op. Dat je zou beginnen met iets wat jij deed, had {onderwerp()} niet verwacht. #pose:calm
    Van jou. En het mijne is van mij. Niemand doet alsof het fifty-fifty was. Dan kan ik misschien naar het mijne kijken. #inner
    Herstel gaat over je eigen misstappen, niet over de woorden van de ander. Alleen benoemen wat van jou is, zonder te kruipen, laat ruimte voor de ander om het eigen deel te pakken. #coach
    {loved_name} slaat beide handen om {bezit()} kop, alsof het koud is in de keuken.
* [“Laten we het er maar niet over hebben. Ik neem vanavond iets lekkers mee.” #kind:appease]
    ~ respond(appease)
    {loved_name} knikt. Opgelucht, en ook weer niet. #pose:withdrawn
    Er niet over praten. Dan gebeurt het gewoon weer. #inner
    Het gesprek overslaan houdt de ochtend licht. Wat er gebeurd is gaat niet weg; het gaat ondergronds. #coach
    Je smeert een boterham die je niet wilt, gewoon om iets met je handen te doen.
* [“Wat er gisteravond gebeurde was niet normaal. Je moet echt eens iemand spreken over die woede van je.” #kind:label]
    ~ respond(label)
    {loved_name} wordt bleek, en dan rood. #pose:arms-crossed
    Niet normaal. Ik. Daar is het, hardop gezegd. #inner
    Hulp willen voor {loved_name} kan heel redelijk zijn. Als oordeel, de ochtend erna, komt het aan als schaamte, niet als zorg. #coach
    Fijn. Dank je. Jij ook goedemorgen. #speaker:loved
- -> the_line

=== walk ===
~ where = "bench"
De kou slaat in je gezicht. Het is al donker; de straatlantaarns zoemen. #chapter:Buiten #place:street #time:night
{stormed: Je hebt niet gezegd wanneer je terugkomt. Je weet niet eens of je het zelf weet.|Je zei {back_at()}. Dan heb je vijftig minuten. Het voelt als veel en als helemaal niks.}
Je hart gaat nog te snel. De lucht ruikt naar natte bladeren en ergens naar patat.
Je benen lopen vanzelf naar het park. Een man met een hond knikt naar je; je knikt terug, alsof er niks aan de hand is. #place:park
Je gaat op het bankje bij de vijver zitten. Het is nat, het kan je niks schelen. Je telefoon zit zwaar in je zak. #discuss:Je hebt tijd voor jezelf genomen. Wat doe je ermee, en wat doet dat voor jullie allebei?
* [Bel Mira. Niet om over {loved_name} te klagen, gewoon om een stem te horen die aan jouw kant staat. #kind:neutral]
    ~ respond(neutral)
    ~ called_friend = true
    ~ rest(1)
    Mira neemt op bij de tweede keer overgaan. “Je klinkt kapot,” zegt ze, en je moet bijna lachen.
    Je vertelt over je vader, over de week, een beetje over vanavond. Ze luistert. Dan vraagt ze, heel rustig: “Voel je je thuis veilig?”
    Thuis zit {loved_name} in de stille keuken, en weet heel goed waar die stilte vandaan komt. #pose:withdrawn
    {stormed: Weg. Dat heb ik gedaan. En nu?|Stil huis. Je bent weg, en dat heb ik gedaan. ...Je zei {back_at()}. Meende je dat?} #inner
    Een vriendin bellen is geen verraad. Iemand aan jouw kant maakt het makkelijker om terug te komen zonder scherpe randjes. #coach
    -> safe_question
* [Draai om. Ga nu terug en strijk het glad, voor het vastroest. #kind:appease]
    ~ respond(appease)
    Je loopt al terug voor je het besloten hebt.
    Thuis hoort {loved_name} veel te vroeg de sleutel in de deur. #pose:tense
    Nu al terug. Mooi. Dan is het voorbij. Toch? #inner
    Vroeg teruggaan om het glad te strijken voelt lief. Maar je hebt je adempauze niet gehad, en er is niets gezegd over wat er gebeurde. #coach
    -> early_back
* [Stuur één kort berichtje: “Loop even in het park. Om {back_at()} ben ik terug.” #kind:attune]
    ~ respond(attune)
    ~ said_time = true
    Je verstuurt het voor je je kunt bedenken. #stage:phone-sent
    Thuis licht de telefoon van {loved_name} op, op tafel. {Onderwerp()} leest het twee keer. #pose:on-phone
    Om {back_at()} terug. Een tijd. Je komt terug. #inner
    { landed: {Onderwerp()} legt de telefoon neer en begint, langzaam, aan de afwas. Wat je bij het aanrecht zei, komt nu pas aan. }
    -> safe_question
* [Zet je telefoon op stil en loop door. Laat {loved_name} nou maar eens raden waar je bent. #kind:personalize]
    ~ respond(personalize)
    ~ silent = true
    Je zet hem op stil en duwt hem diep in je jaszak. Dat voelt goed. Een minuut of tien. #stage:phone-away
    Thuis stuurt {loved_name} een berichtje, en nog een. Er komt niets terug. #pose:on-phone
    Niks. Geen woord. Zo begint het. Zo gaan mensen weg. #inner
    Stil worden beschermt je een tijdje. Aan de andere kant wordt stilte ingevuld met het ergste verhaal dat er is. #coach
    -> safe_question

=== walk_on ===
{
- silent:
    Je loopt twee grote rondjes om de vijver voor je je telefoon pakt. Drie gemiste oproepen. Twee berichtjes van {loved_name}.
    In het eerste staat: waar ben je. In het tweede, twintig minuten later: zeg alsjeblieft gewoon iets.
- said_time:
    Je telefoon zoemt in je hand. #stage:phone-message
    Een berichtje van {loved_name}: ok. En een minuut later: dat van je vader meende ik niet.
- alarm >= 8:
    Je telefoon zoemt in je hand. #stage:phone-message
    Een berichtje van {loved_name}: je hoeft niet meer terug te komen. En een minuut later: waar ben je
- else:
    Je telefoon zoemt in je hand. #stage:phone-message
    Een berichtje van {loved_name}: kom je nog terug?
}
De vijver is zwart en stil. Ergens in het riet mompelt een eend.
Langzaam zakt je hartslag. Je merkt dat je het koud hebt, en honger, en dat je vader vandaag om de kruiswoordpuzzel vroeg. Kleine, gewone dingen. Ze helpen.
Je ademt uit, helemaal, voor het eerst vanavond.
* [Bel {voorwerp()}: “Om {back_at()} ben ik thuis, en dan gaan we dit uitpraten. Echt, deze keer.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} neemt meteen op, en binnen een minuut praten jullie allebei te hard. Je staat te schreeuwen bij een bankje in het park. #pose:on-phone
    Je stem, zo hard. Ik kan het niet. Ik kan dit niet. Ik hang op. #inner
    De ruzie via de telefoon voortzetten trekt jullie er allebei meteen weer in. De pauze was bedoeld om af te koelen. #coach
    Je staart naar het zwarte scherm. De eend is stil. Je loopt langzaam naar huis, want nu wil je er niet aankomen.
* [Lees het, en stop je telefoon weer weg. Niet nu. #kind:personalize]
    ~ respond(personalize)
    Je stopt hem weg. Niet nu. Je hebt een niet-nu wel verdiend. #stage:phone-away
    Thuis kijkt {loved_name} naar het scherm. Gelezen. Geen antwoord. #pose:on-phone
    Gelezen. Niet beantwoord. Ik praat tegen een muur. #inner
    Nu even niet antwoorden kan zelfbescherming zijn. Eén woord zou de ander al laten weten dat je er nog bent. #coach
* [Antwoord: “Loop even. Om {back_at()} thuis.” #kind:boundary]
    ~ respond(boundary)
    ~ said_time = true
    Je verstuurt het. Na een tijdje verschijnen de drie puntjes, verdwijnen, en komen weer terug. #stage:phone-sent #stage:typing
    Om {back_at()} thuis. Vier woorden. Nog vier meer dan ik verdien? #inner
* [Antwoord: “Het spijt me zo. Ik kom nu meteen naar huis.” #kind:appease]
    ~ respond(appease)
    ~ came_back = "early"
    Je staat al op voor het bericht verstuurd is. #stage:phone-sent
    Nu meteen. Oké. Oké. Ik kan ademen. #inner
    Terugrennen kalmeert dit moment. Maar je komt net zo leeg binnen als je wegging. #coach
    Je rent half door het park. De man met de hond kijkt je na.
- -> coming_back

=== early_back ===
~ where = "back"
{late_walk: Even na negenen|Om vijf voor half negen} sta je alweer in de gang, buiten adem. #place:hallway
De pan staat nog op het fornuis. Je bord staat nog op het aanrecht, half leeg.
{loved_name} zit op de bank met de tv aan, zonder te kijken. #place:living-room #pose:turned-away
Dat was snel. #speaker:loved
Iets vergeten? #speaker:loved
Je hebt het nog steeds benauwd. Je bent helemaal niet op adem gekomen. Je kwam terug om het te laten ophouden, en het is niet opgehouden.
* [“Sorry. Ik had niet weg moeten gaan. Laten we het gewoon vergeten.” #kind:appease]
    ~ respond(appease)
    ~ came_back = "home"
    {loved_name} haalt {bezit()} schouders op en zet de tv iets harder. #pose:turned-away
    Vergeten. Oké. Maar ik heb die dingen wel gezegd. Doen we nu gewoon alsof? #inner
    Gladstrijken maakt de avond stiller. Wat er gebeurd is gaat niet weg; het gaat ondergronds. #coach
    Je gaat aan de andere kant van de bank zitten. Op tv wint iemand een caravan.
* [“Ik ben te vroeg terug. Ik ga tot {back_at()} buiten op de trap zitten.” #kind:boundary]
    ~ respond(boundary)
    ~ came_back = "stairs"
    Je zit in je jas op de trap voor je voordeur. Door de deur hoor je de tv. #place:hallway #pose:withdrawn
    De trap. Je bent vlakbij. Niet weg. Gewoon... daar. #inner
    Een grens kan klein zijn: één deur en een trap. Waar het om gaat is dat je het zegt, en weer binnenkomt wanneer je zei. #coach
    Ergens boven doet een buurman zingend de afwas. Je ademhaling wordt rustiger.
* [“Zo, ik ben terug. Dan lossen we het nu op.” #kind:pursue]
    ~ respond(pursue)
    ~ came_back = "home"
    {loved_name} zet de tv uit en staat op. Ronde twee. #pose:pacing
    Je kwam terug om ruzie te maken. Prima. Ik kan ruziemaken. #inner
    Terugkomen om de ruzie af te maken betekent dat de pauze er nooit is geweest. Jullie zijn allebei nog overspoeld. #coach
    Het gaat nog een halfuur door, dezelfde zinnen, alleen harder. Dan zijn jullie allebei te moe om door te gaan.
* [“Maak je geen zorgen, ik val je niet lastig.” Ga met je telefoon in de slaapkamer zitten. #kind:personalize]
    ~ respond(personalize)
    ~ came_back = "bedroom"
    Je doet de slaapkamerdeur achter je dicht en scrolt zonder iets te lezen. #stage:door-closes
    Niet lastigvallen. Dus je bent klaar met me. #inner
    Je terugtrekken in een andere kamer zonder te zeggen hoe lang: voor wie achterblijft is dat nog steeds weggaan. #coach
    Door de muur hoor je de tv uitgaan, en daarna helemaal niets.
- -> safe_question

=== coming_back ===
{
- came_back == "early":
    Tien minuten later ben je thuis, buiten adem van het haasten. #chapter:Weer thuis #place:living-room #time:night
    {loved_name} zit op de bank, de curry staat nog op het fornuis. Je staat in de deuropening met je jas aan.
    Je kwam naar huis om het goed te maken. Nu je er bent, weet je niet hoe.
- came_back == "home":
    De klok op de oven springt op {back_at()}. Jullie zitten nog steeds in de kamer; de tv is nu uit. #chapter:Weer thuis #time:night
    Er is niets gezegd en niets opgelost. Het is alleen stil geworden.
- came_back == "stairs":
    Om precies {back_at()} sta je op, stijf van de kou, en laat je jezelf weer binnen. #chapter:Weer thuis #place:living-room #time:night
    ~ kept_word()
    ~ shift(-1, 0, 0, 0)
    {loved_name} kijkt naar de klok, en dan naar jou. #pose:withdrawn
    Je kwam weer binnen. Zoals je zei. #inner
- came_back == "bedroom":
    Om {back_at()} kom je de slaapkamer uit. Je weet niets meer van wat je allemaal voorbij hebt zien komen. #chapter:Weer thuis #place:living-room #time:night
- promised_return || said_time:
    Om precies {back_at()} steek je je sleutel in het slot. #chapter:Weer thuis #place:hallway #time:night
    ~ kept_word()
    ~ shift(-2, 0, 0, 0)
    De keuken is opgeruimd. De pan staat in het afdruiprek. {loved_name} zit op de bank en kijkt naar de klok, en dan naar jou. #place:living-room #pose:withdrawn
    Je zei {back_at()}, en het is {back_at()}. Je zei het, en hier ben je. #inner
- else:
    ~ came_back = "late"
    Het is twintig over tien als je thuiskomt. Je hebt niet gezegd hoe laat je terug zou zijn. #chapter:Weer thuis #place:hallway #time:night
    ~ shift(1, -1, 0, 0)
    {loved_name} zit op de grond in de gang, telefoon in de hand. {Bezit()} ogen zijn rood. #pose:withdrawn
    Je bent terug. Laat, en zonder een woord. Ik heb de minuten zitten tellen. #inner
}
{ alarm >= 7:
    {loved_name} slaat {bezit()} armen weer over elkaar. Wat deze avond ook was, hij is nog niet voorbij. #pose:arms-crossed
- else:
    {loved_name} kijkt moe en op {bezit()} hoede, maar blijft je aankijken. #pose:withdrawn
}
Je bent er. En nu?
* [“Ik ben terug. Ik slaap vannacht wel op de bank; dat heb je vast liever.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} doet {bezit()} mond open om iets te zeggen, en doet het dan niet. #pose:turned-away
    Dat heb jíj liever, bedoel je. Prima. Ga maar. #inner
    Aanbieden om afstand te houden klinkt attent. Het kan ook een stille manier zijn om terug af te wijzen. #coach
    Je pakt toch een deken uit de kast. Halverwege de bank blijf je staan. Het voelt als een deur die je zelf dichtdoet.
* [Ga naast {voorwerp()} zitten, niet te dichtbij. “We hoeven nog niet te praten.” #kind:attune]
    ~ respond(attune)
    Je gaat zitten. Er zit een handbreedte tussen jullie. Een tijdje zegt niemand iets. #pose:calm #stage:sit-together
    Je bent er. Geen vragen. Ik kan ademen. #inner
    Na een tijdje staat {loved_name} op, zet thee, en schuift zonder iets te zeggen een kop naar je toe.
* [“Zo. Nu gaan we praten. Wat was dat, vanavond?” #kind:pursue]
    ~ respond(pursue)
    {loved_name} trekt {bezit()} knieën op tot aan {bezit()} borst. #pose:withdrawn
    Een verhoor. Nu ben ik de verdachte. #inner
    Je hebt alle recht om het te willen begrijpen. Vlak na een storm klinkt een moeilijke vraag vooral als een aanklacht. #coach
    Weet ik niet, oké? Ik weet niet wat dat was. #speaker:loved
* [“Heb je al gegeten? Ik maak een boterham voor je. Laten we er gewoon een gezellige avond van maken.” #kind:appease]
    ~ respond(appease)
    Je staat al bij de broodtrommel. {loved_name} kijkt je aan, onzeker. #pose:tense
    Een boterham. Alsof er niks gebeurd is. Is er niks gebeurd? #inner
    Voor iemand zorgen is mooi. Voor iemand zorgen zodat er niets gezegd hoeft te worden kost jou wat, en levert niets op. #coach
    Je eet je eigen boterham weer staand op. Deze proef je ook niet.
- -> the_line

=== the_line ===
{morning: Jullie zitten tegenover elkaar, de koffie tussen jullie in.|Het is nu stiller. De klok op de oven springt een minuut verder. Buiten rijdt een auto voorbij.}
{ alarm <= 5:
    {loved_name} pulkt aan een draadje van {bezit()} mouw. #pose:calm
    Dat van je vader. Ik weet niet waarom ik dat zei. #speaker:loved
    Nee, dat is niet waar. Ik weet het wel. Je was de hele week weg, en ik voelde me een meubelstuk. En als ik me zo voel, haal ik liever eerst uit dan dat ik zit te wachten tot je weggaat. #speaker:loved
- else:
    ~ defensive = true
    {loved_name} staart naar de tafel. #pose:tense
    Kijk me niet aan alsof ik een monster ben. #speaker:loved
    Ik weet wat ik gezegd heb, oké? Ik weet het. #speaker:loved
}
{ felt == "yes": Eerder gaf je zelf antwoord op die vraag. Je mag ze elke avond opnieuw stellen. | Gisteravond gaf je zelf antwoord op die vraag, en ging je waar je moest zijn. Je mag ze elke avond opnieuw stellen. }
Angst kan verklaren waarom {loved_name} uithaalde. Het praat het niet goed, en het is niet aan jou om het op te vangen. Over harde woorden op een slechte avond kun je samen praten, en je kunt er grenzen aan stellen. Intimideren, dreigen of controleren dat steeds terugkomt, of bang zijn voor je partner, is iets anders: dat is mishandeling, met of zonder klappen, wat er ook achter zit, en daar hoeft niemand bij te blijven. Op de hulppagina van dit spel staat wie je kunt bellen. #coach
De koelkast zoemt. Gek hoe gewoon alles eruitziet na zo'n avond.
Wat zeg je? #discuss:Waar houdt een scherpe tong uit angst op, en waar wordt het iets waar je niet bij hoeft te blijven?
* [“Laat maar. Het was niks. Ik ben het inmiddels wel gewend. Zand erover.” #kind:appease]
    ~ respond(appease)
    ~ shift(0, -1, 0, 0)
    {loved_name} krimpt ineen, alsof je {voorwerp()} geslagen hebt. #pose:withdrawn #stage:flinch
    Gewend. Dus ik ben iets waar je je bij neerlegt. #inner
    Zeggen dat het niks was maakt jou kleiner en het probleem groter. Jouw pijn telt ook. #coach
    Oké. Als jij het zegt. #speaker:loved
* [Pak {bezit()} hand. “Zou je hier met iemand over willen praten? Ik ga met je mee. Naar de huisarts, bijvoorbeeld.” #kind:attune]
    ~ respond(attune)
    De hand van {loved_name} is koud. {Onderwerp()} kijkt je lang aan, zoekend naar de valkuil. #pose:tense #stage:step-closer
    { defensive:
        ~ shift(1, 0, 0, 0)
        Een dokter. Dus er is wel iets mis met me. Je zegt het alleen aardig. #inner
    - else:
        Met mij mee. Niet me erheen sturen. Met me meegaan. #inner
    }
    Ik ben niet gek. #speaker:loved
    Dat zei ik ook niet. Ik zei dat ik met je meega. #speaker:you
    { not defensive:
        ...Misschien. Niet deze week. Maar misschien. En het was niet oké, wat ik zei. Dat weet ik. #speaker:loved
    - else:
        Ik weet het niet. Duw niet zo. #speaker:loved
    }
    Hulp voorstellen als iets wat je samen doet, is iets anders dan een oordeel uitdelen. De huisarts is een gewone eerste deur: niemand heeft een diagnose nodig om aan te kloppen. #coach
* [“Je weet toch wel dat je hier hulp bij nodig hebt? Dit is niet normaal. Normale mensen praten niet zo.” #kind:label]
    ~ respond(label)
    {loved_name} trekt {bezit()} mouwen over {bezit()} handen. #pose:arms-crossed
    Niet normaal. Dat zeiden ze altijd al. #inner
    Hulp kan een goed idee zijn. Gebracht als oordeel klinkt het als: het probleem ben jij. #coach
    Juist. Dus het ligt aan mij. Het ligt altijd aan mij. #speaker:loved
* [“Als het weer zo gaat als {morning:gisteravond|vanavond}, zeg ik stop, ga ik naar buiten en kom ik terug wanneer ik zei.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} is lang stil. Dan knikt {onderwerp()}, één keer. #pose:calm
    Een stuk lopen. En terug. Daar kan ik mee leven. Ik denk dat ik daarmee kan leven. #inner
    Nu weten jullie allebei wat er gebeurt als het te veel wordt: geen dichtgeslagen deur, maar een wandeling en een terugkomst. Die voorspelbaarheid is op zich al een vorm van veiligheid. #coach
    En je komt terug. Elke keer. #speaker:loved
    Op de tijd die ik zeg. Elke keer. #speaker:you
- -> ending

=== ending ===
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
{loved_name} leunt tegen je aan, voorzichtig, alsof {onderwerp()} wil voelen of je {voorwerp()} opvangt. #pose:warm #stage:sit-together
Dat doe je. Niet omdat het moet, maar omdat je eerst voor jezelf zorgde, {felt == "yes":en daarna bleef|en daarna terugkwam wanneer je zei}.
Dank je dat je niet verdwenen bent. #speaker:loved
{morning: Vanavond|Morgen} ga je weer naar het ziekenhuis. Je zegt het nu al, van tevoren, en {loved_name} zegt: doe hem de groeten.
Over harde woorden uit angst kun je praten, zoals jullie net deden. Als het ooit omslaat in dreigen, intimideren of controleren, of als je bang wordt voor {loved_name}, dan is het mishandeling, welke angst er ook achter zit, en hoef je het niet te blijven slikken. Je verdient hulp; op de hulppagina van dit spel staat wie je kunt bellen.
Het is niet opgelost. Maar er is iets nieuws begonnen: je kunt even weggaan, en terugkomen, en het huis staat er nog. #ending:safety
-> END

=== ending_fragile ===
{ morning:
    {loved_name} spoelt {bezit()} kop om en pakt {bezit()} tas. Bij de deur draait {onderwerp()} zich om. #pose:withdrawn
    Stuur je me een appje? Als je in het ziekenhuis bent? #speaker:loved
    Je zegt dat je dat doet. Je blijft nog even zitten in de stille keuken.
- else:
    {loved_name} gaat als eerste naar bed. Bij de deur draait {onderwerp()} zich om. #pose:withdrawn
    Kom je ook? #speaker:loved
    Zo meteen. Je blijft nog even zitten in de stille keuken, in het licht van de gang.
}
Het is nog niet goed. Maar het zit ook niet dicht.
Na {morning:gisteravond|vanavond} heb jij ook zorg nodig: slaap, {called_friend || felt != "yes":Mira|iemand} om mee te praten, een avond die helemaal van jou is.
Wat er gebeurde kwam uit angst. Als je ooit bang wordt voor {loved_name}, of als er gedreigd, geïntimideerd of gecontroleerd wordt, dan is het mishandeling, en dat hoef je niet alleen te dragen. Op de hulppagina van dit spel staat wie je kunt bellen.
{morning: Je spoelt je eigen kop om en gaat naar je werk.|Je doet het licht uit.} #ending:fragile
-> END

=== ending_fear ===
Even later staat {loved_name} op en loopt de kamer uit. De deur knalt niet. Hij gaat gewoon dicht. #pose:turned-away #stage:step-away
Te veel. Uiteindelijk gaat iedereen. Dan ga ik liever eerst. #inner
Je blijft zitten. Misschien werkt dit gewoon niet, denk je. In de kamer hiernaast is dat precies waar {loved_name} bang voor is.
Voor nu is de cirkel gesloten: jullie hebben jezelf allebei beschermd, en jullie zijn allebei alleen.
{ felt != "yes": Het was niet de nacht bij Mira die de cirkel sloot. Of je je veilig voelde, kon alleen jij zeggen, en dat heb je gedaan. }
Harde woorden uit angst doen pijn, en je mag er een grens aan stellen. Maar als je bang bent voor {loved_name}, of als er gedreigd, geïntimideerd of gecontroleerd wordt, dan gaat het niet meer om angst waar je geduld mee hebt. Dan is het mishandeling, wat er ook achter zit, en verdien je hulp. Op de hulppagina van dit spel staat wie je kunt bellen.
Het is heel stil in huis. #ending:fear
-> END

=== ending_burnout ===
Later hoor je jezelf zeggen dat het goed is. Je zegt het zo vaak dat je het bijna gelooft.
{loved_name} is stil geworden. {Onderwerp()} heeft geen idee hoe leeg je bent, want je hebt ervoor gezorgd dat {onderwerp()} het niet kan zien. #pose:withdrawn
{morning: Vandaag|Morgen}: het ziekenhuis, je werk, thuis, en zorgen dat er niets misgaat. En de dag daarna weer.
Je voelt niet meer waar jij ophoudt. Je bent er niet echt meer voor iemand; je komt alleen nog de dagen door.
Als toegeven avond na avond de enige manier wordt om de vrede te bewaren, vraag jezelf dan eerlijk af: is dit nog angst bij {loved_name}, of is het controle geworden? Hoe dan ook: jij telt ook mee. Op de hulppagina van dit spel staan mensen met wie je kunt praten.
{morning: Je wast de twee koppen af, en zegt nog één keer dat het goed is.|Je ligt nog lang wakker en luistert naar {bezit()} ademhaling.} #ending:burnout
-> END
