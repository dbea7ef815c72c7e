"""Danish demo video and audio, built by ``manage.py ledelsesugen_demo``.

``build(builder)`` adds last year's Leadership Week with a few events that
took place, a "Video og lyd" index, and recordings of talks, webinars,
podcasts and short interviews, some of them recordings of last year's
events. Call it after ``builder.build()``, which loads the themes,
organisations and people the recordings refer to. Running it again creates
nothing new.

The recordings point at YouTube, Vimeo, Spotify and SoundCloud addresses
with made-up ids ("LUdemo..."). Their embeds are stored in Wagtail's embed
cache here, so showing the demo never asks the providers for them.
"""

from dataclasses import dataclass

from django.utils.html import format_html
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from ..choices import Audience, EventFormat, EventMode, MediaKind, Region
from ..models import (
    EventIndexPage,
    LeadershipWeekPage,
    MediaSpeaker,
    VideoIndexPage,
    VideoPage,
)
from ..models.landing import default_year
from . import english
from .events import ALL_SECTORS, DANSKE_REGIONER, KL_HUSET, DemoEvent, Venue

MONDAY, TUESDAY, WEDNESDAY, THURSDAY = range(4)

KP_TAGENSVEJ = Venue(
    "Københavns Professionshøjskole, Campus Tagensvej",
    "Tagensvej 18",
    "2200",
    "København N",
    Region.HOVEDSTADEN,
)

PAST_WEEK_INTRO = (
    "Ledelsesugen {year} samlede ledere fra kommuner, regioner og stat om tillid, "
    "kunstig intelligens, ledertrivsel og manglen på hænder. Programmet ligger her "
    "stadig, og flere af arrangementerne kan ses og høres igen under Video og lyd."
)
PAST_PROGRAMME_INTRO = (
    "Arrangementerne i Ledelsesugen {year}. Ved de arrangementer, der blev optaget, "
    "finder du et link til optagelsen."
)
INDEX_INTRO = (
    "Se og hør forskeroplæg, optagelser fra tidligere års arrangementer, webinarer, "
    "podcasts og korte interview med offentlige ledere. Alle optagelser har en "
    "tekstversion, og videoer fra andre tjenester indlæses først, når du beder om det."
)

