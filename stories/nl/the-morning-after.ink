# id: the-morning-after
# title: De ochtend erna
# form: repair
# minutes: 10
# note: De dag na een ruzie waarin jij iets kwetsends zei of deed.
# details: Je wordt wakker na een ruzie waarin je je geliefde pijn hebt gedaan. Bij de koffie, overdag en 's avonds opnieuw zoek je een manier om het goed te maken zonder jezelf weg te cijferen.
# blurb: Gisteravond ging het mis. Vanochtend kies jij wat er nu komt.
# reflect: Wat is het verschil tussen je eigen deel op je nemen en alle schuld op je nemen?
# reflect: Na een gemeend sorry kan de ander nog een tijd op afstand blijven. Wat deed jij met dat wachten?
# reflect: Denk aan een keer dat iemand bij je terugkwam nadat die het fout had gedaan. Wat deed dat met je vertrouwen?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR rupture = ""
// je hebt benoemd wat je deed, gewoon, zonder "maar"
VAR owned = false

~ alarm = 6
~ trust = 3
~ reserve = 6
-> opening

// Wat je zegt als je het op je neemt, per breuk (src/core/carry-over.ts leidt die af uit de ruzie).
=== function sorry_line()
{ rupture:
- "hit-back": ~ return "Wat ik gisteravond zei, was bedoeld om pijn te doen. Dat deed het. Het spijt me."
- "labelled": ~ return "Dat ik gisteravond zei dat het weer hetzelfde liedje was, was oneerlijk. Het spijt me."
- "stayed-out": ~ return "Ik zei gisteravond tien minuten en bleef veel langer weg. Jij zat te wachten. Het spijt me."
- "chased": ~ return "Gisteravond bleef ik aandringen dat je moest praten, terwijl jij ruimte nodig had. Het spijt me."
- "went-cold": ~ return "Gisteravond sloot ik je zonder een woord buiten. Het spijt me."
- else: ~ return "Gisteravond hield ik de score bij in plaats van naar je te luisteren. Het spijt me."
}

=== function only_because()
{ rupture:
- "stayed-out": ~ return "ik bleef alleen zo lang buiten"
- "chased": ~ return "ik bleef alleen aandringen"
- "went-cold": ~ return "ik klapte alleen dicht"
- else: ~ return "ik zei het alleen"
}

=== function did_short()
{ rupture:
- "hit-back": ~ return "precies op de zere plek mikte"
- "labelled": ~ return "met diagnoses begon"
- "stayed-out": ~ return "tien minuten zei en mij liet wachten"
- "chased": ~ return "het niet kon loslaten"
- "went-cold": ~ return "zich omdraaide en niks meer zei"
- else: ~ return "lijstjes ging bijhouden"
}

=== opening ===
Je bent wakker voordat de wekker gaat. De andere kant van het bed is leeg, en al koud. #chapter:Koffie #place:bedroom #time:morning
Gisteravond komt in flarden terug.
Het was zo'n fijne avond geweest. Popcorn, de deken met het brandgaatje, de koude voeten van {loved_name} onder jouw been, een film die jullie allebei al twee keer gezien hadden.
Toen de soeppan, die nog in de gootsteen stond te weken. Toen {loved_name}, ineens scherp: jij gaat toch wel weg.
{ rupture == "":
    -> last_night
}
{ rupture:
- "hit-back":
    En toen zei je het, zacht, omdat je precies wist waar het zou aankomen. “Ik verpest in elk geval niet elke fijne avond die we hebben.” Je zag het binnenkomen. #intense:Je zei met opzet iets gemeens.
- "labelled":
    En toen zei je het. Dat het weer hetzelfde liedje was: zodra het gezellig wordt, moet {onderwerp()} het kapotmaken. #intense:Je zei iets kwetsends over wie je partner is.
- "stayed-out":
    En toen zei je: tien minuten, en ging je het balkon op. Je legde je telefoon omgekeerd neer en bleef er vijfentwintig.
    Toen je eindelijk weer binnenkwam, was de keuken donker.
- "chased":
    En toen kon je het niet loslaten. Vragen, “praat nou met me”, de ene vraag na de andere, net toen {onderwerp()} ruimte nodig had.
    Hoe harder je duwde, hoe verder {onderwerp()} wegging, tot er een deur tussen jullie zat.
- "went-cold":
    En toen klapte je dicht. Je draaide je om, sloot {voorwerp()} zonder een woord buiten en liet {voorwerp()} er alleen mee.
- else:
    En toen ging je lijstjes bijhouden. Vier keer gekookt deze week. Wie dacht {onderwerp()} dat die soep had gemaakt? Iemand moet het bijhouden, zei je.
}
Je blijft nog even liggen en kijkt naar het plafond. In de keuken gaat een kastdeurtje dicht, heel zachtjes.
-> kitchen

