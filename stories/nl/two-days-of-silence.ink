# id: two-days-of-silence
# title: Twee dagen stilte
# form: withdrawal
# minutes: 10
# note: Je partner reageert twee dagen niet op berichten.
# details: Na een fijn weekend bij jou thuis worden de antwoorden korter, en dan blijven ze weg. Je brengt maandag en dinsdag door met een stille telefoon en beslist wat je wel en niet stuurt, tot jullie elkaar eindelijk zien.
# blurb: Een heerlijk weekend. Daarna: gelezen, geen antwoord.
# reflect: Als een bericht onbeantwoord blijft, welk verhaal vertelt je hoofd je dan als eerste? Wat zou er ook waar kunnen zijn?
# reflect: Welk klein, vast teken van contact zou jij kunnen blijven sturen zonder er iets voor terug te hoeven krijgen? En wanneer is er één te veel?
# reflect: Wat deed je met je eigen onrust terwijl je wachtte, en wie was er voor jou?
INCLUDE ../_model.ink
INCLUDE _pronouns.ink

VAR drawer = false
VAR thursday_off = false
// De soort van het vorige antwoord, gelezen vóór een keuze: een lief bericht vlak na een ander
// lief bericht, de stilte in, gaat wegen (zie pile_on).
VAR kind_before = neutral
VAR piled = false
// Een knuffel bij de deur terwijl de ander overspoeld is: meteen nog meer nabijheid is te veel.
VAR held_at_door = false

// Zondagavond ging {loved_name} halsoverkop bij je weg: het alarm staat al hoog.
~ alarm = 7
~ trust = 4
~ reserve = 6
-> opening

