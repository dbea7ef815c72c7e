"""Danish demo articles for Leadership Week, added by ``manage.py ledelsesugen_demo``.

``build(builder)`` adds the index "Debat og artikler" under the site's root
page and the articles below to it, with bylines, people portrayed and themes
taken from the demo snippets. Every person, quote and experience is invented.
Publication dates are counted back from today, so the articles always spread
over the last two years. Running it again adds only what is missing.
"""

import datetime
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join

from ..choices import ArticleKind
from ..dates import local_today
from ..models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    ArticlePortrayed,
    EventIndexPage,
)
from . import english

INDEX_TITLE = "Debat og artikler"
INDEX_SLUG = "debat-og-artikler"
INDEX_INTRO = (
    "Debatindlæg, klummer, portrætter og interview med ledere fra kommuner, "
    "regioner og stat – og nyheder fra sekretariatet bag Ledelsesugen."
)

# Marks a call to action that links to the demo programme (or else the index).
PROGRAMME = "programme"


@dataclass(frozen=True)
class DemoArticle:
    """One article; authors, portrayed and themes are slugs of the demo snippets."""

    slug: str
    title: str
    kind: str
    days_ago: int
    lead: str
    body: tuple
    authors: tuple[str, ...] = ()
    portrayed: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()


def paragraph(text):
    return ("paragraph", text)


def heading(text):
    return ("heading", text)


def quote(text, attribution):
    return ("quote", {"quote": text, "attribution": attribution})


def fact_box(title, *points):
    return ("fact_box", {"title": title, "points": points})


def call_to_action(text, button_label, url=PROGRAMME):
    return ("call_to_action", {"text": text, "button_label": button_label, "url": url})