# Last year's events, placed in last year's week 44 (0 is Monday).
PAST_EVENTS = (
    DemoEvent(
        slug="tillid-i-praksis",
        title="Tillid i praksis – hvad gør vi nu?",
        subtitle="Ledelsesugens åbningskonference",
        format=EventFormat.CONFERENCE,
        mode=EventMode.HYBRID,
        day=MONDAY,
        start="09:00",
        end="15:30",
        venue=KL_HUSET,
        organisers=("kl", "medarbejder-og-kompetencestyrelsen", "danske-regioner"),
        themes=(
            "ledelsesrum-og-frihed-til-at-lede",
            "meningsfuld-ledelse-og-borgeren-i-centrum",
        ),
        audience=(*ALL_SECTORS, Audience.TOP_LEADERS, Audience.MIDDLE_LEADERS),
        speakers=(
            ("jesper-kronborg", "Keynote"),
            ("anne-marie-holm", "Paneldeltager"),
            ("anja-vinther", "Paneldeltager"),
            ("lars-oestergaard-henriksen", "Moderator"),
        ),
        intro=(
            "Regler og dokumentationskrav er blevet fjernet. Hvad gør ledere med det "
            "rum, de har fået – og hvad holder dem tilbage?"
        ),
        body=(
            "Åbningskonferencen samler ledere fra hele den offentlige sektor om "
            "erfaringerne med mere tillid og mindre styring.",
            "Dagen byder på et forskeroplæg, en paneldebat med ledere fra kommune og "
            "region og workshops om, hvad man konkret kan holde op med.",
        ),
    ),
    DemoEvent(
        slug="kan-en-sprogmodel-hjaelpe-sagsbehandleren",
        title="Kan en sprogmodel hjælpe sagsbehandleren?",
        format=EventFormat.WEBINAR,
        mode=EventMode.ONLINE,
        day=TUESDAY,
        start="13:00",
        end="14:30",
        organisers=("digitaliseringsstyrelsen", "aarhus-kommune"),
        themes=("ai-og-digitalisering",),
        audience=(*ALL_SECTORS, Audience.MIDDLE_LEADERS, Audience.STAFF),
        speakers=(
            ("thomas-eg-lauridsen", "Oplægsholder"),
            ("mikkel-brandt-soerensen", "Oplægsholder"),
        ),
        intro=(
            "Et webinar om generativ AI i sagsbehandlingen: hvad den kan, hvor "
            "ansvaret ligger, og hvad en leder skal sørge for, før den tages i brug."
        ),
        body=(
            "Digitaliseringsstyrelsen gennemgår de fælles retningslinjer for "
            "generativ AI, og Aarhus Kommune fortæller om et års forsøg i jobcentret.",
        ),
    ),
    DemoEvent(
        slug="hvem-leder-lederen",
        title="Hvem leder lederen?",
        subtitle="Morgenmøde om førstelinjelederes trivsel",
        format=EventFormat.MORNING_MEETING,
        mode=EventMode.PHYSICAL,
        day=WEDNESDAY,
        start="08:00",
        end="10:00",
        venue=KP_TAGENSVEJ,
        organisers=("koebenhavns-professionshoejskole", "lederne"),
        themes=("ledertrivsel",),
        audience=(Audience.MUNICIPALITY, Audience.REGION, Audience.FIRST_LINE_LEADERS),
        speakers=(
            ("sofie-lindberg-nielsen", "Oplægsholder"),
            ("birgitte-munk-larsen", "Oplægsholder"),
        ),
        intro=(
            "Førstelinjeledere står tæt på medarbejderne, men ofte alene med de svære "
            "beslutninger. Hvem sparrer de med, og hvad hjælper?"
        ),
        body=(
            "Vi byder på morgenmad, et oplæg om ny forskning i lederes arbejdsmiljø og "
            "erfaringer fra ledernetværk på tværs af kommuner.",
        ),
    ),
    DemoEvent(
        slug="faerre-haender-hvordan-loeser-vi-opgaven",
        title="Færre hænder – hvordan løser vi opgaven?",
        subtitle="Debat om arbejdskraft i sundhedsvæsenet",
        format=EventFormat.DEBATE,
        mode=EventMode.HYBRID,
        day=THURSDAY,
        start="15:00",
        end="17:00",
        venue=DANSKE_REGIONER,
        organisers=("danske-regioner", "region-syddanmark"),
        themes=("rekruttering-og-arbejdskraftmangel", "tvaergaaende-ledelse"),
        audience=(Audience.REGION, Audience.MUNICIPALITY, Audience.TOP_LEADERS),
        speakers=(
            ("rasmus-toft", "Paneldeltager"),
            ("morten-lund-iversen", "Paneldeltager"),
            ("helle-kjaer-bundgaard", "Paneldeltager"),
            ("jonas-friis", "Ordstyrer"),
        ),
        intro=(
            "Der bliver flere ældre og færre til at tage sig af dem. Tre ledere "
            "diskuterer, hvad ledelse kan gøre ved manglen på medarbejdere."
        ),
        body=(
            "Debatten tager afsæt i de nyeste fremskrivninger af behovet for "
            "arbejdskraft og i erfaringer med ny arbejdsdeling på hospitalerne.",
        ),
    ),
)


@dataclass(frozen=True)
class DemoEmbed:
    """What an oEmbed provider would answer for a recording's address."""

    url: str
    provider_name: str
    type: str
    player: str
    height: int
    width: int | None = None
    thumbnail_url: str = ""


def youtube(video_id):
    return DemoEmbed(
        url=f"https://www.youtube.com/watch?v={video_id}",
        provider_name="YouTube",
        type="video",
        player=f"https://www.youtube.com/embed/{video_id}?feature=oembed",
        width=560,
        height=315,
        thumbnail_url=f"https://i.ytimg.com/vi/{video_id}/hqdefault.jpg",
    )


