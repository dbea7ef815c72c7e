"""Danish demo content for Leadership Week, used by ``manage.py ledelsesugen_demo``.

Plain data only: the command turns it into snippets and pages. Organisations
are real public bodies; every person, quote and event is invented. Events
say which working day of week 44 they fall on (0 is Monday), never a date,
so the same content fits any year.
"""

from dataclasses import dataclass

from ..choices import Audience, EventFormat, EventMode, Region, Sector

FREE = "Gratis"
CONFERENCE_PRICE = (
    "1.200 kr. pr. deltager, 10 % rabat ved tre eller flere fra samme organisation"
)
INVITATION_ONLY = "Gratis, kun efter invitation"

ONLINE_URL = "https://moede.example.dk/ledelsesugen/{slug}"
EXTERNAL_SIGNUP_URL = "https://tilmelding.example.dk/ledelsesugen/{slug}"

CONTACT_EMAIL = "ledelsesugen@example.dk"

# Asked on every event that takes signups on its own page: (label, type, choices).
SIGNUP_QUESTIONS = (
    ("Hvilken sektor arbejder du i?", "radio", "Kommune\nRegion\nStat\nAndet"),
    (
        "Hvilket ledelsesniveau er du på?",
        "dropdown",
        "Topleder\nLeder af ledere\nFørstelinjeleder\nStabsfunktion",
    ),
    ("Har du særlige behov, vi skal kende til?", "multiline", ""),
)

# The salon is shown fully booked with a waiting list: its seats are taken by these.
FULL_EVENT = "hvad-goer-du-med-dit-ledelsesrum"
FULL_EVENT_PARTICIPANTS = (
    ("Birgitte Lauridsen", "Aalborg Kommune"),
    ("Jens Kjærgaard", "Aalborg Kommune"),
    ("Sanne Mikkelsen", "Region Nordjylland"),
    ("Tobias Friis", "Aalborg Kommune"),
    ("Hanne Dalsgaard", "Jammerbugt Kommune"),
    ("Kasper Holt", "Aalborg Kommune"),
    ("Rikke Winther", "Rebild Kommune"),
    ("Peter Skov", "Aalborg Kommune"),
    ("Camilla Brandt", "Region Nordjylland"),
)
LINKEDIN_URL = "https://www.linkedin.com/company/ledelsesugen"

ALL_SECTORS = (Audience.MUNICIPALITY, Audience.REGION, Audience.STATE)


@dataclass(frozen=True)
class DemoTheme:
    slug: str
    name: str
    description: str


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: str
    sector: str
    website: str


@dataclass(frozen=True)
class DemoPerson:
    slug: str
    name: str
    job_title: str
    organisation: str | None
    bio: str


@dataclass(frozen=True)
class Venue:
    name: str
    street_address: str
    postcode: str
    city: str
    region: str


@dataclass(frozen=True)
class AgendaRow:
    time: str
    item: str
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agenda:
    heading: str
    rows: tuple[AgendaRow, ...]


@dataclass(frozen=True)
class DemoEvent:
    """One event; organisers, themes and speakers are slugs of the snippets above."""

    slug: str
    title: str
    format: str
    mode: str
    day: int
    start: str
    end: str
    organisers: tuple[str, ...]
    themes: tuple[str, ...]
    audience: tuple[str, ...]
    intro: str
    body: tuple[str, ...]
    subtitle: str = ""
    end_day: int | None = None
    venue: Venue | None = None
    speakers: tuple[tuple[str, str], ...] = ()
    agendas: tuple[Agenda, ...] = ()
    price: str = FREE
    capacity: int | None = None
    signup_days_before: int | None = None
    external_signup: bool = False


@dataclass(frozen=True)
class DemoFeature:
    event: str
    heading: str = ""
    text: str = ""


WEEK_INTRO = (
    "I uge 44 sætter vi fokus på god offentlig ledelse. Ledelsesugen samler ledere "
    "i kommuner, regioner og stat – og de stabsfunktioner, der understøtter "
    "ledelse – til konferencer, morgenmøder, webinarer og ledelsessaloner over hele "
    "landet. Alle arrangementer i det nationale program er åbne for tilmelding."
)

PROGRAMME_INTRO = (
    "Her finder du Ledelsesugens nationale program. Arrangementerne holdes af "
    "kommuner, regioner, styrelser, uddannelsesinstitutioner og organisationer. "
    "Find dem, der passer til dig og din ledergruppe, og tilmeld dig under det "
    "enkelte arrangement."
)

THEMES = (
    DemoTheme(
        "ai-og-digitalisering",
        "AI og digitalisering",
        "Hvordan ledere bruger kunstig intelligens og digitale løsninger ansvarligt "
        "– og tager medarbejderne med gennem forandringen.",
    ),
    DemoTheme(
        "ledertrivsel",
        "Ledertrivsel",
        "Lederens eget arbejdsmiljø: pres, ensomhed, sparring og en hverdag, der er "
        "til at holde ud.",
    ),
    DemoTheme(
        "tvaergaaende-ledelse",
        "Tværgående ledelse",
        "Ledelse på tværs af fagområder, forvaltninger og sektorer – og i kæden fra "
        "politikere til frontlinjen.",
    ),
    DemoTheme(
        "ledelse-i-kriser-og-paa-afstand",
        "Ledelse i kriser og på afstand",
        "At lede, når det brænder på, og når medarbejderne ikke sidder samme sted "
        "som lederen.",
    ),
    DemoTheme(
        "rekruttering-og-arbejdskraftmangel",
        "Rekruttering og arbejdskraftmangel",
        "At tiltrække, fastholde og udvikle medarbejdere, når der bliver færre hænder "
        "til flere opgaver.",
    ),
    DemoTheme(
        "offentlig-innovation",
        "Offentlig innovation",
        "Nye måder at løse velfærdsopgaverne på – fra den gode idé over afprøvning "
        "til daglig drift.",
    ),
    DemoTheme(
        "ledelsesrum-og-frihed-til-at-lede",
        "Ledelsesrum og frihed til at lede",
        "Mindre styring og dokumentation, mere tillid – og hvad ledere gør med det "
        "rum, de får.",
    ),
    DemoTheme(
        "meningsfuld-ledelse-og-borgeren-i-centrum",
        "Meningsfuld ledelse og borgeren i centrum",
        "Ledelse, der tager udgangspunkt i opgaven, fagligheden og den forskel, der "
        "gøres for borgeren.",
    ),
    DemoTheme(
        "jura-for-offentlige-ledere",
        "Jura for offentlige ledere",
        "Forvaltningsret, personalejura og ytringsfrihed i lederens hverdag.",
    ),
    DemoTheme(
        "evaluering-af-ledelse",
        "Evaluering af ledelse",
        "Ledelsesevaluering, feedback og data som afsæt for at blive en bedre leder.",
    ),
)

