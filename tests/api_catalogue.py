"""Data for the API's contract and schemathesis tests: events in every signup
state, and articles, startkits, recordings, themes, organisations and people,
with every optional part filled somewhere and left out somewhere else."""

from contextlib import contextmanager

from django.db import transaction
from wagtail.embeds.finders.base import EmbedFinder

from tests import builders
from tests.api_helpers import english, translate_snippet
from wagtail_ledelsesugen.signup import services


class OfflineEmbedFinder(EmbedFinder):
    """Finds every embed without the network."""

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "Et foredrag",
            "author_name": "KL",
            "provider_name": "YouTube",
            "type": "video",
            "thumbnail_url": "https://i.ytimg.com/vi/LUtestVid01/hq.jpg",
            "width": 640,
            "height": 360,
            "html": '<iframe src="https://www.youtube.com/embed/LUtestVid01"></iframe>',
        }


QUESTIONS = [
    ("Kost", "dropdown", {"choices": "Vegetar\nAlt", "required": True}),
    ("Emner", "checkboxes", {"choices": "Trivsel\nStrategi", "required": False}),
    ("Sprog", "radio", {"choices": "Dansk\nEngelsk", "required": False}),
    ("Middag", "checkbox", {"required": False}),
    ("Antal", "number", {"required": False}),
    ("Ankomst", "date", {"required": False}),
    ("Bemærkninger", "multiline", {"required": False, "help_text": "Kort, tak."}),
    ("Hjemmeside", "url", {"required": False}),
]


def sign_up(event, email):
    signup, _created = services.register(
        event, name="Deltager", email=email, consent_text="Ja", locale=event.locale
    )
    return signup


def event_body(image):
    return [
        {"type": "heading", "value": "Program"},
        {"type": "paragraph", "value": '<p>Se <a href="https://kl.dk">KL</a>.</p>'},
        {
            "type": "agenda",
            "value": {
                "heading": "Dagsorden",
                "items": [{"time": "09:00", "item": "Velkomst", "speakers": []}],
            },
        },
        {"type": "image", "value": {"image": image.pk, "alt_text": "Sal"}},
        {"type": "quote", "value": {"quote": "Ledelse!", "attribution": "Anne"}},
    ]


def build_events(programme, theme, people, organisations, image):
    """Events in every signup state, one of them translated into English."""
    make = builders.make_signup_event
    kwargs = {"themes": [theme], "speakers": people, "organisers": organisations}
    rich = make(
        programme,
        questions=QUESTIONS,
        capacity=10,
        mode="hybrid",
        online_url="https://teams.example.org/m/1",
        audience=["municipality", "top_leaders"],
        body=event_body(image),
        **kwargs,
    )
    builders.translate_page(rich, english())
    for waitlist_enabled in (True, False):  # the "waitlist" and "full" states
        event = make(programme, capacity=1, waitlist_enabled=waitlist_enabled)
        sign_up(event, "first@example.org")
    make(programme, signup_deadline=builders.days_ahead(-1), **kwargs)
    make(
        programme,
        signup_opens=builders.days_ahead(5),
        mode="online",
        online_url="https://teams.example.org/m/2",
    )
    make(programme, require_login=True)
    builders.make_event(programme, external_signup_url="https://example.org/tilmeld")
    builders.make_event(programme, start=builders.days_ahead(-20), **kwargs)
    return rich


def build_articles(theme, people, image):
    index = builders.make_article_index()
    body = [
        {"type": "paragraph", "value": "<p>Ledelse handler om mennesker.</p>"},
        {"type": "fact_box", "value": {"title": "Fakta", "text": "<p>Tal.</p>"}},
        {
            "type": "call_to_action",
            "value": {
                "text": "Læs mere",
                "page": index.pk,
                "url": "",
                "button_label": "Gå",
            },
        },
    ]
    article = builders.make_article(
        index,
        authors=people[:1],
        portrayed=people[1:],
        themes=[theme],
        hero_image=image,
        hero_alt_text="Et portræt",
        kind="interview",
        body=body,
    )
    builders.make_article(index, publication_date=None)
    builders.translate_page(article, english())


def build_startkits(theme, organisation, document):
    index = builders.make_startkit_index()
    step = {
        "type": "step",
        "value": {
            "title": "Inviter",
            "minutes": 10,
            "text": "<p>Send en invitation.</p>",
            "materials": [document.pk],
        },
    }
    deck = {
        "type": "deck",
        "value": {
            "title": "Dialogkort",
            "instructions": "Træk et kort.",
            "cards": [{"question": "Hvorfor?", "category": "", "colour": "blue"}],
        },
    }
    builders.make_startkit(
        index,
        themes=[theme],
        materials=[(document, "Invitation")],
        examples=[(organisation, "Holdt en salon", "https://example.org/salon")],
        developed_by=organisation,
        audience=["municipality"],
        steps=[step],
        dialogue_cards=[deck],
        group_size_min=5,
        group_size_max=7,
        preparation_minutes=30,
    )
    builders.make_startkit(index, activity="dialogue_cards", duration_minutes=15)


def build_recordings(theme, people, event):
    index = builders.make_media_index()
    builders.make_recording(
        index,
        speakers=people,
        themes=[theme],
        event=event,
        year=2026,
        duration_minutes=45,
        transcript="Velkommen.\n\nTak.",
        chapters=[{"type": "chapter", "value": {"start": "0:00", "title": "Start"}}],
    )
    builders.make_recording(
        index,
        media_file=builders.make_document("Optagelse", "optagelse.mp4", b"mp4"),
        captions=builders.make_document("Undertekster", "tekst.vtt", b"WEBVTT\n"),
        year=None,
    )


def build_catalogue(programme):
    """Events, articles, startkits, recordings, themes, organisations and people
    with every optional part filled somewhere and left out somewhere else."""
    theme = builders.make_theme("Ledertrivsel", description="Om trivsel.")
    translate_snippet(theme, english(), name="Leader wellbeing")
    organisation = builders.make_organisation("KL", website="https://www.kl.dk")
    translate_snippet(organisation, english(), name="Local Government Denmark")
    image = builders.make_image()
    people = [
        builders.make_person(
            "Mette Hansen", organisation=organisation, photo=image, bio="Direktør."
        ),
        builders.make_person("Jesper Kronborg", job_title=""),
    ]
    document = builders.make_document()
    organisers = [organisation, builders.make_organisation("Aarhus Kommune")]
    event = build_events(programme, theme, people, organisers, image)
    build_articles(theme, people, image)
    build_startkits(theme, organisation, document)
    build_recordings(theme, people, event)


@contextmanager
def catalogue_in_transaction():
    """The catalogue, built in a transaction that is rolled back afterwards.

    Building it takes seconds, so modules build it once (in a module-scoped
    fixture); each test still runs in a transaction of its own inside this one.
    """
    with transaction.atomic():
        build_catalogue(builders.make_programme())
        yield
        transaction.set_rollback(True)


OFFLINE_EMBEDS = [{"class": f"{__name__}.OfflineEmbedFinder"}]