def vimeo(video_id):
    return DemoEmbed(
        url=f"https://vimeo.com/{video_id}",
        provider_name="Vimeo",
        type="video",
        player=f"https://player.vimeo.com/video/{video_id}?app_id=122963",
        width=640,
        height=360,
    )


def spotify(episode_id):
    return DemoEmbed(
        url=f"https://open.spotify.com/episode/{episode_id}",
        provider_name="Spotify",
        type="rich",
        player=f"https://open.spotify.com/embed/episode/{episode_id}?utm_source=oembed",
        height=152,
    )


def soundcloud(track):
    url = f"https://soundcloud.com/ledelsesugen-demo/{track}"
    return DemoEmbed(
        url=url,
        provider_name="SoundCloud",
        type="rich",
        player=(
            "https://w.soundcloud.com/player/?visual=false&url="
            f"https%3A%2F%2Fsoundcloud.com%2Fledelsesugen-demo%2F{track}"
            "&show_artwork=true"
        ),
        height=166,
    )


def embed_html(embed, title):
    """The iframe the provider would send for ``embed``."""
    return format_html(
        '<iframe width="{}" height="{}" src="{}" frameborder="0" '
        'allow="autoplay; clipboard-write; encrypted-media; fullscreen; '
        'picture-in-picture" allowfullscreen title="{}"></iframe>',
        embed.width or "100%",
        embed.height,
        embed.player,
        title,
    )


@dataclass(frozen=True)
class DemoRecording:
    """One recording; speakers and themes are slugs, ``event`` a past event's slug."""

    slug: str
    title: str
    kind: str
    embed: DemoEmbed
    years_ago: int
    minutes: int
    intro: str
    speakers: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    event: str | None = None
    transcript: tuple[str, ...] = ()
    chapters: tuple[tuple[str, str], ...] = ()