ORGANISATIONS = (
    DemoOrganisation(
        "aarhus-kommune", "Aarhus Kommune", Sector.MUNICIPALITY, "https://www.aarhus.dk"
    ),
    DemoOrganisation(
        "koebenhavns-kommune",
        "Københavns Kommune",
        Sector.MUNICIPALITY,
        "https://www.kk.dk",
    ),
    DemoOrganisation(
        "odense-kommune", "Odense Kommune", Sector.MUNICIPALITY, "https://www.odense.dk"
    ),
    DemoOrganisation(
        "aalborg-kommune",
        "Aalborg Kommune",
        Sector.MUNICIPALITY,
        "https://www.aalborg.dk",
    ),
    DemoOrganisation(
        "koege-kommune", "Køge Kommune", Sector.MUNICIPALITY, "https://www.koege.dk"
    ),
    DemoOrganisation(
        "region-hovedstaden",
        "Region Hovedstaden",
        Sector.REGION,
        "https://www.regionh.dk",
    ),
    DemoOrganisation(
        "region-sjaelland",
        "Region Sjælland",
        Sector.REGION,
        "https://www.regionsjaelland.dk",
    ),
    DemoOrganisation(
        "region-syddanmark",
        "Region Syddanmark",
        Sector.REGION,
        "https://www.regionsyddanmark.dk",
    ),
    DemoOrganisation(
        "region-midtjylland", "Region Midtjylland", Sector.REGION, "https://www.rm.dk"
    ),
    DemoOrganisation(
        "region-nordjylland", "Region Nordjylland", Sector.REGION, "https://rn.dk"
    ),
    DemoOrganisation(
        "medarbejder-og-kompetencestyrelsen",
        "Medarbejder- og Kompetencestyrelsen",
        Sector.STATE,
        "https://medst.dk",
    ),
    DemoOrganisation(
        "digitaliseringsstyrelsen",
        "Digitaliseringsstyrelsen",
        Sector.STATE,
        "https://digst.dk",
    ),
    DemoOrganisation(
        "styrelsen-for-arbejdskraft-og-rekruttering",
        "Styrelsen for Arbejdskraft og Rekruttering",
        Sector.STATE,
        "https://star.dk",
    ),
    DemoOrganisation(
        "aarhus-universitet", "Aarhus Universitet", Sector.STATE, "https://www.au.dk"
    ),
    DemoOrganisation(
        "syddansk-universitet",
        "Syddansk Universitet",
        Sector.STATE,
        "https://www.sdu.dk",
    ),
    DemoOrganisation(
        "aalborg-universitet",
        "Aalborg Universitet",
        Sector.STATE,
        "https://www.aau.dk",
    ),
    DemoOrganisation(
        "roskilde-universitet", "Roskilde Universitet", Sector.STATE, "https://ruc.dk"
    ),
    DemoOrganisation(
        "koebenhavns-professionshoejskole",
        "Københavns Professionshøjskole",
        Sector.STATE,
        "https://www.kp.dk",
    ),
    DemoOrganisation("kl", "KL", Sector.OTHER, "https://www.kl.dk"),
    DemoOrganisation(
        "danske-regioner", "Danske Regioner", Sector.OTHER, "https://www.regioner.dk"
    ),
    DemoOrganisation("djoef", "Djøf", Sector.OTHER, "https://www.djoef.dk"),
    DemoOrganisation(
        "djoef-forlag", "Djøf Forlag", Sector.OTHER, "https://www.djoef-forlag.dk"
    ),
    DemoOrganisation("lederne", "Lederne", Sector.OTHER, "https://www.lederne.dk"),
)

PEOPLE = (
    DemoPerson(
        "anne-marie-holm",
        "Anne-Marie Holm",
        "Kommunaldirektør",
        "koege-kommune",
        "Kommunaldirektør siden 2021 og før det direktør for social og sundhed. "
        "Optaget af, hvordan en kommune kan give lederne tættest på borgerne mere "
        "ledelsesrum.",
    ),
    DemoPerson(
        "jesper-kronborg",
        "Jesper Kronborg",
        "Professor i offentlig ledelse",
        "aarhus-universitet",
        "Forsker i ledelse, motivation og resultater i offentlige organisationer og "
        "har i mange år fulgt skoleledere og dagtilbudsledere i deres hverdag.",
    ),
    DemoPerson(
        "sofie-lindberg-nielsen",
        "Sofie Lindberg Nielsen",
        "Lektor",
        "koebenhavns-professionshoejskole",
        "Underviser på diplomuddannelsen i ledelse og forsker i lederes arbejdsmiljø. "
        "Har tidligere været afdelingsleder på et plejecenter.",
    ),
    DemoPerson(
        "henrik-vestergaard-bach",
        "Henrik Vestergaard Bach",
        "Kontorchef",
        "medarbejder-og-kompetencestyrelsen",
        "Leder kontoret for ledelse og kompetenceudvikling i staten og har arbejdet "
        "med lederudvikling i både Forsvaret og Skatteforvaltningen.",
    ),
    DemoPerson(
        "mette-skov-andersen",
        "Mette Skov Andersen",
        "Chefkonsulent",
        "kl",
        "Arbejder med ledelse og rekruttering i kommunerne og sidder i sekretariatet "
        "bag Ledelsesugen.",
    ),
    DemoPerson(
        "rasmus-toft",
        "Rasmus Toft",
        "Koncerndirektør",
        "region-syddanmark",
        "Koncerndirektør med ansvar for sundhed og psykiatri. Startede som "
        "sygeplejerske og har været afdelingssygeplejerske i ti år.",
    ),
    DemoPerson(
        "camilla-brix-jensen",
        "Camilla Brix Jensen",
        "Skoleleder",
        "aarhus-kommune",
        "Leder en folkeskole med 650 elever i Aarhus Vest og skriver jævnligt om "
        "distribueret ledelse i folkeskolen.",
    ),
    DemoPerson(
        "mikkel-brandt-soerensen",
        "Mikkel Brandt Sørensen",
        "Digitaliseringschef",
        "aarhus-kommune",
        "Har stået for kommunens forsøg med sprogmodeller i jobcentret og "
        "borgerservice og taler gerne om det, der ikke lykkedes.",
    ),
    DemoPerson(
        "thomas-eg-lauridsen",
        "Thomas Eg Lauridsen",
        "Afdelingschef",
        "digitaliseringsstyrelsen",
        "Leder arbejdet med ansvarlig brug af kunstig intelligens i den offentlige "
        "sektor, herunder fælles retningslinjer for generativ AI.",
    ),
    DemoPerson(
        "line-ravn-poulsen",
        "Line Ravn Poulsen",
        "Lektor i forvaltningsret",
        "syddansk-universitet",
        "Forsker i forvaltningsret og offentligt ansattes ytringsfrihed og underviser "
        "ledere i personalejura.",
    ),
    DemoPerson(
        "kasper-holt-mogensen",
        "Kasper Holt Mogensen",
        "Direktør for Ældre- og Handicapforvaltningen",
        "odense-kommune",
        "Har ledet ældreområdet i Odense gennem flere år med mangel på social- og "
        "sundhedsassistenter og tror på, at fastholdelse starter hos den nærmeste "
        "leder.",
    ),
    DemoPerson(
        "nadia-el-haddad",
        "Nadia El-Haddad",
        "Enhedschef for ledelsesudvikling",
        "region-hovedstaden",
        "Står for regionens lederuddannelser og har udviklet dialogkort, som bruges i "
        "ledergrupper på hospitalerne.",
    ),
    DemoPerson(
        "peter-juul-kristensen",
        "Peter Juul Kristensen",
        "Chefkonsulent",
        "danske-regioner",
        "Arbejder med ledelse og arbejdsmiljø i regionerne og med samarbejdet mellem "
        "sygehuse og kommuner.",
    ),
    DemoPerson(
        "maria-fogh-soerensen",
        "Maria Fogh Sørensen",
        "Områdeleder",
        "aalborg-kommune",
        "Leder hjemmeplejen i et af Aalborgs syv områder med 14 teamledere og har "
        "startet ledelsessaloner for førstelinjeledere.",
    ),
    DemoPerson(
        "ole-bech-christiansen",
        "Ole Bech Christiansen",
        "Professor i organisation og ledelse",
        "aalborg-universitet",
        "Forsker i hybrid arbejde og ledelse på afstand og har fulgt tre kommuner, "
        "siden de indførte faste hjemmearbejdsdage.",
    ),
    DemoPerson(
        "signe-winther",
        "Signe Winther",
        "Lektor i offentlig innovation",
        "roskilde-universitet",
        "Forsker i, hvordan gode idéer fra medarbejdere bliver til varige løsninger – "
        "og hvorfor så mange forsøg aldrig kommer i drift.",
    ),
    DemoPerson(
        "birgitte-munk-larsen",
        "Birgitte Munk Larsen",
        "Ledelsesrådgiver",
        "lederne",
        "Rådgiver ledere i kommuner og regioner om karriere og arbejdsvilkår og "
        "faciliterer netværk for topledere.",
    ),
    DemoPerson(
        "jonas-friis",
        "Jonas Friis",
        "Chefkonsulent",
        "djoef",
        "Arbejder med offentlig ledelse og forvaltning og har været ordstyrer ved en "
        "lang række debatter om embedsværkets rolle.",
    ),
    DemoPerson(
        "helle-kjaer-bundgaard",
        "Helle Kjær Bundgaard",
        "Vicedirektør",
        "styrelsen-for-arbejdskraft-og-rekruttering",
        "Ansvarlig for styrelsens analyser af arbejdsmarkedet og for de årlige "
        "fremskrivninger af behovet for arbejdskraft.",
    ),
    DemoPerson(
        "morten-lund-iversen",
        "Morten Lund Iversen",
        "Hospitalsdirektør",
        "region-nordjylland",
        "Leder et hospital med fire matrikler og har gennemført en ny arbejdsdeling "
        "mellem læger, sygeplejersker og sekretærer.",
    ),
    DemoPerson(
        "karen-thygesen",
        "Karen Thygesen",
        "Driftschef i Præhospitalet",
        "region-midtjylland",
        "Har ledet regionens akutberedskab under flere store hændelser og underviser "
        "i kriseledelse på lederuddannelsen.",
    ),
    DemoPerson(
        "emil-noergaard",
        "Emil Nørgaard",
        "Forlagsredaktør",
        "djoef-forlag",
        "Redigerer forlagets bøger om ledelse og organisation.",
    ),
    DemoPerson(
        "anja-vinther",
        "Anja Vinther",
        "HR-chef",
        "region-sjaelland",
        "Har ledet regionens arbejde med at fjerne unødige regler og "
        "dokumentationskrav i samarbejde med lederne på hospitalerne.",
    ),
    DemoPerson(
        "rikke-dam-pedersen",
        "Rikke Dam Pedersen",
        "Centerchef i Socialforvaltningen",
        "koebenhavns-kommune",
        "Leder et center for udsatte borgere og har sammen med medarbejderne udviklet "
        "en ny model for den første samtale med borgeren.",
    ),
    DemoPerson(
        "lars-oestergaard-henriksen",
        "Lars Østergaard Henriksen",
        "Journalist og moderator",
        None,
        "Har i 20 år dækket den offentlige sektor som journalist og leder i dag "
        "konferencer og debatter om velfærd og ledelse.",
    ),
)

