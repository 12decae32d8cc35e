# id: fight-about-nothing
# title: Ruzie om niks
# form: active
# minutes: 10
# note: Een ruzie met harde woorden, vlak na een liefdevolle avond.
# details: Na een warme avond op de bank loopt een opmerking over de afwas uit op ruzie, met een paar gemene zinnen en een dichtgeslagen deur. Niemand raakt lichamelijk gewond; de nacht loopt hoe dan ook rustig af.
# blurb: Een film, een deken, een vieze pan. Hoe snel kan een fijne avond omslaan?
# reflect: De scherpste woorden kwamen vlak na het warmste moment. Wat kan die nabijheid hebben losgemaakt?
# reflect: Waar wilde je terugslaan, toegeven of erachteraan gaan? Wat zou je nodig hebben om daar iets anders te doen?
# reflect: Wat gaf het jou om je eigen grens te bewaken? En wat gaf het degene van wie je houdt?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

~ alarm = 4
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Donderdagavond. Een film die jullie allebei al twee keer gezien hebben, en dat maakt niemand iets uit. #chapter:Een fijne avond #place:living-room #time:evening #pose:warm
Buiten regent het al sinds zes uur. Binnen ruikt het naar popcorn en naar de mandarijn die {loved_name} tijdens de begintitels heeft gepeld.
{loved_name} heeft het goede hoekje van de bank ingepikt, en het grootste deel van de deken.
{Bezit()} voeten, altijd koud, liggen onder jouw been.
Er zit een brandgaatje in de deken, van een kaarsje vorige winter in de oude flat van {loved_name}. Jullie zeggen al maanden dat er een nieuwe moet komen.
Bij het stuk waar de hond wegloopt, zegt {loved_name} wat {onderwerp()} de vorige twee keer ook zei.
Hij komt terug, hoor. Niet bang zijn. Hij komt terug. #speaker:loved
Jullie hebben de film twee keer stilgezet voor iets te knabbelen, en één keer omdat {loved_name} de scène in de regen nog een keer wilde zien.
Ergens daarna keek {onderwerp()} niet meer naar de film, maar naar jou.
De aftiteling begint. Je pakt de afstandsbediening niet.
Jij blijft altijd zitten tot de aftiteling voorbij is. Wist je dat? #speaker:loved
Dat vind ik fijn. Niemand blijft ooit tot het eind. #speaker:loved
{Bezit()} hand zoekt de jouwe onder de deken en houdt hem vast, een tikje steviger dan nodig is. #pose:reaching
* [“Iemand moet toch weten wie de catering deed.” #kind:neutral]
    ~ respond(neutral)
    {loved_name} proest het uit en port je met een koude teen. #pose:warm
    Malloot dat je bent. #speaker:loved
    Maar {onderwerp()} lacht, en laat je hand niet los.
    Grappig. Luchtig. Luchtig is veilig. #inner
    Een grapje kan een teder moment vasthouden zonder het fijn te knijpen. Het kan het moment ook laten wegglippen. #coach
* [Knijp terug. Blijf zitten tot de muziek stopt. #kind:attune]
    ~ respond(attune)
    {loved_name} ademt uit en legt {bezit()} hoofd op je schouder. #pose:warm #stage:step-closer
    De muziek zwelt aan. Jullie bewegen geen van beiden. Een hele minuut lang hoeft er niks.
    Warm. Nog hier. Niet aan wennen. #inner
* [“Niemand? Dat klonk alsof het ergens over ging. Vertel eens.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} trekt {bezit()} hand terug. #pose:tense
    Niks. Gewoon, iets van de film. #speaker:loved
    {Onderwerp()} pakt de afstandsbediening en zet de tv uit, midden in een naam.
    Te veel. Waarom zei ik dat nou? Dicht, snel. #inner
    Een lief zinnetje is niet altijd een uitnodiging om door te vragen. Wie trekt aan een deur die net op een kier staat, ziet hem vaak weer dichtgaan. #coach
- {loved_name} staat op om de bakjes naar de keuken te brengen. Jij loopt erachteraan met de glazen, het liedje van de film nog in je hoofd.
-> kitchen

=== kitchen ===
Na de film is het licht in de keuken fel. De koelkast zoemt. #chapter:De pan #place:kitchen
In de gootsteen staat de grote soeppan van gisteren nog te weken. Jouw pan. Je zou hem vanochtend afwassen.
Je zet de glazen één voor één op het aanrecht.
{loved_name} zet de bakjes naast de pan. Net iets te hard. #pose:tense
Serieus? Dat ding staat hier al sinds gisteren. #speaker:loved
En zeg niet dat je het vergeten was. Jij vergeet het altijd. #speaker:loved
Jij doet ook nooit iets uit jezelf. Nooit. #speaker:loved #pose:arms-crossed
Vijf minuten geleden hield {onderwerp()} je hand nog vast.
// De wending van het verhaal zelf, niet het antwoord: na het warmste moment zet de pan het alarm aan.
~ shift(3, 0, 0, 0)
Het gaat over de pan. En het gaat helemaal niet over de pan. Allebei waar, dat voel je.
* [“Nooit? Ik heb deze week vier keer gekookt. Wie denk je dat die soep heeft gemaakt?” #kind:personalize]
    ~ respond(personalize)
    O, daar gaan we. Gaan we nu lijstjes bijhouden? #speaker:loved #pose:tense
    Nou, iemand moet het doen. #speaker:you
    Zie je wel? Jij houdt al die tijd al een lijstje bij. Een lijstje tegen mij. #inner
    Twee mensen die zichzelf verdedigen, en niemand die nog luistert. #coach
* [“Terecht, die pan was voor mij. Ik doe hem nu. Kom je erbij staan?” #kind:attune]
    ~ respond(attune)
    Je stroopt je mouwen op en draait de warme kraan open.
    {loved_name} leunt tegen het aanrecht, armen over elkaar, en kijkt naar het stromende water. #pose:arms-crossed
    Waarom word je niet boos? Word nou boos. Dan weet ik tenminste waar ik sta. #inner
    Je sloeg niet terug. Het voelt misschien nog niet rustiger: bescherming gaat niet op commando uit. #coach
* [“Sorry, sorry, je hebt gelijk. Ga maar lekker zitten, ik doe alles.” #kind:appease]
    ~ respond(appease)
    {loved_name} gaat niet zitten. {Onderwerp()} kijkt hoe jij de gootsteen vol laat lopen. #pose:arms-crossed
    Je schrobt harder dan de pan nodig heeft, gewoon om iets met je handen te doen.
    Stil. Fijn. Maar je gaat er niet eens tegenin. Meen je er eigenlijk wel iets van? #inner
    Meteen toegeven kan de boel even kalmeren. Het kost jou iets, en de ander voelt vaak dat het niet helemaal echt is. #coach
- Even is alleen de koelkast te horen.
{alarm >= 6:{loved_name} trekt een kastje open, pakt er niks uit en slaat het weer dicht.|{loved_name} pulkt aan het etiket van de fles afwasmiddel.}
{Bezit()} stem is dun en snel geworden, zoals altijd als {onderwerp()} moe is, of bang, of allebei.
~ shift(2, 0, 0, 0)
Zo gaat het altijd. Eén fijne avond, en dan... #speaker:loved
Laat ook maar. Jij gaat toch wel weg. Ga dan maar meteen. #speaker:loved #pose:turned-away
{Onderwerp()} kijkt niet naar jou, maar de gang in. Alsof {onderwerp()} wil zien waar de deur is.
-> leave

= leave
De woorden blijven boven de pan hangen. #discuss:Een paar minuten geleden zaten jullie nog samen onder een deken. Wat zou er achter “je gaat toch wel weg” kunnen zitten?
* [“Waar komt dit ineens vandaan? Tien minuten geleden was alles nog goed. Zeg nou wat er is.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} doet een stap achteruit, alsof jij dichterbij kwam. Dat deed je niet. #stage:step-away #pose:tense
    Hou op. Hou op met dat verhoor. #speaker:loved
    God, wat ben jij vermoeiend. Iedereen die je kent, wordt vroeg of laat doodmoe van je. #speaker:loved #intense:Een gemene opmerking: dat mensen altijd moe van je worden.
    Vragen, vragen. De muren komen op me af. Duwen. Hard duwen. #inner
    Wie midden in zo'n moment naar het waarom vraagt, drijft de ander al snel in een hoek. Vaak is het antwoord er nog niet, ook niet voor de ander zelf. #coach
* [“Daar gaan we weer. Het wordt gezellig, en dan moet jij het kapotmaken.” #kind:label]
    ~ respond(label)
    {loved_name} verstijft. #pose:arms-crossed #stage:flinch
    O, dus zo zit ik in elkaar? Bedankt voor de diagnose. #speaker:loved
    Weet je hoe jij in elkaar zit? Jij bent een lafaard die zich verschuilt achter aardig doen. #speaker:loved #intense:Een gemene opmerking: je wordt een lafaard genoemd.
    Dus dat zie je als je naar me kijkt. Iets kapots dat dingen kapotmaakt. #inner
    Ook als je het patroon goed ziet: benoemen in het heetst van de strijd komt binnen als een oordeel. Van schaamte gaan mensen harder vechten, of zich verstoppen. #coach
* [“Ik ga niet weg. Echt nooit. Zeg dat alsjeblieft niet, ik doe alles.” #kind:appease]
    ~ respond(appease)
    {loved_name} lacht, en niet op een leuke manier. #pose:turned-away
    Hoor jezelf nou. Alles. Jij laat echt iedereen over je heen lopen, hè? #speaker:loved
    Echt, het is gewoon zielig. #speaker:loved #intense:Een gemene opmerking: je wordt zielig genoemd.
    Je zegt alles om mij maar stil te krijgen. Hoe moet ik dan ooit weten wat echt is? #inner
    Alles beloven klinkt als liefde, maar het kan binnenkomen als paniek. Een angstig lijf vertrouwt eerder op rust en stevigheid dan op grote woorden. #coach
* [“Ik ga nergens heen. Ik sta gewoon hier. Ik en mijn pan.” #kind:attune]
    ~ respond(attune)
    Er schokt iets in de schouders van {loved_name}. Een lach, of bijna het tegenovergestelde. #pose:tense
    Niet doen. Niet dat stemmetje tegen mij. Dat kalme. #speaker:loved
    Ik ben geen bange hond die je moet sussen. #speaker:loved #intense:Een scherpe opmerking over je kalme stem.
    Nog steeds hier. Waarom ben je nog steeds hier? En wat gebeurt er als je er straks niet meer bent? #inner
    “Je gaat toch wel weg” kan een test zijn waarvan niemand weet dat die wordt afgenomen. Voor een lijf dat zo in alarm staat, klinkt zelfs een rustige stem als een truc. Of het aankwam, merk je pas later. #coach
- -> words

= words
{loved_name} draait zich om, naar de gang. #pose:turned-away
Iets in je borst wordt heet en strak.{reserve <= 2: Je hebt niet veel meer over om het binnen te houden.}
Je zou iets kunnen zeggen dat net zo hard aankomt. Je weet precies wat.
Je knijpt zo hard in de theedoek dat je knokkels wit worden. #discuss:Wat doe je met kwetsende woorden van iemand van wie je houdt, als je weet dat er angst achter zit?
* [“Oké. Sorry. Ik maak de afwas wel af.” #kind:appease]
    ~ respond(appease)
    Het sorry is eruit voor je er erg in hebt.
    Je draait je weer naar de gootsteen. {loved_name} kijkt nog even naar je en loopt dan weg. #stage:step-away
    Uit de woonkamer komt het geluid van de tv, te hard.
    Je pikte het gewoon. Waarom pikte je dat gewoon? #inner
    Maar het is stil. Het is tenminste stil. #inner
    {landed: {Bezit()} schouders begonnen net een beetje te zakken. Dat zie je pas nu {onderwerp()} wegloopt.}
    Een belediging inslikken levert een rustige avond op. Het leert jullie ook allebei dat zulke woorden mogen, en het gaat van je reserve af. #coach
    -> swallow
* [“Ik wil je horen. Maar niet zo. Tien minuten op het balkon, dan ben ik terug.” #kind:boundary]
    ~ respond(boundary)
    Je legt de theedoek neer. Je stem klinkt lager dan je had verwacht.
    {landed: {loved_name} heeft het aanrecht losgelaten. Wat je net zei, komt nu pas aan, ook al prikt dit.}
    {loved_name} staart je aan. #pose:arms-crossed
    Ga dan. Ga maar lekker. #speaker:loved
    Tien minuten. Ja hoor. Dat zeggen ze allemaal. #inner
    Maar je noemde een getal. Niemand noemt ooit een getal. #inner
    Een grens zegt wat jij gaat doen, niet wat de ander moet doen. De belofte dat je terugkomt, is de helft die het meest telt. #coach
    -> balcony
* [“Ik verpest in elk geval niet elke fijne avond die we hebben.” #kind:personalize]
    ~ respond(personalize)
    Je verheft je stem niet eens. Dat hoeft ook niet.
    Het komt aan. Je ziet het binnenkomen. #stage:flinch
    Het gezicht van {loved_name} wordt doodstil. #pose:withdrawn
    Daar is het. #speaker:loved
    {Onderwerp()} loopt weg. Even later slaat de slaapkamerdeur dicht. #stage:door-closes
    Daar is het. Ik wist dat het erin zat. Nu hoef ik er tenminste niet meer op te wachten. #inner
    Terugslaan kan heel even als rechtvaardigheid voelen. Het geeft de angst ook precies het bewijs waar die naar zocht. #coach
    -> door
* [Loop {voorwerp()} achterna en sla van achteren je armen om {voorwerp()} heen. “Hé. Kom eens hier. Ik heb je.” #kind:attune]
    ~ respond(attune)
    // Vastgehouden terwijl het alarm vol openstaat, vecht het lijf tegen de greep: nabijheid bovenop nabijheid.
    ~ shift(2, 0, -1, 0)
    {landed: Eén ademhaling lang zakken {bezit()} schouders. Je “ik sta gewoon hier” is eindelijk aangekomen.}
    Dan sluiten je armen zich om {voorwerp()} heen, en {onderwerp()} verstijft. #stage:flinch #pose:tense
    Laat los. Laat me los. #speaker:loved
    {Onderwerp()} wringt zich los en staat in de slaapkamer voor je nog iets kunt zeggen. De deur gaat dicht. #stage:door-closes
    Armen. Strak. Ik kan er niet uit. Eruit. #inner
    -> door

=== balcony ===
De balkondeur klikt achter je dicht. #chapter:Tien minuten #place:balcony #stage:door-closes
De lucht is koud en ruikt naar iemands avondeten, een paar verdiepingen lager.
Door het glas zie je {loved_name} in de keuken staan. Dan is {onderwerp()} weg. #pose:pacing
Je hart gaat nog tekeer. Dat mag.
Je legt allebei je handen op de reling. Het ijzer is nat, en zo koud dat het bijna pijn doet. Goed zo.
Tien minuten. Je kijkt hoe laat het is: 22:41.
Je telefoon trilt. #stage:phone-message
Laat maar. #speaker:loved
* [Stuur terug: “Nog zeven minuten. Dan kom ik binnen.” #kind:attune]
    ~ respond(attune)
    Je verstuurt het. #stage:phone-sent
    Na een tijdje staat er: gelezen. Geen antwoord. #stage:phone-read
    Zeven minuten. Niemand heeft ooit minuten voor mij geteld. #inner
    Een klein, voorspelbaar teken tijdens een pauze kan de draad heel houden. {loved_name} hoeft er niks mee te doen. #coach
    -> back_on_time
* [Leg je telefoon omgekeerd neer. Dan wacht {onderwerp()} maar wat langer dan tien minuten. #kind:personalize]
    ~ respond(personalize)
    Er gaan tien minuten voorbij. Dan vijftien. Dan vijfentwintig.
    Je zegt tegen jezelf dat je het voor jezelf doet. Dat is ook een beetje zo.
    Als je eindelijk naar binnen gaat, is de keuken donker. De pan staat nog in de gootsteen. #place:kitchen
    De slaapkamerdeur is dicht. Er komt geen licht onder vandaan.
    Vijfentwintig minuten. Ik heb ze allemaal geteld. Zoveel is jouw woord dus waard. #inner
    Ruimte nemen mag; langer wegblijven dan je zelf beloofde, dat doet pijn. De angst ging nooit over de pauze. Het ging erom of je terugkwam zoals je zei. #coach
    -> later
* [Nog niet antwoorden. Adem, en tel de verlichte ramen aan de overkant tot de tien minuten om zijn. #kind:neutral]
    ~ respond(neutral)
    ~ rest(1)
    Veertien ramen. Achter één ervan staat iemand te strijken. Je ademhaling wordt rustiger.
    Geen antwoord. Natuurlijk niet. Maar je staat er nog. Ik zie je rug door het glas. #inner
    Zelf tot rust komen hoort bij het blijven, het staat er niet los van. Je komt terug met meer om te geven. #coach
    -> back_on_time
* [Meteen weer naar binnen. Tien minuten is te lang om {voorwerp()} hiermee alleen te laten. #kind:appease]
    ~ respond(appease)
    Je staat alweer binnen voor je goed en wel buiten stond. #place:kitchen
    De kou zit nog aan je handen. Je bent niet eens op adem gekomen.
    {loved_name} staat in de deuropening van de keuken. #pose:arms-crossed
    Dat was snel. Je zei tien. #speaker:loved
    {Onderwerp()} klinkt niet opgelucht. Eerder als iemand die aan een slot voelt dat veel te makkelijk openging.
    Tien, en na twee was je al terug. Dus jouw woord buigt mee als ik duw. Goed om te weten. #inner
    Vroeg terugkomen voelt lief. Maar de grens die je stelde is weg, en je woord weegt nu ook wat minder. #coach
    -> later

= back_on_time
Net na de tien minuten ga je weer naar binnen. #place:kitchen
~ kept_word()
{loved_name} zit aan de keukentafel en draait de theedoek rond in {bezit()} handen. #pose:withdrawn
De pan staat in het afdruiprek. Schoon.
Je bent een minuut te laat. #speaker:loved
{Onderwerp()} zat te tellen. Jij ook.
Ik heb de rest maar gedaan. Smerig ding, die pan. #speaker:loved
Je gaat tegenover {voorwerp()} zitten. Geen van jullie zegt al sorry. Daar is het nog niet het moment voor.
Je kwam terug. Je zei tien, en je kwam terug. #inner
Zo groeit vertrouwen meestal: niet door grote woorden, maar door kleine beloftes die je nakomt. #coach
-> later

=== door ===
Je staat in de gang. De slaapkamerdeur is dicht. #chapter:De dichte deur #place:hallway
Erachter een la, het kraken van het bed. Dan niks meer. Geen geluid.
Je tilt je hand op om te kloppen, en laat hem weer zakken.
{last_kind == personalize:Wat je zei ligt nog bitter in je mond.|Je hart bonkt alsof je de trap op bent gerend.}
In de keuken drupt de kraan.
In de woonkamer ligt de deken nog gekreukt op de bank, waar jullie samen zaten.
* [Klop aan. “Doe alsjeblieft open. Zo kan ik niet slapen. We moeten praten.” #kind:pursue]
    ~ respond(pursue)
    Ga weg. #speaker:loved
    Je klopt nog één keer. De deur blijft dicht.
    Je blijft nog even staan, met je voorhoofd bijna tegen het hout. Dan ga je op de bank zitten, klaarwakker. #place:living-room
    Elke klop is harder. Ik krijg hier geen lucht. Ga nou gewoon weg. #inner
    Achter een dichte deur zegt elke klop hetzelfde: het is nog niet veilig. #coach
    -> later
* [Klop één keer, zachtjes. “Ik ging net te ver. Sorry voor mijn deel. Ik zit op de bank.” #kind:repair]
    ~ respond(repair)
    Stilte. Dan kraakt het bed, alsof er iemand op de rand gaat zitten.
    En heel zachtjes iets wat “oké” zou kunnen zijn.
    Je gaat op de bank zitten, onder de deken met het brandgaatje. Hij ruikt nog naar popcorn. #place:living-room
    Sorry. Gewoon sorry, zonder kruipen. En maar tot de bank. Nog in huis. #inner
    Je eigen deel erkennen, zonder de schuld van de hele avond op je te nemen, maakt ruimte. Vaak wordt het daardoor later voor {loved_name} makkelijker om {bezit()} deel ook te zien. #coach
    -> later
* [Pak de deken van de bank. Wil {onderwerp()} een deur tussen jullie? Dan krijgt {onderwerp()} er een. #kind:personalize]
    ~ respond(personalize)
    Je maakt de bank op, met je rug naar de gang. #place:living-room
    Je hart gaat nog lang tekeer. Je zegt tegen jezelf dat het je niks kan schelen wat {onderwerp()} daar aan het doen is.
    De bank. Natuurlijk. Al half de deur uit. #inner
    Je mag gekwetst zijn, en terugtrekken beschermt je. Maar in stilte lijkt het precies op het weggaan waar {loved_name} zo bang voor was. #coach
    -> later
* [“Niet door een deur. Tien minuten op het balkon, dan kom ik terug en klop ik.” #kind:boundary]
    ~ respond(boundary)
    Geen antwoord. Maar de stilte achter de deur verandert, alsof er iemand luistert.
    Tien minuten, en dan een klop. Ga je echt kloppen? #inner
    Een pauze met een tijd erbij is een grens en een belofte tegelijk. #coach
    Je zit tien minuten buiten in de kou. Dan ga je terug en klop je, zoals je zei. #place:balcony
    ~ kept_word()
    De deur gaat een handbreedte open. De ogen van {loved_name} zijn rood. #place:hallway #pose:withdrawn
    Je klopte. #speaker:loved
    Dat had ik toch gezegd. #speaker:you
    {loved_name} knikt, en laat de deur openstaan als {onderwerp()} terug naar bed gaat.
    -> later

=== swallow ===
Je doet de afwas. Alles. #chapter:Stil #place:kitchen
De pan, de bakjes, de glazen, en de mok van {loved_name} van vanochtend.
Uit de woonkamer: een quiz, veel te hard. Iemand heeft net een auto gewonnen.
Je kaak doet pijn. Je bijt al op je kiezen sinds {onderwerp()} het zei.
Het blijft malen terwijl je schrobt. Je hoort steeds precies die toon.
Het water wordt koud. Je laat vers water lopen en begint opnieuw aan de glazen, omdat je niet weet wat je anders moet doen.
{reserve <= 2:Je merkt dat je naar de tv luistert om te horen in wat voor bui {onderwerp()} is.|Je droogt je handen langzaam af, om jezelf even tijd te geven.}
* [Zet thee voor {voorwerp()}, breng de deken en de rest van de popcorn. “Nogmaals sorry van die pan. Echt. Ik ga het beter doen.” #kind:appease]
    ~ respond(appease)
    {loved_name} pakt de mok aan zonder je aan te kijken. #place:living-room #pose:withdrawn
    Dank je. #speaker:loved
    Je blijft even staan en wacht op iets meer. Het komt niet. Je gaat terug naar de keuken en veegt het aanrecht nog een keer af.
    Sorry, alweer sorry. Het woord is dun geworden. Ik voel er niks meer achter. #inner
    Als sussen het patroon wordt, kalmeert het de avond en loop jij leeg. En {loved_name} zit straks naast iemand die langzaam verdwijnt. #coach
    -> later
* [Ga in de deuropening staan. “Wat je zei deed pijn. Tien minuten op het balkon, dan kom ik bij je zitten.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} blijft naar het scherm kijken, maar bij het woord “pijn” schieten {bezit()} schouders omhoog. #place:living-room #pose:tense #stage:flinch
    Pijn. Dat heb ik gedaan. En je komt terug? Waarom zou je terugkomen? #inner
    Zeggen dat iets pijn deed, en wat je eraan gaat doen, is geen aanval. Zo blijf je, zonder zelf te verdwijnen. #coach
    Tien minuten koude lucht. Dan ga je weer naar binnen, zoals je zei, en ga je op de bank zitten. #place:balcony
    ~ kept_word()
    {loved_name} zet het geluid zachter. Dan tilt {onderwerp()} zonder iets te zeggen een punt van de deken op. #place:living-room #pose:warm #stage:sit-together
    -> later
* [Ga naar bed zonder welterusten te zeggen. #kind:personalize]
    ~ respond(personalize)
    Je ligt in het donker en hoort de quiz door de muur heen. #place:bedroom
    Op een gegeven moment gaat de tv uit. Er komt niemand binnen.
    Geen welterusten. Zo begint het dus. Het weggaan. #inner
    Zonder een woord naar bed gaan beschermt je tegen nog meer pijn. Het laat {loved_name} ook alleen met precies de angst waar dit allemaal mee begon. #coach
    -> later
* [Ga aan de andere kant van de bank zitten. Niet te dichtbij. Zeg niks. #kind:attune]
    ~ respond(attune)
    {loved_name} kijkt je niet aan. Maar na een minuut zet {onderwerp()} het geluid zachter. #place:living-room #pose:withdrawn
    Jullie zien een man in een glitterjasje bij de laatste vraag alles kwijtraken. Geen van jullie lacht. Geen van jullie gaat weg.
    Je bent hier. Je zegt niks. Je bent er gewoon. #inner
    Vlakbij gaan zitten zonder iets te vragen zegt “ik ben er nog”, zonder dat er een antwoord hoeft te komen. #coach
    -> later

=== later ===
Na middernacht. Het huis is donker, op het lampje in de gang na. #chapter:Na middernacht #place:hallway #time:night
Op weg naar de wc vind je {loved_name} op de vloer in de gang, met {bezit()} rug tegen de muur, tussen de schoenen. #pose:withdrawn
{Onderwerp()} heeft het T-shirt aan waarin {onderwerp()} slaapt. {Bezit()} voeten staan bloot op de ijskoude tegels.
{
- alarm >= 8:
    {loved_name} heeft {bezit()} jas aan, de sleutels in {bezit()} hand. #pose:arms-crossed
    Een jas over een slaapshirt, en blote voeten. Niet bepaald gekleed om te vertrekken.
    Als je toch weggaat, ga dan maar gewoon. Vannacht nog. Dan hebben we dat gehad. #speaker:loved
- trust >= 6:
    {Onderwerp()} klopt op de vloer naast zich, en trekt {bezit()} hand dan terug, alsof {onderwerp()} niet zeker weet of dat mag. #pose:reaching
    Op de tegels staan twee mokken thee. Eentje is duidelijk voor jou.
    Hé. #speaker:loved
- else:
    {Onderwerp()} draait een van jouw schoenen rond in {bezit()} handen, en zet hem neer als {onderwerp()} je ziet.
    Kon niet slapen. #speaker:loved
    Vraag maar niet waarom ik jouw schoen vasthoud. #speaker:loved
}
Het schoenenrek, de jassen, de spiegel met een ansichtkaart achter de lijst. Het is een heel kleine gang voor zoveel gevoel.
* [“Kunnen we het er alsjeblieft nu over hebben? Ik moet weten wat er vanavond gebeurd is.” #kind:pursue]
    ~ respond(pursue)
    Nu? Het is één uur 's nachts. #speaker:loved #pose:tense
    {loved_name} staat op en gaat de slaapkamer in. #stage:step-away
    Je blijft alleen achter in de gang, met je vraag.
    Het licht in de slaapkamer gaat uit voor je ook maar een stap hebt gezet.
    Uitleggen. Nu uitleggen. Ik kan het niet. Ik weet het zelf niet eens. #inner
    De vraag is terecht, het moment niet. Na een ruzie, midden in de nacht, heeft niemand dat antwoord al. #coach
* [“Het was mijn schuld. Alles. Laten we vanavond gewoon vergeten.” #kind:appease]
    ~ respond(appease)
    {loved_name} kijkt je lang aan. #pose:withdrawn
    Dat is niet waar, en dat weet je. #speaker:loved
    Maar {onderwerp()} laat het gaan. {Onderwerp()} laat zich zelfs door jou overeind helpen.
    Alles jouw schuld. Makkelijk. Dan hoef ik niet naar mijn deel te kijken. Maar je zegt het alleen maar om het te laten ophouden. #inner
    Alle schuld op je nemen slaat het moeilijke stuk over. Het maakt een eind aan deze avond, maar de volgende wordt er niet veiliger van. #coach
* [Ga naast {voorwerp()} op de koude vloer zitten, een handbreedte ertussen, je rug tegen de muur. #kind:attune]
    ~ respond(attune)
    De tegels zijn koud. Je zegt niks. #stage:sit-together
    {landed: {loved_name} blaast lang uit, alsof {onderwerp()} de adem al een uur vasthield.}
    {alarm >= 6:{loved_name} schuift niet dichterbij. Maar {onderwerp()} staat ook niet op.|Na een tijdje leunt {loved_name} met {bezit()} hoofd tegen de muur, en dan, voorzichtig, tegen je schouder.} #pose:calm
    Ergens in het gebouw trekt iemand door. {loved_name} maakt een klein geluidje dat bijna een lach is.
    Je ging zitten. Je vraagt me niks. Ik kan ademen. #inner
    Dichtbij zijn zonder iets te vragen geeft een gealarmeerd lijf de kans om te merken dat er niks ergs gebeurt. #coach
* [“Dit doe je elke keer als het goed gaat. Dat weet je toch, hè? Elke keer weer.” #kind:label]
    ~ respond(label)
    Wauw. Bedankt. #speaker:loved #stage:flinch
    Het kwam harder uit dan je bedoelde. Het is nog steeds waar, denk je. Daar heb je nu niks aan.
    {loved_name} staat op en gaat de slaapkamer in zonder je aan te kijken. #stage:step-away #pose:turned-away
    Elke keer weer. Dus dat is alles wat ik voor je ben. Iets wat kapotgaat. #inner
    Misschien heb je gelijk over het patroon. Maar als oordeel, midden in de nacht, komt het binnen als schaamte, en van schaamte gaan mensen zich verstoppen. #coach
- -> bedroom

=== bedroom ===
Later liggen jullie toch samen in bed. Het licht van de lantaarnpaal trekt een streep over het plafond. #place:bedroom
Het dekbed is koud aan jouw kant. Ergens rijdt een scooter voorbij, en dan niks meer.
{
- alarm >= 6:
    {loved_name} ligt met {bezit()} rug naar je toe, heel stil. #pose:turned-away
- else:
    {loved_name} ligt op {bezit()} rug, zo dichtbij dat je de warmte voelt. Zonder je aan te raken. #pose:calm
}
Je ogen wennen aan het donker: de stoel met de kleren van gisteren, de vorm van {bezit()} schouder.
Aan {bezit()} ademhaling hoor je dat {onderwerp()} ook nog niet slaapt.
Een hele tijd zegt niemand iets. Dan:
{
- trust >= 5:
    Je weet dat van mijn moeder. Die vier dagen dat ze niet tegen me praatte. #speaker:loved
    Ze was altijd het allerliefst vlak voordat ze stil werd. #speaker:loved
    Dus als een avond echt fijn is, gaat er iets in mij zitten wachten. #speaker:loved
    Tot het weer stil wordt. #speaker:loved
    {Onderwerp()} zegt het tegen het plafond, alsof het over iemand anders gaat.
- else:
    Je gaat toch wel, weet je. #speaker:loved
    Niet vannacht. Maar je gaat. Iedereen gaat, vroeg of laat. #speaker:loved
    {Onderwerp()} zegt het vlak, als een weerbericht.
}
De woorden blijven in het donker tussen jullie in hangen. #discuss:Er is in het donker iets echts gezegd. Wat helpt nu, en wat zou te veel zijn?
* [“Ik ga nooit weg. Nooit. Ik word beter, ik doe elke avond de afwas, alles wat je nodig hebt, dat beloof ik.” #kind:appease]
    ~ respond(appease)
    Dat kun je niet beloven. #speaker:loved
    {Onderwerp()} zegt het zacht, en dat is op de een of andere manier erger.
    {Onderwerp()} draait zich op {bezit()} zij. Jij ligt nog lang wakker en maakt in je hoofd lijstjes van dingen die je beter kunt doen.
    Nooit, altijd, alles wat ik nodig heb. Dat kan niemand dragen. Dus het gaat kapot. #inner
    Grote beloftes proberen de angst met liefde te stoppen. Wat echt helpt, is klein genoeg om waar te maken. #coach
* [“De pan was trouwens van mij. En sorry voor mijn deel.” #kind:repair]
    ~ respond(repair)
    Een klein lachje in het donker, half een snik. #pose:calm
    Het was echt een ranzige pan. #speaker:loved
    Zeker weten. #speaker:you
    Een koude voet zoekt de jouwe onder het dekbed en blijft daar liggen.
    Sorry voor jouw stuk. Je vraagt niet om het mijne. Dat kan ik hebben. Misschien vind ik het mijne ook nog. #inner
    {landed: {Bezit()} ademhaling is traag en regelmatig geworden. Het laatste uur komt nu pas bij {voorwerp()} aan.}
* [“Ik ga nergens heen. En als ik ooit even lucht nodig heb, zeg ik erbij wanneer ik terug ben.” #kind:attune]
    ~ respond(attune)
    {landed: De spanning is uit {bezit()} rug verdwenen. Zo lang duurde het voordat het zover was.}
    De hand van {loved_name} zoekt de jouwe onder het dekbed. Dezelfde greep als op de bank. #pose:reaching #stage:step-closer
    Na een tijdje laat de greep wat los. {loved_name} slaapt eerder dan jij.
    Je zegt erbij wanneer je terug bent. Dan hoef ik niet te raden. Dan hoef ik niet te raden. #inner
    Je vraagt niet van {loved_name} dat {onderwerp()} oké is, en je belooft niet het onmogelijke. Alleen iets waar {onderwerp()} op kan rekenen. #coach
* [“Ik ben kapot. Ik moet slapen. Ik lig gewoon hier; morgen na de koffie praten we.” #kind:boundary]
    ~ respond(boundary)
    // Vlak nadat er iets echts gezegd is, klinkt een grens als een deur die dichtgaat: een gemist moment.
    { trust >= 5:
        ~ shift(1, 0, 0, 0)
        {loved_name} wordt op een andere manier stil. {Onderwerp()} vertelde je net iets wat {onderwerp()} nooit zegt.
    }
    Oké. #speaker:loved
    {Onderwerp()} trekt het dekbed op, en na een tijdje wordt {bezit()} ademhaling trager. #pose:calm
    Je valt in slaap met je hand op {bezit()} rug. Niet vasthouden, gewoon laten liggen.
    Slapen. Ik heb je uitgeput. Maar er zit een morgen in die zin. Na de koffie. #inner
    Doodmoe zijn is een echte grens, en met een “wanneer” erbij wordt het geen stilte. {trust >= 5:Of dit er het moment voor was, is een andere vraag.} #coach
- -> ending

=== ending ===
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
Vrijdagochtend. De keuken ruikt naar koffie. #place:kitchen #time:morning
De pan staat schoon in het afdruiprek.
{loved_name} staat in jouw trui bij het aanrecht en zet twee koppen koffie. #pose:warm
{Onderwerp()} heeft de deken met het brandgaatje in de wasmachine gestopt.
Ik kan het nog steeds niet zo goed. Fijne avonden. #speaker:loved
Maar jij bleef tot de aftiteling. #speaker:loved
En de hond kwam terug. #speaker:you
{loved_name} rolt met {bezit()} ogen, en lacht toch.
{Onderwerp()} geeft je een mok, en {bezit()} vingers blijven iets langer op de jouwe liggen dan nodig is. #stage:step-closer
Er is niks opgelost. Maar vanochtend is de keuken gewoon een keuken. #ending:safety
-> END

=== ending_fragile ===
Vrijdagochtend. {loved_name} is eerder op dan jij; je hoort de waterkoker. #place:kitchen #time:morning
Als je binnenkomt, staat {onderwerp()} een aanrecht af te nemen dat al schoon is. #pose:tense
De pan staat weer in de kast.
Over gisteravond... #speaker:loved
{Onderwerp()} stopt. Begint opnieuw. Geeft het op. #pose:arms-crossed
Koffie? #speaker:loved #pose:calm
Je zegt ja. {Onderwerp()} pakt de melk voor je zonder het te vragen, zoals altijd.
Het is niet het gesprek. Nog niet. Maar er staan twee koppen op het aanrecht. #ending:fragile
-> END

=== ending_fear ===
Vrijdagochtend. De andere kant van het bed is koud. #place:bedroom #time:morning
Je blijft even liggen en luistert naar de waterkoker, naar de douche. Het is doodstil in huis.
{Bezit()} jas hangt niet meer aan de kapstok. De sleutels zijn ook weg. #place:hallway
Op de keukentafel ligt een briefje in {bezit()} handschrift: Ben weg. Wacht niet op me. #place:kitchen
Je leest het drie keer.
De deken met het brandgaatje ligt nog op de bank, heel netjes opgevouwen.
Dan merk je dat een deel van jou opgelucht is, en daar schrik je meer van dan van het briefje. #ending:fear
-> END

=== ending_burnout ===
Vrijdagochtend. Je staat eerder op dan {loved_name} en gaat zachtjes naar de keuken. #place:kitchen #time:morning
Je wast af wat er nog in de gootsteen staat, droogt het af en ruimt alles op, zodat er niks meer te vinden is.
Als {loved_name} binnenkomt, kijk je eerst naar {bezit()} gezicht voordat je goedemorgen zegt. #pose:calm
Morgen. #speaker:loved
{Onderwerp()} glimlacht. Jij glimlacht terug. Je voelt het niet.
{Onderwerp()} is goedgehumeurd, en jij bent opgelucht, en je bent zo moe.
Op de bank ligt de deken met het brandgaatje over de armleuning. Je weet niet meer hoe de film afliep.
Je probeert te bedenken waar je je dit weekend op verheugde, en het lukt je niet. #ending:burnout
-> END