RECORDINGS = (
    DemoRecording(
        slug="jesper-kronborg-om-ledelsesrum",
        title="Tillid i praksis: Jesper Kronborg om ledelsesrum",
        kind=MediaKind.VIDEO,
        embed=youtube("LUdemoVid01"),
        years_ago=1,
        minutes=38,
        intro=(
            "Keynote fra åbningskonferencen. Hvad sker der, når regler forsvinder – "
            "og hvorfor tager det tid, før lederne bruger det rum, de har fået?"
        ),
        speakers=("jesper-kronborg",),
        themes=("ledelsesrum-og-frihed-til-at-lede",),
        event="tillid-i-praksis",
        transcript=(
            "Tak for invitationen, og godmorgen til jer alle sammen – også til dem, "
            "der følger med online.",
            "Jeg vil tale om tillid, men ikke som et festord. Vi har fulgt ledere i "
            "dagtilbud og skoler i fem kommuner og spurgt dem, hvad der sker, når "
            "regler og dokumentationskrav bliver fjernet. Det korte svar er: ikke så "
            "meget, som man skulle tro. I hvert fald ikke det første år.",
            "Ledelsesrum er ikke noget, man får. Det er noget, man tager, når man tør. "
            "De ledere, der fik mest ud af det, havde en klar aftale med deres egen "
            "chef om, hvad der er vigtigt for borgerne, og hvad de roligt kan lade "
            "være med at gøre.",
            "Så mit budskab i dag er enkelt: Når I kommer hjem, så tal med jeres "
            "nærmeste chef om én ting, I kan holde op med. Ikke ti ting. Én.",
        ),
        chapters=(
            ("0:00", "Velkomst"),
            ("3:40", "Hvad forsøgene med mindre styring viste"),
            ("17:15", "Ledelsesrum er noget, man tager"),
            ("31:05", "Én ting, I kan holde op med"),
        ),
    ),
    DemoRecording(
        slug="paneldebat-hvad-goer-vi-med-rummet",
        title="Paneldebat: Hvad gør vi med det rum, vi får?",
        kind=MediaKind.VIDEO,
        embed=youtube("LUdemoVid02"),
        years_ago=1,
        minutes=52,
        intro=(
            "En kommunaldirektør og en HR-chef fra en region om at fjerne unødige "
            "regler sammen med lederne – og om det, der kom i stedet."
        ),
        speakers=("anne-marie-holm", "anja-vinther", "lars-oestergaard-henriksen"),
        themes=("ledelsesrum-og-frihed-til-at-lede", "tvaergaaende-ledelse"),
        event="tillid-i-praksis",
    ),
    DemoRecording(
        slug="webinar-sprogmodel-i-sagsbehandlingen",
        title="Webinar: Kan en sprogmodel hjælpe sagsbehandleren?",
        kind=MediaKind.VIDEO,
        embed=vimeo("900000301"),
        years_ago=1,
        minutes=84,
        intro=(
            "Optagelse af webinaret om generativ AI i sagsbehandlingen, med "
            "erfaringer fra et års forsøg i et jobcenter."
        ),
        speakers=("thomas-eg-lauridsen", "mikkel-brandt-soerensen"),
        themes=("ai-og-digitalisering",),
        event="kan-en-sprogmodel-hjaelpe-sagsbehandleren",
        transcript=(
            "Thomas Eg Lauridsen: Velkommen til webinaret. Vi er omkring 400 "
            "deltagere i dag fra hele den offentlige sektor, så mikrofonerne er "
            "slukket, og vi tager spørgsmål i chatten.",
            "Generativ AI kan allerede i dag skrive et udkast til et brev, opsummere "
            "en sag og finde de relevante regler. Men ansvaret for afgørelsen flytter "
            "sig ikke. Det ligger fortsat hos myndigheden og dermed hos lederen.",
            "Mikkel Brandt Sørensen: I jobcentret har vi afprøvet en sprogmodel, der "
            "skriver udkast til opfølgningsnotater. Medarbejderne sparer tid, men det "
            "vigtigste, vi lærte, var, at de skulle have lov at sige fra. De første "
            "uger rettede de næsten alt. Nu retter de mindre, fordi vi har justeret "
            "skabelonerne sammen med dem.",
            "Mit råd til andre ledere er at starte i det små, med en opgave, hvor fejl "
            "bliver fanget, før de når borgeren.",
        ),
        chapters=(
            ("0:00", "Velkomst og praktisk"),
            ("4:30", "De fælles retningslinjer for generativ AI"),
            ("28:10", "Et år med sprogmodeller i jobcentret"),
            ("1:02:00", "Spørgsmål fra chatten"),
        ),
    ),
    DemoRecording(
        slug="hvem-leder-lederen-morgenmoede",
        title="Hvem leder lederen? Optagelse fra morgenmødet",
        kind=MediaKind.VIDEO,
        embed=youtube("LUdemoVid03"),
        years_ago=1,
        minutes=61,
        intro=(
            "Ny forskning i førstelinjelederes arbejdsmiljø og erfaringer fra "
            "ledernetværk på tværs af kommuner."
        ),
        speakers=("sofie-lindberg-nielsen", "birgitte-munk-larsen"),
        themes=("ledertrivsel",),
        event="hvem-leder-lederen",
        transcript=(
            "Sofie Lindberg Nielsen: Når vi spørger førstelinjeledere, hvem de "
            "sparrer med, svarer mange: ingen. De er tæt på medarbejderne, men ikke "
            "en af dem, og deres egen chef sidder ofte et andet sted.",
            "I vores undersøgelse blandt ledere på plejecentre og i hjemmeplejen "
            "svarede hver tredje, at de ofte eller altid står alene med svære "
            "beslutninger. Det hænger sammen med stress – og med, om man bliver i "
            "jobbet.",
            "Birgitte Munk Larsen: Det, vi ser i vores netværk, er, at det virker at "
            "mødes fast med ledere på samme niveau fra andre steder. Man behøver ikke "
            "løse hinandens problemer. Det hjælper at høre, at andre står med det "
            "samme.",
        ),
        chapters=(
            ("0:00", "Velkomst"),
            ("2:20", "Alene med beslutningerne: resultater fra undersøgelsen"),
            ("33:45", "Ledernetværk, der virker"),
            ("50:10", "Spørgsmål og afrunding"),
        ),
    ),
    DemoRecording(
        slug="debat-faerre-haender",
        title="Debat: Færre hænder – hvordan løser vi opgaven?",
        kind=MediaKind.VIDEO,
        embed=youtube("LUdemoVid04"),
        years_ago=1,
        minutes=95,
        intro=(
            "En koncerndirektør, en hospitalsdirektør og en vicedirektør fra STAR om "
            "arbejdskraft, ny arbejdsdeling og fastholdelse i sundhedsvæsenet."
        ),
        speakers=(
            "rasmus-toft",
            "morten-lund-iversen",
            "helle-kjaer-bundgaard",
            "jonas-friis",
        ),
        themes=("rekruttering-og-arbejdskraftmangel", "tvaergaaende-ledelse"),
        event="faerre-haender-hvordan-loeser-vi-opgaven",
        chapters=(
            ("0:00", "Hvor mange hænder mangler vi?"),
            ("21:30", "Ny arbejdsdeling på et hospital med fire matrikler"),
            ("48:00", "Fastholdelse starter hos den nærmeste leder"),
            ("1:15:20", "Spørgsmål fra salen og fra nettet"),
        ),
    ),
    DemoRecording(
        slug="ledelse-paa-afstand-efter-hjemmearbejdsdagene",
        title="Forskeren forklarer: Ledelse på afstand efter hjemmearbejdsdagene",
        kind=MediaKind.VIDEO,
        embed=youtube("LUdemoVid05"),
        years_ago=2,
        minutes=18,
        intro=(
            "Et kort forskeroplæg om, hvad tre kommuner har lært af to år med faste "
            "hjemmearbejdsdage."
        ),
        speakers=("ole-bech-christiansen",),
        themes=("ledelse-i-kriser-og-paa-afstand",),
        transcript=(
            "Da kommunerne indførte faste hjemmearbejdsdage, troede mange, at det "
            "største problem ville blive produktiviteten. Det har det ikke været. Det "
            "største problem er, at lederen ikke længere ser, når en medarbejder "
            "begynder at falde fra.",
            "Vi har fulgt tre kommuner i to år. Der, hvor det går godt, har lederen "
            "lavet aftaler om, hvornår man ses, og hvad de dage skal bruges til. "
            "Fællesskabet kommer ikke af sig selv, når man mødes to dage om ugen. Det "
            "skal ledes frem.",
            "Et konkret greb er den korte, faste samtale: ti minutter hver anden uge, "
            "uden dagsorden. Det lyder banalt, men det var det, medarbejderne nævnte "
            "oftest, da vi spurgte, hvad der fik dem til at føle sig set.",
        ),
    ),
    DemoRecording(
        slug="fra-ide-til-drift-paa-12-minutter",
        title="Fra god idé til daglig drift på 12 minutter",
        kind=MediaKind.VIDEO,
        embed=vimeo("900000302"),
        years_ago=2,
        minutes=12,
        intro=(
            "Hvorfor kommer så mange gode forsøg aldrig i drift? Signe Winther giver "
            "tre bud – og tre spørgsmål, ledergruppen kan stille sig selv."
        ),
        speakers=("signe-winther",),
        themes=("offentlig-innovation",),
    ),
    DemoRecording(
        slug="tre-spoergsmaal-til-en-skoleleder",
        title="Tre spørgsmål til en skoleleder",
        kind=MediaKind.VIDEO,
        embed=youtube("LUdemoVid06"),
        years_ago=1,
        minutes=4,
        intro=(
            "Et kort interview fra Ledelsesugens LinkedIn-serie med Camilla Brix "
            "Jensen, skoleleder i Aarhus Vest."
        ),
        speakers=("camilla-brix-jensen",),
        themes=("meningsfuld-ledelse-og-borgeren-i-centrum",),
        transcript=(
            "Hvad er det vigtigste, du gør som leder i en almindelig uge? – Jeg er i "
            "klasserne. Ikke for at kontrollere, men for at vide, hvad mine lærere "
            "står i, når de kommer ind på mit kontor.",
            "Hvad vil du gerne have mere ledelsesrum til? – At bruge tiden på det "
            "pædagogiske frem for det administrative. Vi har fået fjernet nogle "
            "indberetninger, og det kan faktisk mærkes.",
            "Hvad er dit råd til en ny skoleleder? – Find en kollega på en anden "
            "skole, du kan ringe til, når det brænder på. Og lyt mere, end du taler, "
            "det første halve år.",
        ),
    ),
    DemoRecording(
        slug="naar-krisen-rammer-praehospitalet",
        title="Når krisen rammer: erfaringer fra Præhospitalet",
        kind=MediaKind.VIDEO,
        embed=youtube("LUdemoVid07"),
        years_ago=3,
        minutes=24,
        intro=(
            "Karen Thygesen fortæller, hvordan akutberedskabet ledes under store "
            "hændelser, og hvad andre ledere kan lære af det."
        ),
        speakers=("karen-thygesen",),
        themes=("ledelse-i-kriser-og-paa-afstand",),
        chapters=(
            ("0:00", "Den første time"),
            ("8:15", "Klare roller, når alt er uklart"),
            ("16:40", "Efter krisen: evaluering uden skyld"),
        ),
    ),
    DemoRecording(
        slug="podcast-ensom-paa-toppen",
        title="Ledelsespodcast, afsnit 1: Ensom på toppen",
        kind=MediaKind.AUDIO,
        embed=spotify("LUdemoPodcastAfsnit001"),
        years_ago=1,
        minutes=34,
        intro=(
            "En områdeleder i hjemmeplejen og en ledelsesrådgiver om ensomheden i "
            "lederjobbet – og om netværk, der hjælper."
        ),
        speakers=("maria-fogh-soerensen", "birgitte-munk-larsen"),
        themes=("ledertrivsel",),
        transcript=(
            "Velkommen til Ledelsesugens podcast. I dag taler vi om noget, mange "
            "ledere kender, men få taler om: ensomheden i lederjobbet. I studiet er "
            "Maria Fogh Sørensen, områdeleder i hjemmeplejen i Aalborg, og Birgitte "
            "Munk Larsen fra Lederne.",
            "Maria, du har fjorten teamledere. Hvornår føler du dig alene? – Det er "
            "ikke, når der er travlt. Det er, når jeg skal træffe en beslutning, som "
            "jeg ved vil skuffe nogen, og jeg ikke kan fortælle hvorfor endnu.",
            "Birgitte, hvad siger jeres medlemmer? – Vi hører det samme igen og igen: "
            "Lederne har mange mennesker omkring sig, men få at tale med. Derfor har "
            "vi startet netværk, hvor ledere fra forskellige kommuner mødes fire gange "
            "om året.",
        ),
        chapters=(
            ("0:00", "Intro"),
            ("2:10", "Hvornår er man alene som leder?"),
            ("19:30", "Netværk på tværs af kommuner"),
        ),
    ),
    DemoRecording(
        slug="podcast-jura-i-lederens-hverdag",
        title="Ledelsespodcast, afsnit 2: Jura i lederens hverdag",
        kind=MediaKind.AUDIO,
        embed=soundcloud("afsnit-2-jura-i-lederens-hverdag"),
        years_ago=1,
        minutes=29,
        intro=(
            "Ytringsfrihed, partshøring og afskedigelser: de juridiske spørgsmål, der "
            "oftest lander på lederens bord."
        ),
        speakers=("line-ravn-poulsen",),
        themes=("jura-for-offentlige-ledere",),
        transcript=(
            "I dette afsnit ser vi på de juridiske spørgsmål, der oftest lander på "
            "lederens bord. Vores gæst er Line Ravn Poulsen, lektor i forvaltningsret "
            "ved Syddansk Universitet.",
            "Hvad er den mest almindelige fejl, ledere begår? – At reagere for hurtigt "
            "på en medarbejders kritiske udtalelse i offentligheden. Offentligt "
            "ansatte har en vid ytringsfrihed, også om forhold på deres egen "
            "arbejdsplads. Man må gerne være uenig som leder, men man må ikke true "
            "eller straffe.",
            "Og partshøring? – Ved en afskedigelse skal medarbejderen have mulighed "
            "for at kommentere de oplysninger, beslutningen bygger på. Det er ikke en "
            "formalitet. Det er ofte i høringssvaret, man opdager, at sagen ser "
            "anderledes ud.",
        ),
    ),
    DemoRecording(
        slug="fastholdelse-i-aeldreplejen",
        title="Interview: Fastholdelse starter hos den nærmeste leder",
        kind=MediaKind.AUDIO,
        embed=soundcloud("interview-fastholdelse-i-aeldreplejen"),
        years_ago=2,
        minutes=16,
        intro=(
            "Kasper Holt Mogensen, direktør i Odense Kommune, om at holde på "
            "social- og sundhedsassistenterne, når alle mangler dem."
        ),
        speakers=("kasper-holt-mogensen",),
        themes=("rekruttering-og-arbejdskraftmangel",),
    ),
)


