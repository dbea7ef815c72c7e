"""Danish demo startkits, built by ``manage.py ledelsesugen_demo``.

``build(builder)`` adds a startkit index under the site's root page with one
startkit for each main activity, each with steps, materials (small PDF files
made here), themes, audience, who developed it and organisations that ran it.
Organisations and themes are the demo's snippets; every example is invented.
Running it again finds what is there and creates nothing.
"""

import textwrap
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.utils.html import format_html
from wagtail.documents import get_document_model

from ..choices import Audience, CardColour, StartkitActivity
from ..models import StartkitExample, StartkitIndexPage, StartkitMaterial, StartkitPage
from . import english
from .translation import list_items

INDEX_TITLE = "Startkits"
INDEX_SLUG = "startkits"
INDEX_INTRO = (
    "Vil I selv lave noget i Ledelsesugen? Et startkit er en opskrift på en "
    "aktivitet, I kan gennemføre med jeres egne ledere: hvorfor det er værd at gøre, "
    "hvad det går ud på, og hvordan I gør det trin for trin – med materialer, I kan "
    "hente og rette til."
)
LEADERS = (Audience.MIDDLE_LEADERS, Audience.FIRST_LINE_LEADERS)
ALL_SECTORS = (Audience.MUNICIPALITY, Audience.REGION, Audience.STATE)


@dataclass(frozen=True)
class DemoMaterial:
    """A small PDF: its file name, the title shown, and its lines of text."""

    filename: str
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class DemoStep:
    title: str
    minutes: int | None
    text: str
    materials: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoExample:
    organisation: str
    description: str
    url: str = ""


@dataclass(frozen=True)
class DemoCard:
    category: str
    colour: str
    question: str


@dataclass(frozen=True)
class DemoStartkit:
    """One startkit; themes and organisations are slugs of the demo's snippets."""

    slug: str
    title: str
    activity: str
    duration: int
    preparation: int
    group: tuple[int, int]
    audience: tuple[str, ...]
    themes: tuple[str, ...]
    developed_by: str
    intro: str
    description: tuple[str, ...]
    steps: tuple[DemoStep, ...]
    materials: tuple[str, ...]
    examples: tuple[DemoExample, ...]
    deck_title: str = ""
    deck_instructions: str = ""
    cards: tuple[DemoCard, ...] = ()


