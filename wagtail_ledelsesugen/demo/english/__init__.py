"""English wording of the demo content, for its translation with wagtail-localize.

Each function takes a Danish demo item (or the unsaved page made from it) and
returns a dict from its Danish wording to the English: the string
translations an editor would type in wagtail-localize's translation editor.
``phrases.PHRASES`` holds short texts that recur across pages (roles, prices,
agenda items), as a translation memory would. Danish wording with no English
here stays Danish in the English version, as an untranslated segment does in
wagtail-localize.

The English itself is in one module per section, as the Danish is one level up.
"""

from django.utils.text import slugify

from . import articles, events, media, snippets, startkits
from .phrases import PHRASES

__all__ = ["PHRASES"]


def theme(demo):
    """A theme's name, slug and description."""
    name, description = snippets.THEMES[demo.slug]
    return {
        demo.name: name,
        demo.slug: slugify(name),
        demo.description: description,
    }


def organisation(demo):
    """An organisation's English name and slug; nothing when it keeps its name."""
    name = snippets.ORGANISATIONS.get(demo.slug)
    if name is None:
        return {}
    return {demo.name: name, demo.slug: slugify(name)}


def person(demo):
    """A person's job title and bio; names stay as they are."""
    job_title, bio = snippets.PEOPLE[demo.slug]
    return {demo.job_title: job_title, demo.bio: bio}


def home(page):
    """The site's home page: only its title, when it is the usual "Forside"."""
    return {"Forside": "Home"} if page.title == "Forside" else {}


def week(page, past=False):
    """A year's landing page (``page`` is the Danish one), with featured items."""
    intro = events.PAST_WEEK_INTRO if past else events.WEEK_INTRO
    return {
        page.title: f"Leadership Week {page.year}",
        page.slug: f"leadership-week-{page.year}",
        page.intro: intro.format(year=page.year),
        **({} if past else events.FEATURED),
    }


def programme(page, past_year=None):
    """A programme page; ``past_year`` is the year of a week that is over."""
    if past_year is None:
        intro = events.PROGRAMME_INTRO
    else:
        intro = events.PAST_PROGRAMME_INTRO.format(year=past_year)
    return {page.title: "Programme", page.slug: "programme", page.intro: intro}


def startkit_index(page):
    return startkits.INDEX.texts(slug=page.slug, title=page.title, intro=page.intro)


def article_index(page):
    return articles.INDEX.texts(slug=page.slug, title=page.title, intro=page.intro)


def video_index(page):
    return media.INDEX.texts(slug=page.slug, title=page.title, intro=page.intro)


def event(demo):
    """An event: slug, title, subtitle, intro and first paragraph."""
    return events.EVENTS[demo.slug].texts(
        slug=demo.slug,
        title=demo.title,
        subtitle=demo.subtitle,
        intro=demo.intro,
        first_paragraph=demo.body[0] if demo.body else "",
    )


def startkit(demo):
    """A startkit: slug, title, intro, first paragraph, steps and examples."""
    return startkits.STARTKITS[demo.slug].texts(
        slug=demo.slug,
        title=demo.title,
        intro=demo.intro,
        first_paragraph=demo.description[0],
        steps=[step.title for step in demo.steps],
        examples=[example.description for example in demo.examples],
    )


def article(demo):
    """An article: slug, title, lead, first paragraph and headings."""
    paragraphs = [value for kind, value in demo.body if kind == "paragraph"]
    return articles.ARTICLES[demo.slug].texts(
        slug=demo.slug,
        title=demo.title,
        intro=demo.lead,
        first_paragraph=paragraphs[0] if paragraphs else "",
        headings=[value for kind, value in demo.body if kind == "heading"],
    )


def recording(demo):
    """A recording: slug, title, intro and chapter titles (the talk stays Danish)."""
    return media.RECORDINGS[demo.slug].texts(
        slug=demo.slug,
        title=demo.title,
        intro=demo.intro,
        chapters=[title for _start, title in demo.chapters],
    )