=== opening ===
Maandag, 8.14 uur. Je zit aan je bureau met koffie die al lauw wordt. #chapter:Maandag #place:office #time:morning
Het weekend zit nog in je lijf. Negen maanden samen, en voor het eerst bleef {loved_name} van vrijdag tot zondag bij jou.
Zaterdag op de markt, {loved_name} die afdingt op een kist peren die niemand nodig had.
Zondag op jouw bank, regen tegen het raam, het hoofd van {loved_name} zwaar op je schouder.
Jullie keken naar een bakprogramma dat jullie allebei niks kon schelen, en kibbelden erover of een taart nou was ingezakt of gewoon rustiek was.
Ergens, half in slaap, mompelde {onderwerp()} iets in je trui.
Hier zou ik aan kunnen wennen. #speaker:loved
Je zei niks terug. Je bleef gewoon heel stil zitten, om {voorwerp()} niet wakker te maken.
En toen, rond zessen, moest {onderwerp()} ineens naar huis. Morgen vroeg op, zei {onderwerp()}. {Bezit()} groene jas hangt nog aan je kapstok.
Bij de deur kreeg je een snelle kus, bijna gehaast, en op de trap keek {onderwerp()} niet meer om.
Gisteravond stuurde je: Wat een weekend. Ik zit nog steeds te glimlachen. Donderdag bij mij, dat linzending? Slaap lekker.
Net kwam het antwoord binnen.
jep #speaker:loved #stage:phone-message
Dat is alles. Geen foto van het ontbijt, geen drie berichtjes achter elkaar zoals anders.
Een collega vraagt over de bureaus heen hoe je weekend was.
Heerlijk. #speaker:you
Je meent het. Toch kijk je nog een keer op je telefoon.
~ kind_before = last_kind
* [“Alleen ‘jep’? Na zo'n weekend? Gaat het wel goed met je? Je weet dat je me alles kunt vertellen, hè.” #kind:pursue]
    ~ respond(pursue)
    Verstuurd. #stage:phone-sent
    Gelezen om 8.15 uur. Daarna bijna twee uur niks. #stage:phone-read
    alles goed. druk #speaker:loved #stage:phone-message
    Alles. Alsof ik weet wat het is. Alsof ik me nu al moet verantwoorden. #inner
    Een open deur, vlak na een ‘jep’, vraagt nog steeds of de ander er nú doorheen loopt. #coach
* [“Fijne dag! Ik moet zo naar dat vreselijke maandagoverleg.” #kind:attune]
    ~ respond(attune)
    Verstuurd. #stage:phone-sent
    Gelezen om 8.15 uur. Niks. Zelfs geen duimpje. #stage:phone-read
    Fijne dag. Alsof er niks aan de hand is. Ik ben bij je weggevlucht en jij doet lief. Dat is nog erger. #inner
* [Wat jij kan, kan ik ook. Stuur terug: “k.” #kind:personalize]
    ~ respond(personalize)
    Verstuurd. #stage:phone-sent
    Gelezen om 8.16 uur. Er komt niets terug. Je had het ook niet verwacht, en toch steekt het. #stage:phone-read
    Zie je wel. Nu doe jij ook koud. Ik wist wel dat dat weekend te mooi was. #inner
    Afstand beantwoorden met afstand voelt als zelfrespect. Voor iemand die zich al schrap zet om verlaten te worden, klinkt het vooral als bewijs. #coach
* [Leg je telefoon omgekeerd neer en begin aan je mail. #kind:neutral]
    ~ respond(neutral)
    De telefoon ligt de hele ochtend op je bureau, als een klein donker steentje.
    Niks terug. Is dat goed? Is dat slecht? Ik weet het niet meer. #inner
- -> monday_evening

=== monday_evening ===
Maandag, 19.20 uur. Thuis. Pasta voor één, de tv aan voor de gezelligheid. #place:living-room #time:evening
Je hebt te veel gemaakt, uit gewoonte. Weekendporties.
{last_kind == personalize: Je “k.” staat nog onderaan de chat. Het ziet er kleiner en gemener uit dan vanochtend.}
{last_kind == pursue: Sinds “alles goed. druk” is er niets meer bijgekomen.}
{last_kind == attune: Om 12.50 uur, vierenhalf uur te laat, verscheen er toch een duimpje onder je ochtendbericht. Daarna niets.}
{last_kind == neutral: Tussen de middag heb je toch nog iets gestuurd, iets over je ochtend. Om 12.31 uur gelezen. Dat was het.}
Je kijkt of je telefoon niet op stil staat. Dat staat hij niet. Je kijkt toch nog een keer.
Je hebt de chat vandaag elf keer geopend. Dat weet je, want je hebt geteld, en tellen is nooit een goed teken.
Om 19.34 uur, onder de naam van {loved_name}: typt… #stage:typing
Je legt je vork neer.
De puntjes stoppen. Er komt niets. #stage:typing-stops
Een minuut. Vijf. De pasta wordt koud.
Je ziet {loved_name} voor je op {bezit()} eigen bank, aan de andere kant van de stad, duim boven het scherm, typen en weer wissen.
Je duim hangt boven het toetsenbord. #discuss:De puntjes kwamen en gingen weer. Wat zou er aan de kant van {loved_name} kunnen spelen, en wat doet het met jou?
~ kind_before = last_kind
* [“Laat me gewoon even weten dat het goed met je gaat, meer hoef ik niet. Eén woordje, dan laat ik je vanavond met rust. Echt.” #kind:pursue]
    ~ respond(pursue)
    Verstuurd. #stage:phone-sent
    Gelezen om 19.36 uur. De puntjes komen terug. Stoppen. Komen terug. #stage:typing
    ok #speaker:loved #stage:phone-message
    Je vroeg om één woord en je kreeg er één. Het helpt helemaal niks.
    Eén woord, op bestelling. Alsof je mijn pols voelt. En als het niet goed gaat? Dan zak ik daar ook voor. #inner
    ‘Gaat het goed met je?’ is een lieve vraag. De stilte in gestuurd is het ook een verzoek om vóór vanavond te antwoorden. #coach
* [“Ik mis je. Zondag op de bank was het mooiste van mijn week.” #kind:attune]
    ~ respond(attune)
    ~ pile_on()
    Verstuurd. #stage:phone-sent
    Gelezen om 19.37 uur. De puntjes komen nog één keer, gaan weer weg, en komen niet terug. #stage:phone-read
    {piled: Twee berichten vandaag al, allebei lief, allebei van jou. Samen vormen ze een hoopje op het scherm, en het tweede kostte je meer moeite dan het eerste.}
    Het mooiste. Zondag was juist het moment dat ik weg moest. Hoe zeg ik dat? #inner
* [Stuur een foto van de pan: “Weer genoeg voor vier. Slaap lekker, spreek je morgen.” #kind:boundary]
    ~ respond(boundary)
    Verstuurd. #stage:phone-sent
    De restjes gaan in een bakje voor je lunch van morgen, de telefoon op het plankje bij de deur. Morgenochtend kijk je weer.
    Gelezen om 19.52 uur. Geen antwoord. #stage:phone-read
    Slaap lekker. Geen vraag. Jij legt je telefoon weg. Niet mij. #inner
* [Leg je telefoon in de keukenla. Als {loved_name} stil kan zijn, kun jij dat ook. #kind:personalize]
    ~ respond(personalize)
    ~ drawer = true
    De la gaat met een bevredigende klap dicht. #stage:phone-away
    Zo'n tien minuten voelt het als kracht.
    Niet eens welterusten. Dus dat was het. Ik werd stil, en nu ben jij ook weg. #inner
    De ander ziet de les in een stilte niet. Alleen de stilte. #coach
- {landed: Later, om 21.15 uur, komt er zonder woorden een foto binnen: een treurig hoekje van een bureaulamp. Het eerste wat {loved_name} vandaag stuurt dat geen antwoord is.}
-> monday_night

=== monday_night ===
23.38 uur. In bed. Het is donker in de kamer, op het lichte vierkantje in je hand na. #place:bedroom #time:night
{drawer: Om tien uur heb je de telefoon toch weer uit de la gehaald. Natuurlijk.}
{promised_return: Je zou morgenochtend pas weer kijken. Toch pak je de telefoon.}
Onder de naam van {loved_name}: laatst gezien om 23.12 uur. {Onderwerp()} is dus wakker. Alleen niet bij jou.
Je scrolt terug naar zaterdag. De peren. Een foto van {loved_name}, lachend met volle mond.
Het was echt. Je was erbij.
Je denkt aan de sloffen naast een bed, het verhaal dat {onderwerp()} je in september op dat balkon vertelde. Vier dagen, zei {onderwerp()}. Het is er nu één.
Ergens in het gebouw slaat een deur dicht, en je schrikt alsof er een bericht binnenkomt.
Je loopt het weekend na als een plaats delict. Was het dat je zei dat jullie later misschien wel eens zouden gaan samenwonen? Dat je bij de deur net iets te lang bleef vasthouden?
~ kind_before = last_kind
* [Typ het voor je het kunt verzachten: “Jij hebt gewoon bindingsangst. Dit doe je altijd als het goed gaat.” Verstuur. #kind:label]
    ~ respond(label)
    Verstuurd. #stage:phone-sent
    Gelezen om 23.41 uur. #stage:phone-read
    Dus dat ben ik. Een woord. Iets wat mis is met mij, en jij hebt het uitgevogeld. #inner
    Een label kan voelen als begrip: eindelijk een naam ervoor. Voor wie het krijgt, klinkt het vooral als een vonnis: zo ben jij. #coach
    -> night_reply
* [Leg je telefoon aan de lader aan de andere kant van de kamer. Morgenochtend app je. #kind:boundary]
    ~ respond(boundary)
    Je staat op, legt hem bij de kledingkast en kruipt terug in bed. #stage:phone-away
    Het duurt lang voor je in slaap valt. Maar je staat niet meer op.
    Laatst gezien, en dan van jou ook niks meer. Heb je het opgegeven? Of slaap je gewoon? #inner
    Om middernacht even weg van een scherm is iets anders dan stil worden. Het verschil zie je 's ochtends. #coach
    -> tuesday_morning
* [Bel. Gewoon om {bezit()} stem te horen. #kind:pursue]
    ~ respond(pursue)
    De telefoon gaat over. Vier keer, vijf keer. Dan de voicemail: de vrolijke stem van {loved_name}, ingesproken op een betere dag.
    Je hangt op. Je belt nog een keer.
    Het scherm licht op in het donker en het houdt niet op. Niet nu. Ik kan niet. Niet nu. #inner
    Bellen rond middernacht zegt: dit kan niet wachten. Voor iemand die al overspoeld is, is zo'n telefoontje het allermoeilijkste om op te nemen. #coach
    -> night_reply
* [“Welterusten, {loved_name}. Ik ben er.” #kind:attune]
    ~ respond(attune)
    ~ pile_on()
    Verstuurd. #stage:phone-sent
    Gelezen om 23.40 uur. Geen antwoord. Je legt de telefoon omgekeerd neer en luistert naar het zoemen van de koelkast in de keuken. #stage:phone-read
    {piled: Zonder dat je het wil, scrol je omhoog. Je lieve berichtjes, netjes onder elkaar, allemaal gelezen. Elk volgend berichtje was net iets zwaarder om te versturen.}
    Ik ben er. Waarom is dat moeilijker om te lezen dan ruzie? Waarom zit mijn keel ineens dicht? #inner
    {piled:
        Elk bericht was klein. Een hele dag ervan, de stilte in, is dat niet. #coach
    }
    -> tuesday_morning

=== night_reply ===
00.52 uur. Je telefoon licht op, op het dekbed.
{last_kind == label:
    Fijn om te weten wat je van me vindt. #speaker:loved #stage:phone-message
- else:
    Hou op met bellen. Je verstikt me. #speaker:loved #stage:phone-message #intense:Een kortaf bericht dat je moet stoppen met bellen.
}
Ik kan dit vannacht niet. #speaker:loved #stage:phone-message
Je hart bonkt in je oren. Het scherm is veel te fel.
~ kind_before = last_kind
* [“Prima. Dan ben ik er ook klaar mee.” Zet je telefoon uit. #kind:personalize]
    ~ respond(personalize)
    Verstuurd. Het scherm wordt zwart. #stage:phone-away
    Klaar. Daar heb je het. Ik wist het. Ik wist het het hele weekend al. #inner
    Als je gekwetst bent, kan het gesprek als eerste afkappen voelen als het laatste restje waardigheid. Het is ook precies het einde waar de ander zich al op had voorbereid. #coach
* [“Dat was te veel van me. Sorry. Ik laat het voor vannacht.” #kind:repair]
    ~ respond(repair)
    Verstuurd. #stage:phone-sent
    Gelezen. Na een hele tijd één woord: #stage:phone-read
    oké #speaker:loved #stage:phone-message
    Te veel, zeg je. Je neemt het terug. Niemand neemt ooit iets terug. #inner
    Je eigen deel erkennen, zonder te kruipen en zonder er iets voor terug te vragen, laat de ander zien dat een breuk te herstellen is. #coach
* [“Wat kun je niet? Ik vraag om één normaal antwoord. Eén. Is dat nou zoveel gevraagd, na zo'n weekend?” #kind:pursue]
    ~ respond(pursue)
    Verstuurd. #stage:phone-sent
    Gelezen. Dan gaat {loved_name} offline. Als je belt, krijg je meteen de voicemail. #stage:phone-read
    Nooit genoeg. Het is nooit genoeg. Uit. Alles uit. #inner
    Als iemand ‘niet nu’ zegt en we duwen toch door, wordt ‘niet nu’ vaak ‘helemaal niet’. #coach
- -> tuesday_morning

=== tuesday_morning ===
Dinsdag, 7.50 uur. De straat is nat, de bus is laat. #chapter:Dinsdag #place:street #time:morning
{last_kind == boundary:
    Je hebt uiteindelijk toch geslapen. De telefoon ligt waar je hem liet. Niets nieuws, maar je hoofd is wat helderder.
    ~ rest(1)
- else:
    Je hebt slecht geslapen. Je ogen voelen als schuurpapier en je koffie zit in een bekertje dat te heet is om vast te houden.
}
{promised_return:
    Bij de bushalte, als eerste, zoals je van plan was:
    Goeiemorgen. #speaker:you #stage:phone-sent
    ~ kept_word()
    Gelezen om 7.52 uur. Een minuut later een zonnetje. Klein en geel, en van {voorwerp()}.
}
{last_kind == repair: Je zei dat je het voor die nacht zou laten. Nu is het ochtend.}
{last_kind == personalize: Bij de bushalte zet je je telefoon weer aan. Niets nieuws. Helemaal niets.}
{last_kind == pursue: Je laatste bericht staat nog onderaan. Bij daglicht ziet het er anders uit.}
{last_kind == attune: Je welterusten staat nog onderaan, gelezen en onbeantwoord.}
Bij de bushalte legt een man aan zijn hond uit dat het dinsdag is. De hond lijkt het goed op te nemen.
De bus komt. Je pakt een plekje bij het raam en opent de chat.
Je kunt van alles schrijven. #discuss:Wat wil je dat je bericht vanochtend doet, voor {loved_name} en voor jezelf?
~ kind_before = last_kind
* [“Goeiemorgen. Telefoon gaat tot de lunch in mijn tas. Linzen donderdag staan nog.” #kind:boundary]
    ~ respond(boundary)
    Verstuurd. De telefoon gaat in je tas, onder je sjaal. #stage:phone-away
    Tot de lunch. In je tas. Jij hebt ook nog een dag, en die draait niet alleen om mij. #inner
* [“Goeiemorgen. Nog steeds niks? Ik ben niet boos, echt niet. Ik moet alleen weten of het goed zit tussen ons. Kun je me dat vandaag geven?” #kind:pursue]
    ~ respond(pursue)
    Verstuurd. #stage:phone-sent
    Gelezen om 7.58 uur. De puntjes verschijnen, stoppen, verschijnen weer. Dan niets. #stage:typing-stops
    Of het goed zit. Weet ik veel! Zeg ik nee, dan is het voorbij. Zeg ik ja, dan lieg ik. #inner
    ‘Zit het goed tussen ons?’ klinkt als een kleine vraag, maar je vraagt om een oordeel over de hele relatie. Als alles in je op alarm staat, kun je dat niet geven. #coach
* [“Het spijt me zo, wat ik ook gedaan heb. Zeg wat het was, dan maak ik het goed. Ik doe alles.” #kind:appease]
    ~ respond(appease)
    Verstuurd. #stage:phone-sent
    Gelezen om 8.03 uur. Een hartje. #stage:phone-read
    Alles. Je wilt alles doen. Dat is nogal wat om voor het ontbijt in je handen gedrukt te krijgen. #inner
    Alles beloven haalt even de druk eraf. Je geeft er ook je eigen grenzen mee weg. #coach
* [“Goeiemorgen. Je hoeft niet te antwoorden. Fijne dag.” #kind:attune]
    ~ respond(attune)
    ~ pile_on()
    Verstuurd. #stage:phone-sent
    Gelezen om 8.10 uur. Geen antwoord. De rest van de rit kijk je uit het raam. #stage:phone-read
    {piled: Je merkt dat je al zit te bedenken wat je tussen de middag stuurt. De chat is één lange kolom van jou.}
    {piled:
        Hoeft niet. Maar daar is er weer een. En nog een. Ik loop zo ver achter dat ik niet meer kan beginnen. #inner
    - else:
        Goeiemorgen. Hoeft niet. Gewoon goeiemorgen. Oké. #inner
    }
- {landed: Om 8.20 uur, uit het niets: een foto van een grijze lucht boven de straat van {loved_name}. Geen woorden. Het eerste in een hele dag dat van {voorwerp()} komt.}
-> tuesday_day

=== tuesday_day ===
12.30 uur. Het café om de hoek bij je werk. Soep van de dag: tomaat, zoals elke dag. #place:cafe #time:day
{promised_return:
    Telefoon uit je tas, zoals je zei. Nog voor de soep er is, stuur je je bericht.
    Lunchpauze. De soep van de dag is weer tomaat. #speaker:you #stage:phone-sent
    ~ kept_word()
    Een minuut later, eronder: een tomaatje. Meer niet. Je lacht hardop, en je collega kijkt je aan.
}
Je collega vertelt een lang verhaal over een parkeerboete. Je knikt op de goede momenten.
Tussen twee lepels soep door kijk je op je telefoon, en je baalt ervan dat je dat doet.
{reserve <= 2: Je merkt hoe leeg je bent. Twee dagen naar één scherm gekeken, en niemand die naar jou keek.}
{alarm >= 6 || trust <= 2:
    -> space
- else:
    -> opening_up
}

= opening_up
Om 12.41 uur zoemt je telefoon op tafel.
sorry. paar rotdagen. het ligt niet aan jou. ik kan dit gewoon niet zo goed #speaker:loved #stage:phone-message
Je leest het drie keer. De soep wordt koud, net als alles deze week.
~ kind_before = last_kind
* [“Fijn dat je het zegt. Ik ben er.” #kind:attune]
    ~ respond(attune)
    Verstuurd. #stage:phone-sent
    Meteen gelezen. Dan een hartje, en een minuut later een foto van een heel treurig broodje kaas. #stage:phone-read
    Niet aan jou, zei ik. En je gelooft me. #inner
* [“Maak je over mij maar geen zorgen! Met mij gaat het prima, echt. Neem alle tijd die je nodig hebt, hoe jij het wilt!” #kind:appease]
    ~ respond(appease)
    Verstuurd. #stage:phone-sent
    Gelezen. Een duimpje. Je stopt je telefoon weg en merkt dat je je kaken op elkaar klemt. #stage:phone-read
    Prima. Mooi. Niemand is boos. Dan kan ik me nog even verstoppen. #inner
    Zeggen dat het prima gaat terwijl dat niet zo is, betaal je uit je eigen reserve, en er blijft geen ruimte over voor hoe het echt met je gaat. #coach
* [“Wat kun je dan niet zo goed? We hadden het beste weekend ooit. Ik snap gewoon niet wat er gebeurd is. Leg je het vanavond uit?” #kind:pursue]
    ~ respond(pursue)
    Verstuurd. #stage:phone-sent
    De puntjes komen. Gaan. Komen. Dan niets. #stage:typing-stops
    Je wilt een verklaring. Die heb ik niet. Ik heb alleen dit gevoel van te veel. #inner
    ‘Wat is er gebeurd?’ vraagt om woorden die er vaak nog niet zijn. Die komen meestal later, als het veilig voelt. #coach
* [“Fijn dat je het zegt. De stilte was zwaar voor me, dus ik ga bij mijn zus eten. Ik app als ik thuis ben.” #kind:boundary]
    ~ respond(boundary)
    Verstuurd. #stage:phone-sent
    Gelezen. Na een tijdje: #stage:phone-read
    oké. veel plezier #speaker:loved #stage:phone-message
    Zwaar voor jou. Dat komt door mij. Maar je appt. Vanavond. Je zei wanneer. #inner
    Je kunt je eigen kant benoemen zonder er een verwijt van te maken. #coach
- -> tuesday_evening

= space
Om 12.41 uur zoemt je telefoon op tafel.
Ik denk dat ik even wat ruimte nodig heb. Kunnen we donderdag overslaan? #speaker:loved #stage:phone-message
~ thursday_off = true
Het is druk en rumoerig in het café. Ineens hoor je er niets meer van.
~ kind_before = last_kind
* [“Prima. Neem alle ruimte die je wilt.” Zet de chat daarna op stil. #kind:personalize]
    ~ respond(personalize)
    Verstuurd. Op stil. #stage:phone-away
    Alle ruimte. Dat betekent: weg. Ik vroeg erom, en nu haat ik het. #inner
    Als iemand om ruimte vraagt, hoort het gekwetste deel in ons ‘ga weg’. Als je vanuit die pijn antwoordt, kan een pauze een afscheid worden. #coach
* [“Oké. Ik ga je missen. Ik app af en toe even hoi, je hoeft niet te antwoorden. Ik ga nergens heen.” #kind:attune]
    ~ respond(attune)
    Verstuurd. #stage:phone-sent
    Gelezen. Geen antwoord. Maar {loved_name} gaat ook niet offline. {Onderwerp()} is er gewoon, en leest. #stage:phone-read
    Nergens heen. Niet boos. Ik weet niet wat ik ermee moet, maar ik bewaar het. #inner
    Ruimte geven en contact houden zijn geen tegenpolen. Als je ze allebei uitspreekt, hoeft {loved_name} niet zelf het sein te geven dat het weer goed is. #coach
* [“Oké. Dat vind ik lastig. Ik ga vanavond naar mijn zus. Ik app je als ik thuis ben, gewoon even hoi.” #kind:boundary]
    ~ respond(boundary)
    Verstuurd. #stage:phone-sent
    Gelezen. Na een tijdje: #stage:phone-read
    oké #speaker:loved #stage:phone-message
    Lastig. Dat komt door mij. Maar wel een berichtje. Vanavond. Je komt terug. #inner
* [“Natuurlijk, wat jij nodig hebt! Sorry voor al die berichten. Ik laat je met rust tot je er klaar voor bent, hoe lang het ook duurt, beloofd.” #kind:appease]
    ~ respond(appease)
    Verstuurd. #stage:phone-sent
    Gelezen. Een hartje. Je staart ernaar tot het scherm op zwart gaat. #stage:phone-read
    Jij zegt sorry. Nu maak ik jou klein. Maar het is stil. Stil is goed. #inner
    Sorry zeggen omdat je er bent, houdt de oppervlakte rustig. Daaronder leer je allebei dat een van jullie moet verdwijnen zodat de ander zich veilig voelt. #coach
- -> tuesday_evening

=== tuesday_evening ===
{promised_return:
    21.10 uur. Terug van je zus, vol van haar lasagne en haar meningen. En ze gaf je een heel lange knuffel. #place:living-room #time:evening
    ~ rest(1)
    Je appt, zoals beloofd.
    Thuis. Hoop dat je dag een beetje oké was. #speaker:you #stage:phone-sent
    ~ kept_word()
- else:
    21.10 uur. Je eigen bank, en een serie waar je niet echt naar kijkt. #place:living-room #time:evening
}
{landed: Deze keer komt het antwoord meteen: een hartje, en “jij ook”. Klein. Het kwam vanzelf.}
De groene jas hangt nog aan de kapstok in jouw gang. Elke keer dat je erlangs loopt, kijk je ernaar.
Eén keer had je hem bijna van de haak gehaald en in een tas gedaan, klaar om mee te geven. Je hebt hem laten hangen.
Om 21.26 uur zoemt je telefoon.
{alarm >= 7:
    Ik kom mijn jas halen. 10 min. blijf niet lang. #speaker:loved #stage:phone-message
- else:
    mag ik langskomen? mijn jas hangt nog bij jou. en. ik wil je graag zien #speaker:loved #stage:phone-message
}
~ kind_before = last_kind
* [“Je jas. Twee dagen niks, en nu gaat het om je jas.” #kind:personalize]
    ~ respond(personalize)
    Verstuurd. #stage:phone-sent
    Gelezen. Dan: #stage:phone-read
    ik ben zo weer weg #speaker:loved #stage:phone-message
    Natuurlijk. Had ik verdiend. Jas pakken, wegwezen, niet kijken. #inner
    De pijn van twee dagen wil ergens heen, en sarcasme is snel. Maar het maakt terugkomen ook enger, voor wie net probeert terug te komen. #coach
* [“Ja.” #kind:attune]
    ~ respond(attune)
    Verstuurd. #stage:phone-sent
    Het ziet er heel klein uit op het scherm. Je wilt er bijna nog iets achteraan typen. Je doet het niet.
    ik kom eraan #speaker:loved #stage:phone-message
    Ja. Gewoon ja. Zonder verhoor vooraf. #inner
    De jas is een smoesje, en dat mag: zo vinden sommige mensen de weg terug. #coach
* [“Eindelijk! Ja, kom, ik heb je zo gemist. En dan gaan we het er vanavond wel even goed over hebben, oké?” #kind:pursue]
    ~ respond(pursue)
    Verstuurd. #stage:phone-sent
    De puntjes verschijnen en stoppen, drie keer. Dan: #stage:typing-stops
    oké #speaker:loved #stage:phone-message
    Goed over hebben. Er wacht een gesprek op me bij de deur. Ik ga bijna niet. #inner
    Als je het gesprek vooraf aankondigt, wordt de weg naar jouw deur een gang naar de rechter. #coach
* [“Kom maar. Ik ben wel kapot, dus ik heb nog een uurtje in me. Maar ik wil je graag zien.” #kind:boundary]
    ~ respond(boundary)
    Verstuurd. #stage:phone-sent
    tot zo #speaker:loved #stage:phone-message
    Een uurtje. Je wilt me graag zien. Allebei waar, en geen van beide is een val. #inner
- -> doorbell

=== doorbell ===
21.55 uur. Voetstappen op de trap, langzamer dan anders. #chapter:De deurbel #place:hallway #time:night
Dan de bel: twee keer kort. Die herken je uit duizenden.
// Na twee dagen stilte voor jouw deur staan kost {loved_name} iets, wat je ook stuurde.
~ shift(1, 0, 0, 0)
{promised_return:
    Je zei dat je {voorwerp()} graag wilde zien. Je doet open, en je meent het.
    ~ kept_word()
}
{loved_name} staat op de deurmat, capuchon op, handen diep in {bezit()} zakken. #pose:withdrawn
{alarm >= 7:
    {Onderwerp()} kijkt je niet aan. {Bezit()} ogen gaan meteen naar de jas aan de kapstok. #pose:turned-away
- else:
    {Onderwerp()} kijkt je heel even aan, en dan naar {bezit()} schoenen. #pose:withdrawn
}
Hoi. #speaker:loved
{Bezit()} stem klinkt schor, alsof {onderwerp()} hem in twee dagen nauwelijks heeft gebruikt.
{loved_name} haalt de jas van de haak en houdt hem vast, zonder hem aan te trekken.
{alarm >= 7:
    Ik weet het. Ik weet het, oké? #speaker:loved
- else:
    Ik weet niet waarom ik dit doe. #speaker:loved
}
Zondag was echt fijn. En toen, op jouw bank, werd het ineens… te veel. Alsof ik er op de een of andere manier voor zou moeten boeten. #speaker:loved
{loved_name} staat daar met de jas tussen jullie in, als een schild. #discuss:{loved_name} staat in je gang met een jas in {bezit()} handen. Wat heeft {onderwerp()} nu van je nodig, en wat heb jij nodig?
~ kind_before = last_kind
* [Sla je armen om {loved_name} heen, jas en al. “Ik heb je gemist.” #kind:attune]
    ~ held_at_door = alarm >= FLOODED
    ~ respond(attune)
    {held_at_door:
        {loved_name} verstijft in je armen. De jas zit klem tussen jullie in. {Onderwerp()} knuffelt niet terug. #pose:tense #stage:flinch
        Dan, na een lange seconde, zakt {bezit()} voorhoofd op je schouder. Heel even maar. #pose:withdrawn
        Te veel, te dichtbij, te snel. En ik wil niet dat je loslaat. Allebei. #inner
        Nabijheid kan het alarm aanzetten bij iemand die al overspoeld is, ook als het precies is waar {onderwerp()} naar verlangt. Of het weer zakt, hangt af van wat er daarna komt. #coach
    - else:
        {loved_name} staat even stijf. Dan komen {bezit()} armen omhoog, jas en al. #pose:calm #stage:step-closer
        Je hebt me gemist. Na dit allemaal. #inner
    }
* [“Weet je wel hoe die twee dagen voor mij waren? Ik heb amper geslapen.” #kind:personalize]
    ~ respond(personalize)
    {loved_name} doet een stap terug, de deuropening in. #pose:turned-away #stage:step-away
    Daar heb je het. Ik heb je pijn gedaan. Dat doe ik altijd. Ik moet gaan. #inner
    Jouw pijn is echt en verdient een plek. Als verwijt bij de deur zegt het vooral: terugkomen was een vergissing. #coach
* [“Fijn dat je er bent. De stilte was zwaar voor me. Kun je de volgende keer één woord sturen? Al is het ‘niet nu’.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} is even stil. Dan knikt {onderwerp()}, langzaam. #pose:calm
    Niet nu. Niet nu kan ik wel. #speaker:loved
    Eén woord. Geen gesprek, geen reden. Eén woord, dat lukt me wel. #inner
    Een klein, concreet verzoek is makkelijker waar te maken dan ‘praat met me’. #coach
* [“Joh, niet doen. Ik moet juist sorry zeggen. Ik was veel te veel met al mijn berichten. Het ligt echt helemaal aan mij, alles.” #kind:appease]
    ~ respond(appease)
    {loved_name} kijkt op, verrast. Dan opgelucht. Dan nog iets anders, wat je niet goed kunt lezen. #pose:calm
    Aan jou, ja. Dat is niet waar, en dat weten we allebei. Maar het is makkelijker. #inner
    Alle schuld op je nemen klaart de lucht even op. Rust die je zo koopt, moet je later nog eens betalen, en meestal betaal jij. #coach
- -> sofa

=== sofa ===
Later. Je woonkamer. Twee mokken thee, eentje bijna onaangeroerd. #place:living-room #time:night
{promised_return:
    Je hebt gezegd wat je nodig had, en jullie zijn er allebei nog. Er is niemand weggelopen.
    ~ kept_word()
}
{last_kind == personalize: Even leek het alsof {loved_name} zich zou omdraaien. Toch kwam {onderwerp()} binnen, capuchon nog op.}
De verwarming tikt. Buiten probeert iemand in te parkeren, en dat lukt niet.
{alarm >= 7:
    {loved_name} zit op het uiterste puntje van de fauteuil, alsof {onderwerp()} elk moment weg kan gaan. #pose:withdrawn
- else:
    {loved_name} zit aan de andere kant van de bank, voeten opgetrokken, net als zondag. #pose:calm #stage:sit-together
}
{landed: Ergens tijdens de eerste kop thee zakken de schouders van {loved_name}. Wat er in de gang gebeurde, komt nu pas aan.}
{trust >= 6: Een tijdje praten jullie over niks. De peren. De taart die niet was ingezakt, alleen rustiek. {loved_name} moet bijna lachen.|Een tijdje zegt niemand veel. De klok in de keuken tikt heel hard.}
Je ziet dat {loved_name} {bezit()} mouwen over {bezit()} handen heeft getrokken, zoals altijd als {onderwerp()} het koud heeft of zenuwachtig is.
Dan kijkt {loved_name} naar het donkere raam.
Ik moet naar huis. Of… ik weet het niet. #speaker:loved #pose:on-phone
{Onderwerp()} draait {bezit()} telefoon steeds om en om in {bezit()} handen, alsof het antwoord erop staat.
~ kind_before = last_kind
* [“Blijf alsjeblieft. Ik kan niet nog eens twee van zulke dagen aan. Alleen vannacht, oké? Morgen praten we.” #kind:pursue]
    ~ respond(pursue)
    De handen van {loved_name} liggen ineens stil om de telefoon. #pose:withdrawn
    Jij kunt het niet. Dus nu moet ik zorgen dat jij het wel kunt. Dat kan ik niet dragen. #inner
    Vragen alsof jouw welzijn ervan afhangt of {onderwerp()} blijft, legt het gewicht van jullie allebei op {bezit()} schouders. #coach
* [Ga naast {voorwerp()} zitten en pak {bezit()} hand. “Blijf. Ik hou je vast.” #kind:attune]
    ~ respond(attune)
    {held_at_door:
        ~ shift(2, 0, -1, 0)
        De hand van {loved_name} blijft in de jouwe, maar hij is koud en stil geworden. #pose:tense
        Ik blijf, zegt {onderwerp()}. {Onderwerp()} slaapt niet. Je hoort het de hele nacht, aan de andere kant van het bed.
        Eerst de gang, en nu dit. Ik krijg geen lucht. Dat kan ik ook niet zeggen. #inner
    - else:
        {loved_name} kijkt een hele tijd naar je hand. Leunt dan tegen je aan, telefoon omgekeerd op tafel. #pose:reaching #stage:sit-together
        Hou me dan vast. Maar als ik weer stil word… #speaker:loved
        Dan ben ik er nog steeds. #speaker:you
        Nog steeds hier. Zelfs nu. #inner
    }
* [“Je weet toch wel dat dit een patroon is? Je komt dichtbij en dan verdwijn je. Elke keer weer, en ik mag het raden.” #kind:label]
    ~ respond(label)
    {loved_name} staat op. De jas gaat aan, rits helemaal dicht. #pose:turned-away #stage:step-away
    Een patroon. Iets wat je al die tijd in de gaten houdt. Ik ben iets wat je in de gaten houdt. #inner
    Een patroon benoemen midden in de storm, tegen iemand in plaats van samen, maakt er een aanklacht van. #coach
* [“Ik ga zo naar bed, ik ben doodmoe. Bank of naar huis, allebei goed. Ik app je morgenochtend.” #kind:boundary]
    ~ respond(boundary)
    {loved_name} knikt. Trekt de plaid van de rugleuning, alsof {onderwerp()} wil testen of het echt mag. #pose:calm
    Allebei goed. Ik mag kiezen. En er verdwijnt niemand, hoe dan ook. #inner
- -> epilogue

=== epilogue ===
{promised_return:
    Woensdag, 7.40 uur. {loved_name} is rond middernacht toch naar huis gegaan. Nog voor je koffie, zoals beloofd: #place:bedroom #time:morning
    Goeiemorgen. #speaker:you #stage:phone-sent
    ~ kept_word()
    goeiemorgen. dankjewel voor gisteravond #speaker:loved #stage:phone-message
}
{ outcome():
- "safety": -> ending_safety
- "fear": -> ending_fear
- "burnout": -> ending_burnout
- else: -> ending_fragile
}

// Hoeveel je voor jezelf overhield, telt in de afloop net zo mee als de meters: met een
// reserve van 2 of minder eindigt het nooit veilig (outcome()).
=== function pile_on()
// Elk lief bericht is klein; het ene na het andere, de stilte in, worden ze een stapel.
~ piled = kind_before == attune && alarm >= UNDER_FIRE
{ piled:
    ~ shift(1, 0, -1, 0)
}

=== ending_safety ===
Donderdag, twee minuten over zeven. De linzen staan op. #chapter:Donderdag #place:hallway #time:evening
{thursday_off: Woensdagavond kwam er toch een bericht: gaat dat linzending nog door? Het ging door.}
De bel gaat precies op tijd. {loved_name} heeft een papieren zak peren bij zich, al een beetje beurs. #pose:warm
Toetje. Min of meer. #speaker:loved
{Onderwerp()} schept twee keer op en klaagt de hele tijd over de komijn.
Later, bij het afwassen van de pan, zegt {onderwerp()} het zonder op te kijken.
Als ik weer stil word, probeer ik je toch iets te sturen. Al is het maar: niet nu. Het gaat vast niet altijd lukken. #speaker:loved
Je geeft {voorwerp()} een theedoek.
Dan blijf ik op donderdag koken. #speaker:you #stage:sit-together #ending:safety
-> END

=== ending_fragile ===
Donderdagavond. #chapter:Donderdag #place:living-room #time:evening
{thursday_off:
    Donderdag ging niet door, dus je kookt niet.
    Woensdag kwam er een foto binnen: een kat op een vensterbank, zonder tekst. Je stuurde er een terug: je eigen vensterbank, zonder kat.
    Over die twee dagen is niets gezegd. Misschien hoeft dat nu nog niet.
    Laat op donderdagavond nog één bericht.
    volgende week? linzen? #speaker:loved #stage:phone-message
- else:
    {loved_name} komt, een beetje laat en een beetje stil. {Onderwerp()} eet het grootste deel van de linzen op. #pose:calm
    Over die twee dagen is niets gezegd. Misschien hoeft dat nu nog niet.
    Jullie wassen samen af zonder veel te zeggen. Het is niet ongemakkelijk. Makkelijk is het ook nog niet.
    Bij de deur aarzelt {loved_name}.
    Volgende week zelfde tijd? #speaker:loved
}
{reserve <= 2: Je zegt ja. Daarna zit je een tijdje op de vloer van de gang. Je bent moe op een manier die niet bij twee dagen past.}
Het is nog geen vaste grond. Maar je kunt er wel even op staan. #ending:fragile
-> END

=== ending_fear ===
Donderdag, 18.40 uur. #chapter:Donderdag #place:living-room #time:evening
{thursday_off:
    Donderdag ging niet door. Je kookt toch, veel te veel, uit gewoonte.
    Je stuurt een foto van de pan. Gelezen om 19.03 uur. Niets. #stage:phone-read
- else:
    De linzen staan op. De tafel is gedekt voor twee.
    lukt vanavond niet. sorry #speaker:loved #stage:phone-message
}
Je eet staand, zo uit de pan.
// Wie de cirkel nooit rondmaakte, kan het alarm van {loved_name} toch niet uitzetten: zeg dat, en laat de speler niet zelf stil worden.
{ cycle == 0:
    Voor het slapengaan stuur je nog één berichtje, kort, zonder vraag. Gelezen. Geen antwoord.
    Zie je wel. Dichtbij komen loopt altijd zo af. #inner
    Jij hebt de deur niet dichtgedaan. Hij gaat toch dicht, van de andere kant, en deze week kun jij hem niet voor {voorwerp()} openhouden. #ending:fear
- else:
    Je legt je telefoon omgekeerd neer. {loved_name} stuurt niets meer, en jij ook niet.
    Zie je wel. Dichtbij komen loopt altijd zo af. #inner
    De chat valt weer stil, en deze keer verbreekt geen van jullie die stilte. #ending:fear
}
-> END

=== ending_burnout ===
Donderdagavond. #chapter:Donderdag #place:living-room #time:evening
{thursday_off: Donderdag ging niet door. Je kookt toch, want koken is het enige wat je nog weet te doen.|Je kookt, want dat had je gezegd.}
Die twee dagen zei je sorry, zei je dat het niet uitmaakte, zei je overal ja op.
Je telefoon zoemt, met de naam van {loved_name} erop. Je merkt dat je hem niet eens meteen oppakt.
Je zus heeft vandaag twee keer geappt. Je hebt haar niet teruggeschreven. Daar had je de puf niet voor.
Je roert in de pan. Je weet niet meer wanneer je voor het laatst zei wat je zelf wilde. Of wat dat eigenlijk is. #ending:burnout
-> END