MATERIALS = {
    "invitation-morgenmoede": DemoMaterial(
        "invitation-morgenmoede.pdf",
        "Invitation til morgenmøde",
        (
            "Kære leder",
            "Vi inviterer til morgenmøde i Ledelsesugen med morgenmad, et kort oplæg "
            "og en snak ved bordene om det, der fylder i din ledelse lige nu.",
            "Tid: [dag] kl. 8.00-9.30. Sted: [lokale]. Tilmelding senest [dato] til "
            "[navn og e-mail].",
            "Vi glæder os til at se dig.",
        ),
    ),
    "drejebog-morgenmoede": DemoMaterial(
        "drejebog-morgenmoede.pdf",
        "Drejebog for morgenmødet",
        (
            "8.00 Morgenmad og velkomst ved værten.",
            "8.15 Oplæg (20-30 minutter).",
            "8.45 Drøftelse ved bordene ud fra to-tre spørgsmål.",
            "9.15 Hvert bord nævner én ting, de tager med.",
            "9.30 Tak for i dag.",
        ),
    ),
    "program-gaa-hjem-moede": DemoMaterial(
        "program-gaa-hjem-moede.pdf",
        "Programskabelon til gå-hjem-møde",
        (
            "15.00 Velkomst og formålet med mødet.",
            "15.10 Case: sådan gjorde vi (to ledere fra hver sin organisation).",
            "15.50 Drøftelse i små grupper på tværs af organisationer.",
            "16.20 Opsamling og spørgsmål til oplægsholderne.",
            "16.30 Netværk med en let servering. Tak for i dag kl. 17.00.",
        ),
    ),
    "invitation-ledelsessalon": DemoMaterial(
        "invitation-ledelsessalon.pdf",
        "Invitation til ledelsessalon",
        (
            "Kære leder",
            "Du er inviteret til en ledelsessalon: en time med 5-7 ledere på dit "
            "eget niveau, hvor vi taler fortroligt om et spørgsmål, der optager os.",
            "Dagens spørgsmål: [spørgsmål]. Tænk gerne over en konkret situation, "
            "før vi mødes.",
            "Tid og sted: [dag, klokkeslæt og lokale]. Vært: [navn].",
        ),
    ),
    "vaertsguide-ledelsessalon": DemoMaterial(
        "vaertsguide-ledelsessalon.pdf",
        "Værtens guide til ledelsessalonen",
        (
            "Før: Send spørgsmålet ud en uge før, og book et lokale uden glasvægge.",
            "Start: Byd velkommen, og aftal, at det sagte bliver i rummet.",
            "Undervejs: Lad hver deltager fortælle uden at blive afbrudt. Bed de "
            "andre om at spørge nysgerrigt, før de giver råd.",
            "Slut: Alle nævner én ting, de tager med. Hold tiden.",
        ),
    ),
    "workshop-ai-opgaver": DemoMaterial(
        "workshop-ai-opgaveark.pdf",
        "Opgaveark: Hvor kan AI hjælpe hos os?",
        (
            "1. Skriv tre opgaver ned, som tager meget tid i jeres enhed i dag.",
            "2. Sæt kryds ved de opgaver, hvor tekst skal læses, skrives eller "
            "sorteres.",
            "3. Hvilke data og hvilke regler om persondata gælder for opgaven?",
            "4. Hvem skal være med, hvis I vil prøve en løsning af i tre måneder?",
        ),
    ),
    "skriveguide-artikelstafet": DemoMaterial(
        "skriveguide-artikelstafet.pdf",
        "Skriveguide til artikelstafetten",
        (
            "Skriv 300-800 ord om en konkret situation fra din hverdag som leder.",
            "Start med situationen, ikke med konklusionen.",
            "Fortæl, hvad du gjorde, og hvad du ville gøre anderledes i dag.",
            "Slut med at give stafetten videre: Nævn den næste skribent, og stil "
            "vedkommende et spørgsmål.",
        ),
    ),
    "interviewguide-lederportraet": DemoMaterial(
        "interviewguide-lederportraet.pdf",
        "Interviewguide til lederportrætter",
        (
            "Hvorfor blev du leder?",
            "Hvad er det bedste ved dit arbejde lige nu?",
            "Fortæl om en beslutning, der var svær at træffe.",
            "Hvad vil du sige til en medarbejder, der overvejer at blive leder?",
        ),
    ),
    "skabelon-ledelsesgrundlag": DemoMaterial(
        "skabelon-ledelsesgrundlag.pdf",
        "Skabelon til ledelsesgrundlag",
        (
            "1. Hvorfor er vi her? Den forskel, vi gør for borgerne.",
            "2. Hvad forventer vi af hinanden som ledere?",
            "3. Hvad kan medarbejderne forvente af deres leder?",
            "4. Sådan holder vi grundlaget levende: dialog, evaluering og opfølgning.",
        ),
    ),
}


