"""schema.org ``HowTo`` data for search engines, embedded as JSON-LD."""

from html import unescape

from django.utils.html import strip_tags


def iso_duration(minutes):
    """``minutes`` as an ISO 8601 duration, e.g. ``PT90M``; None for no minutes."""
    return f"PT{minutes}M" if minutes else None


def plain_text(html):
    """Rich text as one line of plain text, without tags or entities."""
    return " ".join(unescape(strip_tags(html)).split())


def total_minutes(page):
    """The steps' minutes added up, else preparation and duration together."""
    return page.total_step_minutes or (
        (page.preparation_minutes or 0) + page.duration_minutes
    )


def how_to_step(step, position, page_url):
    """One ``HowToStep``, linking to the step's place on the page."""
    data = {
        "@type": "HowToStep",
        "position": position,
        "name": step["title"],
        "text": plain_text(step["text"].source),
    }
    if page_url:
        data["url"] = f"{page_url}#lu-step-{position}"
    return data


def how_to(page, request=None):
    """The schema.org ``HowTo`` for a startkit page, as a JSON-serialisable dict."""
    url = page.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": page.title,
        "description": page.intro,
        "url": url,
        "inLanguage": page.locale.language_code,
        "totalTime": iso_duration(total_minutes(page)),
        "prepTime": iso_duration(page.preparation_minutes),
        "performTime": iso_duration(page.duration_minutes),
        "step": [
            how_to_step(step.value, position, url)
            for position, step in enumerate(page.steps, start=1)
        ],
    }
    return {key: value for key, value in data.items() if value}