def build(builder):
    """Add last year's events, the index and the recordings; return the index."""
    events = add_past_programme(builder)
    index = index_page()
    index = builder.add_page(
        builder.site.root_page, index, "video indexes", english.video_index(index)
    )
    for recording in RECORDINGS:
        add_embed(builder, recording)
        builder.add_page(
            index,
            recording_page(builder, recording, events),
            "recordings",
            english.recording(recording),
        )
    return index


def add_past_programme(builder):
    """Last year's week, its programme and events; return the events by slug."""
    year = default_year() - 1
    week = LeadershipWeekPage(
        title=f"Ledelsesugen {year}",
        slug=f"ledelsesugen-{year}",
        year=year,
        intro=PAST_WEEK_INTRO.format(year=year),
    )
    week = builder.add_page(
        builder.site.root_page,
        week,
        "landing pages",
        english.week(week, past=True),
    )
    programme = EventIndexPage(
        title="Program", slug="program", intro=PAST_PROGRAMME_INTRO.format(year=year)
    )
    programme = builder.add_page(
        week, programme, "programmes", english.programme(programme, past_year=year)
    )
    return {
        event.slug: builder.add_page(
            programme,
            builder.event_page(event, week.days),
            "events",
            english.event(event),
        )
        for event in PAST_EVENTS
    }


