# id: seeing-the-dance
# title: Samen de dans zien
# form: cycle
# minutes: 10
# note: Een rustig gesprek over eerdere ruzies, stiltes en een bijna-breuk.
# details: Op een rustige avond in het vroege voorjaar, zo'n twee jaar samen, kijken jij en je partner terug op een ruzie over een soeppan, twee dagen zonder berichtjes uit de tijd dat jullie nog apart woonden, en een zondag waarop uit elkaar gaan ter sprake kwam. Halverwege maakt één onhandig woord het oude alarm even wakker.
# blurb: Een wandeling, een bankje, de keukentafel: en voor het eerst zien jullie allebei de dans waar jullie steeds weer in belanden.
# reflect: Wat is jouw eigen beschermende beweging als de cirkel begint, en hoe kun je die benoemen zonder de schuld bij de ander te leggen?
# reflect: Waarom werkt zo'n gesprek beter op een rustige avond dan midden in een ruzie?
# reflect: Wat zou jullie pauzewoord zijn, en wat beloof je te doen nadat je het hebt gezegd?
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
Een zachte avond in het vroege voorjaar, na het eten. Jullie lopen het grote rondje om de vijver, jullie lievelingsrondje. #chapter:Een rondje om de vijver #place:park #time:evening #pose:calm
{loved_name} heeft {bezit()} handen diep in {bezit()} jaszakken en vertelt over een collega die elke dag vis opwarmt in de magnetron op kantoor.
Elke dag. Zalm. Niemand zegt er iets van. We lijden gewoon met z'n allen, als een soort familie. #speaker:loved
Je lacht harder dan het verhaal verdient. Het is een goede week geweest: geen pannen die in de week staan, geen blauwe vinkjes zonder antwoord, geen lange zondag.
Zo'n week voelt een beetje als schaatsen op het eerste ijs: heerlijk, maar je blijft luisteren of het kraakt.
Een stukje verderop loopt een stel. De een beent weg, met het hoofd omlaag. De ander loopt er haastig achteraan en roept een naam.
De snelle gaat nog harder lopen.
{loved_name} gaat langzamer lopen en kijkt ze na tot ze de bocht om zijn.
Oef. Die ken ik. #speaker:loved
{loved_name} kijkt je van opzij aan, met een half lachje. #pose:warm
Zo zijn wij soms ook, hè? #speaker:loved
Niemand is boos. Er is geen deur dichtgeslagen. Het is gewoon een vraag, op een pad, langs het water. #discuss:Waarom is een rustige avond als deze misschien een beter moment om over het patroon te praten dan midden in een ruzie?
* [“Ja. Zullen we nog een rondje lopen en het erover hebben? We kunnen altijd stoppen.” #kind:attune]
    ~ respond(attune)
    {loved_name} knikt en slaat het pad om de vijver weer in. #pose:calm
    Nog een rondje. We kunnen altijd stoppen. Oké. Dit kan ik. #inner
    Eerst vragen, en een uitweg openlaten, houdt het gesprek licht genoeg om te beginnen. #coach
* [“Misschien. Zullen we het vanavond licht houden? Laten we het later over ons hebben.” #kind:boundary]
    ~ respond(boundary)
    Het halve lachje van {loved_name} blijft net een tel te lang staan. Goed. Later. #pose:tense
    Later. Eindelijk klop ik zelf op die deur, en dan is het later. #inner
    Een lichte avond willen is redelijk. Maar {onderwerp()} deed net iets zeldzaams: begon er zelf over, rustig, op een pad langs het water. Zulke momenten komen niet op bestelling. #coach
* [“Eerlijk? Ja. Daar wacht ik al weken op. We moeten het hier echt over hebben.” #kind:pursue]
    ~ respond(pursue)
    Het lachje van {loved_name} bevriest. {Onderwerp()} trekt {bezit()} jas strakker om zich heen. #pose:tense
    Weken. Je wacht al weken. Dus ik loop nu al achter. #inner
    Opluchting kan naar buiten komen als druk. "We moeten het hier echt over hebben" maakt van een open deur een afspraak met een deadline. #coach
* [“Haha. Maar jij bent wel de snelle, hoor. Ik heb erover gelezen: dat heet vermijdende hechting.” #kind:label]
    ~ respond(label)
    {loved_name} lacht, maar het klinkt kort. #pose:arms-crossed
    Juist. Vermijdend. Goed om te weten. #speaker:loved
    Een woord uit een boek. Dat ben ik nu dus. #inner
    Een etiket plakken voelt als begrip, maar voor de ander klinkt het als een oordeel. Onderzoek naar hechting ziet bij iedereen een zekere mate van ongerustheid en vermijding, geen hokjes om je partner in te stoppen. #coach
-
{
- last_kind == boundary:
    Jullie lopen door. Jij vertelt het zalmverhaal nog eens na, en de tweede keer is het minder grappig.
    Op het bankje bij het water gaat {loved_name} zitten en begint er, met {bezit()} ogen op de eenden, toch over. #stage:sit-together
- alarm >= 4:
    Een minuut lang lopen jullie zonder iets te zeggen. Een fietser belt naar niemand in het bijzonder.
    Dan gaat {loved_name} op het bankje bij het water zitten, een stukje bij je vandaan. #stage:sit-together
- else:
    Halverwege is het bankje bij het water vrij. Jullie gaan zitten, schouder tegen schouder. #stage:sit-together #pose:warm
}
Een eend maakt ruzie met een andere eend. Waarover is niet te zien.
-> dishes

=== dishes ===
{ alarm >= 4: Goed. Dan doen we het ook maar meteen goed. De soeppan. #speaker:loved | Zoals met die soeppan, bijvoorbeeld. #speaker:loved }
Die donderdag in oktober was zo fijn. De deken met het brandgaatje, die film die we allebei al twee keer gezien hadden. #speaker:loved
En vijf minuten later sta ik in de keuken tegen je uit te vallen over die soeppan in de gootsteen. #speaker:loved
Ik weet nog steeds niet waar dat vandaan kwam. #speaker:loved
Die pan weet je nog goed. En alles wat erna kwam: "je gaat toch wel weg", de slaapkamerdeur, {loved_name} na middernacht op de vloer in de gang.
* [“En het ging niet alleen om die pan. Je zei dat ik toch wel weg zou gaan. En op mijn verjaardag deed je ook al…” #kind:personalize]
    ~ respond(personalize)
    {loved_name} verstijft. {Bezit()} blik dwaalt terug naar het water. #pose:withdrawn
    Daar is het lijstje. Ik wist dat er een lijstje zou komen. #inner
    Als je pijn eindelijk ruimte krijgt, wil alles er tegelijk uit. Maar een lijstje maakt van een gedeeld patroon een aanklacht, en dan gaat de ander zich verdedigen in plaats van mee te kijken. #coach
* [“Hoe was die avond voor jou? Vóór die pan?” #kind:attune]
    ~ respond(attune)
    {loved_name} denkt er lang over na. #pose:calm
    De aftiteling liep en jij bleef zitten, zoals altijd, en het was fijn. En toen was het té fijn. Alsof ik vergeten was een deur op slot te doen. #speaker:loved
    Je vraagt het gewoon. Je vertelt me niet wat er mis is met me. #inner
    Een nieuwsgierige vraag laat het antwoord bij de ander. Je leert er meer van dan wanneer je iemand aan zichzelf uitlegt. #coach
* [“Ach, het was maar een pan. Ik was het eerlijk gezegd alweer vergeten.” #kind:appease]
    ~ respond(appease)
    {loved_name} fronst een beetje, alsof {onderwerp()} een ander antwoord had verwacht. #pose:calm
    Pff, vrijgesproken. Alleen ben je het helemaal niet vergeten. Ik zag je gezicht de ochtend erna, bij mijn briefje. #inner
    Je eigen pijn kleiner maken bewaart even de vrede. Maar de ander voelt vaak dat het niet klopt, en dan voelt de rust juist minder veilig. #coach
* [“En ik snauwde terug en zei dingen die ik niet meende. Dat was mijn aandeel.” #kind:repair]
    ~ respond(repair)
    {loved_name} kijkt je verrast aan. Dan moet {onderwerp()} bijna lachen. #pose:warm
    En ik smeet de slaapkamerdeur dicht en legde de volgende ochtend een briefje neer in plaats van te praten. Wat een stel zijn we, hè. #speaker:loved
    Jij deed ook wat. Dus het is niet alleen omdat ik stuk ben. #inner
    Je eigen aandeel erkennen, zonder door het stof te gaan, maakt het voor de ander veiliger om dat ook te doen. #coach
-
{ alarm >= 5:
    Ik weet wat ik gezegd heb. Je hoeft het me niet voor te lezen. #speaker:loved
    {loved_name} ademt langzaam uit door {bezit()} neus.
- else:
    {loved_name} is een tijdje stil en kijkt naar het water.
}
Als het echt fijn is, zegt iets in mij: pas op. En dan vind ik een pan. #speaker:loved
Of een toontje. Of een sok. Ik vind altijd wel iets. #speaker:loved
{ trust >= 6: Zo eerlijk heb je {voorwerp()} het nog nooit horen zeggen. | {loved_name} zegt het tegen het water, niet tegen jou. }
-> silence

=== silence ===
De zon zakt achter de bomen. Het ruikt naar natte aarde en de eerste bloesem.
En die twee dagen. Toen we nog niet samenwoonden. Na dat weekend bij jou, met de peren en het bakprogramma. #speaker:loved
Ik las al je berichtjes. Ik begon een antwoord te typen, en dan deden mijn duimen het ineens niet meer. #speaker:loved
Die twee dagen weet je nog precies. Gelezen, en geen antwoord. Drie puntjes die kwamen en weer gingen. {Bezit()} groene jas aan je kapstok, al die tijd.
Die maandag opende je de chat elf keer. Je telde mee, en je schaamde je voor dat tellen.
Elke keer dat mijn telefoon trilde, draaide mijn maag om. Niet omdat jij het was. Omdat ik iemand hoorde te zijn die gewoon terugappt. #speaker:loved
* [“Dus dat is het trauma, toch? Je verleden komt ertussen en verpest de fijne momenten.” #kind:label]
    ~ respond(label)
    {loved_name} krimpt in elkaar, alsof je op een blauwe plek drukt. #pose:withdrawn #stage:flinch
    Verpest. Ik verpest dingen. Nu is het officieel. #inner
    Een oorzaak benoemen kan liefdevol voelen, maar "je verleden verpest het" maakt van één van jullie het probleem. De cirkel is van jullie allebei; een oordeel schuift hem naar één kant. #coach
* [“En hoe stiller jij werd, hoe meer ik appte. We houden het samen in stand, hè?” #kind:attune]
    ~ respond(attune)
    {loved_name} blaast uit. Het is bijna een lach. #pose:calm
    Ja. Dat. Als een trap naar beneden. #speaker:loved
    Wij. Niet ik. Wij. #inner
    Met "wij" zet je de cirkel tussen jullie in, waar jullie er allebei naar kunnen kijken, in plaats van in één van jullie. #coach
* [“Maar waarom kon dat niet? Eén woordje was genoeg geweest. Wat gebeurt er dan met je?” #kind:pursue]
    ~ respond(pursue)
    {loved_name} doet {bezit()} mond open en weer dicht. #pose:tense
    Ik weet het niet. Ik weet het niet, en jij wilt dat ik het weet. #inner
    Waarom-vragen voelen als willen begrijpen. Maar vaak weet de ander het echt nog niet, en een spervuur aan vragen voelt dan als die trillende telefoon van toen. #coach
* [“Kunnen we die twee dagen overslaan? Daar wil ik liever niet meer heen.” #kind:boundary]
    ~ respond(boundary)
    ~ shift(1, 0, 0, 0)
    {loved_name} doet {bezit()} mond dicht en knikt, net iets te snel. #pose:withdrawn
    Prima. Overslaan. Eindelijk had ik de woorden, en jij wilt ze niet. #inner
    Jouw grens is echt, en die mag je houden. Hij viel alleen precies op het ene moment dat {onderwerp()} de woorden klaar had.
-
{loved_name} gooit een stukje schors in het water. Het drijft, draait, en komt terug naar de kant.
Er jogt een man langs met een hond die duidelijk bij elke boom wil stoppen. Jullie zeggen niets tot ze weg zijn.
-> your_move

=== your_move ===
{loved_name} draait zich naar je toe en kijkt je echt aan. #pose:calm
{ trust >= 5: Mag ik jou ook iets vragen? #speaker:loved | Oké. Dan vraag ik het nu aan jou. #speaker:loved }
Wat doe jij eigenlijk? Als ik zo doe? #speaker:loved
Je doet je mond open. Er staan meteen een paar antwoorden klaar. Sommige zijn waar. Andere zijn gewoon oud.
* [“Ik? Ik reageer gewoon. Als jij niet zou verdwijnen, hoefde ik ook niet achter je aan te gaan.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} knikt langzaam, zoals mensen knikken als ze genoeg gehoord hebben. #pose:arms-crossed
    Dus het is van begin tot eind mijn schuld. Natuurlijk. #inner
    Als je je eigen beweging "gewoon een reactie" noemt, komt de hele cirkel bij de ander te liggen. Elke beweging erin is een reactie op die van de ander; daarom is het juist een cirkel. #coach
* [“Ik ga achter je aan. Ik word bang en dan ga ik drammen: appjes, bellen, vragen. Ik denk dat ik mezelf zo bescherm.” #kind:repair]
    ~ respond(repair)
    {loved_name} is even stil. Dan schuift {onderwerp()} een stukje op en geeft je een duwtje met {bezit()} schouder. #pose:warm #stage:step-closer
    Bang. Jij was ook bang. Daar heb ik nooit bij stilgestaan. #inner
    Wie achter de ander aan gaat, beschermt zichzelf ook, alleen de andere kant op. Dat hardop zeggen maakt de ander vaak zachter dan welke geruststelling ook. #coach
* [“Eerlijk? Het ligt aan mij. Ik ben gewoon te veel. Iedereen zou dichtklappen als ik elke vijf minuten blijf doorappen.” #kind:appease]
    ~ respond(appease)
    {loved_name} kijkt je onzeker aan. #pose:calm
    Maar dat is het niet echt. Toch? #speaker:loved
    Als het allemaal aan jou ligt, hoef ik niet naar mezelf te kijken. Makkelijker. En toch eenzaam, op een of andere manier. #inner
    Alle schuld op je nemen houdt het zacht, maar je gumt er de helft van het patroon mee uit, en het kost jou ongemerkt veel. Je bewaart de vrede door zelf te verdwijnen. #coach
-
Het wordt fris. {loved_name} rilt, en jullie nemen de korte weg naar huis, langs de lantaarnpalen, naar het huis waar jullie nu bijna een jaar samen wonen.
Op de hoek bij de bakker blijft {loved_name} staan om naar een kat achter een raam te kijken, zoals altijd. Jij wacht. Wachten kun je in elk geval goed.
-> sofa

=== sofa ===
Thuis. De keuken, één lamp boven de tafel, twee mokken thee die tussen jullie in koud worden. #chapter:Aan de keukentafel #place:kitchen #time:night #stage:sit-together
{loved_name} heeft {bezit()} voeten op de sport van jouw stoel gezet en kijkt naar het donkere raam, niet naar jou.
Een tijdje praten jullie over niks: de nieuwe fiets van de buren, of het basilicum op de vensterbank nou dood is of zich gewoon aanstelt.
Dan haalt {loved_name} adem, en je merkt dat dit al een tijdje klaarlag.
En die zondag. Dat eerste najaar, de dag nadat ik je over mijn moeder had verteld. Toen ik zei dat we misschien moesten stoppen. #speaker:loved
Ik meende het niet. Nou ja, een uurtje meende ik het wel. #speaker:loved
Dat uur weet je nog. De saxofoon beneden, steeds dezelfde vier noten. {loved_name} die het tegen het vloerkleed zei en aan een draadje van {bezit()} mouw pulkte.
De avond ervoor was {onderwerp()} nog in slaap gevallen met een hand om je pols.
Je merkt ineens hoe moe je bent. En voor je het kunt tegenhouden, is het eruit:
Ik schrok me kapot, weet je. Ik dacht gewoon: daar gaan we weer. #speaker:you
~ shift(4, 0, 0, 0)
{loved_name} wordt heel stil. #pose:arms-crossed
Daar gaan we weer. #speaker:loved
{ alarm >= 6: {loved_name} haalt {bezit()} voeten van je stoel, alsof {onderwerp()} wil opstaan. | {loved_name} glimlacht nog, maar de glimlach beweegt niet meer. }
Dus ik ben een herhaling. #speaker:loved
De woorden hangen tussen jullie in, boven de tafel. Je voelt de oude muziek weer inzetten. #discuss:Eén ongelukkig woord, en het oude alarm wordt wakker. Wat zorgt ervoor dat dit een rustig gesprek blijft, in plaats van het begin van de dans?
* [Sta op en sla je armen om {voorwerp()} heen. “Hé. Kom eens hier. Ik ben het.” #kind:attune]
    ~ respond(attune)
    // Nabijheid vlak nadat het alarm wakker wordt, voelt als vastgehouden worden.
    ~ shift(2, 0, 0, 0)
    {loved_name} verstijft in je armen, wringt zich los en staat op. #pose:pacing #stage:step-away
    Te dichtbij. Te snel. Laat me los. #inner
    -> old_dance
* [“Dat kwam verkeerd uit. Je bent geen herhaling. Ik was toen bang, en nu ben ik moe.” #kind:repair]
    ~ respond(repair)
    De voeten van {loved_name} komen terug op de sport van je stoel. #pose:calm
    Kwam verkeerd uit. Oké. Geen herhaling. Oké. #inner
    Een uitglijder die je snel erkent, laat zien dat het gesprek een stootje kan hebben. #coach
    -> signal
* [“Oké. Ik kan vanavond blijkbaar niks goed zeggen. Dan hou ik mijn mond verder maar, toch?” #kind:personalize]
    ~ respond(personalize)
    Je schuift je stoel naar achteren. {loved_name} staat op en gaat bij het raam staan. #pose:turned-away #stage:step-away
    Zie je wel. Eén verkeerd woord en jij trekt je ook terug. #inner
    Je voelt je niet begrepen en stapt terug om jezelf te beschermen. Van de andere kant gezien is die stap precies waar de ander bang voor was: verlaten worden. #coach
    -> old_dance
* [“We worden prikkelbaar. Ik breng het afval naar beneden, loop een blokje om, en ben over tien minuten terug.” #kind:boundary]
    ~ respond(boundary)
    ~ took_rubbish = true
    {loved_name} aarzelt en knikt dan. {Bezit()} ogen volgen je tot de deur. #pose:tense
    Tien minuten. Dat zegt iedereen. #inner
    Een pauze met een tijd erbij is geen weglopen. Of het vertrouwen oplevert, hangt af van wat er gebeurt als die tien minuten om zijn. #coach
    -> pause

=== old_dance ===
En daar is hij: de oude dans, in je eigen keuken, op de avond dat jullie er juist over zouden praten.
{loved_name} staat bij het raam, met {bezit()} armen om zich heen geslagen. #pose:withdrawn
Misschien was dit een stom idee. Het ging juist goed in het park. #speaker:loved
Waarom moeten we altijd alles kapotpraten? #speaker:loved
Je borst trekt samen, net als in die twee dagen.
* [“Zie je? Dit. Dit is precies het patroon waar we het net over hadden. Je doet het nu gewoon weer, waar ik bij sta.” #kind:label]
    ~ respond(label)
    {loved_name} draait zich om, met een rood hoofd. #pose:tense
    Betrapt. Op heterdaad, en ik kan geen kant op. #inner
    Het patroon benoemen terwijl het oplaait, klinkt als een beschuldiging, hoe waar het ook is. In het park was het iets waar jullie samen naar keken; hier is het een vonnis. #coach
    -> signal
* [Loop naar het raam en sla van achteren je armen om {voorwerp()} heen. “Ik ben er. Ik ga nergens heen.” #kind:attune]
    ~ respond(attune)
    ~ shift(2, 0, 0, 0)
    De hele rug van {loved_name} wordt hard onder je handen. Drie tellen houdt {onderwerp()} het vol, dan stapt {onderwerp()} opzij, uit je armen. #pose:tense #stage:step-away
    Niet weer. Ik zei: laat los. Waarom hoort niemand dat. #inner
    Wie wil helpen, blijft dichtbij. Het alarm hoort daarin: geen uitweg. #coach
    -> signal
* [“Ik loop tien minuten een blokje om. Ik ga niet weg. Daarna kom ik bij je zitten.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} zegt niets terug, maar kijkt je na. #pose:turned-away
    Weg. Maar tien minuten. Ik ga tellen. #inner
    -> pause
* [“Wacht. Volgens mij deed ik net mijn stukje van de cirkel. Sorry. Kunnen we een halve minuut terugspoelen?” #kind:repair]
    ~ respond(repair)
    {loved_name} snuift, half lachend, en wrijft met twee handen over {bezit()} gezicht. #pose:calm
    Terugspoelen. Kan dat dan? #inner
    Je eigen beweging halverwege opmerken is genoeg om te herstellen. Het hoeft niet in één keer goed. #coach
    -> signal

=== pause ===
{ took_rubbish:
    De trap af, het afval in de container, een blokje om. #place:street
- else:
    De trap af en een blokje om, met lege handen. #place:street
}
Je hart bonkt harder dan het gesprek waard was. Voeten op de stoep. Eén ademhaling, dan een langzamere.
Verderop in de straat staat een raam open; iemand lacht om de tv. Je kijkt op je telefoon: acht minuten.
Je loopt de trap op en komt de keuken weer in. #place:kitchen
~ kept_word()
{loved_name} zit weer aan tafel, met twee handen om een verse mok. Er staat er ook een voor jou. #pose:calm #stage:sit-together
Je bent er weer. #speaker:loved
Tien minuten, zei ik. Het waren er acht. #speaker:you
{ alarm >= 6: {loved_name} schuift je mok naar je toe en houdt {bezit()} eigen mok stevig vast. | {loved_name} schuift je mok naar je toe en haakt {bezit()} voet om de poot van je stoel. #pose:warm }
Je kwam gewoon terug. Echt terug. #inner
-> signal

=== signal ===
{ alarm >= 6:
    Een hele tijd zegt niemand iets. {loved_name} belandt aan het andere eind van de tafel, knieën opgetrokken op de stoel. #pose:arms-crossed
- else:
    Even later staan de voeten van {loved_name} weer op de sport van je stoel. #pose:calm
}
{ last_kind == label: Misschien is het ook wel het patroon. Ik kan dat alleen niet horen als ik er middenin zit. #speaker:loved }
{ last_kind == attune: Ik weet dat je het goed bedoelde. Ik had lucht nodig, geen armen. #speaker:loved }
Dus wat doen we? De volgende keer. Want er komt een volgende keer. #speaker:loved
Het is een echte vraag, rustig gesteld. Het ergste vuur is eruit. #discuss:Wat zouden jullie nu, nu jullie allebei rustig zijn, kunnen afspreken voor de volgende keer dat de cirkel begint?
* [“De volgende keer geef ik je gewoon alle ruimte die je nodig hebt. Ik vraag niks. Beloofd.” #kind:appease]
    ~ respond(appease)
    {loved_name} knikt, even opgelucht, dan minder zeker. #pose:calm
    Alle ruimte. En dan? Zit je zwijgend te wachten tot je op een dag gewoon weg bent? #inner
    Beloven dat je niets nodig hebt, klinkt gul. Niemand houdt dat vol, en je blijft alleen achter met je eigen alarm. #coach
* [“Zullen we een code afspreken? Ik zeg gewoon ‘dat is je oude bagage die praat’, en dan weet je het.” #kind:label]
    ~ respond(label)
    Het gezicht van {loved_name} gaat dicht. #pose:arms-crossed
    Oude bagage. Dus jij bepaalt wanneer ik echt ben en wanneer ik gewoon mijn verleden ben. #inner
    Een signaal werkt alleen als jullie het allebei kunnen gebruiken en niemand erdoor veroordeeld wordt. Een code die de "bagage" van één iemand benoemt, is een etiket met een wachtwoord. #coach
* [“Laten we een woord kiezen. We mogen het allebei zeggen. Het betekent pauze, geen afscheid.” #kind:boundary]
    ~ respond(boundary)
    ~ word_agreed = true
    Heel even verstrakt de kaak van {loved_name}, alsof je een riem voorstelt. #pose:tense
    Dan denkt {onderwerp()} na, en zegt heel serieus: #pose:warm
    Eend. #speaker:loved
    Eend? #speaker:you
    Niemand kan woedend blijven als iemand eend zegt. #speaker:loved
    En wie het zegt, zegt ook wanneer we verdergaan. #speaker:you
    Een woord dat ook voor mij werkt. En een tijd om terug te komen. Ik hoef niet te raden. #inner
* [“Beloof me gewoon dat je nooit meer zo stil wordt. Geen twee dagen, zelfs geen uur. Meer vraag ik niet.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} plukt aan {bezit()} mouw. #pose:tense
    ‘Nooit’ kan ik niet beloven. Dat weet je best. #speaker:loved
    Die belofte ga ik breken. En dan heb je je bewijs. #inner
    Om een belofte vragen geeft ook op een rustige avond druk. Wie om "nooit" vraagt, laat de ander bij de eerste wankeling al tekortschieten. #coach
-
{ landed: {loved_name} ademt lang uit en leunt achterover. Wat je net deed, komt nu pas bij {voorwerp()} aan. }
{ word_agreed:
    Jullie zeggen het één keer hardop, als test. Eend. Met een strak gezicht lukt dat niet.
- else:
    { trust >= 6: {loved_name} is stil, maar {bezit()} voet heeft de sport van je stoel weer gevonden. | {loved_name} trekt {bezit()} mok een stukje meer naar {bezit()} kant van de tafel. }
}
-> bedtime

=== bedtime ===
Het is na middernacht. Buiten is de straat stil geworden. Ergens rijdt een scooter voorbij, en dan niks meer.
{loved_name} gaapt en legt {bezit()} hoofd op {bezit()} armen op tafel.
{ trust >= 7 && alarm <= 5: Ik ben moe. Goed moe, denk ik. #speaker:loved | Ik ben moe. #speaker:loved }
Er is vanavond nog ruimte voor één ding. Misschien.
* [“Laten we het vanavond nog allemaal opschrijven, nu we het snappen. Regels, signalen, alles. Dan raken we het niet kwijt.” #kind:pursue]
    ~ respond(pursue)
    Je pakt al een notitieboekje. {loved_name} kijkt naar de pen alsof het huiswerk is. #pose:tense
    Nu? Regels? Ik heb niks meer over. #inner
    Een goed gesprek willen vasthouden is logisch. Maar doorgaan terwijl de ander al op is, maakt van het eind van de avond nog een overhoring. #coach
* [“Weet je wat? Ik ga aan mijn kant werken. Dat geapp, alles. Jij hoeft niks te veranderen.” #kind:appease]
    ~ respond(appease)
    {loved_name} tilt {bezit()} hoofd op en kijkt je lang aan. #pose:calm
    Dus nu ligt alles bij jou. Dan kan ik niks doen. Dan ben ik gewoon slecht weer waar jij doorheen moet. #inner
    Het hele patroon op je nemen klinkt liefdevol, maar dan draag je het alleen. En de ander heeft niets meer te doen. #coach
* [“Nog één vraag, dan naar bed. Als het gebeurt, wat helpt jou dan? Ik dichtbij, of ik in de andere kamer?” #kind:attune]
    ~ respond(attune)
    { alarm >= 7:
        {loved_name} houdt {bezit()} hoofd op {bezit()} armen. #pose:withdrawn
        Nog een vraag. Altijd nog één. Kan het niet gewoon klaar zijn? #inner
    - else:
        {loved_name} denkt na. #pose:warm
        Dichtbij, maar niet aanraken. En niet vragen wat er is. Gewoon… in huis zijn. #speaker:loved
        Je vraagt het gewoon. Niemand vraagt me dat ooit. #inner
    }
* [“Mijn hoofd zit vol. Zullen we het zondag op onze wandeling oppakken? Ik begin erover, dan hoef jij het niet.” #kind:boundary]
    ~ respond(boundary)
    ~ sunday_promised = true
    De ogen van {loved_name} schieten omhoog. Stoppen? Dan knikt {onderwerp()}, langzaam. #pose:tense
    Zondag. Jij begint erover. Dan hoef ik niet degene te zijn. #inner
    Stoppen als je vol zit is een grens, geen terugtocht. Aanbieden dat jij het weer oppakt, haalt een last bij de ander weg. #coach
-
Je doet de lamp uit. {loved_name} spoelt de mokken om en zet ze ondersteboven neer, en noemt dat opruimen.
-> ending

=== ending ===
Het gewone leven gaat verder: werk, boodschappen, een verjaardagskaart voor je moeder. #chapter:Daarna
{ word_agreed || sunday_promised:
    -> kept
- else:
    -> choose
}

= kept
{ sunday_promised:
    Zondagochtend. Weer de vijver, hetzelfde bankje. #place:park #time:morning
    Je begint erover, zoals je had gezegd. Deze keer hoef je niet naar woorden te zoeken.
    Ik heb er de hele week over nagedacht. #speaker:loved
    Ik dacht dat je het misschien zou vergeten. Maar nee. #speaker:loved
- else:
    Woensdagavond. Een klein gedoe over een oplader, en jullie voelen het allebei oplopen. #place:kitchen #time:evening
    Eend. #speaker:loved
    {loved_name} kijkt op de klok.
    Negen uur? #speaker:loved
    Jij loopt een rondje om het blok. Om negen uur zit je weer aan de keukentafel, en {loved_name} ook.
}
~ kept_word()
{ alarm >= 6: Heel even leunt de schouder van {loved_name} tegen de jouwe. Dan is het weer voorbij. #pose:calm | De hand van {loved_name} vindt heel even de jouwe. #pose:warm }
-> choose

= choose
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
Een week later sta je weer bij de vijver, met het laatste oude brood voor de eenden. #place:park #time:day #pose:warm
Twee ervan zitten elkaar achterna door het riet, rondje na rondje, tot de ene gewoon stopt en de andere ertegenaan botst.
Kijk. Wij. #speaker:loved
Jullie schieten allebei in de lach, en {loved_name} leunt tegen je aan.
Het gaat weer gebeuren. Dat weten jullie allebei. {word_agreed: Maar nu heeft het een naam, en een woord, en een weg terug. | Maar nu heeft het een naam, en jullie weten allebei hoe het gaat.}
Het is niet opgelost. Het is gezien, door twee mensen tegelijk, en dat is nieuw. #ending:safety
-> END

=== ending_fragile ===
Op een ochtend een week later drinken jullie koffie bij het open keukenraam, allebei in een dikke trui. #place:kitchen #time:morning #pose:calm
Sinds {sunday_promised: die wandeling| die avond} is niemand van jullie er nog over begonnen. Het staat toch tussen de mokken in.
Ik moet steeds aan dat stel in het park denken. Die ene die steeds harder ging lopen. #speaker:loved
Je weet nog niet goed wat je daarop moet zeggen. Dus je zegt wat waar is.
Ik ook. #speaker:you
{loved_name} knikt. Het is geen plan. Het is een deur die op een kier staat. #ending:fragile
-> END

=== ending_fear ===
Op een zaterdag een week later zit {loved_name} bijna de hele ochtend op {bezit()} telefoon. #place:living-room #time:day #pose:on-phone
Als je voorstelt om een rondje om de vijver te lopen, zegt {loved_name} dat het misschien een andere keer kan.
Het gesprek is nu ook iets waar je omheen loopt. {sunday_promised: Na die ochtend op het bankje begint niemand van jullie er nog over.|Niemand van jullie begint erover.}
Je merkt dat je {bezit()} gezicht weer afleest als een weerbericht, net als vroeger.
's Avonds zeg je bijna {word_agreed:eend, of sorry, of wat dan ook|sorry, of wat dan ook}. Je zegt alleen welterusten.
Vanaf de keukentafel lijkt de slaapkamerdeur verder weg dan eerst. #ending:fear
-> END

=== ending_burnout ===
Op een ochtend een week later word je vroeg wakker. Je ligt heel stil en neemt door wat je vandaag wel en niet gaat zeggen. #place:bedroom #time:morning #pose:calm
{ appeased >= 2:
    Dagenlang ben je zo voorzichtig geweest. Geen vragen. Geen behoeftes. Alle ruimte van de wereld.
    Met {loved_name} gaat het prima. {Onderwerp()} staat in de keuken te neuriën.
    Jij bent degene die er niet echt meer is. Je hebt jezelf zo klein gemaakt dat er bijna niemand meer over is om te blijven.
- else:
    Dagenlang heb je alles bij elkaar gehouden: opletten, vragen, elk gesprek terugsturen naar veilig terrein.
    {loved_name} doet nu voorzichtig tegen jou. Je hoort {voorwerp()} in de keuken, zo zacht mogelijk.
    Je hebt zo hard vastgehouden dat er niets meer in je handen zit.
}
Als {loved_name} vraagt of je mee wilt naar de vijver, zeg je dat je moe bent. Dat is waar, en het is al een tijdje waar. #ending:burnout
-> END