ARTICLES = (
    DemoArticle(
        slug="rekordmange-arrangementer-i-aarets-ledelsesuge",
        title="Rekordmange arrangementer i årets Ledelsesuge",
        kind=ArticleKind.NEWS,
        days_ago=31,
        authors=("mette-skov-andersen",),
        themes=("tvaergaaende-ledelse",),
        lead=(
            "Kommuner, regioner, styrelser, uddannelsesinstitutioner og "
            "lederforeninger har meldt flere arrangementer ind end nogensinde før. "
            "Mange af dem er små: et morgenmøde i ledergruppen eller en "
            "ledelsessalon for fem førstelinjeledere."
        ),
        body=(
            paragraph(
                "Da programmet lukkede for tilmeldinger fredag, var der arrangementer "
                "fra alle fem regioner og fra langt de fleste kommuner. Sekretariatet "
                "bag Ledelsesugen glæder sig især over, at så mange af arrangementerne "
                "er lavet af lederne selv – uden konsulenter og uden budget."
            ),
            quote(
                "Det er netop meningen med ugen: at ledere tager en time ud af "
                "kalenderen og taler om deres ledelse med hinanden. Det kræver ikke "
                "en konference.",
                "Mette Skov Andersen, chefkonsulent i KL",
            ),
            heading("Flere arrangementer på tværs af sektorer"),
            paragraph(
                "En stigende del af arrangementerne holdes af flere organisationer "
                "sammen, for eksempel et hospital og de kommuner, det samarbejder med "
                "om udskrivning af ældre patienter. Også universiteter og "
                "professionshøjskoler bidrager med gå-hjem-møder om ny forskning."
            ),
            fact_box(
                "Sådan finder du et arrangement",
                "Filtrér programmet efter tema, format, målgruppe og region.",
                "Vælg “Online”, hvis du vil deltage hjemmefra.",
                "Abonnér på programmets kalender, så får du ændringer med det samme.",
            ),
            call_to_action(
                "Der er stadig ledige pladser til mange af ugens arrangementer.",
                "Se programmet",
            ),
        ),
    ),
    DemoArticle(
        slug="giv-lederne-taettest-paa-borgerne-mere-ledelsesrum",
        title="Giv lederne tættest på borgerne mere ledelsesrum",
        kind=ArticleKind.DEBATE,
        days_ago=58,
        authors=("anne-marie-holm",),
        themes=(
            "ledelsesrum-og-frihed-til-at-lede",
            "meningsfuld-ledelse-og-borgeren-i-centrum",
        ),
        lead=(
            "Vi har i årevis bygget styringssystemer, der skulle sikre kvaliteten. "
            "Nu er det tid til at spørge, hvad de koster i ledelse, skriver "
            "kommunaldirektør Anne-Marie Holm."
        ),
        body=(
            paragraph(
                "Når jeg besøger vores plejecentre, daginstitutioner og jobcenter, "
                "møder jeg ledere, der ved præcis, hvad der skal til for at gøre en "
                "forskel for borgerne. Alligevel bruger de en stor del af deres uge "
                "på at udfylde skemaer, som ingen af dem har bedt om."
            ),
            heading("Dokumentation er ikke det samme som kvalitet"),
            paragraph(
                "Hver enkelt regel giver mening, når den bliver indført. Men tilsammen "
                "er de blevet til et net, som lederne skal navigere igennem, før de "
                "kan lede. Vi har i Køge Kommune gennemgået alle krav til "
                "dokumentation på ældreområdet sammen med lederne og fjernet "
                "hvert tredje."
            ),
            quote(
                "Den tid, vi gav tilbage, brugte lederne på at være til stede i "
                "hverdagen. Det kunne medarbejderne mærke.",
                "Anne-Marie Holm",
            ),
            heading("Tre forslag"),
            paragraph(
                "For det første: lad de nærmeste ledere være med til at beslutte, "
                "hvilke mål der skal følges op på. For det andet: afskaf en regel, "
                "hver gang I indfører en ny. For det tredje: spørg lederne, hvad de "
                "ville gøre med en ekstra time om ugen – og giv dem den."
            ),
            paragraph(
                "Ledelsesrum er ikke et privilegium for lederen. Det er en "
                "forudsætning for, at borgeren møder en medarbejder, der har tid "
                "og frihed til at gøre det rigtige."
            ),
        ),
    ),
    DemoArticle(
        slug="tre-ledere-tre-sektorer",
        title="Tre ledere, tre sektorer: Hvad tog I med fra Ledelsesugen?",
        kind=ArticleKind.INTERVIEW,
        days_ago=12,
        authors=("mette-skov-andersen", "peter-juul-kristensen"),
        portrayed=(
            "maria-fogh-soerensen",
            "morten-lund-iversen",
            "rikke-dam-pedersen",
        ),
        themes=("tvaergaaende-ledelse", "ledertrivsel"),
        lead=(
            "En områdeleder i hjemmeplejen, en hospitalsdirektør og en centerchef i "
            "socialforvaltningen fortæller, hvad ugen satte i gang i deres "
            "organisationer."
        ),
        body=(
            heading("Maria Fogh Sørensen, områdeleder, Aalborg Kommune"),
            paragraph(
                "<b>Hvad gjorde I i ugen?</b> Vi holdt vores første ledelsessalon for "
                "teamlederne i hjemmeplejen. Seks ledere, en time, ét spørgsmål: "
                "Hvornår var du sidst stolt af din ledelse?"
            ),
            paragraph(
                "<b>Hvad tager du med?</b> At førstelinjelederne sjældent får lov at "
                "tale om ledelse – kun om drift. Vi fortsætter med en salon hver "
                "anden måned."
            ),
            heading("Morten Lund Iversen, hospitalsdirektør, Region Nordjylland"),
            paragraph(
                "<b>Hvad gjorde I i ugen?</b> Vi inviterede lederne fra tre "
                "kommuner til en morgen om udskrivning af ældre patienter. Vi troede, "
                "vi kendte hinandens udfordringer. Det gjorde vi ikke."
            ),
            quote(
                "Det vigtigste, der kom ud af morgenen, var et telefonnummer. Nu "
                "ringer vores afdelingssygeplejersker direkte til hjemmeplejens "
                "ledere.",
                "Morten Lund Iversen",
            ),
            heading("Rikke Dam Pedersen, centerchef, Københavns Kommune"),
            paragraph(
                "<b>Hvad gjorde I i ugen?</b> Medarbejderne fortalte lederne om den "
                "første samtale med en borger, der ikke har noget sted at bo. Det blev "
                "starten på en ny model for samtalen, som vi nu afprøver."
            ),
            paragraph(
                "<b>Hvad tager du med?</b> At ledelse også er at lytte til dem, der "
                "sidder over for borgeren hver dag."
            ),
        ),
    ),
    DemoArticle(
        slug="hvad-ved-vi-om-ledertrivsel",
        title="Hvad ved vi egentlig om lederes trivsel?",
        kind=ArticleKind.ARTICLE,
        days_ago=96,
        authors=("sofie-lindberg-nielsen", "jesper-kronborg"),
        themes=("ledertrivsel", "evaluering-af-ledelse"),
        lead=(
            "Ledere i den offentlige sektor taler sjældent om deres eget "
            "arbejdsmiljø. To forskere gennemgår, hvad forskningen siger – og hvad "
            "ledergrupper selv kan gøre."
        ),
        body=(
            paragraph(
                "Lederens trivsel er længe blevet betragtet som en privat sag. Men "
                "forskningen peger på, at ledere, der har nogen at tale med om deres "
                "ledelse, både bliver længere i jobbet og leder bedre."
            ),
            heading("Presset kommer fra flere sider"),
            paragraph(
                "Især førstelinjeledere står i et krydspres mellem medarbejdernes "
                "forventninger, borgernes behov og de mål, der kommer ovenfra. Mange "
                "har et stort ledelsesspænd og få kolleger på samme niveau."
            ),
            quote(
                "Den største forskel ser vi ikke mellem sektorerne, men mellem ledere, "
                "der har et fællesskab med andre ledere, og ledere, der står alene.",
                "Sofie Lindberg Nielsen, lektor",
            ),
            heading("Det kan ledergruppen gøre"),
            paragraph(
                "Det behøver ikke at kræve store programmer. Faste, korte samtaler i "
                "ledergruppen om det, der er svært, gør en forskel – hvis de bliver "
                "prioriteret, også når kalenderen er fuld."
            ),
            fact_box(
                "Fem spørgsmål til ledergruppen",
                "Hvad har fyldt mest i din ledelse den seneste måned?",
                "Hvornår har du sidst fået sparring på en svær beslutning?",
                "Hvem går du til, når du er i tvivl?",
                "Hvad ville du ønske, at din egen leder vidste?",
                "Hvad kan vi holde op med, så der bliver mere tid til ledelse?",
            ),
        ),
    ),
    DemoArticle(
        slug="kunstig-intelligens-i-sagsbehandlingen",
        title="Kunstig intelligens i sagsbehandlingen: tre erfaringer fra Aarhus",
        kind=ArticleKind.ARTICLE,
        days_ago=133,
        authors=("mikkel-brandt-soerensen", "thomas-eg-lauridsen"),
        themes=("ai-og-digitalisering", "jura-for-offentlige-ledere"),
        lead=(
            "Aarhus Kommune har afprøvet sprogmodeller i jobcentret og "
            "borgerservice. Ikke alt lykkedes. Digitaliseringschefen og en "
            "afdelingschef fra Digitaliseringsstyrelsen gør status."
        ),
        body=(
            paragraph(
                "Da vi begyndte, var forventningerne høje: Sprogmodellerne skulle "
                "skrive udkast til breve, opsummere sager og hjælpe borgerne på "
                "hjemmesiden. Et år senere er kun én af de tre løsninger i drift."
            ),
            heading("Erfaring 1: Start med opgaven, ikke teknologien"),
            paragraph(
                "Opsummering af lange sagsforløb sparer sagsbehandlerne tid, fordi "
                "de selv var med til at definere, hvad en god opsummering er. "
                "Brevudkastene derimod krævede så meget rettelse, at vi stoppede "
                "forsøget."
            ),
            heading("Erfaring 2: Jura og ledelse hører sammen"),
            paragraph(
                "Forvaltningsretten gælder også, når en algoritme hjælper. Lederne "
                "skal kunne forklare, hvordan en afgørelse er truffet, og hvem der "
                "har ansvaret. Det krævede klare retningslinjer fra første dag."
            ),
            quote(
                "Teknologien er sjældent det svære. Det svære er at beslutte, hvad "
                "medarbejderne skal bruge den frigjorte tid på.",
                "Mikkel Brandt Sørensen, digitaliseringschef",
            ),
            heading("Erfaring 3: Tag medarbejderne med"),
            paragraph(
                "De medarbejdere, der var med til at teste løsningerne, blev vores "
                "bedste ambassadører – også når de sagde fra over for det, der ikke "
                "virkede."
            ),
            fact_box(
                "Før I går i gang med AI",
                "Beskriv den opgave, der skal løses, før I vælger værktøj.",
                "Afklar de juridiske rammer med jeres jurister fra start.",
                "Aftal, hvordan medarbejderne kan sige fra.",
                "Beslut på forhånd, hvornår et forsøg skal stoppes.",
            ),
        ),
    ),
    DemoArticle(
        slug="skolelederen-der-deler-ledelsen-ud",
        title="Skolelederen, der deler ledelsen ud",
        kind=ArticleKind.PORTRAIT,
        days_ago=172,
        authors=("lars-oestergaard-henriksen",),
        portrayed=("camilla-brix-jensen",),
        themes=(
            "meningsfuld-ledelse-og-borgeren-i-centrum",
            "ledelsesrum-og-frihed-til-at-lede",
        ),
        lead=(
            "Camilla Brix Jensen leder en folkeskole med 650 elever i Aarhus Vest. "
            "Hun mener, at de bedste beslutninger træffes af dem, der står i "
            "klasselokalet."
        ),
        body=(
            paragraph(
                "Klokken er lidt over syv, og Camilla Brix Jensen står allerede i "
                "skolegården. Det gør hun hver morgen. Det er her, hun hører, hvordan "
                "det står til – hos eleverne, forældrene og lærerne."
            ),
            heading("Ledelse i teams"),
            paragraph(
                "Da hun blev skoleleder, organiserede hun skolen i årgangsteams med "
                "hver sin teamkoordinator. Teamene har deres eget budget og beslutter "
                "selv, hvordan timerne bruges."
            ),
            quote(
                "Jeg kan ikke lede 70 medarbejdere tæt. Men jeg kan sørge for, at de "
                "har rammerne og tilliden til at lede hinanden.",
                "Camilla Brix Jensen, skoleleder",
            ),
            heading("Når det går galt"),
            paragraph(
                "Det har ikke altid været let. Et år havde to teams svært ved at "
                "samarbejde, og hun måtte træde ind og træffe beslutningerne selv. "
                "Men hun har aldrig fortrudt modellen."
            ),
            paragraph(
                "Hendes råd til andre ledere er enkelt: Vær tydelig om, hvad der er "
                "til forhandling, og hvad der ikke er. Så bliver frihed ikke til "
                "usikkerhed."
            ),
        ),
    ),
    DemoArticle(
        slug="vi-skal-holde-op-med-at-maale-alt",
        title="Vi skal holde op med at måle alt",
        kind=ArticleKind.DEBATE,
        days_ago=214,
        authors=("anja-vinther", "peter-juul-kristensen"),
        themes=("ledelsesrum-og-frihed-til-at-lede", "evaluering-af-ledelse"),
        lead=(
            "Hospitalerne er fulde af målinger, som ingen bruger. En HR-chef og en "
            "chefkonsulent foreslår at starte forfra – med lederne ved bordet."
        ),
        body=(
            paragraph(
                "I Region Sjælland har vi sammen med lederne på hospitalerne "
                "gennemgået de indikatorer, afdelingerne skal rapportere på. Mange af "
                "dem var indført for at løse et problem, der ikke længere findes."
            ),
            paragraph(
                "Det er ikke et argument mod data. Det er et argument for at bruge de "
                "data, der faktisk hjælper lederne med at lede."
            ),
            heading("Hvad vi gjorde"),
            paragraph(
                "Hver afdelingsledelse fik til opgave at udpege de tre målinger, de "
                "ikke kunne undvære, og de tre, de aldrig så på. Resultatet blev, at "
                "over en fjerdedel af de faste rapporter blev afskaffet."
            ),
            quote(
                "Den vigtigste måling er stadig, om medarbejderne kan se meningen med "
                "det, de bliver bedt om.",
                "Anja Vinther, HR-chef i Region Sjælland",
            ),
            paragraph(
                "Vi opfordrer alle regioner og kommuner til at gøre det samme. Start "
                "i det små, og lad lederne bestemme, hvor I begynder."
            ),
        ),
    ),
    DemoArticle(
        slug="rekruttering-er-en-ledelsesopgave",
        title="Rekruttering er en ledelsesopgave – ikke en HR-opgave",
        kind=ArticleKind.DEBATE,
        days_ago=263,
        authors=("kasper-holt-mogensen",),
        themes=("rekruttering-og-arbejdskraftmangel",),
        lead=(
            "Mangel på social- og sundhedsassistenter løses ikke med flere "
            "stillingsopslag. Fastholdelse begynder hos den nærmeste leder, skriver "
            "direktør Kasper Holt Mogensen."
        ),
        body=(
            paragraph(
                "På ældreområdet i Odense har vi i flere år haft svært ved at besætte "
                "ledige stillinger. Vi har prøvet kampagner, bonusser og nye "
                "uddannelsesforløb. Det, der har virket bedst, er noget helt andet."
            ),
            heading("De nye medarbejderes første hundrede dage"),
            paragraph(
                "Vi kunne se, at mange nye medarbejdere sagde op inden for det første "
                "år. Derfor har alle teamledere nu en fast samtale med nye kolleger "
                "efter to uger, to måneder og hundrede dage."
            ),
            quote(
                "Folk bliver, hvor de bliver set. Det gælder også i en travl "
                "hjemmepleje.",
                "Kasper Holt Mogensen",
            ),
            paragraph(
                "Det kræver, at teamlederne har tid. Derfor har vi flyttet "
                "administrative opgaver væk fra dem og over til en fælles "
                "planlægningsenhed."
            ),
            call_to_action(
                "Hør mere om fastholdelse på Ledelsesugens arrangementer om "
                "rekruttering.",
                "Find arrangementer",
            ),
        ),
    ),
    DemoArticle(
        slug="ensom-paa-toppen-find-din-sparringspartner",
        title="Ensom på toppen? Find din sparringspartner",
        kind=ArticleKind.COLUMN,
        days_ago=305,
        authors=("birgitte-munk-larsen",),
        themes=("ledertrivsel",),
        lead=(
            "Jo højere op i organisationen, jo færre kan man tale frit med. Det er "
            "ikke en skæbne, skriver ledelsesrådgiver Birgitte Munk Larsen."
        ),
        body=(
            paragraph(
                "Jeg taler hver uge med topledere i kommuner og regioner. Mange af dem "
                "siger det samme: Der er ingen, jeg kan ringe til, når jeg er i tvivl. "
                "Medarbejderne kan man ikke belaste, og politikerne er ens "
                "arbejdsgivere."
            ),
            paragraph(
                "Men de fleste har en kollega i nabokommunen, der står med præcis de "
                "samme problemer. Det kræver bare, at nogen tager det første opkald."
            ),
            quote(
                "Sparring er ikke et tegn på svaghed. Det er en del af jobbet.",
                "Birgitte Munk Larsen",
            ),
            paragraph(
                "Mit forslag: Brug Ledelsesugen til at invitere to ledere, du ikke "
                "kender godt, på en kop kaffe. Aftal at mødes igen om tre måneder. "
                "Så har du et netværk."
            ),
        ),
    ),
    DemoArticle(
        slug="den-gode-ide-er-ikke-nok",
        title="Den gode idé er ikke nok",
        kind=ArticleKind.COLUMN,
        days_ago=352,
        authors=("signe-winther",),
        themes=("offentlig-innovation",),
        lead=(
            "Den offentlige sektor mangler ikke idéer. Den mangler ledere, der "
            "beslutter, hvilke forsøg der skal i drift – og hvilke der skal stoppes."
        ),
        body=(
            paragraph(
                "Jeg har fulgt snesevis af innovationsprojekter i kommuner og "
                "regioner. Langt de fleste ender som et vellykket forsøg, som ingen "
                "tager ansvar for at føre videre."
            ),
            heading("Fra projekt til drift"),
            paragraph(
                "Det afgørende øjeblik er ikke, når idéen opstår, men når projektet "
                "slutter. Hvem ejer løsningen? Hvem betaler? Hvem siger stop, hvis den "
                "ikke virker? Det er ledelsesspørgsmål, ikke projektspørgsmål."
            ),
            quote(
                "Et forsøg uden en plan for drift er et forsøg på at udskyde en "
                "beslutning.",
                "Signe Winther",
            ),
            paragraph(
                "Så næste gang en medarbejder kommer med en god idé, så spørg ikke "
                "kun, om den virker. Spørg også, hvem der skal lede den, når den gør."
            ),
        ),
    ),
    DemoArticle(
        slug="ytringsfrihed-er-ogsaa-lederens-ansvar",
        title="Ytringsfrihed er også lederens ansvar",
        kind=ArticleKind.COLUMN,
        days_ago=398,
        authors=("line-ravn-poulsen",),
        themes=("jura-for-offentlige-ledere",),
        lead=(
            "Offentligt ansatte har en bred ret til at ytre sig. Lederens opgave er "
            "ikke kun at kende reglerne, men at skabe en kultur, hvor de bliver brugt."
        ),
        body=(
            paragraph(
                "Når jeg underviser ledere i personalejura, er ytringsfrihed det emne, "
                "der skaber mest debat. Mange ledere er i tvivl om, hvor grænsen går, "
                "og nogle medarbejdere tror, at de slet ikke må sige noget offentligt "
                "om deres arbejdsplads."
            ),
            heading("Reglerne i korte træk"),
            paragraph(
                "Offentligt ansatte må som udgangspunkt udtale sig om forhold på deres "
                "eget arbejdsområde, når de gør det som privatpersoner. Grænserne går "
                "blandt andet ved tavshedspligt, ved åbenlyst urigtige oplysninger og "
                "ved grovt ubehøvlede udtalelser."
            ),
            fact_box(
                "Tre ting, du som leder ikke må",
                "Kræve, at medarbejdere får udtalelser godkendt på forhånd.",
                "Give medarbejdere en reaktion for lovlige ytringer.",
                "Lade medarbejdere forstå, at kritik kan skade deres karriere.",
            ),
            quote(
                "En kultur, hvor medarbejderne tør sige fra, er også en kultur, hvor "
                "lederen hører om problemerne i tide.",
                "Line Ravn Poulsen",
            ),
        ),
    ),
    DemoArticle(
        slug="hun-leder-naar-det-braender-paa",
        title="Hun leder, når det brænder på",
        kind=ArticleKind.PORTRAIT,
        days_ago=455,
        authors=("lars-oestergaard-henriksen",),
        portrayed=("karen-thygesen",),
        themes=("ledelse-i-kriser-og-paa-afstand",),
        lead=(
            "Karen Thygesen har ledet Region Midtjyllands akutberedskab gennem storme, "
            "store ulykker og en pandemi. Hendes vigtigste redskab er roen."
        ),
        body=(
            paragraph(
                "Når telefonen ringer om natten, ved Karen Thygesen, at det sjældent "
                "er godt nyt. Som driftschef i Præhospitalet har hun ansvaret for, at "
                "ambulancer, akutlæger og vagtcentral arbejder sammen, når en stor "
                "hændelse rammer."
            ),
            heading("Forberedelse er halvdelen"),
            paragraph(
                "Hun bruger en stor del af sin tid på øvelser. Ikke fordi planerne "
                "altid holder, men fordi folk lærer hinanden at kende, før det gælder."
            ),
            quote(
                "I en krise er der ikke tid til at finde ud af, hvem man kan stole på. "
                "Det skal man vide i forvejen.",
                "Karen Thygesen, driftschef i Præhospitalet",
            ),
            heading("Efter krisen"),
            paragraph(
                "Når det værste er overstået, samler hun altid medarbejderne. Ikke "
                "kun for at evaluere, men for at tale om det, de har oplevet. Det er "
                "også ledelse, siger hun."
            ),
        ),
    ),
    DemoArticle(
        slug="saadan-melder-du-dit-arrangement-ind",
        title="Sådan melder du dit arrangement ind til Ledelsesugen",
        kind=ArticleKind.NEWS,
        days_ago=462,
        authors=("henrik-vestergaard-bach", "mette-skov-andersen"),
        themes=("tvaergaaende-ledelse",),
        lead=(
            "Programmet for årets Ledelsesuge er åbent. Alle offentlige "
            "organisationer kan melde arrangementer ind – store som små."
        ),
        body=(
            paragraph(
                "Ledelsesugen holdes hvert år i uge 44 og samler ledere fra kommuner, "
                "regioner og stat. Programmet bygges af de mange organisationer, der "
                "laver arrangementer for deres egne ledere eller for alle."
            ),
            fact_box(
                "Det skal du oplyse",
                "Titel, dato, tidspunkt og sted – eller at arrangementet er online.",
                "Hvem arrangementet er for: sektor og ledelsesniveau.",
                "Hvordan man tilmelder sig, og om der er en pris.",
            ),
            paragraph(
                "Sekretariatet gennemgår arrangementerne og lægger dem i programmet "
                "inden for få dage. Har du spørgsmål, er du velkommen til at kontakte "
                "os."
            ),
            call_to_action(
                "Se, hvad andre organisationer allerede har meldt ind.",
                "Gå til programmet",
            ),
        ),
    ),
    DemoArticle(
        slug="vi-har-flyttet-opgaver-ikke-problemer",
        title="Hospitalsdirektøren: Vi har flyttet opgaver, ikke problemer",
        kind=ArticleKind.INTERVIEW,
        days_ago=515,
        authors=("peter-juul-kristensen",),
        portrayed=("morten-lund-iversen",),
        themes=("rekruttering-og-arbejdskraftmangel", "offentlig-innovation"),
        lead=(
            "Med færre hænder har et nordjysk hospital lavet en ny arbejdsdeling "
            "mellem læger, sygeplejersker og sekretærer. Vi har spurgt "
            "hospitalsdirektøren, hvad det har krævet af lederne."
        ),
        body=(
            heading("Hvorfor begyndte I?"),
            paragraph(
                "Vi kunne ikke rekruttere nok sygeplejersker, og dem, vi havde, brugte "
                "for meget tid på opgaver, andre kunne løse. Så vi spurgte: Hvem gør "
                "hvad, og hvorfor?"
            ),
            heading("Hvad har været sværest?"),
            paragraph(
                "At faggrupperne skulle give slip på opgaver, der var en del af deres "
                "identitet. Det kunne kun lade sig gøre, fordi afdelingsledelserne "
                "selv var med til at tegne den nye arbejdsdeling."
            ),
            quote(
                "Hvis vi bare havde flyttet opgaverne på et regneark, havde vi flyttet "
                "problemerne med.",
                "Morten Lund Iversen, hospitalsdirektør",
            ),
            heading("Hvad er dit råd til andre?"),
            paragraph(
                "Start der, hvor presset er størst, og giv lederne tid til at lede "
                "forandringen. Det tager længere tid, end man tror – men det holder."
            ),
        ),
    ),
    DemoArticle(
        slug="ledelse-paa-afstand-efter-forsoeget",
        title="Ledelse på afstand, når forsøget er slut",
        kind=ArticleKind.ARTICLE,
        days_ago=574,
        authors=("ole-bech-christiansen",),
        themes=("ledelse-i-kriser-og-paa-afstand",),
        lead=(
            "Tre kommuner indførte faste hjemmearbejdsdage. En forsker har fulgt "
            "dem og ser, at det ikke er teknologien, men lederens rytme, der "
            "afgør, om det lykkes."
        ),
        body=(
            paragraph(
                "Hybrid arbejde er kommet for at blive i store dele af den offentlige "
                "administration. Men mange ledere leder stadig, som om alle sidder på "
                "kontoret."
            ),
            heading("Rytme frem for kontrol"),
            paragraph(
                "De ledere, der lykkedes bedst, havde en fast rytme: korte møder om "
                "morgenen, faste dage hvor hele teamet var samlet, og tydelige aftaler "
                "om, hvornår man skal kunne træffes."
            ),
            quote(
                "Medarbejderne savnede ikke mere kontrol. De savnede at vide, hvornår "
                "de kunne få fat i deres leder.",
                "Ole Bech Christiansen, professor",
            ),
            heading("De nye medarbejdere"),
            paragraph(
                "Særligt nyansatte har svært ved at lære en arbejdsplads at kende på "
                "afstand. Flere af lederne har derfor indført, at nye medarbejdere "
                "møder fysisk ind de første måneder."
            ),
            fact_box(
                "Aftaler, der gør hybrid ledelse lettere",
                "Faste dage, hvor hele teamet er samlet.",
                "En kort fælles morgen, også online.",
                "Klare aftaler om svartider og om at være offline.",
            ),
        ),
    ),
    DemoArticle(
        slug="faerre-haender-ledelse-goer-forskellen",
        title="Der bliver færre hænder – ledelse gør forskellen",
        kind=ArticleKind.INTERVIEW,
        days_ago=638,
        authors=("jonas-friis",),
        portrayed=("helle-kjaer-bundgaard",),
        themes=("rekruttering-og-arbejdskraftmangel",),
        lead=(
            "Vicedirektør Helle Kjær Bundgaard følger udviklingen på arbejdsmarkedet "
            "tæt. Hun mener, at ledelse er den mest oversete løsning på manglen på "
            "arbejdskraft."
        ),
        body=(
            heading("Hvordan ser fremtiden ud?"),
            paragraph(
                "Der bliver flere ældre og færre i den arbejdsdygtige alder. Det "
                "betyder, at den offentlige sektor skal løse flere opgaver med færre "
                "medarbejdere. Det er ikke en prognose, men en demografisk "
                "kendsgerning."
            ),
            heading("Hvad kan ledere gøre?"),
            paragraph(
                "Ledere kan gøre mere, end de tror. Det handler om at fastholde de "
                "medarbejdere, man har, om at bruge deres faglighed rigtigt og om at "
                "turde stoppe opgaver, der ikke skaber værdi."
            ),
            quote(
                "Den bedste rekrutteringskampagne er en leder, som medarbejderne "
                "fortæller deres venner om.",
                "Helle Kjær Bundgaard, vicedirektør",
            ),
        ),
    ),
    DemoArticle(
        slug="naar-medarbejderne-selv-finder-loesningen",
        title="Når medarbejderne selv finder løsningen",
        kind=ArticleKind.ARTICLE,
        days_ago=701,
        authors=("nadia-el-haddad", "signe-winther"),
        themes=("offentlig-innovation", "meningsfuld-ledelse-og-borgeren-i-centrum"),
        lead=(
            "Dialogkort i ledergrupperne på Region Hovedstadens hospitaler har givet "
            "medarbejderne en stemme i udviklingen. En enhedschef og en forsker "
            "fortæller, hvad det har lært dem om ledelse."
        ),
        body=(
            paragraph(
                "Idéen var enkel: Et sæt spørgsmål på kort, som ledergrupperne kunne "
                "bruge til at tale om det, der fungerer – og det, der ikke gør. "
                "Kortene blev hurtigt også brugt i personalegrupperne."
            ),
            heading("Spørgsmål frem for svar"),
            paragraph(
                "Lederne fortæller, at det sværeste var at lade være med at komme med "
                "løsningen selv. Når de gjorde det, kom medarbejderne med idéer, som "
                "ledelsen aldrig selv ville have fundet."
            ),
            quote(
                "Vi troede, vi skulle lære medarbejderne at være innovative. Det var "
                "os, der skulle lære at lytte.",
                "Nadia El-Haddad, enhedschef for ledelsesudvikling",
            ),
            call_to_action(
                "Vil du prøve dialogkortene i din egen ledergruppe? Find et "
                "arrangement om dem i programmet.",
                "Se arrangementerne",
            ),
        ),
    ),
)