STARTKITS = (
    DemoStartkit(
        slug="hold-et-morgenmoede-om-ledelse",
        title="Hold et morgenmøde om ledelse",
        activity=StartkitActivity.MORNING_MEETING,
        duration=90,
        preparation=120,
        group=(15, 60),
        audience=ALL_SECTORS + LEADERS,
        themes=("meningsfuld-ledelse-og-borgeren-i-centrum", "ledertrivsel"),
        developed_by="kl",
        intro=(
            "Et morgenmøde samler ledere på tværs af afdelinger, før dagens drift "
            "tager over. Halvanden time med kaffe, et kort oplæg og en god samtale "
            "giver ny energi og nye kontakter – og kræver ikke meget at arrangere."
        ),
        description=(
            "Morgenmødet ligger typisk fra kl. 8 til 9.30. Det begynder med "
            "morgenmad, og så holder en forsker, en leder fra en anden organisation "
            "eller jeres egen direktør et oplæg på 20-30 minutter. Bagefter drøfter "
            "deltagerne oplægget ved bordene ud fra to-tre spørgsmål.",
            "Formatet passer til 15-60 ledere og kan holdes i kantinen, i "
            "byrådssalen eller online.",
        ),
        steps=(
            DemoStep(
                "Vælg et tema og find en oplægsholder",
                30,
                "Tag udgangspunkt i det, jeres ledere står i lige nu. Spørg en "
                "forsker, en leder fra en nabokommune eller en af Ledelsesugens "
                "ambassadører, om de vil holde et kort oplæg.",
            ),
            DemoStep(
                "Send invitationen",
                20,
                "Send invitationen mindst tre uger før, og bed om tilmelding, så I "
                "kan bestille den rigtige mængde morgenmad.",
                ("invitation-morgenmoede",),
            ),
            DemoStep(
                "Forbered spørgsmål til bordene",
                30,
                "Skriv to-tre åbne spørgsmål, der kobler oplægget til deltagernes "
                "egen hverdag, og læg dem på bordene.",
            ),
            DemoStep(
                "Hold morgenmødet",
                90,
                "Byd velkommen, giv ordet til oplægsholderen, og lad bordene drøfte "
                "spørgsmålene. Slut af med en runde, hvor hvert bord nævner én ting, "
                "de tager med.",
                ("drejebog-morgenmoede",),
            ),
        ),
        materials=("invitation-morgenmoede", "drejebog-morgenmoede"),
        examples=(
            DemoExample(
                "odense-kommune",
                "Morgenmøde i byrådssalen med oplæg om meningsfuld ledelse",
                "https://www.example.dk/odense/morgenmoede",
            ),
            DemoExample(
                "region-syddanmark", "Online morgenmøde for ledere på fire sygehuse"
            ),
        ),
    ),
    DemoStartkit(
        slug="hold-et-gaa-hjem-moede-paa-tvaers",
        title="Hold et gå-hjem-møde på tværs",
        activity=StartkitActivity.AFTERNOON_MEETING,
        duration=120,
        preparation=90,
        group=(10, 40),
        audience=ALL_SECTORS + (Audience.STAFF,) + LEADERS,
        themes=("tvaergaaende-ledelse", "offentlig-innovation"),
        developed_by="danske-regioner",
        intro=(
            "Et gå-hjem-møde samler ledere sidst på dagen, når driften er overstået. "
            "Det er et uformelt rum til at blive klogere sammen og til at møde de "
            "ledere i en anden sektor, som arbejder med de samme borgere som jer."
        ),
        description=(
            "Mødet ligger typisk fra kl. 15 til 17. To ledere fra hver sin "
            "organisation fortæller om et samarbejde, der lykkedes – eller gik i "
            "stå – og deltagerne drøfter bagefter, hvad de selv kan bruge.",
            "Dagen slutter med netværk over en let servering. Inviter gerne ledere "
            "fra kommune, region og stat.",
        ),
        steps=(
            DemoStep(
                "Find en partner i en anden sektor",
                30,
                "Ring til en leder i nabokommunen, på sygehuset eller i en styrelse, "
                "som I allerede samarbejder med, og planlæg mødet sammen.",
            ),
            DemoStep(
                "Læg programmet",
                30,
                "Aftal, hvem der fortæller hvad, og hvilke spørgsmål grupperne skal "
                "drøfte. Brug programskabelonen.",
                ("program-gaa-hjem-moede",),
            ),
            DemoStep(
                "Inviter begge organisationers ledere",
                20,
                "Send én fælles invitation, så ingen føler sig som gæst hos de andre.",
            ),
            DemoStep(
                "Hold mødet",
                120,
                "Bland deltagerne, så hver gruppe har ledere fra begge organisationer.",
            ),
            DemoStep(
                "Følg op",
                15,
                "Send en kort opsamling med de aftaler, der blev lavet, og en "
                "deltagerliste, så kontakterne holder.",
            ),
        ),
        materials=("program-gaa-hjem-moede",),
        examples=(
            DemoExample(
                "region-midtjylland",
                "Gå-hjem-møde med kommunerne om udskrivning af ældre patienter",
            ),
            DemoExample(
                "aarhus-kommune",
                "Ledere fra jobcentret og uddannelsesinstitutioner mødtes om unge "
                "uden uddannelse",
                "https://www.example.dk/aarhus/gaa-hjem-moede",
            ),
        ),
    ),
    DemoStartkit(
        slug="hold-en-ledelsessalon",
        title="Hold en ledelsessalon",
        activity=StartkitActivity.SALON,
        duration=60,
        preparation=45,
        group=(5, 7),
        audience=(Audience.MUNICIPALITY, Audience.REGION) + LEADERS,
        themes=("ledertrivsel", "ledelsesrum-og-frihed-til-at-lede"),
        developed_by="medarbejder-og-kompetencestyrelsen",
        intro=(
            "En ledelsessalon giver ledere på samme niveau en time til at tale "
            "fortroligt om de dilemmaer, de står i. Mange ledere savner sparring med "
            "ligestillede; salonen gør den til en fast aftale i stedet for noget, der "
            "sker, hvis der bliver tid."
        ),
        description=(
            "En salon varer omkring en time og samler 5-7 ledere på samme "
            "ledelsesniveau, som ikke er hinandens chefer. En vært holder tiden, og "
            "samtalen tager udgangspunkt i et spørgsmål, deltagerne har fået på "
            "forhånd.",
            "Der er ingen oplæg og intet referat: Det, der bliver sagt i salonen, "
            "bliver i salonen.",
        ),
        steps=(
            DemoStep(
                "Find en vært og sammensæt gruppen",
                20,
                "Vælg 5-7 ledere på samme niveau. Værten kan være en af lederne selv "
                "eller en HR-konsulent, der kender formatet.",
                ("vaertsguide-ledelsessalon",),
            ),
            DemoStep(
                "Send spørgsmålet ud på forhånd",
                10,
                "Et godt spørgsmål er åbent og konkret, fx: Hvornår har du sidst "
                "sagt nej til en opgave – og hvordan gik det?",
                ("invitation-ledelsessalon",),
            ),
            DemoStep(
                "Åbn salonen",
                10,
                "Værten byder velkommen, minder om fortroligheden og læser "
                "spørgsmålet op.",
            ),
            DemoStep(
                "Samtalen",
                40,
                "Hver deltager fortæller om en konkret situation. De andre lytter og "
                "spørger nysgerrigt, før nogen giver råd. Slut med en runde, hvor "
                "alle nævner én ting, de tager med.",
            ),
        ),
        materials=("invitation-ledelsessalon", "vaertsguide-ledelsessalon"),
        examples=(
            DemoExample(
                "aalborg-kommune",
                "Faste ledelsessaloner for teamledere i hjemmeplejen",
                "https://www.example.dk/aalborg/ledelsessaloner",
            ),
            DemoExample("koege-kommune", "Saloner for nye ledere i deres første år"),
        ),
    ),
    DemoStartkit(
        slug="hold-en-workshop-om-ai-i-hverdagen",
        title="Hold en workshop om AI i hverdagen",
        activity=StartkitActivity.WORKSHOP,
        duration=180,
        preparation=240,
        group=(8, 24),
        audience=ALL_SECTORS + (Audience.TOP_LEADERS, Audience.MIDDLE_LEADERS),
        themes=("ai-og-digitalisering", "offentlig-innovation"),
        developed_by="digitaliseringsstyrelsen",
        intro=(
            "Kunstig intelligens ændrer opgaverne i mange enheder, men ledere står "
            "ofte alene med spørgsmålet om, hvor det giver mening at begynde. En "
            "workshop giver ledergruppen et fælles sprog og en første liste over "
            "opgaver, der er værd at afprøve."
        ),
        description=(
            "Workshoppen varer tre timer. Den begynder med et kort oplæg om, hvad "
            "sprogmodeller kan og ikke kan, og om de regler, der gælder for "
            "persondata. Derefter arbejder lederne i grupper med deres egne "
            "opgaver.",
            "Workshoppen slutter med, at hver gruppe vælger én opgave, de vil "
            "afprøve i tre måneder, og en leder, der står for det.",
        ),
        steps=(
            DemoStep(
                "Find en fagperson til oplægget",
                60,
                "Spørg jeres digitaliseringsafdeling eller en leder, der allerede har "
                "afprøvet AI, om et oplæg på 30 minutter.",
            ),
            DemoStep(
                "Bed lederne om at tage en opgave med",
                15,
                "Hver deltager tager én opgave med, som tager meget tid i dag.",
            ),
            DemoStep(
                "Hold oplægget",
                30,
                "Vis konkrete eksempler fra den offentlige sektor, og gennemgå, hvad "
                "man ikke må bruge sprogmodeller til.",
            ),
            DemoStep(
                "Arbejd i grupper",
                90,
                "Grupperne gennemgår deres opgaver med opgavearket og vælger én, der "
                "er værd at afprøve.",
                ("workshop-ai-opgaver",),
            ),
            DemoStep(
                "Aftal de næste skridt",
                45,
                "Hver gruppe fremlægger sin opgave. Aftal, hvem der står for "
                "afprøvningen, og hvornår I ser på resultatet sammen.",
            ),
        ),
        materials=("workshop-ai-opgaver",),
        examples=(
            DemoExample(
                "aarhus-kommune",
                "Workshop for ledere i borgerservice og jobcentret",
            ),
            DemoExample(
                "koebenhavns-kommune",
                "Ledergruppen i Teknik- og Miljøforvaltningen fandt fire opgaver at "
                "afprøve",
                "https://www.example.dk/kk/ai-workshop",
            ),
        ),
    ),
    DemoStartkit(
        slug="start-en-artikelstafet",
        title="Start en artikelstafet",
        activity=StartkitActivity.ARTICLE_SERIES,
        duration=240,
        preparation=120,
        group=(5, 6),
        audience=ALL_SECTORS + (Audience.TOP_LEADERS,) + LEADERS,
        themes=("meningsfuld-ledelse-og-borgeren-i-centrum", "evaluering-af-ledelse"),
        developed_by="kl",
        intro=(
            "Når ledere skriver om deres egen hverdag, bliver ledelse synlig for "
            "medarbejdere, kolleger og borgere. En artikelstafet giver en ny stemme "
            "hver dag i Ledelsesugen og viser, hvor forskellig god ledelse kan se ud."
        ),
        description=(
            "5-6 ledere skriver hver en artikel på 300-800 ord, og der udkommer én "
            "om dagen i Ledelsesugen, på intranettet, på LinkedIn eller i det lokale "
            "dagblad. Hver skribent giver stafetten videre til den næste med et "
            "spørgsmål.",
            "Hver leder bruger omkring fire timer på at skrive, og en redaktør hjælper "
            "med at gøre teksterne klar.",
        ),
        steps=(
            DemoStep(
                "Find 5-6 skribenter",
                60,
                "Vælg ledere på forskellige niveauer og fra forskellige fagområder. "
                "Aftal en udgivelsesdag med hver.",
            ),
            DemoStep(
                "Giv dem skriveguiden",
                15,
                "Skriveguiden hjælper med at starte i en konkret situation frem for i "
                "en konklusion.",
                ("skriveguide-artikelstafet",),
            ),
            DemoStep(
                "Rediger og planlæg udgivelsen",
                90,
                "Læs teksterne igennem med skribenterne, find et billede til hver, og "
                "læg dem klar til udgivelse.",
            ),
            DemoStep(
                "Udgiv én artikel om dagen",
                75,
                "Udgiv en artikel hver dag fra mandag til fredag, og del den med et "
                "citat og et link til den forrige. Det tager omkring et kvarter om "
                "dagen.",
            ),
        ),
        materials=("skriveguide-artikelstafet",),
        examples=(
            DemoExample(
                "region-hovedstaden",
                "Fem afdelingssygeplejersker skrev om ledelse tæt på patienten",
                "https://www.example.dk/regionh/artikelstafet",
            ),
            DemoExample(
                "odense-kommune", "Stafet i lokalavisen med ledere fra ældreområdet"
            ),
        ),
    ),
    DemoStartkit(
        slug="dialogkort-om-ledelsesrum",
        title="Dialogkort om ledelsesrum",
        activity=StartkitActivity.DIALOGUE_CARDS,
        duration=60,
        preparation=15,
        group=(3, 6),
        audience=ALL_SECTORS + (Audience.TOP_LEADERS,) + LEADERS,
        themes=(
            "ledelsesrum-og-frihed-til-at-lede",
            "ledertrivsel",
            "tvaergaaende-ledelse",
        ),
        developed_by="region-hovedstaden",
        intro=(
            "Ledergrupper taler ofte om drift og sjældent om ledelse. Dialogkortene "
            "giver en nem vej ind i de samtaler, der ellers ikke bliver til noget: "
            "om ledelsesrum, tillid, trivsel og den forskel, I gør for borgerne."
        ),
        description=(
            "Kortene bruges i grupper på 3-6 ledere, fx som de første 30-60 "
            "minutter af et ledermøde. Den fulde æske har seks temaer med ti kort i "
            "hvert; her er et udvalg på tolv kort, to fra hvert tema.",
            "Print kortene fra denne side, klip dem ud, og læg dem på bordet.",
        ),
        steps=(
            DemoStep(
                "Print og klip kortene",
                15,
                "Brug browserens udskrift. Kortene kommer otte på en A4-side med "
                "stiplede linjer at klippe efter.",
            ),
            DemoStep(
                "Vælg et eller flere temaer",
                5,
                "Vælg de temaer, der passer til det, ledergruppen står i, eller bland "
                "dem alle.",
            ),
            DemoStep(
                "Tal sammen",
                50,
                "Den første trækker et kort, læser spørgsmålet højt og svarer. De "
                "andre spørger ind, før turen går videre.",
            ),
            DemoStep(
                "Saml op",
                10,
                "Slut med at aftale, om der er et spørgsmål, I vil tage op igen på et "
                "senere møde.",
            ),
        ),
        materials=(),
        examples=(
            DemoExample(
                "region-sjaelland",
                "Kortene bruges på ledermøderne på regionens sygehuse",
            ),
            DemoExample(
                "koebenhavns-kommune",
                "Dagtilbudsledere i Valby brugte kortene på en temadag",
                "https://www.example.dk/kk/dialogkort",
            ),
        ),
        deck_title="Dialogkort om ledelsesrum",
        deck_instructions=(
            "Læg kortene med bagsiden opad. Den første trækker et kort, læser "
            "spørgsmålet højt og svarer. De andre må spørge ind, men ikke give gode "
            "råd, før turen går videre. Brug 5-10 minutter pr. kort."
        ),
        cards=(
            DemoCard(
                "Ledelsesrum",
                CardColour.BLUE,
                "Hvornår har du sidst brugt dit ledelsesrum til at sige nej til en "
                "opgave?",
            ),
            DemoCard(
                "Ledelsesrum",
                CardColour.BLUE,
                "Hvilken regel ville du fjerne i morgen, hvis du kunne – og hvad "
                "holder dig tilbage?",
            ),
            DemoCard(
                "Tillid",
                CardColour.GREEN,
                "Hvad gør din chef, som får dig til at føle dig betroet?",
            ),
            DemoCard(
                "Tillid",
                CardColour.GREEN,
                "Hvor kunne I dokumentere mindre og stole mere på medarbejdernes "
                "faglighed?",
            ),
            DemoCard(
                "Trivsel",
                CardColour.YELLOW,
                "Hvem sparrer du med, når en beslutning holder dig vågen om natten?",
            ),
            DemoCard(
                "Trivsel",
                CardColour.YELLOW,
                "Hvad gør du for at passe på dig selv i en travl periode – og hvad "
                "burde du gøre?",
            ),
            DemoCard(
                "Samarbejde på tværs",
                CardColour.PURPLE,
                "Hvilken leder i en anden afdeling eller sektor burde du kende bedre?",
            ),
            DemoCard(
                "Samarbejde på tværs",
                CardColour.PURPLE,
                "Fortæl om et samarbejde på tværs, der lykkedes. Hvad gjorde "
                "forskellen?",
            ),
            DemoCard(
                "Borgeren",
                CardColour.RED,
                "Hvornår har du sidst set jeres arbejde med borgerens øjne?",
            ),
            DemoCard(
                "Borgeren",
                CardColour.RED,
                "Hvilken beslutning i jeres ledergruppe ville borgerne undre sig "
                "mest over?",
            ),
            DemoCard(
                "Fremtiden",
                CardColour.GREY,
                "Hvad skal en god leder hos jer kunne om fem år?",
            ),
            DemoCard(
                "Fremtiden",
                CardColour.GREY,
                "Hvad vil du gerne have, at medarbejderne siger om din ledelse, den "
                "dag du stopper?",
            ),
        ),
    ),
    DemoStartkit(
        slug="lav-en-serie-af-lederportraetter",
        title="Lav en serie af lederportrætter",
        activity=StartkitActivity.LEADER_PORTRAITS,
        duration=240,
        preparation=180,
        group=(4, 5),
        audience=ALL_SECTORS + (Audience.STAFF,),
        themes=(
            "rekruttering-og-arbejdskraftmangel",
            "meningsfuld-ledelse-og-borgeren-i-centrum",
        ),
        developed_by="region-syddanmark",
        intro=(
            "Få medarbejdere ved, hvad en leder egentlig laver. Korte portrætter af "
            "ledere på forskellige niveauer viser, at ledelse er et fag, man kan "
            "vokse ind i – og kan få flere til at overveje at blive ledere."
        ),
        description=(
            "4-5 ledere fra forskellige niveauer fortæller hver i et kort interview "
            "eller en video på 2-3 minutter om, hvorfor de blev ledere, og hvad de "
            "står i. Portrætterne udkommer i løbet af Ledelsesugen.",
            "Et interview tager omkring en time pr. leder; redigering og "
            "godkendelse tager resten af tiden.",
        ),
        steps=(
            DemoStep(
                "Vælg lederne",
                45,
                "Vælg 4-5 ledere fra frontlinjen til direktionen, gerne med "
                "forskellige veje ind i ledelse.",
            ),
            DemoStep(
                "Interview lederne",
                60,
                "Brug interviewguiden, og optag samtalen, hvis det bliver en video.",
                ("interviewguide-lederportraet",),
            ),
            DemoStep(
                "Rediger og få portrættet godkendt",
                90,
                "Skær ned til det vigtigste, og lad lederen godkende teksten eller "
                "videoen, før den udkommer.",
            ),
            DemoStep(
                "Udgiv og del",
                30,
                "Udgiv ét portræt om dagen, og bed lederne dele deres eget.",
            ),
        ),
        materials=("interviewguide-lederportraet",),
        examples=(
            DemoExample(
                "odense-kommune",
                "Videoportrætter af fem ledere i ældreplejen",
                "https://www.example.dk/odense/lederportraetter",
            ),
            DemoExample(
                "styrelsen-for-arbejdskraft-og-rekruttering",
                "Portrætter af nye ledere på intranettet",
            ),
        ),
    ),
    DemoStartkit(
        slug="skriv-jeres-ledelsesgrundlag-sammen",
        title="Skriv jeres ledelsesgrundlag sammen",
        activity=StartkitActivity.LEADERSHIP_FOUNDATION,
        duration=360,
        preparation=240,
        group=(8, 30),
        audience=(Audience.MUNICIPALITY, Audience.REGION, Audience.TOP_LEADERS)
        + LEADERS,
        themes=("evaluering-af-ledelse", "meningsfuld-ledelse-og-borgeren-i-centrum"),
        developed_by="koebenhavns-professionshoejskole",
        intro=(
            "Et ledelsesgrundlag, som lederne selv har skrevet, bliver brugt. Et, "
            "der er skrevet for dem, ender i en skuffe. Ledelsesugen er en god "
            "anledning til at skrive det sammen – eller til at se på, om det gamle "
            "stadig holder."
        ),
        description=(
            "Lederne arbejder en dag med grundlaget i to workshops: én om, hvorfor "
            "organisationen er her, og én om, hvad ledere og medarbejdere kan "
            "forvente af hinanden. En lille skrivegruppe samler resultatet.",
            "Grundlaget bliver derefter drøftet med medarbejderne, før det bliver "
            "vedtaget.",
        ),
        steps=(
            DemoStep(
                "Nedsæt en skrivegruppe",
                60,
                "Tre-fire ledere fra forskellige niveauer planlægger dagen og samler "
                "resultatet bagefter.",
            ),
            DemoStep(
                "Første workshop: Hvorfor er vi her?",
                150,
                "Lederne beskriver i grupper den forskel, de gør for borgerne, med "
                "konkrete eksempler.",
                ("skabelon-ledelsesgrundlag",),
            ),
            DemoStep(
                "Anden workshop: Hvad forventer vi af hinanden?",
                150,
                "Grupperne skriver forventninger til ledere og medarbejdere ned og "
                "prioriterer de vigtigste.",
            ),
            DemoStep(
                "Skriv og drøft udkastet",
                120,
                "Skrivegruppen samler et udkast på højst to sider, som drøftes i "
                "MED-udvalget og på personalemøder.",
            ),
        ),
        materials=("skabelon-ledelsesgrundlag",),
        examples=(
            DemoExample(
                "koege-kommune",
                "Alle 120 ledere var med til at skrive kommunens ledelsesgrundlag",
                "https://www.example.dk/koege/ledelsesgrundlag",
            ),
            DemoExample(
                "region-nordjylland",
                "Ledelsesgrundlaget blev genbesøgt på en lederdag i Ledelsesugen",
            ),
        ),
    ),
)


