# id: saturday-open-sunday-cold
# title: Zaterdag open, zondag koud
# form: ambivalent
# minutes: 10
# note: De dag na een diep gesprek trekt je partner zich terug en zegt dat jullie misschien moeten stoppen.
# details: Op zaterdagavond vertelt degene van wie je houdt je voor het eerst een pijnlijke jeugdherinnering. Op zondag is er afstand, zit je partner vooral op de telefoon en klinkt het: misschien moeten we ermee stoppen.
# blurb: Op een avond mag je helemaal binnenkomen. De volgende ochtend zit de deur dicht.
# reflect: Als iemand zich terugtrekt vlak nadat je dichtbij mocht komen, wat denk je dan meestal dat het over jou zegt?
# reflect: Wat hielp je om op zondag overeind te blijven zonder de zaterdag terug te willen halen, en wat kostte je dat?
# reflect: Wat zou jij willen horen op de ochtend nadat je iemand meer had verteld dan je van plan was?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

// Een knuffel op zondagochtend terwijl {loved_name} overspoeld is: meteen nog meer nabijheid is te veel.
VAR hugged = false

~ alarm = 4
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Zaterdag, laat. Het balkon bij {loved_name} thuis: twee stoelen dicht tegen elkaar, één plaid voor jullie tweeën. #chapter:Zaterdag #place:balcony #time:evening
Beneden oefent de buurman op zijn saxofoon. Dezelfde vier noten, al drie weken lang.
{loved_name} gooit {bezit()} hoofd achterover en lacht. #pose:warm
Als hij ooit die vijfde noot vindt, ga ik echt janken. #speaker:loved
Dan brengen we hem een taart. #speaker:you
Met een vijfde noot erop. #speaker:loved
Jullie zijn acht maanden samen. Dit is het eerste hele weekend bij {loved_name}, en tot nu toe ging alles vanzelf. Afhaalnoedels, een lange wandeling, een waardeloze film waar jullie stiekem allebei van genoten.
{loved_name} pikt het laatste chipje uit de zak en houdt het omhoog als een trofee. Je laat het maar zo. Voor deze keer.
Dan wordt het stil. De stad zoemt. {loved_name} draait een mok thee langzaam rond in {bezit()} handen.
Mag ik je iets raars vertellen? Dit weet nog niemand. #speaker:loved
Toen ik negen was, zei mijn moeder ineens niks meer tegen me. Zomaar. Vier dagen lang. #speaker:loved #pose:withdrawn
Ik ben er nooit achter gekomen wat ik had gedaan. Dus zette ik elke avond haar sloffen naast haar bed. Alsof ze terug zou komen als ik maar lief genoeg was. #speaker:loved
En op de vijfde dag bakte ze pannenkoeken, alsof er niks was gebeurd. Ik was zo blij dat ik nooit iets heb gevraagd. #speaker:loved
{loved_name} zwijgt. Kijkt naar de mok, niet naar jou. #pose:tense
Je voelt wat het kostte om dat hardop te zeggen. #discuss:Hoe laat je merken dat je iets groots hebt gehoord, zonder het groter te maken?
* [“Och, lieverd. Kom eens hier. Wat is er nog meer gebeurd? Je kunt me alles vertellen, dat weet je toch?” #kind:pursue]
    ~ respond(pursue)
    Je trekt {loved_name} tegen je aan, nog voor de mok goed en wel neerstaat. De thee klotst over de plaid.
    {loved_name} lacht, net iets te hoog. #pose:arms-crossed
    Verder niks. Dat was het eigenlijk. #speaker:loved
    {loved_name} dept de natte plaid met een mouw, druk bezig, zonder je aan te kijken.
    Alles? Ik gaf je net het enige wat ik had. #inner
    Je warmte is echt, maar een spervuur van vragen voelt al snel als een verhoor. Eén ding vertellen is nog geen uitnodiging om alles te vertellen. #coach
* [Zeg nog even niks. Schuif je stoel dichterbij, tot je schouder die van {loved_name} raakt. #kind:attune]
    ~ respond(attune)
    Je vult de stilte niet op. Je blijft gewoon zitten, schouder tegen schouder.
    Na een tijdje leunt {loved_name} tegen je aan, een heel klein beetje. #pose:warm #stage:step-closer
    Ze neuriede altijd als ze kookte. Dat was ik helemaal vergeten. #speaker:loved
    Je bent er nog. Je bent niet weggegaan. #inner
* [“Dat verklaart eigenlijk een hoop. Daarom word je zo stil als we ruzie hebben.” #kind:label]
    ~ respond(label)
    {loved_name} knippert met {bezit()} ogen. #pose:turned-away
    Ja. Klopt. Zal wel. #speaker:loved
    {loved_name} pakt de telefoon van het tafeltje, draait hem om en legt hem weer neer.
    Ik laat je één ding zien en jij maakt er een dossier over mij van. #inner
    Je wilde het begrijpen. Maar zo werd een herinnering een verklaring voor wat er mis is met {loved_name}. Wie net iets kwetsbaars heeft verteld en dan geanalyseerd wordt, voelt zich betrapt. #coach
-
-> saturday_late

=== saturday_late ===
{ alarm >= 6:
    {loved_name} trekt de plaid op tot aan {bezit()} kin. De saxofoon stopt, en de stilte wordt luider. #pose:withdrawn
- else:
    De saxofoon stopt midden in een noot. Ergens in de verte klingelt een tram. #pose:calm
}
Een tijdje zegt niemand iets. Beneden sleept iemand een container naar de stoep.
Pff. Oké. Sorry. Dat was nogal wat. Vergeet maar dat ik het zei. #speaker:loved
{loved_name} lacht het weg, maar kijkt steeds even snel opzij. Peilend.
* [“Neem het alsjeblieft niet terug. Ik heb me nog nooit zo dicht bij je gevoeld. Niet weer dichtklappen, oké?” #kind:pursue]
    ~ respond(pursue)
    {loved_name} trekt wat meer van de plaid naar {bezit()} eigen kant. #pose:arms-crossed
    Ik klap helemaal niet dicht. #speaker:loved
    Maar de schouder tegen de jouwe voelt ineens wat stijver.
    Nu is er een regel. Open blijven, anders ben ik je kwijt. #inner
    Wie vraagt om open te blijven, legt gewicht op elk moment dat volgt. Nabijheid die je te stevig vastgrijpt, gaat voelen als een examen. #coach
* [“Al vergeten. Sorry, ik maakte het ook zo zwaar.” #kind:appease]
    ~ respond(appease)
    {loved_name} fronst, alsof je antwoord gaf op een andere vraag. #pose:tense
    Jij maakte het niet zwaar. Het wás zwaar. #speaker:loved
    Jullie lachen allebei een beetje ongemakkelijk en gaan niet veel later naar binnen.
    Het was dus te veel. Dat onthoud ik. #inner
    De schuld op je nemen maakt het moment gladder, maar zegt stilletjes dat het verhaal een last was. En voor die zwaarte hoefde jij helemaal geen sorry te zeggen. #coach
* [“Het was niet te veel. Dank je dat je het me verteld hebt.” En laat het daarbij. #kind:attune]
    ~ respond(attune)
    {loved_name} knikt, langzaam. Legt dan {bezit()} hoofd op je schouder. #pose:warm #stage:sit-together
    Jullie blijven buiten zitten tot de thee koud is en de buurman het voor vanavond heeft opgegeven.
    Ik heb het hardop gezegd en er ging niks kapot. #inner
-
-> saturday_night

=== saturday_night ===
Later, in bed, valt {loved_name} in slaap met een hand om je pols. #place:bedroom #time:night #pose:calm
{ trust >= 5:
    Je ligt nog even wakker en glimlacht naar het plafond. Dit voelt als het begin van iets.
- else:
    Je ligt nog even wakker. Je weet niet goed wat deze avond nou was.
}
Sloffen naast een bed. Een kind van negen dat wacht. Je valt in slaap voordat je weet wat je daarmee moet.
-> sunday

=== sunday ===
// Openstellen zet achteraf het alarm aan, wat je zaterdag ook deed:
// die vertraagde stijging is waar dit scenario over gaat.
~ shift(MAX(2, FLOODED - alarm), 0, 0, 0)
Als je wakker wordt, is de andere kant van het bed koud. #chapter:Zondag #time:morning
In de keuken leunt {loved_name} tegen het aanrecht en scrolt op {bezit()} telefoon. #place:kitchen #pose:on-phone
Eén mok koffie. De kan is leeg.
{loved_name} is al aangekleed, met nat haar van de douche, alsof {onderwerp()} al uren op is.
Goeiemorgen. #speaker:you
Hoi. #speaker:loved
Goed geslapen? #speaker:you
Prima. #speaker:loved
{loved_name} kijkt niet op. Beneden begint de saxofoon weer. Vier noten. Niemand lacht.
Gisteravond lag er een hand om je pols. Vanochtend staat er een aanrecht tussen jullie, en een telefoon.
* [Sla van achteren je armen om {loved_name} heen en leg je kin op {bezit()} schouder. “Goeiemorgen, jij.” #kind:attune]
    ~ hugged = alarm >= FLOODED
    ~ respond(attune)
    {loved_name} verstijft onder je armen. Het scherm van de telefoon gaat op zwart. Geen van jullie beweegt. #pose:tense #stage:flinch
    Goeiemorgen, zegt {onderwerp()} uiteindelijk, tegen het keukenkastje.
    Te dichtbij. Te dichtbij. En warm. Waarom is het warm. #inner
    Nabijheid kan het alarm aanzetten bij iemand die je verder heeft binnengelaten dan {onderwerp()} van plan was. Over hoe de ochtend verder loopt, zegt het nog niks. #coach
* [“Sorry, ik heb je gisteren veel te lang wakker gehouden. Voor de lunch ben ik je huis uit, beloofd.” #kind:appease]
    ~ respond(appease)
    Maakt niet uit. #speaker:loved
    {loved_name} zegt het tegen de telefoon. #pose:on-phone
    Je roostert brood, zo stil als brood geroosterd kan worden. Zelfs het smeren doe je zachtjes.
    Je loopt op je tenen. Dus jij voelt het ook. Er is iets mis, en dat ben ik. #inner
    Sorry zeggen voor niks levert een rustige ochtend op. Zo leren jullie allebei ook dat het aan jou is om de afstand op te lossen. #coach
* [Zet een verse mok naast {loved_name} neer. “Ik haal even wat bij de bakker. Over twintig minuten ben ik terug.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} knikt naar de mok, niet naar jou. #pose:on-phone
    Je neemt de trap met twee treden tegelijk. Buiten is de lucht koud en schoon, en niemand wacht op iets van jou.
    Weg. Nu al. Twintig minuten, zei je. Dat zeggen mensen wel vaker. #inner
* [Zet koffie voor jezelf en ga er zonder iets te zeggen mee naar het balkon. Wil {loved_name} ruimte? Ruimte zat. #kind:personalize]
    ~ respond(personalize)
    Het is fris buiten. Je drinkt je koffie toch op, uit principe.
    Door het glas zie je {loved_name} even naar de deur kijken, en dan weer naar het scherm. #pose:turned-away
    Zie je wel. Je gaat al. #inner
    Je terugtrekken beschermt je tegen het gevoel afgewezen te worden. Voor iemand die er al op rekent verlaten te worden, lijkt het op bewijs. #coach
-
-> sunday_noon

=== sunday_noon ===
{ promised_return:
    Negentien minuten later ben je terug, met twee croissants in een papieren zak, een beetje geplet.
    ~ kept_word()
    {loved_name} pakt er zonder iets te zeggen eentje. Later zie je {voorwerp()} met een nat vingertopje de kruimels van het bordje pikken.
}
{ last_kind == attune:
    Je laat los. {loved_name} zet een tweede pot koffie, voor twee, en zegt er niks over.
}
De ochtend sleept zich de middag in. #place:living-room #time:day
{
- alarm >= 7:
    {loved_name} zit op de bank met opgetrokken knieën en antwoordt in losse woorden, als er al antwoord komt. #pose:arms-crossed
- alarm >= 5:
    {loved_name} zit op de bank met de telefoon en zegt op alles "mm" of "misschien". #pose:on-phone
- else:
    {loved_name} zit op de bank met de telefoon. Vriendelijk genoeg, maar een beetje vlak, met {bezit()} hoofd ergens anders. #pose:on-phone
}
Je hebt de puzzel in je eentje gemaakt. Je hebt dezelfde bladzijde van je boek drie keer gelezen.
Je stelt de markt voor. Een wandeling. Een film.
Maakt me niet uit. Wat jij wil. #speaker:loved
Om een of ander berichtje glimlacht {loved_name} naar het scherm. Niet naar jou. De glimlach is weg voordat je iets kunt vragen.
Je denkt aan de sloffen naast het bed. Aan de pannenkoeken. Aan hoe {loved_name} gisteravond naar je keek.
Het is lastig om vandaag niet op te vatten als een recensie van gisteren. Een slechte.
* [“Zullen we het vanavond onder het eten over gisteren hebben? Echt even goed, met z'n tweeën. Ik denk dat dat nodig is.” #kind:pursue]
    ~ respond(pursue)
    De duim van {loved_name} stopt op het scherm. #pose:tense
    Waarom? Er is niks. Kun je daar alsjeblieft over ophouden? #speaker:loved
    {loved_name} staat op om een glas water te halen. Niemand heeft dorst.
    Vanavond. Een verhoor met een datum erop. Ik wist dat ik het niet had moeten zeggen. #inner
    Een afspraak om te praten over wat iemand bang maakte, blijft een schijnwerper. Alleen later. #coach
* [Ga dicht naast {loved_name} zitten. “Hé. Vertel eens over gisteren? Ik ben er gewoon.” #kind:attune]
    ~ respond(attune)
    { hugged:
        ~ shift(2, 0, -1, 0)
        {loved_name} schuift een stukje op, maar een klein stukje, en toch voelen jullie het allebei. #pose:arms-crossed #stage:step-away
        Ik wil het niet over gisteren hebben. Ik wil dat vandaag gewoon normaal is. Kan het normaal zijn? #speaker:loved
        Vanochtend je armen, nu dit. Er is geen ruimte om adem te halen. #inner
        Nabijheid na nabijheid, terwijl het alarm nog aanstaat, kan voelen als een hand die niet loslaat. #coach
    - else:
        {loved_name} is een hele tijd stil. Dan, tegen de telefoon: #pose:withdrawn
        Er valt niks over te zeggen. Het was gewoon iets van vroeger. #speaker:loved
        Er gewoon. Vlak naast me. Vragend. Maar zachtjes vragend. #inner
    }
* [“Ik ga even hardlopen. Daarna maak ik pasta. Eet gerust mee.” #kind:boundary]
    ~ respond(boundary)
    Voor het eerst vandaag kijkt {loved_name} op. #pose:calm
    Oké. #speaker:loved
    Je strikt je veters en gaat. Het park zit vol honden en mensen met gewone zondagen.
    Je gaat weg. En dan pasta. Je zei pasta. #inner
* [Pak je eigen telefoon en ga ook scrollen. Wat {onderwerp()} kan, kun jij ook. #kind:personalize]
    ~ respond(personalize)
    Twee telefoons. De saxofoon. De koelkast die zoemt. Een halfuur lang zegt niemand iets. #pose:turned-away
    Je scrolt langs foto's van vrienden die een heerlijke zondag hebben. Het helpt niet.
    Kijk. Jij bent ook weg. Makkelijker zo. #inner
    Als je de afstand spiegelt, hoef je hem niet te voelen. Maar zo wordt hij ook echt, voor jullie allebei. #coach
-
-> the_sentence

=== the_sentence ===
{ promised_return:
    Je komt bezweet en rood aangelopen terug uit het park, en je maakt de pasta, zoals je zei.
    {loved_name} dekt de tafel voor twee. Niemand zegt er iets over. Maar het gebeurt.
    ~ kept_word()
}
Het licht in de kamer kleurt geel en wordt dan vaal. Op straat roept iemand een kat die niet komt.
Laat in de middag schuift {loved_name} naar het randje van de bank, ellebogen op de knieën. #pose:tense
Ik heb nagedacht. #speaker:loved
Misschien moeten we ermee stoppen. #speaker:loved #pose:turned-away
Met ons, bedoel ik. #speaker:loved
Het ligt niet aan jou. Ik denk gewoon dat ik hier niet goed in ben. #speaker:loved
De woorden vallen in de kamer als een bord op de vloer.
{loved_name} zegt het tegen het vloerkleed, niet tegen jou, en pulkt dan verder aan een draadje van {bezit()} mouw. #pose:withdrawn
{landed: Pas later zie je dat de ochtend {voorwerp()} wel bereikt heeft: {loved_name} zegt dit naast je op de bank, niet vanuit de deuropening.}
Gisteren: de plaid, de sloffen, de hand om je pols. Vandaag: dit. #discuss:Wat zou "misschien moeten we ermee stoppen" vandaag nog meer kunnen betekenen, naast de woorden zelf?
* [“Prima. Als jij dat wil, dan stoppen we.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} krimpt ineen, alsof dit het antwoord was waar {onderwerp()} zich al die tijd schrap voor zette. #stage:flinch #pose:withdrawn
    Oké. Helder. Goed om te weten. #speaker:loved
    Daar heb je het. Ik zei het eerst, en jij vond het best. Ik wist het wel. #inner
    Het deed pijn, dus je gaf de woorden meteen terug. Maar zo bevestig je precies waar {loved_name} bang voor is: één duw, en je bent weg. #coach
    -> the_crack
* [“Dat is nogal wat om te zeggen, de dag na zo'n avond. Ik zie het niet als je laatste woord. En ik ga nergens heen.” #kind:attune]
    ~ respond(attune)
    {loved_name} staart naar de vloer en ademt lang en langzaam uit. #pose:withdrawn
    Ik weet niet wat ik wil. #speaker:loved
    Dat hoeft ook niet. Niet vandaag. #speaker:you
    Je liep niet weg. Je smeekte niet. Ik snap het niet. Maar het voelt niet slecht. #inner
    Terugtrekken na een open moment is vaak bescherming, geen besluit. Een zin die uit het alarm komt, is nog geen vonnis. #coach
    -> the_quiet
* [“Zo doe je nou steeds. Eerst warm, dan ijskoud, elke keer als het goed gaat. Ik word er doodmoe van. Misschien moet je daar eens met iemand over praten.” #kind:label]
    ~ respond(label)
    {loved_name} wordt heel stil. #pose:arms-crossed
    Ja hoor. Want ik ben degene die kapot is. #speaker:loved
    Ik vertelde je over de sloffen, en nu ben ik een diagnose. Had ik mijn mond maar gehouden. #inner
    Je uitputting is echt, en hulp zoeken kan een goed idee zijn. Maar zo midden in de spanning klinkt het als: jij bent het probleem. Weinig zet het alarm zo hard aan als schaamte. #coach
    -> the_crack
* [“Wat ik ook gedaan heb, ik maak het goed. Vanaf vanavond word ik wie je maar wilt. Ga alsjeblieft niet weg.” #kind:appease]
    ~ respond(appease)
    {loved_name} kijkt je aan alsof je {voorwerp()} iets zwaars in handen hebt gedrukt. #pose:tense
    Je stem klonk jezelf vreemd in de oren. Klein. Als die van iemand anders.
    Nu ben jij ook bang. En dat is ook weer mijn schuld. #inner
    Jezelf klein maken sust deze ene minuut. Maar dan moet {loved_name} jouw angst er ook nog bij dragen, en het kost jou meer dan je kunt volhouden. #coach
    -> the_quiet

=== the_crack ===
{loved_name} staat op. Loopt naar het raam. En weer terug. #pose:pacing
{last_kind == label: Weet je wat, je hebt gelijk. Ik ben een puinhoop.|Mooi zo. Ik ben toch een puinhoop.} Zoek maar iemand die dat niet is. #speaker:loved #intense:Een bittere opmerking: je kunt beter iemand zoeken die minder een puinhoop is.
Beneden begint de saxofoon weer aan zijn vier noten. Het klonk nog nooit zo stom.
Je gezicht gloeit. Je weet niet waar je je handen moet laten.
Vierentwintig uur geleden zaten jullie op dat balkon, onder één plaid.
Een deel van je wil dit winnen. Een ander deel wil weg. #discuss:Je werd gekwetst en haalde uit. Hoe ziet een weg terug eruit, zonder te doen alsof het niet gebeurd is?
* [“Wacht. Dat kwam er verkeerd uit. Ik schrok en toen haalde ik uit. Sorry. Ik wil niet stoppen.” #kind:repair]
    ~ respond(repair)
    {loved_name} stopt met ijsberen. Komt niet dichterbij, maar gaat ook de kamer niet uit. #pose:withdrawn
    Ik ook niet. Denk ik. #speaker:loved
    Jullie staan daar allebei, een paar meter uit elkaar, en ademen.
    Je kwam terug. Mensen komen niet terug. #inner
    Je eigen deel erkennen, zonder te kruipen, laat zien dat een breuk te herstellen is. #coach
    -> evening_together
* [“Nee. Zoiets gooi je er niet uit om dan weg te lopen. Ga zitten. We praten er nu over, vanavond, niet volgende week.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} deinst achteruit tot tegen het kozijn. #pose:tense #stage:step-away
    Ik kan dit niet. Niet zo. #speaker:loved
    Je blijft toch praten. {loved_name} geeft geen antwoord meer, loopt de slaapkamer in en doet de deur dicht. Zachtjes. Dat is erger.
    Klem. Weg hier. Weg hier. #inner
    Wie een gesprek eist terwijl de ander overspoeld is, krijgt meestal geen gesprek maar een ruzie. #coach
    -> evening_together
* [“Ik ben te overstuur om iets zinnigs te zeggen. Ik ga naar huis om af te koelen. Ik bel je om negen uur.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} knikt zonder op te kijken. #pose:arms-crossed
    Negen uur. #speaker:loved
    Op de trap kom je de saxofoonbuurman tegen. Hij knikt. Jij knikt. Het gewone leven gaat gewoon door.
    Je gaat weg. Maar je zei negen uur. Aan negen uur kan ik me vasthouden. #inner
    Afstand nemen en zeggen wanneer je terugkomt, beschermt jullie allebei. De verbinding blijft; de boel krijgt de kans om af te koelen. #coach
    -> evening_apart
* [Pak je jas. “Bel me maar als je weet wat je wil.” #kind:personalize]
    ~ respond(personalize)
    De deur valt harder achter je dicht dan je bedoelde. #stage:door-closes
    Op de trap trillen je benen. Je gaat niet terug naar boven.
    Weg. Dat doen mensen nou eenmaal. Deze keer heb ik het tenminste zelf veroorzaakt. #inner
    Weggaan zonder te zeggen wanneer je terugkomt, legt al het gewicht bij {loved_name}: nu moet {onderwerp()} de eerste stap zetten. #coach
    -> evening_apart

=== the_quiet ===
{ last_kind == appease:
    {loved_name} wrijft met beide handen over {bezit()} gezicht. #pose:withdrawn
    Alsjeblieft niet. Je hoeft niemand te worden. #speaker:loved
- else:
    {loved_name} zit zo een hele tijd. Gaat niet weg, komt niet dichterbij. #pose:withdrawn
}
Ik trek het vandaag gewoon niet. Niks ervan. #speaker:loved
Gisteravond vertelde ik je dat allemaal, en vanochtend werd ik misselijk wakker. Alsof ik de voordeur wagenwijd open had laten staan. #speaker:loved
Het deel van jou dat wil weten waar je aan toe bent, schreeuwt nu heel hard. #discuss:Wat heb jij nu nodig, en wat heeft je partner nodig? Kan dat allebei?
* [“Dan zoeken we het nu uit, vanavond nog. Ik kan niet een hele week rondlopen zonder te weten waar ik aan toe ben. Niet na gisteren.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} kruipt weg in de hoek van de bank. #pose:withdrawn
    Ik heb geen antwoord. Hou nou op met vragen. #speaker:loved
    De rest van de middag zitten jullie elk in een andere kamer. De deuren staan open, maar er komt niks doorheen.
    Een examen waar ik alleen maar voor kan zakken. #inner
    Je behoefte om het te weten is terecht. Maar een antwoord dat je er nu uitperst, komt van het alarm, niet van {loved_name}. #coach
    -> evening_together
* [“Oké. Ik ga naar huis, dan heb je wat ruimte. Ik bel om negen uur, gewoon om welterusten te zeggen.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} kijkt op. #pose:tense
    Ga je weg? Om negen uur? #speaker:loved
    Om negen uur. #speaker:you
    Je pakt je tas. Bij de deur zegt {loved_name} bijna iets, en steekt dan alleen een hand op.
    Weggaan, maar terugkomen. Doen mensen dat echt? #inner
    -> evening_apart
* [“Ik blijf, en ik zeg geen woord. Zo lang als je nodig hebt. Ik zeg mijn afspraken voor morgen ook af.” #kind:appease]
    ~ respond(appease)
    Je hoeft niks af te zeggen. #speaker:loved
    {loved_name} zegt het tegen de vloer. #pose:withdrawn
    Je stuurt toch een appje: sorry, er is iets tussengekomen. Je zit in de leunstoel en probeert niet te hard te ademen.
    Je geeft alles op voor mij. Daar ga je me ooit om haten. #inner
    Je gaf net je eigen maandag weg om de vrede te bewaren. Niemand vroeg je dat. #coach
    -> evening_together
* [“Ik ga met mijn boek op het balkon zitten. Je weet waar ik ben.” #kind:attune]
    ~ respond(attune)
    Je neemt je boek mee naar buiten. Na een tijdje schuift de balkondeur op een kier open, en blijft open. #stage:step-closer
    Niemand zegt iets. Je hoort {loved_name} binnen rondscharrelen, thee zetten, muziek opzetten. Gewone geluiden.
    De deur staat open. Ik hoef er niet door. Maar hij staat open. #inner
    -> evening_together

=== evening_apart ===
Je eigen huis. Je eigen bank, je eigen rommel, een boterham waar je eigenlijk geen trek in hebt. #chapter:Zondagavond #place:living-room #time:evening
Je gooit je sleutels in het schaaltje bij de deur en blijft even staan.
De stilte is hier anders. Er is niemand in de kamer ernaast.
Je laat de middag nog eens door je hoofd gaan. "Misschien moeten we ermee stoppen." Het draadje aan de mouw. De sloffen, weer.
Je zou veel geven om te weten wat {loved_name} nu doet. Waarschijnlijk zit {onderwerp()} op diezelfde bank, met diezelfde telefoon.
Je eigen telefoon ligt op tafel, scherm naar boven. Je kijkt er steeds níét naar.
{ promised_return:
    Je zei negen uur. Het is twintig over zeven.
- else:
    Je hebt niet gezegd wanneer. {loved_name} ook niet.
}
Je duim zweeft boven de naam van {loved_name}.
* [Neem geen contact op. {loved_name} mag nu eens naar jou toe komen. #kind:personalize]
    ~ respond(personalize)
    Negen uur gaat voorbij. Je kijkt een serie die je morgen alweer vergeten bent.
    Om tien over elf zie je dat {loved_name} aan het typen is. Dan niks. #time:night #stage:typing-stops
    { promised_return:
        Negen uur. Je zei negen uur. Natuurlijk. #inner
    - else:
        Geen woord. Nou, dan weet ik het wel. #inner
    }
    Na zo'n dag is het logisch dat je gekozen wilt worden. Maar voor iemand die erop rekent verlaten te worden, klinkt jouw stilte als het antwoord. #coach
* [{promised_return: Bel om precies negen uur, zoals je zei.|Stuur om negen uur een kort berichtje: welterusten, je bent er nog.} #kind:attune]
    ~ respond(attune)
    { promised_return:
        De telefoon gaat vier keer over. Dan: #time:night
        Hoi. #speaker:loved
        Hoi. Het is negen uur. Ik wilde je gewoon welterusten zeggen. #speaker:you
        Even is het stil aan de lijn. Dan, zachter: #pose:calm
        Welterusten. Fijn dat je belt. #speaker:loved
        Het is negen uur en daar ben je. Je belt echt. #inner
        Hier groeit vertrouwen van: doen wat je zei, wanneer je het zei. Klein, saai, betrouwbaar. #coach
    - else:
        Je typt drie versies en wist er twee. Wat je stuurt, is kort. #time:night
        Welterusten. Ik ben er nog. #speaker:you #stage:phone-sent
        { alarm >= 7:
            De puntjes verschijnen, verdwijnen. Er komt niks. #stage:typing-stops
            Je bent er nog. Ik kan niks terugzeggen. Maar je bent er nog. #inner
        - else:
            De puntjes verschijnen, verdwijnen, verschijnen. Dan: "Slaap lekker. Dankjewel." #stage:phone-message
            Een minuut later: "Sorry van vandaag." #stage:phone-message
            Je bent er nog. Zelfs na vandaag. #inner
        }
        Een klein teken, zonder vraag erbij. Het maakt de middag niet ongedaan, maar het laat een deur op een kier. #coach
    }
    ~ kept_word()
* [{promised_return: App om negen uur, zoals beloofd|App om negen uur}: je gaat vroeg naar bed, je belt morgen. #kind:boundary]
    ~ respond(boundary)
    Ik ben kapot, ik ga vroeg slapen. Ik denk aan je. Morgen na mijn werk bel ik je. #speaker:you #stage:phone-sent #time:night
    Gelezen. Een minuut later: één hartje. #stage:phone-message
    Je legt je telefoon op het nachtkastje en doet vroeg het licht uit.
    Morgen, na het werk. Oké. Op iets waarvan ik weet dat het komt, kan ik wachten. #inner
    ~ kept_word()
* [Bel nu meteen. Je houdt het geen hele avond vol zonder te weten waar je aan toe bent, en negen uur is nog uren weg. #kind:pursue]
    ~ respond(pursue)
    Je krijgt de voicemail. Je belt nog een keer. De derde keer neemt {loved_name} op. #pose:tense
    Ik moet gewoon weten of het goed zit tussen ons. #speaker:you
    Alsjeblieft. Niet vanavond. #speaker:loved
    Zelfs thuis hoor ik je vragen. Ik kan het nergens neerleggen. #inner
    Niet weten is vreselijk, en bellen voelt als iets doen. Maar het vertelt {loved_name} dat er aan de ruimte die je gaf toch touwtjes zaten. #coach
-
-> ending

=== evening_together ===
Het licht boven de daken kleurt oranje. Jullie belanden weer op het balkon, in dezelfde twee stoelen. #chapter:Zondagavond #place:balcony #time:evening
{ alarm >= 7:
    Het duurt een uur voordat {loved_name} naar buiten komt. Eerst blijft {onderwerp()} een tijdje in de deuropening staan, armen over elkaar, een mok in de hand, en gaat dan zitten, met de stoel een stukje bij je vandaan. #pose:arms-crossed
- else:
    {loved_name} komt naar buiten met twee mokken en gaat naast je zitten. #pose:calm
}
{ the_crack || alarm >= 7:
    Geen van jullie begint over de middag. Die zit als een derde gast tussen de stoelen.
- else:
    De middag hangt nog in de lucht, maar zachter nu, zoals de geur na een regenbui.
}
Beneden de saxofoon. Vier noten, en een lange stilte, alsof de buurman moed verzamelt.
Zondagen kan ik niet zo goed. #speaker:loved
De dag erna, bedoel ik. Als ik te veel heb gezegd. #speaker:loved
{loved_name} zegt het luchtig, maar {bezit()} handen klemmen zich om de mok.
* [“Het is mijn schuld. Ik was gisteren te heftig, en vandaag ook. Vanaf morgen doe ik rustiger, beloofd. Gewoon weer normaal.” #kind:appease]
    ~ respond(appease)
    {loved_name} doet {bezit()} mond open en weer dicht. #pose:withdrawn
    Oké. Als jij het zegt. #speaker:loved
    Dus gisteren was te veel, en nu word jij minder. Niemand van ons mag nog gewoon zichzelf zijn. #inner
    Alle schuld op je nemen maakt vanavond een eind aan de spanning, en geeft stilletjes een stukje van jezelf weg. Doe dat vaak genoeg en er is niemand meer over om te blijven. #coach
* [“Dus zit het goed tussen ons? Ik moet weten wat je vanmiddag bedoelde.” #kind:pursue]
    ~ respond(pursue)
    De mok van {loved_name} blijft halverwege hangen. #pose:tense
    Ik weet het nog niet. Mag ik het nog even niet weten? #speaker:loved
    {loved_name} gaat weer naar binnen, de mok nog vol.
    Voor alles wat ik je geef, wil je een bonnetje. #inner
    Je hebt de hele dag gewacht, en de vraag is terecht. Maar als je hem nu stelt, sleep je de middag mee het balkon op. #coach
* [“Je hoeft vanavond niks uit te leggen.” En laat het daarbij. #kind:attune]
    ~ respond(attune)
    De schouders van {loved_name} zakken een stukje. Na een tijdje vindt een voet de jouwe onder de plaid. #pose:warm #stage:sit-together
    Zo blijven jullie zitten, terwijl de lucht van oranje naar grijs gaat.
    Niks uit te leggen. Niks terug te betalen. Gewoon voeten. #inner
* [“Fijn dat je naar buiten komt. Ik ben kapot. Woensdag bij mij? Ik kook.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} denkt er even over na. #pose:calm
    Woensdag. Oké. Woensdag. #speaker:loved
    Maak die pasta met citroen. Die ene. #speaker:loved
    Een dag met een naam. Daar kan ik naartoe leven. #inner
    Het gesprek hoeft niet vanavond te gebeuren om te gebeuren. #coach
-
-> ending

=== ending ===
// De nacht is het volgende moment: een zorgzaam antwoord dat het alarm eerst liet stijgen, zakt nu,
// zoals bij een volgend antwoord (niets maakt het ongedaan). Anders kon het beloofde telefoontje om negen in angst eindigen.
{ calm_due:
    ~ calm_due = false
    ~ shift(-2, 0, 0, 0)
    {evening_apart: Aan de andere kant van de stad legt {loved_name} de telefoon op het kussen, scherm naar boven. Je welterusten komt nu pas binnen.|{loved_name} gaat rustiger ademen. Wat je eerder zei, komt nu pas binnen.}
}
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

=== ending_safety ===
{ evening_apart:
    Vlak voordat je in slaap valt, nog één berichtje. #stage:phone-message
    Een foto van de voordeur van de benedenbuurman. Eronder: "Hij heeft noot vijf gevonden. Ik moest lachen. Wilde ik je even laten weten."
    Je leest het twee keer. Dan stuur je een taartemoji terug. Wat moet je anders.
    Er is niks opgelost. Volgende zondag kan weer koud zijn.
    Maar koud is niet weg. Dat weten jullie nu allebei een beetje beter. #ending:safety
- else:
    Beneden waagt de saxofoon zich aan een vijfde noot, en mist die volledig.
    {loved_name} lacht. Echt, voor het eerst vandaag. #pose:warm
    Volgende keer zeg ik het als ik mijn zondagding doe. #speaker:loved
    Afgesproken. #speaker:you
    Jullie blijven buiten tot het echt donker is, voet tegen voet.
    Er is niks opgelost. Maar koud is niet weg, en dat weten jullie nu allebei een beetje beter. #ending:safety
}
-> END

=== ending_fragile ===
{ evening_apart:
    Je laat je telefoon met het scherm naar boven liggen, voor de zekerheid.
    Je denkt aan de taart voor de buurman. Of jij erbij bent als hij noot vijf vindt.
    Er is niks besloten. "Misschien moeten we ermee stoppen" slingert nog ergens rond, als een jas die niemand heeft opgehangen.
    Maar de draad is niet geknapt. Dun, maar hij is er.
    Morgen zie je wel verder. #ending:fragile
- else:
    Jullie zeggen welterusten. Lief, en voorzichtig, en jullie menen het allebei. #pose:calm
    {loved_name} gaat als eerste naar bed en laat de slaapkamerdeur open. Niet wijd. Op een kier.
    Later schuif je naast {voorwerp()} in bed, met een handbreedte matras tussen jullie in.
    Er is niks besloten. "Misschien moeten we ermee stoppen" slingert nog ergens door het huis, als een jas die niemand heeft opgehangen.
    Morgen zie je wel verder. #ending:fragile
}
-> END

=== ending_fear ===
{ evening_apart:
    Vlak voor middernacht een berichtje. #stage:phone-message
    "Misschien is het beter zo."
    Je typt een antwoord. Wist het. Typt een ander.
    Aan de andere kant van de stad ziet {loved_name} jouw puntjes komen en gaan en denkt: zie je wel.
    Jullie liggen allebei wakker, allebei zeker dat de ander al weg is. #ending:fear
- else:
    {loved_name} gaat vroeg naar bed, deur dicht. #pose:turned-away #stage:door-closes
    Jij neemt de bank. De saxofoon is gestopt. Alles is gestopt.
    Door de muur hoor je {loved_name} zich omdraaien, en nog eens.
    Jullie liggen allebei wakker, een muur van elkaar, allebei zeker dat de ander al weg is. #ending:fear
}
-> END

=== ending_burnout ===
{ evening_apart:
    Je zit op je eigen bank met je jas nog aan.
    De boterham ligt nog op het bord. Je bent te moe om hem op te eten, te moe om hem weg te gooien.
    Je beseft dat je het hele weekend bent geweest wat er maar nodig was.
    Je weet niet meer wanneer je voor het laatst iets zei wat je echt meende.
    Misschien belt {loved_name} nog. Je weet niet of er genoeg van je over is om op te nemen. #ending:burnout
- else:
    {loved_name} valt in slaap op de bank, met de tv nog aan. #pose:withdrawn
    Jij doet de afwas, de mokken van het balkon ook. Je streept maandag door in je agenda.
    Je kijkt twee keer of {loved_name} het wel warm genoeg heeft onder die plaid.
    Je weet niet meer wanneer je voor het laatst iets zei wat je echt meende.
    Je bent er nog. Je weet alleen niet meer hoeveel van jou. #ending:burnout
}
-> END