KL_HUSET = Venue(
    "KL-huset", "Weidekampsgade 10", "2300", "København S", Region.HOVEDSTADEN
)
KOEBENHAVNS_RAADHUS = Venue(
    "Københavns Rådhus", "Rådhuspladsen 1", "1550", "København V", Region.HOVEDSTADEN
)
DJOEF_HUSET = Venue(
    "Djøf", "Gothersgade 133", "1123", "København K", Region.HOVEDSTADEN
)
MEDST = Venue(
    "Medarbejder- og Kompetencestyrelsen",
    "Landgreven 4",
    "1301",
    "København K",
    Region.HOVEDSTADEN,
)
DANSKE_REGIONER = Venue(
    "Danske Regioner", "Dampfærgevej 22", "2100", "København Ø", Region.HOVEDSTADEN
)
REGIONSGAARDEN = Venue(
    "Regionsgården", "Kongens Vænge 2", "3400", "Hillerød", Region.HOVEDSTADEN
)
DOKK1 = Venue("Dokk1", "Hack Kampmanns Plads 2", "8000", "Aarhus C", Region.MIDTJYLLAND)
AARHUS_BSS = Venue(
    "Aarhus BSS, Aarhus Universitet",
    "Fuglesangs Allé 4",
    "8210",
    "Aarhus V",
    Region.MIDTJYLLAND,
)
REGIONSHUSET_VIBORG = Venue(
    "Regionshuset Viborg", "Skottenborg 26", "8800", "Viborg", Region.MIDTJYLLAND
)
ODENSE_RAADHUS = Venue(
    "Odense Rådhus", "Flakhaven 2", "5000", "Odense C", Region.SYDDANMARK
)
SDU = Venue(
    "Syddansk Universitet", "Campusvej 55", "5230", "Odense M", Region.SYDDANMARK
)
NYBORG_STRAND = Venue(
    "Hotel Nyborg Strand", "Østerøvej 2", "5800", "Nyborg", Region.SYDDANMARK
)
REGIONSHUSET_VEJLE = Venue(
    "Regionshuset Vejle", "Damhaven 12", "7100", "Vejle", Region.SYDDANMARK
)
NORDKRAFT = Venue(
    "Nordkraft", "Teglgårds Plads 1", "9000", "Aalborg", Region.NORDJYLLAND
)
AAU = Venue(
    "Aalborg Universitet",
    "Fredrik Bajers Vej 5",
    "9220",
    "Aalborg Øst",
    Region.NORDJYLLAND,
)
REGIONSHUSET_AALBORG = Venue(
    "Regionshuset Aalborg",
    "Niels Bohrs Vej 30",
    "9220",
    "Aalborg Øst",
    Region.NORDJYLLAND,
)
REGIONSHUSET_SOROE = Venue(
    "Regionshuset Sorø", "Alléen 15", "4180", "Sorø", Region.SJAELLAND
)
RUC = Venue(
    "Roskilde Universitet", "Universitetsvej 1", "4000", "Roskilde", Region.SJAELLAND
)
KOEGE_RAADHUS = Venue("Køge Rådhus", "Torvet 1", "4600", "Køge", Region.SJAELLAND)

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = range(5)