def build(builder):
    """Add the article index and the demo articles missing from ``builder.site``."""
    index = ArticleIndexPage(
        title=INDEX_TITLE, slug=INDEX_SLUG, intro=INDEX_INTRO, show_in_menus=True
    )
    index = builder.add_page(
        builder.site.root_page, index, "article indexes", english.article_index(index)
    )
    target = call_to_action_target(builder.site, index)
    for demo in ARTICLES:
        builder.add_page(
            index,
            article_page(builder, demo, target),
            "articles",
            english.article(demo),
        )
    return index


def call_to_action_target(site, index):
    """The programme page calls to action point to; the index if there is none."""
    programme = EventIndexPage.objects.live().descendant_of(site.root_page).first()
    return programme or index


def article_page(builder, demo, target):
    """An unsaved page for ``demo``, with its byline, people and themes."""
    page = ArticlePage(
        title=demo.title,
        slug=demo.slug,
        kind=demo.kind,
        publication_date=local_today() - datetime.timedelta(days=demo.days_ago),
        lead=demo.lead,
        themes=[builder.themes[slug] for slug in demo.themes],
        body=[stream_block(block, target) for block in demo.body],
    )
    page.authors = [ArticleAuthor(person=builder.people[slug]) for slug in demo.authors]
    page.portrayed = [
        ArticlePortrayed(person=builder.people[slug]) for slug in demo.portrayed
    ]
    return page


def stream_block(block, target):
    """One body block as raw StreamField data."""
    kind, value = block
    if kind == "paragraph":
        # The demo text is trusted; it may hold <b> for interview questions.
        return {"type": kind, "value": f"<p>{value}</p>"}
    if kind == "fact_box":
        items = format_html_join(
            "", "<li>{}</li>", ((point,) for point in value["points"])
        )
        text = format_html("<ul>{}</ul>", items)
        return {"type": kind, "value": {"title": value["title"], "text": text}}
    if kind == "call_to_action":
        links_to_target = value["url"] == PROGRAMME
        return {
            "type": kind,
            "value": {
                "text": value["text"],
                "button_label": value["button_label"],
                "page": target.pk if links_to_target else None,
                "url": "" if links_to_target else value["url"],
            },
        }
    return {"type": kind, "value": value}
