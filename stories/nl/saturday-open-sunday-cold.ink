# id: saturday-open-sunday-cold
# title: Zaterdag open, zondag koud
# form: ambivalent
# minutes: 10
# note: De dag na een diep gesprek trekt je partner zich terug en begint over uit elkaar gaan.
# details: Op zaterdagavond vertelt degene van wie je houdt je voor het eerst een pijnlijke herinnering uit de kindertijd. Op zondag is er afstand, kijkt je partner vooral naar de telefoon en klinkt het: misschien moeten we ermee stoppen.
# blurb: Op een avond mag je helemaal binnenkomen. De volgende ochtend zit de deur dicht.
# reflect: Als iemand zich terugtrekt vlak nadat je dichtbij mocht komen, wat maak jij daar dan meestal van over jezelf?
# reflect: Wat hielp je om op zondag stevig te blijven staan zonder de zaterdag terug te willen, en wat kostte je dat?
# reflect: Wat zou jij willen horen op de ochtend nadat je iemand meer had verteld dan je van plan was?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

~ alarm = 4
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Zaterdag, laat. Het balkon bij {loved_name} thuis: twee stoelen dicht tegen elkaar, één plaid voor jullie samen. #chapter:Zaterdag #place:balcony #time:evening
Beneden oefent de buurman op zijn saxofoon. Dezelfde vier noten, al drie weken lang.
{loved_name} gooit {bezit()} hoofd achterover en lacht. #pose:warm
Als hij ooit die vijfde noot vindt, ga ik echt janken. #speaker:loved
Dan brengen we hem een taart. #speaker:you
Met een vijfde noot erop. #speaker:loved
Jullie zijn acht maanden samen. Dit is het eerste hele weekend bij {loved_name}, en tot nu toe ging alles vanzelf. Afhaalnoedels, een lange wandeling, een waardeloze film waar jullie stiekem allebei van genoten.
{loved_name} pikt het laatste chipje uit de zak en houdt het omhoog als een trofee. Je laat het gaan. Voor deze keer.
Dan wordt het stil. De stad zoemt. {loved_name} draait de mok rond en rond in {bezit()} handen.
Mag ik je iets raars vertellen? Dit heb ik nog nooit aan iemand verteld. #speaker:loved
Toen ik negen was, hield mijn moeder op met tegen me praten. Gewoon, ineens. Vier dagen lang. #speaker:loved #pose:withdrawn
Ik heb nooit geweten wat ik had gedaan. Dus elke avond zette ik haar sloffen naast haar bed. Alsof ze terug zou komen als ik maar lief genoeg was. #speaker:loved
En op de vijfde dag bakte ze pannenkoeken, alsof er niks was gebeurd. Ik was zo blij dat ik nooit iets heb gevraagd. #speaker:loved
{loved_name} houdt op. Kijkt naar de mok, niet naar jou. #pose:tense
Je voelt wat het kostte om dat hardop te zeggen. #discuss:Hoe laat je merken dat je iets groots hebt gehoord, zonder het groter te maken?
* [“Och, lieverd. Kom eens hier. Wat is er nog meer gebeurd? Je kunt me alles vertellen, dat weet je toch?” #kind:pursue]
    ~ respond(pursue)
    Je trekt {loved_name} in een knuffel voordat de mok zelfs maar neerstaat. De thee klotst over de plaid.
    {loved_name} lacht, net iets te hoog. #pose:arms-crossed
    Verder niks. Dat was het eigenlijk. #speaker:loved
    {loved_name} dept de natte plaid met een mouw, druk bezig, zonder je aan te kijken.
    Alles? Ik gaf je net het enige wat ik had. #inner
    Je warmte is echt, maar een stroom vragen kan voelen als een schijnwerper. Eén keer openstellen betekent niet dat de deur nu openstaat voor meer. #coach
* [Zeg nog even niks. Schuif je stoel dichterbij, tot je schouder die van {loved_name} raakt. #kind:attune]
    ~ respond(attune)
    Je vult de stilte niet op. Je blijft gewoon zitten, schouder tegen schouder.
    Na een tijdje leunt {loved_name} tegen je aan, een heel klein beetje. #pose:warm #stage:step-closer
    Ze neuriede altijd als ze kookte. Dat was ik helemaal vergeten. #speaker:loved
    Nog steeds hier. Er is niemand weggelopen. #inner
    Soms ontvang je een verhaal het best door er nog even niks mee te doen. Je schouder zegt meer dan een slimme zin. #coach
* [“Dat verklaart eigenlijk een hoop. Daarom word je zo stil als we ruzie hebben.” #kind:label]
    ~ respond(label)
    {loved_name} knippert met {bezit()} ogen. #pose:turned-away
    Ja. Klopt. Zal wel. #speaker:loved
    {loved_name} pakt de telefoon van het tafeltje, draait hem om en legt hem weer neer.
    Ik laat je één ding zien en jij maakt er een dossier over mij van. #inner
    Je wilde het begrijpen. Maar zo werd een herinnering een verklaring van wat er mis is met {loved_name}, en vlak na het openstellen voelt geanalyseerd worden als betrapt worden. #coach
-
-> saturday_late

=== saturday_late ===
{ alarm >= 6:
    {loved_name} trekt de plaid op tot aan {bezit()} kin. De saxofoon stopt, en de stilte wordt luider. #pose:withdrawn
- else:
    De saxofoon stopt midden in een noot. Ergens in de verte belt een tram. #pose:calm
}
Een tijdje zegt niemand iets. Beneden sleept iemand een container naar de stoep.
Pff. Oké. Sorry. Dat was nogal wat. Vergeet maar dat ik het zei. #speaker:loved
{loved_name} lacht het weg, maar kijkt steeds even snel naar je. Om te zien hoe je kijkt.
* [“Neem het alsjeblieft niet terug. Ik heb me nog nooit zo dicht bij je gevoeld. Niet weer dichtklappen, oké?” #kind:pursue]
    ~ respond(pursue)
    {loved_name} trekt wat meer van de plaid naar {bezit()} eigen kant. #pose:arms-crossed
    Ik klap helemaal niet dicht. #speaker:loved
    Maar de schouder tegen de jouwe is net iets harder geworden.
    Nu is er een regel. Open blijven, anders ben ik je kwijt. #inner
    Als je iemand vraagt open te blijven, komt er gewicht op elk volgend moment te liggen. Nabijheid die je te stevig vasthoudt, gaat voelen als een examen. #coach
* [“Al vergeten. Sorry, ik had het niet zo zwaar moeten maken.” #kind:appease]
    ~ respond(appease)
    {loved_name} fronst, alsof je antwoord gaf op een andere vraag. #pose:tense
    Jij maakte het niet zwaar. Het wás zwaar. #speaker:loved
    Jullie lachen allebei een beetje ongemakkelijk en gaan niet veel later naar binnen.
    Het was dus te veel. Dat onthoud ik. #inner
    De schuld op je nemen maakt het moment gladder, maar zegt stilletjes dat het verhaal een last was. En je zei net sorry voor iets wat je niet gedaan hebt. #coach
* [“Het was niet te veel. Dank je dat je het me vertelde.” En laat het daarbij. #kind:attune]
    ~ respond(attune)
    {loved_name} knikt, langzaam. Legt dan {bezit()} hoofd op je schouder. #pose:warm #stage:sit-together
    Jullie blijven buiten zitten tot de thee koud is en de buurman het voor vanavond heeft opgegeven.
    Het kwam ergens zachts terecht. #inner
    Je ging niet graven, niet oplossen, deed niet alsof het niks was. Alleen bedankt, en dan ruimte. #coach
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
~ shift(2, 0, 0, 0)
Als je wakker wordt, is de andere kant van het bed koud. #chapter:Zondag #time:morning
In de keuken leunt {loved_name} tegen het aanrecht, duim over de telefoon. #place:kitchen #pose:on-phone
Eén mok koffie. De kan is leeg.
{loved_name} is al aangekleed, met nat haar van de douche, alsof {onderwerp()} al uren op is.
Goeiemorgen. #speaker:you
Hoi. #speaker:loved
Goed geslapen? #speaker:you
Prima. #speaker:loved
{loved_name} kijkt niet op. Beneden begint de saxofoon weer. Vier noten. Niemand lacht.
Gisteravond lag er een hand om je pols. Vanochtend staat er een aanrecht tussen jullie, en een telefoon.
* [Sla van achteren je armen om {loved_name} heen. “Goeiemorgen, jij. Na gisteravond wil ik de hele dag in bed blijven.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} verstijft in je armen en glipt dan zijwaarts weg om een mok om te spoelen die al schoon is. #pose:tense #stage:step-away
    Ik heb een hoop te doen vandaag. #speaker:loved
    Te dichtbij. Te dichtbij. Te dichtbij. #inner
    Je reikte naar gisteren, en dat kwam terecht bij een lijf dat zich vandaag schrap zet. De knuffel is niet fout; dit moment kan hem alleen niet hebben. #coach
* [“Sorry, hield ik je gisteren te lang op? Ik doe vandaag lekker rustig aan.” #kind:appease]
    ~ respond(appease)
    Maakt niet uit. #speaker:loved
    {loved_name} zegt het tegen de telefoon. #pose:on-phone
    Je roostert brood, zo stil als brood geroosterd kan worden. Zelfs het smeren doe je zachtjes.
    Je loopt op je tenen. Dus jij voelt het ook. Er is iets mis, en dat ben ik. #inner
    Sorry zeggen voor niks levert een rustige ochtend op. Het leert jullie allebei ook dat de afstand jouw probleem is om op te lossen. #coach
* [“Goeiemorgen.” Zet verse koffie, zet een mok naast {loved_name} neer en begin aan een paar eieren. #kind:attune]
    ~ respond(attune)
    {loved_name} kijkt een tel langer dan nodig naar de mok. #pose:calm
    Dank je. #speaker:loved
    Jullie eten. {loved_name} eet een beetje. De radio doet het praten.
    Geen vragen. Gewoon koffie. Ik kan ademhalen. #inner
    Je merkte de kou op en maakte er geen onderwerp van. Een gewone, vriendelijke ochtend zegt: hier gebeurt niks gevaarlijks. #coach
* [Neem zonder iets te zeggen je koffie mee naar het balkon. Als {loved_name} ruimte wil: ruimte zat. #kind:personalize]
    ~ respond(personalize)
    Het is fris buiten. Je drinkt je koffie toch op, uit principe.
    Door het glas zie je {loved_name} even naar de deur kijken, en dan weer naar het scherm. #pose:turned-away
    Zie je. Je gaat al. #inner
    Je terugtrekken beschermt je tegen het gevoel afgewezen te worden. Maar voor iemand die zich schrap zet om verlaten te worden, lijkt het op bewijs. #coach
-
-> sunday_noon

=== sunday_noon ===
De ochtend sleept zich de middag in. #place:living-room #time:day
{
- alarm >= 7:
    {loved_name} zit op de bank met opgetrokken knieën en antwoordt in losse woorden, als er al antwoord komt. #pose:arms-crossed
- alarm >= 5:
    {loved_name} zit op de bank met de telefoon en zegt op alles "mm" of "misschien". #pose:on-phone
- else:
    {loved_name} zit op de bank met de telefoon. Vriendelijk genoeg, een beetje vlak, ergens anders. #pose:on-phone
}
Je hebt de puzzel in je eentje gemaakt. Je hebt dezelfde bladzijde van je boek drie keer gelezen.
Je stelt de markt voor. Een wandeling. Een film.
Maakt me niet uit. Wat jij wil. #speaker:loved
Door een of ander berichtje glimlacht {loved_name} naar het scherm. Niet naar jou. De glimlach is weg voordat je iets kunt vragen.
Je denkt aan de sloffen naast het bed. Aan de pannenkoeken. Aan hoe {loved_name} gisteravond naar je keek.
Het is moeilijk om vandaag niet te lezen als een recensie van gisteren. Een slechte.
* [“Gisteren vertelde je me iets wat je nog nooit aan iemand had verteld. Vandaag krijg ik geen zin uit je. Wat is er veranderd?” #kind:pursue]
    ~ respond(pursue)
    De duim van {loved_name} stopt op het scherm. #pose:tense
    Er is niks veranderd. Wil je daar alsjeblieft over ophouden? #speaker:loved
    {loved_name} staat op om een glas water te pakken waar niemand om vroeg.
    Je gebruikt gisteren tegen me. Ik wist dat ik het niet had moeten zeggen. #inner
    Zaterdag als bewijs aanhalen laat het openstellen klinken als een schuld. Hoe harder je de nabijheid achternazit, hoe harder die wegrent. #coach
* [“Ik ga even hardlopen. Over een uur ben ik terug, en dan maak ik pasta. Je mag mee-eten.” #kind:boundary]
    ~ respond(boundary)
    Voor het eerst vandaag kijkt {loved_name} op. #pose:calm
    Oké. #speaker:loved
    Je strikt je veters en gaat. Het park zit vol honden en mensen met gewone zondagen.
    Je gaat weg. Nee, wacht. Een uur. Je zei een uur. #inner
    Je neemt wat lucht voor jezelf en zegt precies wanneer je terug bent. Dat geeft jou ruimte, en {loved_name} iets stevigs om zich aan vast te houden. #coach
* [“Je lijkt ver weg vandaag. Dat mag. Ik ben gewoon hier.” #kind:attune]
    ~ respond(attune)
    {loved_name} zegt niks. Maar de telefoon gaat met het scherm naar beneden op het kussen. #pose:withdrawn #stage:phone-away
    Je pakt je boek weer. Deze keer lees je de bladzijde echt.
    Je ziet het. En je bent niet boos. Ik weet niet wat ik daarmee moet. #inner
    Benoemen wat je ziet, zonder naar een reden te vragen, laat iemand merken dat die gezien wordt. Contact en ruimte tegelijk. #coach
* [Pak je eigen telefoon en ga ook scrollen. Wat {onderwerp()} kan, kun jij ook. #kind:personalize]
    ~ respond(personalize)
    Twee telefoons. De saxofoon. De koelkast die zoemt. Een halfuur lang zegt niemand iets. #pose:turned-away
    Je scrolt langs foto's van vrienden met heerlijke zondagen. Het helpt niet.
    Zie je. Jij bent ook weg. Makkelijker zo. #inner
    Als je de afstand spiegelt, hoef je hem niet te voelen. Maar zo wordt hij ook echt, voor jullie allebei. #coach
-
-> the_sentence

=== the_sentence ===
{ promised_return:
    Na een uur ben je terug, bezweet en rood aangelopen, precies zoals je zei.
    Er staat een pan water op het vuur voor de pasta. Het is geen zin, maar het scheelt niet veel.
    ~ kept_word()
}
Het licht in de kamer wordt geel, en dan vlak. Op straat roept iemand een kat die niet komt.
Laat in de middag gaat {loved_name} op de rand van de bank zitten, ellebogen op de knieën. #pose:tense
Ik heb nagedacht. #speaker:loved
Misschien moeten we ermee stoppen. #speaker:loved #pose:turned-away
Met ons, bedoel ik. #speaker:loved
Het ligt niet aan jou. Ik denk gewoon dat ik hier niet goed in ben. #speaker:loved
De woorden vallen in de kamer als een bord op de vloer.
{loved_name} zegt het tegen het vloerkleed, niet tegen jou, en pulkt dan verder aan een draadje van {bezit()} mouw. #pose:withdrawn
Gisteren: de plaid, de sloffen, de hand om je pols. Vandaag: dit. #discuss:Wat zou "misschien moeten we ermee stoppen" vandaag nog meer kunnen betekenen, naast de woorden zelf?
* [“Prima. Als jij dat wil, dan stoppen we.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} krimpt ineen, alsof dit het antwoord was waar {onderwerp()} zich al die tijd schrap voor zette. #stage:flinch #pose:withdrawn
    Oké. Helder. Goed om te weten. #speaker:loved
    Daar is het. Ik zei het eerst, en jij was het ermee eens. Ik wist het wel. #inner
    Het deed pijn, dus je gaf de woorden meteen terug. Maar zo bevestig je precies waar {loved_name} bang voor is: één duw, en je bent weg. #coach
    -> the_crack
* [“Dat is een grote zin, de dag na een grote avond. Ik zie het niet als je laatste woord. En ik ga nergens heen.” #kind:attune]
    ~ respond(attune)
    {loved_name} staart naar de vloer en ademt lang en langzaam uit. #pose:withdrawn
    Ik weet niet wat ik wil. #speaker:loved
    Dat hoeft ook niet. Niet vandaag. #speaker:you
    Je rende niet weg. Je smeekte niet. Ik snap het niet. Ik vind het niet erg. #inner
    Je terugtrekken na openstellen is vaak bescherming, geen besluit. Je zag het niet als een vonnis, en je ging er ook niet tegenin. #coach
    -> the_quiet
* [“Dit is wat je doet. Eerst warm, dan ijskoud. Het is uitputtend. Misschien moet je daar eens met iemand over praten.” #kind:label]
    ~ respond(label)
    {loved_name} wordt heel stil. #pose:arms-crossed
    Juist. Want ik ben degene die kapot is. #speaker:loved
    Ik vertelde je over de sloffen, en nu ben ik een diagnose. Had ik mijn mond maar gehouden. #inner
    Je uitputting is echt, en hulp zoeken kan een goed idee zijn. Maar midden in de hitte betekent het: jij bent het probleem. Weinig zet het alarm zo hard aan als schaamte. #coach
    -> the_crack
* [“Wat ik ook gedaan heb, ik maak het goed. Ik word alles wat je nodig hebt. Ga alsjeblieft niet weg.” #kind:appease]
    ~ respond(appease)
    {loved_name} kijkt je aan alsof je {voorwerp()} iets zwaars in handen hebt gedrukt. #pose:tense
    Je stem klonk zelfs voor jezelf vreemd. Klein. Van iemand anders.
    Nu ben jij ook bang. En dat is ook weer mijn schuld. #inner
    Jezelf kleiner maken kalmeert deze minuut. Maar het vraagt van {loved_name} om jouw angst er ook nog bij te dragen, en het kost jou meer dan je kunt blijven betalen. #coach
    -> the_quiet

=== the_crack ===
{loved_name} staat op. Loopt naar het raam. En weer terug. #pose:pacing
{last_kind == label: Weet je wat, je hebt gelijk. Ik ben een puinhoop.|Mooi. Prima. Ik ben toch een puinhoop.} Zoek maar iemand die dat niet is. #speaker:loved #intense:Een bittere opmerking: je kunt beter iemand zoeken die minder een puinhoop is.
Beneden begint de saxofoon weer aan zijn vier noten. Het heeft nog nooit zo stom geklonken.
Je gezicht gloeit. Je handen weten niet waar ze heen moeten.
Vierentwintig uur geleden zaten jullie op dat balkon, onder één plaid.
Een deel van je wil dit winnen. Een ander deel wil weg. #discuss:Je werd gekwetst en sloeg terug. Hoe ziet een weg terug eruit, zonder te doen alsof het niet gebeurd is?
* [“Wacht. Dat kwam er verkeerd uit. Ik schrok en ik sloeg terug. Sorry. Ik wil niet stoppen.” #kind:repair]
    ~ respond(repair)
    {loved_name} stopt met ijsberen. Komt niet dichterbij, maar gaat ook de kamer niet uit. #pose:withdrawn
    Ik ook niet. Denk ik. #speaker:loved
    Jullie staan daar allebei, een paar meter uit elkaar, en ademen.
    Je kwam terug. Mensen komen niet terug. #inner
    Je eigen deel erkennen, zonder te kruipen, laat zien dat een breuk te herstellen is. Herstel bouwt vaak meer vertrouwen op dan nooit uitglijden. #coach
    -> evening_together
* [“Nee. Zoiets gooi je er niet uit om dan weg te lopen. Ga zitten. We praten er nu over.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} deinst achteruit tot tegen het kozijn. #pose:tense #stage:step-away
    Ik kan het niet. Niet zo. #speaker:loved
    Je blijft toch praten. {loved_name} geeft geen antwoord meer en doet de slaapkamerdeur dicht, zachtjes, en dat is erger.
    Klem. Eruit. Eruit. #inner
    Duidelijkheid willen is menselijk. Maar een gesprek eisen terwijl iemand overspoeld is, snoert diegene de mond; de ruzie neemt de plek van het gesprek in. #coach
    -> evening_together
* [“Ik ben te overstuur om nu iets zinnigs te zeggen. Ik ga naar huis om af te koelen. Ik bel je vanavond om negen uur.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} knikt zonder op te kijken. #pose:arms-crossed
    Negen uur. #speaker:loved
    Op de trap kom je de saxofoonbuurman tegen. Hij knikt. Jij knikt. Het gewone leven gaat gewoon door.
    Je gaat weg. Maar je zei negen uur. Negen uur kan ik vasthouden. #inner
    Afstand nemen en zeggen wanneer je terugkomt, beschermt jullie allebei. De verbinding blijft; de hitte krijgt de kans om af te koelen. #coach
    -> evening_apart
* [Pak je jas. “Bel me maar als je weet wat je wil.” #kind:personalize]
    ~ respond(personalize)
    De deur valt harder achter je dicht dan je bedoelde. #stage:door-closes
    Op de trap trillen je benen. Je gaat niet terug naar boven.
    Weg. Dat doen mensen. Deze keer heb ik het tenminste zelf gedaan. #inner
    Weggaan zonder een wanneer legt al het gewicht bij {loved_name}: nu moet {onderwerp()} degene zijn die zegt dat het weer kan. #coach
    -> evening_apart

=== the_quiet ===
{ last_kind == appease:
    {loved_name} wrijft met beide handen over {bezit()} gezicht. #pose:withdrawn
    Alsjeblieft niet. Je hoeft niks te worden. #speaker:loved
- else:
    {loved_name} zit zo een hele tijd. Gaat niet weg, komt niet dichterbij. #pose:withdrawn
}
Ik kan het vandaag gewoon niet. Niks ervan. #speaker:loved
Gisteravond vertelde ik je dat allemaal, en vanochtend werd ik misselijk wakker. Alsof ik de voordeur wagenwijd open had laten staan. #speaker:loved
Het deel van jou dat wil weten waar je aan toe bent, schreeuwt nu heel hard. #discuss:Wat heb jij nu nodig, en wat heeft je partner nodig? Is er een manier waarop allebei past?
* [“Dan zoeken we het nu uit. Ik kan niet een hele week rondlopen zonder te weten waar we staan.” #kind:pursue]
    ~ respond(pursue)
    {loved_name} kruipt terug in de hoek van de bank. #pose:withdrawn
    Ik heb geen antwoord. Hou nou op met vragen. #speaker:loved
    De rest van de middag zitten jullie in aparte kamers, met de deuren open en niks wat erdoorheen komt.
    Een examen waar ik alleen maar voor kan zakken. #inner
    Je behoefte om het te weten is terecht. Maar een antwoord dat je er nu uitperst, komt van het alarm, niet van {loved_name}. #coach
    -> evening_together
* [“Oké. Ik ga vanmiddag naar huis, dan heb je wat ruimte. Ik bel je vanavond om negen uur. Niet om hierover te praten. Gewoon om welterusten te zeggen.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} kijkt op. #pose:tense
    Ga je weg? Om negen uur? #speaker:loved
    Om negen uur. #speaker:you
    Je pakt je tas in. Bij de deur zegt {loved_name} bijna iets, en steekt dan alleen een hand op.
    Weggaan, maar terugkomen. Doen mensen dat echt? #inner
    Je bewaakt je eigen grens en laat een duidelijke draad achter: wanneer en hoe je contact opneemt. Dan hoeft {loved_name} niet degene te zijn die zegt wanneer het weer kan. #coach
    -> evening_apart
* [“Ik blijf, en ik zeg geen woord. Zo lang als je nodig hebt. Ik zeg morgen ook mijn afspraken af.” #kind:appease]
    ~ respond(appease)
    Je hoeft niks af te zeggen. #speaker:loved
    {loved_name} zegt het tegen de vloer. #pose:withdrawn
    Je stuurt toch een appje: sorry, er is iets tussengekomen. Je zit in de leunstoel en probeert niet te hard te ademen.
    Je geeft alles op voor mij. Op een dag ga je me daarom haten. #inner
    Blijven is lief; jezelf wegcijferen is iets anders. Je gaf net je eigen maandag weg om de vrede te bewaren, en je tank raakt leeg. #coach
    -> evening_together
* [“Ik ga met mijn boek op het balkon zitten. Praten hoeft niet. Je weet waar je me kunt vinden.” #kind:attune]
    ~ respond(attune)
    Je neemt je boek mee naar buiten. Na een tijdje schuift de balkondeur op een kier open, en blijft open. #stage:step-closer
    Niemand zegt iets. Je hoort {loved_name} binnen rondscharrelen, thee zetten, muziek opzetten. Gewone geluiden.
    De deur staat open. Ik hoef er niet door. Maar hij staat open. #inner
    Aanwezig zonder druk: je bent dichtbij, je vraagt niks, en je hebt gezegd waar je te vinden bent. #coach
    -> evening_together

=== evening_apart ===
Je eigen huis. Je eigen bank, je eigen rommel, een boterham waar je eigenlijk geen trek in hebt. #chapter:Zondagavond #place:living-room #time:evening
Je gooit je sleutels in het schaaltje bij de deur en blijft even staan.
De stilte is hier anders. Er is niemand in de kamer ernaast.
Je speelt de middag opnieuw af. Het bord. Het draadje aan de mouw. De sloffen, weer.
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
    Negen uur komt en gaat. Je kijkt een serie die je morgen alweer vergeten bent.
    Om tien over elf zie je dat {loved_name} aan het typen is. Dan niks. #time:night #stage:typing-stops
    { promised_return:
        Negen uur. Je zei negen uur. Natuurlijk. #inner
    - else:
        Geen woord. Nou, dan weet ik het wel. #inner
    }
    Na zo'n dag is het logisch dat je gekozen wilt worden. Maar stilte waar een belofte was, is het hardste wat {loved_name} kan horen. #coach
* [{promised_return: Bel om precies negen uur, zoals je zei.|Stuur om negen uur een kort berichtje: welterusten, je bent er nog.} #kind:attune]
    ~ respond(attune)
    { promised_return:
        De telefoon gaat vier keer over. Dan: #time:night
        Hoi. #speaker:loved
        Hoi. Het is negen uur. Ik wilde je gewoon welterusten zeggen. #speaker:you
        Even is het stil aan de lijn. Dan, zachter: #pose:calm
        Welterusten. Fijn dat je belt. #speaker:loved
        Het is negen uur en daar ben je. Je belt gewoon echt. #inner
        Hier groeit vertrouwen van: doen wat je zei, wanneer je het zei. Klein, saai, betrouwbaar. #coach
    - else:
        Je typt drie versies en wist er twee. Wat je stuurt, is kort. #time:night
        Welterusten. Ik ben er nog. #speaker:you #stage:phone-sent
        { alarm >= 7:
            De puntjes verschijnen, verdwijnen. Er komt niks. #stage:typing-stops
            Je bent er nog. Ik kan niks terugzeggen. Maar je bent er nog. #inner
        - else:
            De puntjes verschijnen, verdwijnen, verschijnen. Dan: "Welterusten. Dank je." #stage:phone-message
            Een minuut later: "Sorry van vandaag." #stage:phone-message
            Je bent er nog. Zelfs na vandaag. #inner
        }
        Een klein teken, zonder vraag erbij. Het maakt de middag niet ongedaan, maar het laat een deur op een kier. #coach
    }
    ~ kept_word()
* [{promised_return: Stuur om negen uur, zoals beloofd, een berichtje|Stuur om negen uur een berichtje}: je bent kapot, je gaat vroeg naar bed, je belt morgen na je werk. #kind:boundary]
    ~ respond(boundary)
    Ik ben kapot, ik ga vroeg slapen. Ik denk aan je. Morgen na mijn werk bel ik je. #speaker:you #stage:phone-sent #time:night
    Gelezen. Een minuut later: één hartje. #stage:phone-message
    Je legt je telefoon in de keuken aan de lader en gaat naar bed. Je slaapt zowaar.
    Morgen, na het werk. Oké. Op iets waarvan ik weet dat het komt, kan ik wachten. #inner
    ~ kept_word()
    Je hield je aan je woord én aan je grens: je bent moe, en dat zei je ook. Voor jezelf zorgen hoort bij blijven. #coach
* [Bel om half acht. Je kunt niet tot negen uur wachten; je moet weten waar je aan toe bent. #kind:pursue]
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
    Het duurt een uur voordat {loved_name} naar buiten komt. Eerst blijft {onderwerp()} in de deuropening staan, armen over elkaar, en gaat dan zitten, de stoel een stukje bij je vandaan geschoven. #pose:arms-crossed
- else:
    {loved_name} komt naar buiten met twee mokken en gaat naast je zitten. #pose:calm
}
{ the_crack || alarm >= 7:
    Geen van jullie begint over de middag. Die zit tussen de stoelen als een derde gast.
- else:
    De middag hangt nog in de lucht, maar zachter nu, zoals de geur na een regenbui.
}
Beneden de saxofoon. Vier noten, en een lange stilte, alsof de buurman ergens moed voor verzamelt.
Ik ben slecht in zondagen. #speaker:loved
In de dag erna, bedoel ik. Nadat ik te veel heb gezegd. #speaker:loved
{loved_name} zegt het luchtig, maar {bezit()} handen klemmen zich om de mok.
* [“Het is mijn schuld. Ik was gisteren te veel. Ik doe voortaan wat rustiger, beloofd.” #kind:appease]
    ~ respond(appease)
    {loved_name} doet {bezit()} mond open en weer dicht. #pose:withdrawn
    Oké. Als jij het zegt. #speaker:loved
    Dus ik was te veel, en nu word jij minder. Geen van ons mag echt zijn. #inner
    Alle schuld op je nemen maakt vanavond een eind aan de spanning, en geeft stilletjes een stukje van jezelf weg. Doe dat vaak genoeg en er is niemand meer over om te blijven. #coach
* [“Dus zit het goed tussen ons? Ik moet weten wat je vanmiddag bedoelde.” #kind:pursue]
    ~ respond(pursue)
    De mok van {loved_name} blijft halverwege hangen. #pose:tense
    Ik weet het nog niet. Mag ik het nog even niet weten? #speaker:loved
    {loved_name} gaat weer naar binnen, de mok nog vol.
    Voor alles wat ik je geef, wil je een bonnetje. #inner
    Je hebt de hele dag gewacht, en de vraag is terecht. Maar nu gesteld, sleept hij de middag weer mee het balkon op. #coach
* [“Ga zitten. Je hoeft vanavond niks uit te leggen.” #kind:attune]
    ~ respond(attune)
    {loved_name} gaat zitten. Na een tijdje vindt een voet de jouwe onder de plaid. #pose:warm #stage:sit-together
    Zo blijven jullie zitten, terwijl de lucht van oranje naar grijs gaat.
    Niks uit te leggen. Niks terug te betalen. Gewoon voeten. #inner
    Je vroeg niet om gisteren terug en je zag vandaag niet als een vonnis. Stevig staan, zonder erachteraan te rennen. #coach
* [“Fijn dat je naar buiten komt. Ik ga zo slapen, ik ben op. Zullen we woensdag over vandaag praten? Ik kook.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} laat het woord even op zich inwerken. #pose:calm
    Woensdag. Oké. Woensdag. #speaker:loved
    Maak dat pastadingetje. Die met citroen. #speaker:loved
    Een dag met een naam. Iets om naartoe te leven. #inner
    Je bent eerlijk over je eigen tank en je prikt een moment om erop terug te komen. Het gesprek hoeft niet vanavond te gebeuren om te gebeuren. #coach
-
-> ending

=== ending ===
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
    Je leest het twee keer. Dan stuur je een taartje terug, want wat anders.
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
    Je legt je telefoon op de armleuning, scherm naar boven, voor de zekerheid.
    Je denkt aan de taart voor de buurman. Of jij erbij bent als hij noot vijf vindt.
    Er is niks besloten. "Misschien moeten we ermee stoppen" ligt nog ergens rond, als een jas die niemand heeft opgehangen.
    Maar de draad is niet geknapt. Dun, maar hij is er.
    Morgen zie je wel verder. #ending:fragile
- else:
    Jullie zeggen welterusten. Lief, en voorzichtig, en jullie menen het allebei. #pose:calm
    {loved_name} gaat als eerste naar bed en laat de slaapkamerdeur open. Niet wijd. Op een kier.
    Later schuif je naast {voorwerp()} in bed, met een handbreedte matras tussen jullie in.
    Er is niks besloten. "Misschien moeten we ermee stoppen" ligt nog ergens in huis, als een jas die niemand heeft opgehangen.
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
    Je checkt twee keer of {loved_name} het wel warm genoeg heeft onder die plaid.
    Je weet niet meer wanneer je voor het laatst iets zei wat je echt meende.
    Je bent er nog. Je weet alleen niet meer hoeveel van jou. #ending:burnout
}
-> END