EVENTS = (
    # Monday
    DemoEvent(
        slug="hvad-skal-offentlig-ledelse-kunne-i-2030",
        title="Hvad skal offentlig ledelse kunne i 2030?",
        subtitle="Ledelsesugens åbningskonference",
        format=EventFormat.CONFERENCE,
        mode=EventMode.HYBRID,
        day=MONDAY,
        start="09:00",
        end="16:00",
        venue=KL_HUSET,
        organisers=("kl", "medarbejder-og-kompetencestyrelsen"),
        themes=(
            "meningsfuld-ledelse-og-borgeren-i-centrum",
            "tvaergaaende-ledelse",
            "ai-og-digitalisering",
        ),
        audience=(*ALL_SECTORS, Audience.TOP_LEADERS, Audience.MIDDLE_LEADERS),
        capacity=250,
        signup_days_before=14,
        speakers=(
            ("mette-skov-andersen", "Vært"),
            ("jesper-kronborg", "Keynote"),
            ("anne-marie-holm", "Oplægsholder"),
            ("henrik-vestergaard-bach", "Oplægsholder"),
            ("lars-oestergaard-henriksen", "Moderator"),
        ),
        intro=(
            "Ledelsesugen skydes i gang med en dag om, hvad fremtidens offentlige "
            "ledere skal kunne – og hvad de kan lade være med. Forskere og ledere fra "
            "stat, region og kommune giver hver deres bud."
        ),
        body=(
            "Færre hænder, flere ældre borgere, kunstig intelligens i sagsbehandlingen "
            "og et politisk ønske om mere tillid og mindre kontrol. Offentlige ledere "
            "står midt i store forandringer, og mange af dem kan ikke løses inden for "
            "én organisation.",
            "På åbningskonferencen ser vi på, hvad forskningen siger om god offentlig "
            "ledelse, og hører fra ledere, der har prøvet nye veje. Dagen slutter med "
            "en paneldebat, hvor du kan stille spørgsmål fra salen eller online.",
            "Konferencen streames, så ledergrupper over hele landet kan følge med og "
            "tage drøftelsen videre hjemme.",
        ),
        agendas=(
            Agenda(
                "Program",
                (
                    AgendaRow("09:00", "Morgenkaffe og registrering"),
                    AgendaRow(
                        "09:30",
                        "Velkommen til Ledelsesugen",
                        ("mette-skov-andersen",),
                    ),
                    AgendaRow(
                        "09:45",
                        "Hvad ved vi om god offentlig ledelse?",
                        ("jesper-kronborg",),
                    ),
                    AgendaRow("10:45", "Pause"),
                    AgendaRow(
                        "11:00",
                        "Ledelse fra rådhuset til frontlinjen",
                        ("anne-marie-holm",),
                    ),
                    AgendaRow("12:00", "Frokost og netværk"),
                    AgendaRow(
                        "13:00",
                        "Hvad kan staten lære af kommuner og regioner?",
                        ("henrik-vestergaard-bach",),
                    ),
                    AgendaRow(
                        "14:00",
                        "Paneldebat: Hvad skal offentlig ledelse kunne i 2030?",
                        (
                            "anne-marie-holm",
                            "henrik-vestergaard-bach",
                            "jesper-kronborg",
                            "lars-oestergaard-henriksen",
                        ),
                    ),
                    AgendaRow(
                        "15:30",
                        "Opsamling og tak for i dag",
                        ("lars-oestergaard-henriksen",),
                    ),
                ),
            ),
        ),
    ),
    DemoEvent(
        slug="kan-ai-skrive-afgoerelsen",
        title="Kan AI skrive afgørelsen?",
        subtitle="Morgenmøde om kunstig intelligens i sagsbehandlingen",
        format=EventFormat.MORNING_MEETING,
        mode=EventMode.PHYSICAL,
        day=MONDAY,
        start="08:00",
        end="09:30",
        venue=DOKK1,
        organisers=("aarhus-kommune",),
        themes=("ai-og-digitalisering", "jura-for-offentlige-ledere"),
        audience=(
            Audience.MUNICIPALITY,
            Audience.STAFF,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        capacity=80,
        signup_days_before=5,
        speakers=(
            ("mikkel-brandt-soerensen", "Oplægsholder"),
            ("thomas-eg-lauridsen", "Oplægsholder"),
        ),
        intro=(
            "Flere kommuner afprøver AI-værktøjer, der skriver udkast til afgørelser "
            "og journalnotater. Hvad betyder det for fagligheden, retssikkerheden og "
            "lederens ansvar?"
        ),
        body=(
            "Over kaffe og rundstykker fortæller Aarhus Kommune om et års forsøg med "
            "sprogmodeller i jobcentret og i borgerservice. Hvad virkede, hvad virkede "
            "ikke, og hvordan fik lederne medarbejderne med?",
            "Digitaliseringsstyrelsen giver et kort overblik over de fælles "
            "retningslinjer for ansvarlig brug af generativ AI i den offentlige "
            "sektor, og der er god tid til spørgsmål.",
        ),
    ),
    DemoEvent(
        slug="hvem-passer-paa-lederen",
        title="Hvem passer på lederen?",
        subtitle="Webinar om lederes eget arbejdsmiljø",
        format=EventFormat.WEBINAR,
        mode=EventMode.ONLINE,
        day=MONDAY,
        start="13:00",
        end="14:00",
        organisers=("koebenhavns-professionshoejskole",),
        themes=("ledertrivsel",),
        audience=(
            *ALL_SECTORS,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        speakers=(("sofie-lindberg-nielsen", "Oplægsholder"),),
        intro=(
            "Ledere har ansvaret for medarbejdernes trivsel, men hvem holder øje med "
            "lederens? Få ny viden om lederes arbejdsmiljø og greb, du kan bruge "
            "allerede i morgen."
        ),
        body=(
            "Mange førstelinjeledere fortæller om et højt arbejdspres og for lidt "
            "sparring. På webinaret præsenterer Københavns Professionshøjskole "
            "resultaterne af en spørgeskemaundersøgelse blandt 1.500 offentlige "
            "ledere.",
            "Du får tre greb til at tale om din egen trivsel med din chef og dine "
            "lederkolleger – og et bud på, hvordan organisationen kan gøre lederes "
            "arbejdsmiljø til et fælles ansvar.",
            "Linket til webinaret sendes ud dagen før.",
        ),
    ),
    DemoEvent(
        slug="hvordan-rekrutterer-vi-naar-ingen-soeger",
        title="Hvordan rekrutterer vi, når ingen søger?",
        subtitle="Gå-hjem-møde om rekruttering og fastholdelse på ældreområdet",
        format=EventFormat.AFTERNOON_MEETING,
        mode=EventMode.PHYSICAL,
        day=MONDAY,
        start="15:00",
        end="17:00",
        venue=ODENSE_RAADHUS,
        organisers=("odense-kommune",),
        themes=("rekruttering-og-arbejdskraftmangel",),
        audience=(
            Audience.MUNICIPALITY,
            Audience.STAFF,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        capacity=60,
        signup_days_before=7,
        speakers=(
            ("kasper-holt-mogensen", "Oplægsholder"),
            ("birgitte-munk-larsen", "Oplægsholder"),
        ),
        intro=(
            "Stillingsopslagene får ingen ansøgere, og vikarudgifterne stiger. Odense "
            "Kommune deler erfaringer med at rekruttere og fastholde medarbejdere i "
            "ældreplejen."
        ),
        body=(
            "I Odense er andelen af ubesatte stillinger i hjemmeplejen halveret på to "
            "år. Det skyldes ikke én stor kampagne, men mange små ændringer: faste "
            "teams, flere fuldtidsstillinger og ledere, der har tid til de nye "
            "medarbejdere.",
            "Lederne giver et bud på, hvad den nærmeste leder betyder for, om "
            "medarbejderne bliver. Mødet slutter med et glas vin og tid til at tale "
            "med kolleger fra andre kommuner.",
        ),
    ),
    DemoEvent(
        slug="fra-god-ide-til-daglig-drift",
        title="Fra god idé til daglig drift",
        subtitle="Workshop om at gøre forsøg til varige løsninger",
        format=EventFormat.WORKSHOP,
        mode=EventMode.PHYSICAL,
        day=MONDAY,
        start="09:00",
        end="12:00",
        venue=KOEBENHAVNS_RAADHUS,
        organisers=("koebenhavns-kommune",),
        themes=("offentlig-innovation",),
        audience=(
            Audience.MUNICIPALITY,
            Audience.REGION,
            Audience.STAFF,
            Audience.MIDDLE_LEADERS,
        ),
        capacity=30,
        signup_days_before=10,
        external_signup=True,
        speakers=(
            ("rikke-dam-pedersen", "Facilitator"),
            ("signe-winther", "Oplægsholder"),
        ),
        intro=(
            "Mange gode forsøg dør, når projektperioden slutter. På workshoppen "
            "arbejder du med din egen idé og lægger en plan for, hvordan den kan "
            "overleve mødet med driften."
        ),
        body=(
            "Socialforvaltningen i Københavns Kommune fortæller, hvordan en ny model "
            "for den første samtale med borgeren gik fra forsøg i ét center til "
            "praksis i hele forvaltningen.",
            "Tag en konkret idé eller et igangværende forsøg med. Du arbejder i små "
            "grupper med ledere fra andre organisationer og går hjem med en plan på "
            "én side.",
        ),
    ),
    # Tuesday
    DemoEvent(
        slug="sammen-om-borgeren-hvem-har-bolden",
        title="Sammen om borgeren – hvem har bolden?",
        subtitle="To dages ledertræf for topledere i kommuner og regioner",
        format=EventFormat.CONFERENCE,
        mode=EventMode.PHYSICAL,
        day=TUESDAY,
        start="09:30",
        end_day=WEDNESDAY,
        end="15:30",
        venue=NYBORG_STRAND,
        organisers=("danske-regioner", "kl"),
        themes=(
            "tvaergaaende-ledelse",
            "meningsfuld-ledelse-og-borgeren-i-centrum",
        ),
        audience=(Audience.MUNICIPALITY, Audience.REGION, Audience.TOP_LEADERS),
        price=CONFERENCE_PRICE,
        capacity=220,
        signup_days_before=21,
        external_signup=True,
        speakers=(
            ("peter-juul-kristensen", "Vært"),
            ("mette-skov-andersen", "Vært"),
            ("rasmus-toft", "Oplægsholder"),
            ("anne-marie-holm", "Oplægsholder"),
            ("lars-oestergaard-henriksen", "Moderator"),
        ),
        intro=(
            "Borgere med flere diagnoser bevæger sig mellem sygehus, egen læge og "
            "kommune. To dage for topledere om, hvordan vi leder det, ingen af os "
            "ejer alene."
        ),
        body=(
            "Sundhedsreformen flytter opgaver og ansvar, men borgeren mærker kun, om "
            "overgangene hænger sammen. På ledertræffet møder kommunale og regionale "
            "topledere hinanden om konkrete forløb og om det, der står i vejen.",
            "Første dag handler om fælles mål og data på tværs. Anden dag arbejder "
            "deltagerne i tværgående grupper med udgangspunkt i egne klynger og "
            "sundhedssamarbejder.",
            "Prisen dækker forplejning begge dage. Overnatning bestilles og betales "
            "direkte hos hotellet.",
        ),
        agendas=(
            Agenda(
                "Program tirsdag",
                (
                    AgendaRow("09:30", "Ankomst og kaffe"),
                    AgendaRow(
                        "10:00",
                        "Velkommen",
                        ("peter-juul-kristensen", "mette-skov-andersen"),
                    ),
                    AgendaRow(
                        "10:30",
                        "Hvad ser borgeren, når vi ikke samarbejder?",
                        ("rasmus-toft",),
                    ),
                    AgendaRow("12:00", "Frokost"),
                    AgendaRow(
                        "13:00",
                        "Fælles mål på tværs af kommune og region",
                        ("anne-marie-holm",),
                    ),
                    AgendaRow("14:30", "Gruppearbejde i klyngerne"),
                    AgendaRow("18:30", "Middag"),
                ),
            ),
            Agenda(
                "Program onsdag",
                (
                    AgendaRow(
                        "09:00",
                        "Morgenrefleksion",
                        ("lars-oestergaard-henriksen",),
                    ),
                    AgendaRow("09:30", "Gruppearbejde: Fra aftale til praksis"),
                    AgendaRow("12:00", "Frokost"),
                    AgendaRow(
                        "13:00",
                        "Paneldebat: Hvem har bolden?",
                        (
                            "rasmus-toft",
                            "anne-marie-holm",
                            "lars-oestergaard-henriksen",
                        ),
                    ),
                    AgendaRow(
                        "15:00",
                        "Afrunding",
                        ("peter-juul-kristensen", "mette-skov-andersen"),
                    ),
                ),
            ),
        ),
    ),
    DemoEvent(
        slug="maa-medarbejderne-sige-det-hoejt",
        title="Må medarbejderne sige det højt?",
        subtitle="Debat om offentligt ansattes ytringsfrihed og lederens rolle",
        format=EventFormat.DEBATE,
        mode=EventMode.HYBRID,
        day=TUESDAY,
        start="16:00",
        end="17:30",
        venue=DJOEF_HUSET,
        organisers=("djoef", "syddansk-universitet"),
        themes=(
            "jura-for-offentlige-ledere",
            "ledelsesrum-og-frihed-til-at-lede",
        ),
        audience=(*ALL_SECTORS, Audience.STAFF, Audience.TOP_LEADERS),
        capacity=120,
        signup_days_before=3,
        speakers=(
            ("line-ravn-poulsen", "Oplægsholder"),
            ("anja-vinther", "Paneldeltager"),
            ("jonas-friis", "Moderator"),
        ),
        intro=(
            "Offentligt ansatte har en vid ytringsfrihed, men mange tøver med at bruge "
            "den. Hvad må de sige, og hvad betyder lederens reaktion for, om de tør?"
        ),
        body=(
            "En forsker i forvaltningsret gennemgår, hvad reglerne faktisk siger om "
            "medarbejdernes ret til at ytre sig – også kritisk og om egen "
            "arbejdsplads.",
            "Derefter debatterer en HR-chef og salen, hvordan ledere skaber en kultur, "
            "hvor kritik bliver hørt, før den havner i avisen. Debatten kan også "
            "følges online.",
        ),
    ),
    DemoEvent(
        slug="fra-ledelsesevaluering-til-bedre-ledelse",
        title="Fra ledelsesevaluering til bedre ledelse",
        subtitle="Workshop: Sådan bruger du feedback fra dine medarbejdere",
        format=EventFormat.WORKSHOP,
        mode=EventMode.PHYSICAL,
        day=TUESDAY,
        start="09:00",
        end="12:00",
        venue=AARHUS_BSS,
        organisers=("aarhus-universitet",),
        themes=("evaluering-af-ledelse",),
        audience=(
            *ALL_SECTORS,
            Audience.STAFF,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        capacity=30,
        signup_days_before=7,
        speakers=(("jesper-kronborg", "Oplægsholder"),),
        intro=(
            "Ledelsesevalueringen er kommet, og tallene ligger i en rapport. Hvad gør "
            "du så? En workshop om at omsætte feedback til konkrete ændringer."
        ),
        body=(
            "Forskningen viser, at ledelsesevalueringer kun gør en forskel, når "
            "lederen drøfter resultaterne med medarbejderne og følger op. Alligevel "
            "ender mange rapporter i en skuffe.",
            "Du arbejder med et eksempel på en evaluering og øver den svære samtale "
            "med medarbejderne. HR-medarbejdere, der understøtter evalueringer, er "
            "også velkomne.",
        ),
    ),
    DemoEvent(
        slug="hvad-goer-du-naar-alt-braender-paa",
        title="Hvad gør du, når alt brænder på?",
        subtitle="Interview med en leder fra Præhospitalet",
        format=EventFormat.INTERVIEW,
        mode=EventMode.ONLINE,
        day=TUESDAY,
        start="12:00",
        end="12:45",
        organisers=("region-midtjylland",),
        themes=("ledelse-i-kriser-og-paa-afstand",),
        audience=(
            Audience.MUNICIPALITY,
            Audience.REGION,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        speakers=(
            ("karen-thygesen", "Interviewperson"),
            ("lars-oestergaard-henriksen", "Interviewer"),
        ),
        intro=(
            "En frokostpause med en leder, der har stået i spidsen for akutberedskabet "
            "under flere store hændelser."
        ),
        body=(
            "Karen Thygesen fortæller om de første timer efter en stor ulykke: hvem "
            "tager beslutningerne, hvordan holder man overblikket, og hvad gør man for "
            "medarbejderne bagefter?",
            "Interviewet varer 30 minutter, og derefter er der tid til spørgsmål i "
            "chatten. Spis gerne din frokost imens.",
        ),
    ),
    DemoEvent(
        slug="hvad-goer-du-med-dit-ledelsesrum",
        title="Hvad gør du med dit ledelsesrum?",
        subtitle="Ledelsessalon for førstelinjeledere",
        format=EventFormat.SALON,
        mode=EventMode.PHYSICAL,
        day=TUESDAY,
        start="15:00",
        end="16:00",
        venue=NORDKRAFT,
        organisers=("aalborg-kommune",),
        themes=("ledelsesrum-og-frihed-til-at-lede",),
        audience=(Audience.MUNICIPALITY, Audience.FIRST_LINE_LEADERS),
        capacity=7,
        signup_days_before=5,
        speakers=(("maria-fogh-soerensen", "Vært"),),
        intro=(
            "En time i et lille rum med seks andre førstelinjeledere om det "
            "ledelsesrum, I har – og det, I gerne ville have."
        ),
        body=(
            "En ledelsessalon er en samtale mellem ligeværdige. Værten stiller tre "
            "spørgsmål, og resten af tiden tilhører deltagerne.",
            "Der er plads til syv, og pladserne fordeles efter først til mølle.",
        ),
    ),
    # Wednesday
    DemoEvent(
        slug="netvaerksmoede-for-nye-ledere-i-staten",
        title="Netværksmøde for nye ledere i staten",
        subtitle="Hvordan finder du fodfæste i dit første lederjob?",
        format=EventFormat.NETWORK,
        mode=EventMode.PHYSICAL,
        day=WEDNESDAY,
        start="08:30",
        end="10:00",
        venue=MEDST,
        organisers=("medarbejder-og-kompetencestyrelsen",),
        themes=("ledertrivsel", "ledelsesrum-og-frihed-til-at-lede"),
        audience=(Audience.STATE, Audience.FIRST_LINE_LEADERS),
        capacity=40,
        signup_days_before=7,
        speakers=(("henrik-vestergaard-bach", "Vært"),),
        intro=(
            "Er du blevet leder inden for de seneste to år? Mød andre nye ledere i "
            "staten og del erfaringer om det første lederjob."
        ),
        body=(
            "Fra kollega til leder er et stort skridt. Mange nye ledere savner nogen "
            "at spejle sig i, som ikke er deres egen chef eller deres medarbejdere.",
            "Mødet starter med en kort introduktion til statens tilbud om "
            "lederudvikling. Resten af tiden går du i dialog med andre nye ledere i "
            "små grupper, og du kan blive en del af et fast netværk.",
        ),
    ),
    DemoEvent(
        slug="hvordan-driver-man-et-hospital-med-faerre-haender",
        title="Hvordan driver man et hospital med færre hænder?",
        subtitle="Oplæg og dialog om en ny arbejdsdeling",
        format=EventFormat.TALK,
        mode=EventMode.PHYSICAL,
        day=WEDNESDAY,
        start="14:00",
        end="15:30",
        venue=REGIONSHUSET_AALBORG,
        organisers=("region-nordjylland",),
        themes=(
            "rekruttering-og-arbejdskraftmangel",
            "offentlig-innovation",
        ),
        audience=(
            Audience.REGION,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        speakers=(("morten-lund-iversen", "Oplægsholder"),),
        intro=(
            "Et nordjysk hospital har flyttet opgaver mellem faggrupper for at få "
            "hænderne til at række. Hør, hvad det krævede af lederne."
        ),
        body=(
            "Sekretærer booker og koordinerer, sygeplejersker tager flere "
            "opfølgende samtaler, og lægerne bruger mere tid på de komplicerede "
            "forløb. Den nye arbejdsdeling blev ikke besluttet på direktionsgangen, "
            "men udviklet afsnit for afsnit.",
            "Hospitalsdirektøren fortæller om modstanden, om de faglige diskussioner "
            "og om, hvad han ville gøre anderledes i dag.",
        ),
    ),
    DemoEvent(
        slug="personalejura-for-nye-ledere",
        title="Personalejura for nye ledere",
        subtitle="De fem faldgruber, du skal kende",
        format=EventFormat.WEBINAR,
        mode=EventMode.ONLINE,
        day=WEDNESDAY,
        start="09:00",
        end="10:00",
        organisers=("syddansk-universitet",),
        themes=("jura-for-offentlige-ledere",),
        audience=(*ALL_SECTORS, Audience.STAFF, Audience.FIRST_LINE_LEADERS),
        speakers=(("line-ravn-poulsen", "Oplægsholder"),),
        intro=(
            "Partshøring, notatpligt og tjenstlige samtaler: en time om de regler, nye "
            "ledere oftest kommer galt af sted med."
        ),
        body=(
            "Som offentlig leder træffer du afgørelser om dine medarbejdere, og så "
            "gælder forvaltningsloven. Det overrasker mange nye ledere.",
            "Webinaret gennemgår fem typiske situationer med eksempler fra praksis, "
            "og du får en tjekliste, du kan bruge næste gang.",
        ),
    ),
    DemoEvent(
        slug="hvad-kan-vi-holde-op-med",
        title="Hvad kan vi holde op med?",
        subtitle="Morgenmøde om at fjerne unødige regler og dokumentationskrav",
        format=EventFormat.MORNING_MEETING,
        mode=EventMode.PHYSICAL,
        day=WEDNESDAY,
        start="08:00",
        end="09:30",
        venue=REGIONSHUSET_SOROE,
        organisers=("region-sjaelland",),
        themes=(
            "ledelsesrum-og-frihed-til-at-lede",
            "offentlig-innovation",
        ),
        audience=(
            Audience.REGION,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        capacity=50,
        speakers=(("anja-vinther", "Oplægsholder"),),
        intro=(
            "Region Sjælland har afskaffet over 200 interne regler og skemaer. Hør, "
            "hvordan lederne fandt dem, og hvad tiden nu bruges på."
        ),
        body=(
            "Medarbejderne blev spurgt, hvilke opgaver de ville droppe, hvis de måtte. "
            "Svarene blev til en liste, som ledere og tillidsrepræsentanter gik "
            "igennem punkt for punkt.",
            "Ikke alt kunne fjernes, men meget kunne. Morgenmødet giver dig en "
            "fremgangsmåde, du kan bruge i din egen afdeling.",
        ),
    ),
    DemoEvent(
        slug="naar-medarbejderne-selv-finder-loesningen",
        title="Når medarbejderne selv finder løsningen",
        subtitle="Videnscafé om innovation nedefra",
        format=EventFormat.OTHER,
        mode=EventMode.PHYSICAL,
        day=WEDNESDAY,
        start="15:00",
        end="17:00",
        venue=RUC,
        organisers=("roskilde-universitet", "koege-kommune"),
        themes=("offentlig-innovation",),
        audience=(
            Audience.MUNICIPALITY,
            Audience.STAFF,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        capacity=60,
        signup_days_before=5,
        speakers=(
            ("signe-winther", "Oplægsholder"),
            ("anne-marie-holm", "Oplægsholder"),
        ),
        intro=(
            "En forsker og en kommunaldirektør om, hvordan ledere kan give plads til "
            "medarbejdernes idéer – og hvornår de skal sige nej."
        ),
        body=(
            "I en videnscafé sidder deltagerne ved små borde, og oplægsholderne går "
            "rundt mellem dem. Der er kaffe, kage og korte oplæg, og resten af tiden "
            "er til samtale.",
            "Roskilde Universitet præsenterer ny forskning om medarbejderdrevet "
            "innovation, og Køge Kommune fortæller om en pulje, hvor medarbejderne "
            "selv bestemmer, hvilke idéer der skal afprøves.",
        ),
    ),
    DemoEvent(
        slug="hvor-skal-medarbejderne-komme-fra",
        title="Hvor skal medarbejderne komme fra?",
        subtitle="Tal og tendenser for arbejdskraften i den offentlige sektor",
        format=EventFormat.WEBINAR,
        mode=EventMode.ONLINE,
        day=WEDNESDAY,
        start="13:00",
        end="14:00",
        organisers=("styrelsen-for-arbejdskraft-og-rekruttering",),
        themes=("rekruttering-og-arbejdskraftmangel",),
        audience=(*ALL_SECTORS, Audience.STAFF, Audience.TOP_LEADERS),
        speakers=(("helle-kjaer-bundgaard", "Oplægsholder"),),
        intro=(
            "Hvor mangler der hænder om ti år, og hvor kan de findes? Et webinar med "
            "de nyeste fremskrivninger af arbejdskraften."
        ),
        body=(
            "Styrelsen gennemgår fremskrivningerne for de store velfærdsfag og viser, "
            "hvor forskellig situationen er fra landsdel til landsdel.",
            "Webinaret henvender sig til topledere og HR-funktioner, der skal lægge "
            "planer for rekruttering og uddannelse de kommende år.",
        ),
    ),
    # Thursday
    DemoEvent(
        slug="hvem-har-ansvaret-naar-algoritmen-tager-fejl",
        title="Hvem har ansvaret, når algoritmen tager fejl?",
        subtitle="Paneldebat om kunstig intelligens, ansvar og ledelse",
        format=EventFormat.DEBATE,
        mode=EventMode.HYBRID,
        day=THURSDAY,
        start="14:00",
        end="16:00",
        venue=KOEBENHAVNS_RAADHUS,
        organisers=("digitaliseringsstyrelsen", "koebenhavns-kommune"),
        themes=("ai-og-digitalisering", "jura-for-offentlige-ledere"),
        audience=(
            Audience.MUNICIPALITY,
            Audience.STATE,
            Audience.STAFF,
            Audience.TOP_LEADERS,
            Audience.MIDDLE_LEADERS,
        ),
        capacity=100,
        signup_days_before=5,
        speakers=(
            ("thomas-eg-lauridsen", "Paneldeltager"),
            ("line-ravn-poulsen", "Paneldeltager"),
            ("rikke-dam-pedersen", "Paneldeltager"),
            ("lars-oestergaard-henriksen", "Moderator"),
        ),
        intro=(
            "Når et AI-værktøj foreslår en forkert afgørelse, og en medarbejder "
            "godkender den – hvem har så ansvaret? Et panel fra stat, kommune og "
            "forskning tager debatten."
        ),
        body=(
            "Kunstig intelligens er på vej ind i sagsbehandlingen, og det rejser nye "
            "spørgsmål om ansvar. Ansvaret for afgørelsen ligger stadig hos "
            "myndigheden, men hvad kræver det af lederen, der indfører værktøjet?",
            "Panelet diskuterer, hvordan ledere sikrer, at medarbejderne bruger deres "
            "faglige dømmekraft, og hvordan man opdager fejl, før de rammer borgeren.",
        ),
        agendas=(
            Agenda(
                "Program",
                (
                    AgendaRow("14:00", "Velkommen", ("lars-oestergaard-henriksen",)),
                    AgendaRow(
                        "14:10",
                        "Hvad siger reglerne om ansvar?",
                        ("line-ravn-poulsen",),
                    ),
                    AgendaRow(
                        "14:30",
                        "Erfaringer fra Socialforvaltningen",
                        ("rikke-dam-pedersen",),
                    ),
                    AgendaRow(
                        "14:50",
                        "Paneldebat",
                        (
                            "thomas-eg-lauridsen",
                            "line-ravn-poulsen",
                            "rikke-dam-pedersen",
                        ),
                    ),
                    AgendaRow(
                        "15:40", "Spørgsmål fra salen og fra de online deltagere"
                    ),
                ),
            ),
        ),
    ),
    DemoEvent(
        slug="ledelse-taet-paa-patienten",
        title="Ledelse tæt på patienten",
        subtitle="Konference for ledere i sundhedsvæsenet",
        format=EventFormat.CONFERENCE,
        mode=EventMode.PHYSICAL,
        day=THURSDAY,
        start="09:00",
        end="16:00",
        venue=REGIONSHUSET_VEJLE,
        organisers=("region-syddanmark",),
        themes=(
            "meningsfuld-ledelse-og-borgeren-i-centrum",
            "ledertrivsel",
            "rekruttering-og-arbejdskraftmangel",
        ),
        audience=(
            Audience.MUNICIPALITY,
            Audience.REGION,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        price=CONFERENCE_PRICE,
        capacity=150,
        signup_days_before=14,
        external_signup=True,
        speakers=(
            ("rasmus-toft", "Keynote"),
            ("sofie-lindberg-nielsen", "Oplægsholder"),
            ("morten-lund-iversen", "Oplægsholder"),
        ),
        intro=(
            "En dag for afdelingsledere og ledende sygeplejersker i regioner og "
            "kommuner om at lede med patienten som pejlemærke – også når der mangler "
            "hænder."
        ),
        body=(
            "Ledere i sundhedsvæsenet står med travle afsnit, ubesatte stillinger og "
            "medarbejdere, der gerne vil have tid til patienterne. Konferencen handler "
            "om, hvordan ledelse kan holde fast i det, der giver mening.",
            "Du hører om ledertrivsel, om ny arbejdsdeling og om, hvordan man "
            "prioriterer, når man ikke kan nå det hele.",
        ),
        agendas=(
            Agenda(
                "Program",
                (
                    AgendaRow("09:00", "Registrering og morgenmad"),
                    AgendaRow(
                        "09:30",
                        "Hvorfor blev vi ledere i sundhedsvæsenet?",
                        ("rasmus-toft",),
                    ),
                    AgendaRow(
                        "10:30",
                        "Lederens eget arbejdsmiljø",
                        ("sofie-lindberg-nielsen",),
                    ),
                    AgendaRow("11:30", "Frokost"),
                    AgendaRow(
                        "12:30",
                        "Ny arbejdsdeling på et nordjysk hospital",
                        ("morten-lund-iversen",),
                    ),
                    AgendaRow("13:30", "Workshops i mindre grupper"),
                    AgendaRow("15:30", "Opsamling", ("rasmus-toft",)),
                ),
            ),
        ),
    ),
    DemoEvent(
        slug="saet-ledelse-paa-dagsordenen-med-dialogkort",
        title="Sæt ledelse på dagsordenen med dialogkort",
        subtitle="Workshop for HR og ledelsesudviklere",
        format=EventFormat.WORKSHOP,
        mode=EventMode.PHYSICAL,
        day=THURSDAY,
        start="13:00",
        end="16:00",
        venue=REGIONSGAARDEN,
        organisers=("region-hovedstaden",),
        themes=("tvaergaaende-ledelse", "ledertrivsel"),
        audience=(Audience.REGION, Audience.STAFF),
        capacity=25,
        signup_days_before=10,
        speakers=(("nadia-el-haddad", "Facilitator"),),
        intro=(
            "Lær at bruge dialogkort, der får ledergrupper til at tale om det, der "
            "sjældent kommer på dagsordenen."
        ),
        body=(
            "Region Hovedstaden har udviklet et sæt dialogkort med seks temaer, der "
            "bruges i ledergrupper på hospitalerne. Kortene er lavet til grupper på "
            "tre til seks ledere.",
            "På workshoppen prøver du kortene selv og lærer, hvordan du faciliterer "
            "samtalen i din egen organisation. Du får et sæt kort med hjem.",
        ),
    ),
    DemoEvent(
        slug="kan-man-lede-paa-afstand",
        title="Kan man lede på afstand?",
        subtitle="Morgenmøde om hybrid arbejde og nærværende ledelse",
        format=EventFormat.MORNING_MEETING,
        mode=EventMode.PHYSICAL,
        day=THURSDAY,
        start="08:00",
        end="09:30",
        venue=AAU,
        organisers=("aalborg-universitet", "aalborg-kommune"),
        themes=("ledelse-i-kriser-og-paa-afstand",),
        audience=(
            Audience.MUNICIPALITY,
            Audience.STATE,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        capacity=70,
        signup_days_before=4,
        speakers=(
            ("ole-bech-christiansen", "Oplægsholder"),
            ("maria-fogh-soerensen", "Oplægsholder"),
        ),
        intro=(
            "Hjemmearbejde er kommet for at blive i mange forvaltninger. Hvad kræver "
            "det af lederen, når teamet sjældent er samlet?"
        ),
        body=(
            "Aalborg Universitet har fulgt tre kommuner, siden de indførte faste "
            "hjemmearbejdsdage. Resultaterne viser, at trivslen kan holdes – hvis "
            "lederen ændrer måden at være til stede på.",
            "En områdeleder fra hjemmeplejen fortæller, hvordan hun leder 14 "
            "teamledere, der er fordelt over hele området og sjældent ses.",
        ),
    ),
    DemoEvent(
        slug="kan-mening-ledes-frem",
        title="Kan mening ledes frem?",
        subtitle="Oplæg og bogreception om meningsfuld ledelse",
        format=EventFormat.TALK,
        mode=EventMode.HYBRID,
        day=THURSDAY,
        start="15:00",
        end="16:30",
        venue=AARHUS_BSS,
        organisers=("aarhus-universitet", "djoef-forlag"),
        themes=("meningsfuld-ledelse-og-borgeren-i-centrum",),
        audience=(
            *ALL_SECTORS,
            Audience.TOP_LEADERS,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        speakers=(
            ("jesper-kronborg", "Forfatter"),
            ("emil-noergaard", "Vært"),
        ),
        intro=(
            "Medarbejdere, der ser meningen med arbejdet, bliver længere og gør det "
            "bedre. Men kan en leder skabe mening – eller kun lade være med at "
            "ødelægge den?"
        ),
        body=(
            "I anledning af en ny bog om meningsfuld ledelse i den offentlige sektor "
            "holder forfatteren et oplæg om, hvad forskningen siger om ledelse og "
            "mening.",
            "Efter oplægget er der et glas og mulighed for at få bogen signeret. "
            "Oplægget kan også følges online.",
        ),
    ),
    DemoEvent(
        slug="naar-krisen-rammer",
        title="Når krisen rammer",
        subtitle="Gå-hjem-møde om ledelse i de første 48 timer",
        format=EventFormat.AFTERNOON_MEETING,
        mode=EventMode.PHYSICAL,
        day=THURSDAY,
        start="15:00",
        end="17:00",
        venue=REGIONSHUSET_VIBORG,
        organisers=("region-midtjylland",),
        themes=("ledelse-i-kriser-og-paa-afstand",),
        audience=(
            Audience.MUNICIPALITY,
            Audience.REGION,
            Audience.TOP_LEADERS,
            Audience.MIDDLE_LEADERS,
        ),
        capacity=80,
        signup_days_before=3,
        speakers=(("karen-thygesen", "Oplægsholder"),),
        intro=(
            "Oversvømmelser, it-nedbrud og store ulykker: hvad skal en leder gøre i de "
            "første to døgn, og hvad skal være på plads, før krisen kommer?"
        ),
        body=(
            "Præhospitalet i Region Midtjylland deler erfaringer fra de seneste års "
            "store hændelser og fra de øvelser, regionen holder sammen med kommunerne.",
            "Du får en enkel model for de første 48 timer og et bud på, hvordan du "
            "passer på dine medarbejdere, når krisen er ovre.",
        ),
    ),
    # Friday
    DemoEvent(
        slug="ensom-paa-toppen",
        title="Ensom på toppen?",
        subtitle="Online ledelsessalon for topledere",
        format=EventFormat.SALON,
        mode=EventMode.ONLINE,
        day=FRIDAY,
        start="08:30",
        end="09:30",
        organisers=("lederne",),
        themes=("ledertrivsel",),
        audience=(*ALL_SECTORS, Audience.TOP_LEADERS),
        capacity=7,
        signup_days_before=2,
        external_signup=True,
        speakers=(("birgitte-munk-larsen", "Vært"),),
        intro=(
            "Jo højere op, jo færre at tale med. En fortrolig samtale for topledere om "
            "sparring, tvivl og at stå alene med de svære beslutninger."
        ),
        body=(
            "Salonen holdes online, så topledere fra hele landet kan deltage. Der er "
            "plads til syv, og det, der bliver sagt, bliver i rummet.",
            "Du skal ikke forberede dig – bare være klar til at lytte og dele.",
        ),
    ),
    DemoEvent(
        slug="tre-ledere-tre-sektorer",
        title="Tre ledere, tre sektorer, ét spørgsmål",
        subtitle="Hvad giver mening i dit lederjob?",
        format=EventFormat.INTERVIEW,
        mode=EventMode.PHYSICAL,
        day=FRIDAY,
        start="10:00",
        end="11:30",
        venue=SDU,
        organisers=("syddansk-universitet", "medarbejder-og-kompetencestyrelsen"),
        themes=(
            "meningsfuld-ledelse-og-borgeren-i-centrum",
            "tvaergaaende-ledelse",
        ),
        audience=(
            *ALL_SECTORS,
            Audience.TOP_LEADERS,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        capacity=150,
        speakers=(
            ("camilla-brix-jensen", "Interviewperson"),
            ("morten-lund-iversen", "Interviewperson"),
            ("henrik-vestergaard-bach", "Interviewperson"),
            ("lars-oestergaard-henriksen", "Interviewer"),
        ),
        intro=(
            "En skoleleder, en hospitalsdirektør og en kontorchef i staten fortæller, "
            "hvad der får dem op om morgenen – og hvad der tager modet fra dem."
        ),
        body=(
            "Offentlige ledere arbejder under forskellige vilkår, men mange af "
            "udfordringerne er de samme. I et scenisk interview møder du tre ledere "
            "fra hver sin sektor.",
            "Bagefter er der kaffe og mulighed for at stille spørgsmål til de tre.",
        ),
    ),
    DemoEvent(
        slug="hvad-tager-vi-med-fra-ledelsesugen",
        title="Hvad tager vi med fra Ledelsesugen?",
        subtitle="Afslutningsdebat",
        format=EventFormat.DEBATE,
        mode=EventMode.HYBRID,
        day=FRIDAY,
        start="13:00",
        end="15:00",
        venue=DANSKE_REGIONER,
        organisers=("danske-regioner", "kl"),
        themes=(
            "meningsfuld-ledelse-og-borgeren-i-centrum",
            "tvaergaaende-ledelse",
            "ledelsesrum-og-frihed-til-at-lede",
        ),
        audience=(*ALL_SECTORS, Audience.TOP_LEADERS, Audience.MIDDLE_LEADERS),
        capacity=80,
        signup_days_before=3,
        speakers=(
            ("peter-juul-kristensen", "Vært"),
            ("mette-skov-andersen", "Paneldeltager"),
            ("henrik-vestergaard-bach", "Paneldeltager"),
            ("lars-oestergaard-henriksen", "Moderator"),
        ),
        intro=(
            "Ugen slutter med en debat om, hvad vi har lært – og hvad der skal ske i "
            "organisationerne, når uge 44 er forbi."
        ),
        body=(
            "Parterne bag Ledelsesugen samler op på ugens arrangementer og drøfter "
            "med salen, hvad der skal til for, at fokus på ledelse varer resten af "
            "året.",
            "Debatten kan følges online, og spørgsmål kan sendes ind undervejs.",
        ),
    ),
    DemoEvent(
        slug="ledelsesvandring-i-koege",
        title="Ledelsesvandring i Køge",
        subtitle="Gå en tur og tal om ledelse med en kollega",
        format=EventFormat.OTHER,
        mode=EventMode.PHYSICAL,
        day=FRIDAY,
        start="08:00",
        end="09:30",
        venue=KOEGE_RAADHUS,
        organisers=("koege-kommune",),
        themes=("ledertrivsel", "tvaergaaende-ledelse"),
        audience=(
            Audience.MUNICIPALITY,
            Audience.MIDDLE_LEADERS,
            Audience.FIRST_LINE_LEADERS,
        ),
        price=INVITATION_ONLY,
        capacity=40,
        speakers=(("anne-marie-holm", "Vært"),),
        intro=(
            "Kommunens ledere går to og to fra rådhuset til havnen med et spørgsmål om "
            "ledelse i lommen. Bagefter er der morgenmad."
        ),
        body=(
            "Du bliver parret med en leder fra en anden forvaltning, som du ikke "
            "kender i forvejen. Undervejs får I tre spørgsmål at tale om.",
            "Arrangementet er for ledere i Køge Kommune, som får en invitation fra "
            "kommunaldirektøren.",
        ),
    ),
    DemoEvent(
        slug="hvad-skal-en-leder-vide-om-kunstig-intelligens",
        title="Hvad skal en leder vide om kunstig intelligens?",
        subtitle="Webinar om at lede brugen af AI i staten",
        format=EventFormat.WEBINAR,
        mode=EventMode.ONLINE,
        day=FRIDAY,
        start="11:00",
        end="12:00",
        organisers=(
            "medarbejder-og-kompetencestyrelsen",
            "digitaliseringsstyrelsen",
        ),
        themes=("ai-og-digitalisering",),
        audience=(
            Audience.STATE,
            Audience.STAFF,
            Audience.TOP_LEADERS,
            Audience.MIDDLE_LEADERS,
        ),
        speakers=(
            ("thomas-eg-lauridsen", "Oplægsholder"),
            ("henrik-vestergaard-bach", "Vært"),
        ),
        intro=(
            "Du behøver ikke forstå teknikken, men du skal kunne stille de rigtige "
            "spørgsmål. En time om ledelse af kunstig intelligens i praksis."
        ),
        body=(
            "Mange statslige arbejdspladser har taget AI-værktøjer i brug, og "
            "medarbejderne spørger deres leder, hvad de må. Webinaret giver et "
            "overblik over de vigtigste regler og gode spørgsmål at stille, før et "
            "nyt værktøj tages i brug.",
            "Webinaret optages og kan ses bagefter.",
        ),
    ),
)

FEATURED = (
    DemoFeature(
        "hvad-skal-offentlig-ledelse-kunne-i-2030",
        heading="Åbningskonferencen mandag",
        text="Forskere og ledere fra stat, region og kommune skyder ugen i gang. "
        "Deltag i KL-huset eller følg med online.",
    ),
    DemoFeature("sammen-om-borgeren-hvem-har-bolden"),
    DemoFeature(
        "hvem-har-ansvaret-naar-algoritmen-tager-fejl",
        heading="Debat: AI og ansvar",
    ),
    DemoFeature("hvad-tager-vi-med-fra-ledelsesugen"),
)