=== last_night ===
En toen...
* [Ik sloeg terug. Ik zei het ene wat het hardst zou aankomen. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "hit-back"
    Daar is het. Ik wist dat het erin zat. #inner
* [Ik zei tegen {loved_name} dat het weer hetzelfde liedje was: zodra het gezellig wordt, moet {onderwerp()} het kapotmaken. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "labelled"
    Hetzelfde liedje. Iets kapots dat dingen kapotmaakt. Daar komt iedereen uiteindelijk op uit. #inner
* [Ik bleef maar doorgaan. Vragen, “praat nou met me”, steeds harder, tot er een deur dichtging. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "chased"
    In het nauw. Er moest een deur tussen. Maakt niet uit welke. #inner
* [Ik klapte dicht. Ik draaide me om en sloot {voorwerp()} zonder een woord buiten. #kind:neutral]
    ~ respond(neutral)
    ~ rupture = "went-cold"
    Geen welterusten. Zo begint het dus. Het weggaan. #inner
- Niemand doet het altijd goed. De ochtend erna krijg je een nieuwe kans. #coach
Je blijft nog even liggen en kijkt naar het plafond. In de keuken gaat een kastdeurtje dicht, heel zachtjes.
-> kitchen

=== kitchen ===
Als je de keuken in komt, staat de koffie al klaar. #place:kitchen #time:morning
{loved_name} is al aangekleed voor het werk. Jas aan, tas op de stoel, klaar om te gaan. #pose:tense
Op tafel ligt een briefje in {bezit()} handschrift: Vroeg overleg. Koffie staat in de kan.
{Onderwerp()} schreef het zodat {onderwerp()} het niet hoefde te zeggen. Jij bent te vroeg opgestaan.
Je schenkt een kop in. Er is genoeg voor twee. {Onderwerp()} zet altijd voor twee.
{ rupture:
- "hit-back":
    Wat je gisteravond zei, is nog in de keuken. Je ziet bijna de plek waar het neerkwam.
- "labelled":
    Wat je gisteravond zei, hangt nog in de keuken. Hetzelfde liedje.
- "stayed-out":
    De pan staat nog in de gootsteen, net als toen je eindelijk van het balkon binnenkwam.
- "chased":
    Je eigen stem van gisteravond zit nog in je oren. Zeg nou wat er is. We moeten praten.
- "went-cold":
    Gisteravond eindigde zonder welterusten. Jullie weten allebei wie het niet zei.
- else:
    De soeppan staat schoon in het afdruiprek. Vier keer gekookt deze week. Dat heb je echt gezegd.
}
{loved_name} kijkt op {bezit()} telefoon. Dan hoeft {onderwerp()} niet naar jou te kijken. #pose:on-phone
Goeiemorgen. Er is koffie. #speaker:loved
Beleefd. Zo praat {onderwerp()} ook tegen de buren. #discuss:Als jij gisteravond gekwetst was, wat zou je vanochtend willen horen, en wat juist niet?
* [“Dank je. Druk vandaag?” #kind:neutral]
    ~ respond(neutral)
    Om negen uur overleg. En daarna nog een. #speaker:loved
    Jullie kijken allebei naar het briefje in plaats van naar elkaar.
    Het is alsof je met iemand bij de bushalte staat te praten. Iemand aardigs. Een vreemde.
    We doen alsof. Prima. Doen alsof kan ik goed. #inner
    Over een breuk heen stappen kan als vriendelijkheid voelen. Maar in die stilte vult de ander zelf het ergste in. #coach
    -> kitchen_unsaid
* [“Sorry van gisteravond. Maar {only_because()} omdat jij maar bleef doorgaan over die pan.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} zet {bezit()} kopje neer. #pose:arms-crossed
    Juist. Dus het was mijn schuld. #speaker:loved
    Zo bedoelde je het niet. Maar zo zei je het wel.
    Sorry, maar. Dat "maar" is het stuk dat je meent. #inner
    Een excuus met een "maar" wordt een verdediging. De ander hoort vooral de tweede helft. #coach
    -> kitchen_unsaid
* [“{sorry_line()}” #kind:repair]
    ~ respond(repair)
    ~ owned = true
    Geen "maar". Alleen dat. Ik weet niet waar ik het laten moet. #inner
    Bij echt herstel benoem je wat je deed, neem je het op je, en dan hou je op. Je vraagt er niets voor terug. #coach
    -> kitchen_owned
* [“Kunnen we gisteravond niet gewoon vergeten? Alsjeblieft? Ik kan er niet tegen als het zo is tussen ons.” #kind:appease]
    ~ respond(appease)
    Tuurlijk. #speaker:loved
    Het komt er te snel uit, en dat horen jullie allebei. #pose:tense
    Vergeten. Op de stapel met al die andere dingen die we niet zeggen. #inner
    Wat je overslaat, verdwijnt niet. Het wordt alleen stil. #coach
    -> kitchen_unsaid

=== kitchen_owned ===
{loved_name} staat heel stil, het kopje halverwege {bezit()} mond. #pose:tense
Oké. #speaker:loved
Geen "geeft niet". Geen "ik ook". Gewoon oké.
{Onderwerp()} kijkt naar de klok op de oven. Tien voor acht.
De koelkast zoemt. Buiten rijdt een vuilniswagen achteruit, piepend, eindeloos.
Alles in je wil dat {onderwerp()} nog iets zegt. Wat dan ook, als het maar betekent dat het weer goed is.
* [“Je hoeft er niks op te zeggen. Ga maar naar je overleg. Ik ben er vanavond.” #kind:attune]
    ~ respond(attune)
    {loved_name} knikt langzaam en spoelt {bezit()} kopje om. #pose:calm
    In het voorbijgaan raakt {onderwerp()} de leuning van je stoel aan. Alleen de stoel. #stage:step-closer
    Tot vanavond. #speaker:loved
    Niks waar ik op moet antwoorden. Niks wat voor negen uur opgelost moet zijn. Ik kan weer ademen. #inner
    Een excuus dat niets terugvraagt, komt makkelijker binnen. Vergeving komt, als die komt, in het tempo van de ander. #coach
* [“Maar is het nu wel goed tussen ons? Dat moet ik weten voordat je gaat.” #kind:pursue]
    ~ respond(pursue)
    De schouders van {loved_name} kruipen omhoog. #pose:tense
    Weet ik niet. Ik moet gaan. #speaker:loved
    {Onderwerp()} pakt {bezit()} tas zonder je aan te kijken.
    Nu moet ik jou een antwoord geven. Voor negen uur. Ik heb er geen. #inner
    "Is het goed tussen ons?" maakt van je excuus een vraag die de ander moet beantwoorden. Zo komt het gewicht weer daar te liggen. #coach
* [“Je doet het weer, hè. Zo stil en beleefd. Dat weet je zelf toch ook?” #kind:label]
    ~ respond(label)
    Wauw. Oké. #speaker:loved
    {Onderwerp()} zet het kopje harder neer dan nodig is. #pose:arms-crossed #stage:step-away
    De beleefde stem is weg. Wat eronder zit, is kouder.
    Het ene moment sorry, het volgende een lijstje van wat er mis is met mij. #inner
    Voorzichtige beleefdheid de ochtend erna is ook een vorm van bescherming. Als je ernaar wijst, is die bescherming juist harder nodig. #coach
* [“Ik ben zo'n idioot. Ik ben een waardeloze partner. Ik verpest alles wat we samen hebben.” #kind:appease]
    ~ respond(appease)
    {loved_name} zucht. #pose:tense
    Je bent niet waardeloos. Hou op. #speaker:loved
    En nu troost {onderwerp()} jou, met {bezit()} jas al aan.
    Nu moet ik ook nog voor jou zorgen. Dat heb ik vanochtend niet in me. #inner
    Jezelf de grond in boren klinkt als verantwoordelijkheid, maar het geeft de ander een nieuwe taak: jou troosten. Sta in voor wat je deed; je hele waarde hoeft niet op tafel. #coach
- -> door

=== kitchen_unsaid ===
{loved_name} drinkt {bezit()} koffie in drie snelle slokken leeg en spoelt het kopje om. #pose:turned-away
Ik moet gaan. #speaker:loved
{Onderwerp()} klopt op {bezit()} zakken. Sleutels, telefoon, portemonnee. En nog een keer: sleutels, telefoon, portemonnee.
Gisteravond hangt nog in de keuken. Ergens tussen het koffiezetapparaat en de deur, waar geen van jullie ernaar hoeft te kijken.
* [“We moeten het over gisteravond hebben. Echt. Voordat je gaat, niet vanavond, niet via de app.” #kind:pursue]
    ~ respond(pursue)
    Nu? #speaker:loved
    {loved_name} houdt {bezit()} sleutels omhoog, alsof dat iets bewijst. #pose:tense #stage:step-away
    Ik heb om negen uur overleg. #speaker:loved
    Nu, met mijn jas aan. Mijn hart gaat al tekeer. Dit kan ik nu niet. #inner
    Het moment telt net zo zwaar als de woorden. Vijf minuten voor je naar je werk moet, voelt een groot gesprek als een overval, niet als een uitnodiging. #coach
* [“Prima. Ga maar. Tot vanavond dan maar.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} aarzelt een tel te lang. Dan pakt {onderwerp()} {bezit()} tas. #pose:turned-away
    "Dan maar." Zo begint het. Elke keer een beetje minder. #inner
    Zelf afstandelijk worden beschermt je even. Voor iemand die verwacht verlaten te worden, klinkt het als de eerste stap naar de deur. #coach
* [“Succes met je overleg. Echt.” #kind:attune]
    ~ respond(attune)
    {loved_name} kijkt je verrast aan. #pose:calm
    Dank je. #speaker:loved
    Er gaat wat stijfheid uit {bezit()} schouders. Niet helemaal.
    Een zachte stem. Dat is iets. Maar gisteravond ligt er gewoon nog. #inner
    Warmte helpt. Toch blijft wat er gebeurde onuitgesproken, en wat onuitgesproken blijft, wordt met de ergste versie ingevuld. #coach
* [“Wacht. {sorry_line()}” #kind:repair]
    ~ respond(repair)
    ~ owned = true
    {loved_name} blijft staan, een hand op de rugleuning van een stoel. Even kijkt {onderwerp()} je alleen maar aan. #pose:tense
    Oké. Fijn dat je het zegt. #speaker:loved
    {Bezit()} stem is zacht, en iets minder beleefd. #pose:calm
    Je zei het. Laat, maar je zei het. Zonder "maar" erachter. #inner
    Herstel hoeft niet meteen te komen om te tellen. Waar het om gaat, is dat de breuk benoemd en erkend wordt. #coach
- -> door

=== door ===
{loved_name} staat bij de voordeur, sleutels in de hand, sjaal twee keer om {bezit()} nek. #place:hallway
{ alarm >= 8:
    {Onderwerp()} draait zich niet om. #pose:turned-away
- else:
    {Onderwerp()} draait zich half om. Er moet nog één ding uit. #pose:arms-crossed
}
Voor de duidelijkheid: ik ben niet degene die {did_short()}. #speaker:loved
Dat klopt. Het is alleen niet het hele verhaal. Er was die pan. Er was "jij gaat toch wel weg". #discuss:Hoe neem je je eigen deel op je zonder de hele ruzie op je schouders te nemen?
* [“Zie je, dit doe je nou altijd. Zodra ik dichterbij kom, duw je me weg.” #kind:label]
    ~ respond(label)
    De kaak van {loved_name} verstrakt. #pose:turned-away
    Fijne dag. #speaker:loved
    De deur gaat dicht. Niet met een klap. Gewoon dicht. #stage:door-closes
    Dus dat ben ik voor jou. Een patroon. Iets wat ik doe. #inner
    Een patroon benoemen midden in het moment klinkt als een beschuldiging, ook als het klopt. Patronen zijn voor een rustige avond, samen. #coach
* [“Dat deel was van mij. De rest niet alleen. Vanavond om acht uur, niet nu.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} kijkt je een tel langer aan dan nodig is. #pose:calm
    Acht uur. Oké. #speaker:loved
    Dan is {onderwerp()} weg, en valt de deur zacht in het slot. #stage:door-closes
    Je geeft niet toe en je vecht niet. Ik weet niet wat ik daarmee moet. Maar acht uur. Daar kan ik me aan vasthouden. #inner
    Je eigen deel op je nemen betekent niet dat je alles draagt. Een tijd afspreken maakt van "we moeten praten" iets om op te rekenen in plaats van een dreiging. #coach
* [“Je hebt gelijk. Het lag helemaal aan mij. Alles. Sorry.” #kind:appease]
    ~ respond(appease)
    Dat zei ik niet. #speaker:loved
    {Onderwerp()} klinkt vreemd geïrriteerd. Dan is {onderwerp()} weg. #pose:tense #stage:door-closes
    Alles? Wat ben ik dan? Iemand bij wie je op eieren moet lopen. #inner
    Alle schuld op je nemen kan grootmoedig lijken. Het laat de ander ook alleen met wat die zelf deed, en het kost jou meer dan je op dat moment merkt. #coach
* [“En wie begon er over die pan? Laten we niet doen alsof het allemaal aan mij lag. Jij zei ook dingen, hoor.” #kind:personalize]
    ~ respond(personalize)
    Daar heb je het. #speaker:loved
    De deur slaat achter {voorwerp()} dicht, zo hard dat de brievenbus rammelt. #pose:turned-away #stage:door-closes
    {owned:Dus dat sorry was alleen het voorprogramma.|Wist ik het toch. Het zat er de hele ochtend al aan te komen.} #inner
    Wat de ander deed, doet er ook toe, maar niet als tegenzet bij de deur. De schuld teruggeven in het heetst van de strijd laat de cirkel doordraaien. #coach
- Het huis wordt heel stil als {loved_name} weg is.
Je spoelt je kopje om en kijkt nog eens naar het briefje. Vroeg overleg. Koffie staat in de kan.
{ alarm >= 7:
    Zeven woorden, en niet één ervan voor jou. Je laat het liggen en gaat naar je werk.
- else:
    Geen liefdesbrief. Maar {onderwerp()} zette wel koffie voor twee. Je vouwt het briefje op en stopt het in je zak.
}
Op weg naar de bus schrijf je in je hoofd drie verschillende berichtjes. Je verstuurt er niet één.
-> midday

=== midday ===
Om twintig voor één zit je achter je bureau soep te eten. Het smaakt vooral naar zout. #chapter:Middag #place:office #time:day
Een collega vraagt of het gaat. Je zegt "prima" en hoort precies hoe dat klinkt.
Normaal had je {loved_name} allang een foto van die soep gestuurd. Dat is iets van jullie: de slechtste lunch van de dag wint.
Je telefoon ligt naast de kom. Niks van {voorwerp()}.
Je hebt de hele ochtend het gesprek van vanavond in je hoofd geoefend. In elke versie zeg jij precies het goede. In geen enkele zegt {loved_name} iets terug.
{promised_return:Je zei acht uur. Het is pas twintig voor één.}
* [Stuur: “Ik kook vanavond. En ik doe de hele week de afwas. Als je alsjeblieft niet meer boos op me bent.” #kind:appease]
    ~ respond(appease)
    Je verstuurt het. Een uur later trilt je telefoon. #stage:phone-sent
    Is goed. #speaker:loved #stage:phone-message
    Twee woorden. Je leest ze vier keer, en ze zeggen elke keer minder.
    De hele week de afwas. Alsof ik een baas ben die je te vriend moet houden. #inner
    Boete doen kan als liefde voelen. Maar het maakt van herstel een ruilhandel, en het put jou ondertussen uit. #coach
* [Stuur: “Kunnen we alsjeblieft praten? Echt praten. Bel me als je even tijd hebt, ik kan me nergens op concentreren.” #kind:pursue]
    ~ respond(pursue)
    Je verstuurt het. #stage:phone-sent
    Gelezen om 12:52. #stage:phone-read
    Dan de drie puntjes. #stage:typing
    Dan geen puntjes meer. #stage:typing-stops
    Je kijkt om één uur, om tien over, om half twee. Niks.
    Elke keer dat het scherm zwart blijft, trekt de knoop in je maag iets strakker.
    Niet nu. Ik zit in een overleg en ik krijg het weer benauwd. Niet nu. #inner
    Aandringen op een gesprek terwijl de ander al overspoeld is, levert zelden dat gesprek op. Meestal gaat het alarm er aan beide kanten alleen maar van omhoog. #coach
* [Stuur niks. Als {loved_name} het wil goedmaken, kan {onderwerp()} zelf wel eerst appen. #kind:personalize]
    ~ respond(personalize)
    Je legt je telefoon met het scherm naar beneden. #stage:phone-away
    Aan de andere kant van de stad gaat de middag van {loved_name} voorbij zonder soepfoto.
    Het voelt als voet bij stuk houden. Het voelt ook eenzaam.
    Geen foto. Niet eens die stomme soep. Zo erg is het dus. #inner
    Wachten tot de ander de eerste stap zet, voelt als zelfrespect. Voor iemand die verwacht verlaten te worden, klinkt stilte als het antwoord. #coach
* [Stuur de soepfoto: “De kandidaat van vandaag. Nul sterren. Je hoeft niet te reageren.” #kind:attune]
    ~ respond(attune)
    Je verstuurt hem. Twintig minuten later trilt je telefoon. #stage:phone-sent
    Een foto terug: een zielig broodje in plasticfolie. Eronder één zin. #stage:phone-message
    Daar kan jouw soep niet tegenop. #speaker:loved
    {landed: Twintig minuten, geen twee uur. Wat je vanochtend deed, heeft de hele dag gehad om bij {voorwerp()} aan te komen.}
    Je lacht hardop achter je bureau. Je collega kijkt je raar aan.
    De soep. Je stuurde toch de soep. Oké. #inner
    Kleine, gewone tekens van contact, zonder vraag erbij, zijn makkelijk te ontvangen. Ze zeggen: wij zijn nog gewoon wij, je hoeft niks terug te doen. #coach
- De middag kruipt voorbij. Je beantwoordt mails en leest er niet één echt.
-> evening

=== evening ===
{
- alarm >= 7:
    {loved_name} komt later thuis dan normaal, tegen half acht. #chapter:Avond #place:living-room #time:evening
    {Onderwerp()} gaat meteen met {bezit()} telefoon aan het andere eind van de bank zitten, een kussen tegen {bezit()} buik geklemd. #pose:on-phone
- alarm <= 4:
    {loved_name} komt om zeven uur thuis, met een zak van de lekkere chips. Die jullie allebei zogenaamd niet lekker vinden. #chapter:Avond #place:living-room #time:evening
    {Onderwerp()} laat de zak zonder iets te zeggen in je schoot vallen en komt naast je zitten. #pose:calm #stage:sit-together
- else:
    {loved_name} komt om zeven uur thuis. Schoenen uit, tas neer, een voorzichtig "hoi". #chapter:Avond #place:living-room #time:evening
    {Onderwerp()} gaat aan het andere eind van de bank zitten. Niet ver weg. Ook niet dichtbij. #pose:arms-crossed
}
Buiten is het gaan regenen. De ramen beslaan aan de randen.
Jullie eten voor de tv, een bakprogramma waarin iedereen huilt om een taart.
De borden van het eten staan in de gootsteen. Geen van jullie begint erover.
{ promised_return:
    Om acht uur, zoals je vanochtend zei, zet je het geluid van de tv uit.
    Ik zei dat we het vanavond over de rest zouden hebben. Dat wil ik nog steeds. Maar alleen als jij er ook aan toe bent. #speaker:you
    ~ kept_word()
    {loved_name} kijkt naar het stille scherm, en dan naar jou. #pose:calm
    Je bent het echt niet vergeten. #speaker:loved
}
{ owned:
    Dus. Vanochtend. Dat sorry. #speaker:loved
    Is dat nu de deal? Jij zegt het, en vanavond moet ik weer oké zijn? #speaker:loved #pose:tense
- else:
    Komt er nog een echt sorry? Of gaan we gewoon door alsof gisteravond niet gebeurd is? #speaker:loved #pose:tense
}
Het is niet echt een vraag. Het is een test, en dat weet {onderwerp()} zelf ook.
* [“Laten we het dan uitpraten. Alles, vanavond nog. Ik kan niet nog zo'n avond.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} kruipt weg in de hoek van de bank. #pose:withdrawn
    Alles. Vanavond nog. #speaker:loved
    {Onderwerp()} zegt het vlak, alsof {onderwerp()} een vonnis voorleest.
    Alles, allemaal tegelijk. Ik ga al kopje onder voordat we begonnen zijn. #inner
    Een gesprek dat je afdwingt, wordt al snel een ruzie die iemand wint. Het tempo van de langzaamste is meestal het veiligste. #coach
* {owned} [“Geen deal. Je hoeft niet oké te zijn. Ik wil gewoon hier bij je zitten, als dat mag.” #kind:attune]
    ~ respond(attune)
    {loved_name} zegt niets. Na een tijdje schuift {onderwerp()} een stukje op, tot jullie knieën elkaar raken. #pose:calm #stage:sit-together
    {landed: {Bezit()} kaken, al strak sinds {onderwerp()} thuiskwam, laten los. Het heeft de hele avond geduurd.}
    Geen deal. Geen deadline. Gewoon hier. #inner
    De voorzichtigheid van de ander uitzitten zonder het persoonlijk op te vatten, is ook een stille vorm van herstel. Zo kan het lichaam van de ander langzaam nagaan of je het meent. #coach
* {not owned} [“Ja. Dat ben ik je nog schuldig. {sorry_line()}” #kind:repair]
    ~ respond(repair)
    ~ owned = true
    {loved_name} kijkt je lang aan. #pose:tense
    Daar had ik eigenlijk al niet meer op gerekend. #speaker:loved
    {Bezit()} stem trilt, heel even. #pose:calm
    Je kwam erop terug. De hele dag dacht ik dat je dat niet zou doen. #inner
    Een laat herstel telt ook. Als je zelf terugkomt op een breuk, ziet de ander dat het voor jou niet niks was. #coach
* [“Serieus? Ik loop de hele dag al op eieren en wacht tot je weer normaal doet. Wat wil je nou nog meer van me?” #kind:personalize]
    ~ respond(personalize)
    Niks. Laat maar. #speaker:loved
    {loved_name} draait zich naar het raam. #pose:turned-away
    Op tv zakt iemands taart in. Niemand lacht.
    Zie je. Weer te veel. Ik ben altijd te veel. #inner
    Gekwetstheid die eruit komt als "wat wil je nog meer" is begrijpelijk. Voor de ander klinkt het als bewijs dat die te veel is. #coach
* [“Sorry. Wat jij wilt. We hoeven nergens over te praten.” #kind:appease]
    ~ respond(appease)
    Oké. #speaker:loved
    {loved_name} pakt de afstandsbediening en zet het geluid hard. #pose:on-phone
    Je krabbelt terug zodra ik duw. Waar is dan de bodem? #inner
    Meteen bakzeil halen houdt het rustig. Het leert jullie allebei ook dat hier niets moeilijks gezegd kan worden. #coach
- -> opening_up

=== opening_up ===
{ alarm <= 5 && trust >= 3:
    {loved_name} trekt {bezit()} benen op de bank. #pose:warm #stage:step-closer
    Ik was gisteravond ook niet bepaald geweldig. Die pan. Dat ik zei dat je toch wel weggaat. #speaker:loved
    Ik weet niet eens waarom ik dat altijd zeg. #speaker:loved
    Dan gaat {bezit()} gezicht weer dicht, snel. #pose:turned-away
    Laat maar. Het maakt niet uit. #speaker:loved
- else:
    {loved_name} staart naar het scherm. #pose:turned-away
    Boeien. Ik begon, jij maakte het af. #speaker:loved
    Even lijkt het of {onderwerp()} nog iets wil zeggen. Dan schudt {onderwerp()} {bezit()} hoofd. #pose:withdrawn
    Laat maar. Het maakt niet uit. #speaker:loved
}
Je kent deze beweging. Een deur gaat op een kier en zwaait dicht voordat iemand erdoor kan. #discuss:Waarom zou de deur meteen weer dichtgaan nadat hij openging? Wat kun je zeggen zodat hij niet dichtslaat, zonder hem open te duwen?
* [“Het maakt mij wel uit. Geen haast. Ik ga nergens heen.” #kind:attune]
    ~ respond(attune)
    {loved_name} pulkt aan een draadje van {bezit()} mouw. Lange tijd niks. #pose:calm
    {landed: Dan zakken {bezit()} schouders, alsof iets wat je eerder zei nu pas aankomt.}
    Het is alsof ik het eerst moet zeggen. Dat je weggaat. Voordat jij het kunt doen. #speaker:loved
    Je greep het niet vast. Je liet het niet vallen. Het is er gewoon nog. #inner
    Dichtbij blijven zonder te trekken laat de ander uit zichzelf terugkomen naar de deur. Die zin moest van de ander zelf komen. #coach
* [“Ik weet wel waarom je dat gisteravond zei. Dat komt door vroeger, thuis. Als iemand boos wordt, weet jij zeker dat die weggaat.” #kind:label]
    ~ respond(label)
    Het gezicht van {loved_name} bevriest. #pose:arms-crossed
    Dank je, dokter. #speaker:loved
    {Onderwerp()} staat op om water op te zetten. Niemand wil thee. #stage:step-away
    Je hebt een dossier over mij. Daar heb je de hele dag in zitten lezen. #inner
    Weten waar iemands angst vandaan komt, kan je helpen mild te blijven. Het ongevraagd uitleggen maakt van het verhaal van de ander jouw diagnose. #coach
* [“Nee, echt, jij hebt niks gedaan. Het lag allemaal aan mij.” #kind:appease]
    ~ respond(appease)
    Ja. Vast. #speaker:loved
    {loved_name} kijkt bijna teleurgesteld. #pose:withdrawn
    {Onderwerp()} wilde net iets zeggen. Nu niet meer.
    Ik mag niet eens sorry zeggen. Dan is niks ervan echt. #inner
    Wie alle schuld op zich neemt, ontneemt de ander de kans om het eigen deel op te pakken. Herstel werkt twee kanten op. #coach
* [“Het maakt wel uit. Als je zegt dat ik toch wel wegga, doet dat pijn. Elke keer. En ik ga nergens heen.” #kind:boundary]
    ~ respond(boundary)
    // De deur ging net open: jouw pijn er nu bovenop leggen is een gemist moment.
    ~ shift(2, 0, 0, 0)
    {loved_name} doet {bezit()} mond open en weer dicht. #pose:tense
    Oké. Ik hoor je. #speaker:loved
    {Onderwerp()} schuift niet van je af. Maar wat {onderwerp()} over {bezit()} eigen deel wilde zeggen, blijft ongezegd. #pose:withdrawn
    Het doet je pijn, en je zit hier nog. Allebei tegelijk. Ik wist niet dat dat kon. #inner
    Je eigen grens hoort ook bij herstel. Maar gezegd net toen de ander iets toegaf, kan het de deur dichtdoen die net op een kier stond. #coach
- -> what_if

=== what_if ===
Het bakprogramma is afgelopen. Iemands taart heeft gewonnen.
Tijdens de reclame vraagt {loved_name} het, zonder je aan te kijken. #pose:withdrawn
En als ik het weer doe? Dat met die pan. Dat "jij gaat toch wel weg". #speaker:loved
{Onderwerp()} heeft {bezit()} mouwen over {bezit()} handen getrokken.
{alarm >= 7:{Onderwerp()} vraagt het alsof {onderwerp()} het antwoord al weet.|Het klinkt als een echte vraag. Misschien wel de eerlijkste van vandaag.}
* [“Dan slik ik het gewoon. Wat je maar nodig hebt, hoe lang het ook duurt. Ik vind het echt niet erg. Ik ben het gewend.” #kind:appease]
    ~ respond(appease)
    {loved_name} knikt, maar kijkt niet opgelucht. #pose:tense
    Je voelt iets in je doorzakken, als een plank waar te veel op staat.
    Je vindt het niet erg. Niemand vindt het niet erg. Op een dag vind je het ineens heel erg. #inner
    Beloven dat je alles opvangt, klinkt als liefde. Het is een belofte die je eigen grenzen ooit zullen breken. #coach
* [“Dan mag jij het de volgende keer misschien goedmaken.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} lacht, maar niet van harte. #pose:arms-crossed
    Ja. Dacht ik al. #speaker:loved
    Je houdt de score bij. Dus vandaag was een lening, en nu sta ik bij je in het krijt. #inner
    Van herstel een rekensom maken, maakt de volgende breuk gevaarlijker, niet veiliger. Goedmaken telt juist omdat er geen rekening achteraan komt. #coach
* [“Dan zeg ik dat het pijn doet. Moet ik even lopen, dan zeg ik hoe laat ik terug ben. En dan kom ik terug.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} is een tijdje stil. #pose:calm
    Zeggen hoe laat je terug bent. Oké. Daar kan ik wat mee. #speaker:loved
    Een wandeling met een tijd erop. Dat is geen weggaan. Dat is terugkomen. #inner
    Een grens met een tijdstip van terugkomen is iets waar een bang lichaam op kan leunen. Het zegt: ik zorg voor mezelf, en ik kom terug. #coach
* [“Dan staan we waarschijnlijk weer in de keuken, met slechte koffie. En dan ben ik er nog steeds.” #kind:attune]
    ~ respond(attune)
    {loved_name} proest het uit. Het geluid verrast jullie allebei. #pose:warm #stage:step-closer
    Zo slecht was die koffie nou ook weer niet. #speaker:loved
    Nog steeds hier. Zelfs na zo'n avond. Misschien. Misschien. #inner
    Veiligheid groeit niet doordat je nooit meer ruzie hebt. Die groeit elke keer dat er na een breuk iemand terugkomt. #coach
- -> ending

=== ending ===
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
Halverwege een aflevering die geen van jullie volgt, ligt het hoofd van {loved_name} ineens op je schouder. #pose:warm #stage:sit-together
Bedankt voor vandaag. #speaker:loved
Gisteravond ging het mis. Maar je bleef terugkomen, de hele dag, in kleine dingen.
Je beweegt niet, ook niet als je arm begint te tintelen.
Morgen is er weer koffie. Misschien een briefje, misschien niet.
Je bleef terugkomen. Dat ga ik onthouden, denk ik. #inner
Gisteravond is er nog steeds. Maar nu is er een weg terug, en jullie weten allebei waar die begint. #ending:safety
-> END

=== ending_fragile ===
Rond elf uur staat {loved_name} als eerste op. #pose:calm
In de deuropening van de woonkamer blijft {onderwerp()} staan, een hand tegen de deurpost.
Koffie, morgen? #speaker:loved
Het is geen knuffel. Het is geen "alles is vergeven". Het is een plan voor morgenochtend, en dat is meer dan je vanochtend had.
Koffie, morgen. #speaker:you
Misschien. Eens kijken of het morgenochtend nog klopt. #inner
Het is iets kleins om je aan vast te houden. Je houdt je eraan vast. #ending:fragile
-> END

=== ending_fear ===
{loved_name} gaat vroeg naar bed. De slaapkamerdeur gaat dicht. Niet met een klap, gewoon dicht. #pose:turned-away #stage:door-closes
Je zit met de tv op stil en de afstandsbediening in je hand.
De borden staan nog in de gootsteen. Jij kunt er vanavond niet aan beginnen, en {loved_name} ook niet.
{owned:Dat sorry voelt nu al als iets wat twee andere mensen is overkomen.}
{last_kind == attune || last_kind == boundary:Je zei dat je terugkomt, dat je er nog bent. Ik wil het geloven. Alleen niet vanavond. Nog niet.|Ik wist het. Die lieve stem, alles. Het zou nooit standhouden.} #inner
Morgen ligt er weer een briefje op de keukentafel. Waarschijnlijk dat over de koffie.
Jullie wilden allebei dat gisteravond voorbij was. Geen van jullie weet hoe je daar doorheen komt. #ending:fear
-> END

=== ending_burnout ===
Het is stil. Jij hebt het stil gemaakt.
{loved_name} scrolt op de bank, {bezit()} voeten net niet tegen de jouwe. #pose:on-phone
Je zei sorry, en nog eens sorry. Je gaf toe, {last_kind == boundary:bijna }elke keer dat het moeilijk werd.
De borden heb je ook gedaan. Natuurlijk.
Je probeert je één ding te herinneren dat je vandaag zei en dat waar was voor jou. {last_kind == boundary:Alleen het laatste, net. Het kwam laat, en het klinkt nu al ver weg.|Je vindt er geen.}
Je bent zo meegaand nu. Het is alsof ik met een heel beleefd spook woon. #inner
Er is vanavond geen ruzie meer in de kamer. Er is alleen ook niet veel meer van jou over. #ending:burnout
-> END