def index_page():
    return VideoIndexPage(
        title="Video og lyd", slug="video-og-lyd", intro=INDEX_INTRO, show_in_menus=True
    )


def add_embed(builder, recording):
    """Store the recording's embed in Wagtail's cache unless it is there."""
    embed = recording.embed
    _embed, created = Embed.objects.get_or_create(
        hash=get_embed_hash(embed.url),
        defaults={
            "url": embed.url,
            "type": embed.type,
            "html": embed_html(embed, recording.title),
            "title": recording.title,
            "author_name": "Ledelsesugen",
            "provider_name": embed.provider_name,
            "thumbnail_url": embed.thumbnail_url,
            "width": embed.width,
            "height": embed.height,
        },
    )
    builder.tally.record("embeds", created)


def recording_page(builder, recording, events):
    """An unsaved page for ``recording``."""
    page = VideoPage(
        title=recording.title,
        slug=recording.slug,
        media_kind=recording.kind,
        intro=recording.intro,
        embed_url=recording.embed.url,
        duration_minutes=recording.minutes,
        year=default_year() - recording.years_ago,
        themes=[builder.themes[slug] for slug in recording.themes],
        event=events.get(recording.event),
        transcript="\n\n".join(recording.transcript),
        chapters=[
            {"type": "chapter", "value": {"start": start, "title": title}}
            for start, title in recording.chapters
        ],
    )
    page.speakers = [
        MediaSpeaker(person=builder.people[slug]) for slug in recording.speakers
    ]
    return page