def build(builder):
    """Add the startkit index and its startkits under the site's root page."""
    index = StartkitIndexPage(
        title=INDEX_TITLE, slug=INDEX_SLUG, intro=INDEX_INTRO, show_in_menus=True
    )
    index = builder.add_page(
        builder.site.root_page,
        index,
        "startkit indexes",
        english.startkit_index(index),
    )
    documents = {
        key: get_or_create_document(builder, material)
        for key, material in MATERIALS.items()
    }
    return [
        builder.add_page(
            index,
            startkit_page(builder, kit, documents),
            "startkits",
            english.startkit(kit),
        )
        for kit in STARTKITS
    ]


def startkit_page(builder, kit, documents):
    """An unsaved page for ``kit``; ``documents`` maps material keys to documents."""
    page = StartkitPage(
        title=kit.title,
        slug=kit.slug,
        activity=kit.activity,
        duration_minutes=kit.duration,
        preparation_minutes=kit.preparation,
        group_size_min=kit.group[0],
        group_size_max=kit.group[1],
        audience=list(kit.audience),
        themes=[builder.themes[slug] for slug in kit.themes],
        intro=kit.intro,
        description="".join(format_html("<p>{}</p>", text) for text in kit.description),
        steps=[step_data(step, documents) for step in kit.steps],
        dialogue_cards=deck_data(kit),
        developed_by=builder.organisations[kit.developed_by],
    )
    page.materials = [
        StartkitMaterial(document=documents[key], title=MATERIALS[key].title)
        for key in kit.materials
    ]
    page.examples = [
        StartkitExample(
            organisation=builder.organisations[example.organisation],
            description=example.description,
            url=example.url,
        )
        for example in kit.examples
    ]
    return page


def step_data(step, documents):
    """One step as raw StreamField data."""
    return {
        "type": "step",
        "value": {
            "title": step.title,
            "minutes": step.minutes,
            "text": format_html("<p>{}</p>", step.text),
            "materials": list_items(documents[key].pk for key in step.materials),
        },
    }


def deck_data(kit):
    """The kit's dialogue cards as raw StreamField data; empty without cards."""
    if not kit.cards:
        return []
    cards = [
        {"question": card.question, "category": card.category, "colour": card.colour}
        for card in kit.cards
    ]
    return [
        {
            "type": "deck",
            "value": {
                "title": kit.deck_title,
                "instructions": kit.deck_instructions,
                "cards": list_items(cards),
            },
        }
    ]


def get_or_create_document(builder, material):
    """The document titled ``material.title``, made as a small PDF if missing."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=material.title).first()
    builder.tally.record("documents", created=document is None)
    if document is not None:
        return document
    content = simple_pdf(material.title, material.lines)
    return document_model.objects.create(
        title=material.title,
        file=ContentFile(content, name=material.filename),
        file_size=len(content),
    )


def simple_pdf(title, lines):
    """A valid one-page A4 PDF with ``title`` over ``lines``, in Helvetica."""
    rows = [row for line in lines for row in [*textwrap.wrap(line, 85), ""]]
    text = ["BT", "/F1 16 Tf", "18 TL", "56 780 Td", f"({pdf_escape(title)}) Tj"]
    text += ["/F1 11 Tf", "15 TL", "T*", "T*"]
    text += [f"({pdf_escape(row)}) Tj T*" for row in rows] + ["ET"]
    stream = "\n".join(text).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(pdf)


def pdf_escape(text):
    """``text`` safe inside a PDF string literal."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
