"""Content across languages: snippets in a page's locale, and language links.

wagtail-localize does not translate many-to-many relations, and a row copied
into a translation may still point at the source locale's snippet, so pages
show related themes, organisations and people through their translation in
the page's locale where one exists.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Site


class SnippetLocalizer:
    """Collects the snippets a batch of pages shows, then fetches their
    translations with one query per model and locale."""

    def __init__(self, select_related=None):
        self.select_related = select_related or {}
        self.wanted = defaultdict(set)
        self.found = {}

    def want(self, snippets, locale_id):
        """Ask for ``snippets`` in the locale with primary key ``locale_id``."""
        for snippet in snippets:
            if snippet is not None and snippet.locale_id != locale_id:
                self.wanted[(type(snippet), locale_id)].add(snippet.translation_key)

    def fetch(self):
        """Run the queries for everything asked for so far."""
        for (model, locale_id), keys in self.wanted.items():
            translations = model._default_manager.filter(
                translation_key__in=keys, locale_id=locale_id
            ).select_related(*self.select_related.get(model, ()))
            for translation in translations:
                self.found[(model, translation.translation_key, locale_id)] = (
                    translation
                )
        self.wanted.clear()

    def get(self, snippet, locale_id):
        """``snippet`` in the locale, or ``snippet`` itself when not translated."""
        if snippet is None or snippet.locale_id == locale_id:
            return snippet
        return self.found.get(
            (type(snippet), snippet.translation_key, locale_id), snippet
        )


def language_links(request, page=None):
    """One link per content language: to ``page``'s live translation, or else
    to that language's home page. Empty when the site has one language.

    Each link is a dict of ``code``, ``name`` (in its own language), ``url``,
    ``is_current`` and ``is_translation``.
    """
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return []
    site = Site.find_for_request(request) if request else None
    homes = live_by_locale(site.root_page) if site else {}
    translations = live_by_locale(page) if page else {}
    current = get_language()
    links = []
    for locale in Locale.objects.all():
        target = translations.get(locale.pk) or homes.get(locale.pk)
        url = target.get_url(request) if target else None
        if url:
            links.append(
                {
                    "code": locale.language_code,
                    "name": get_language_info(locale.language_code)["name_local"],
                    "url": url,
                    "is_current": locale.language_code == current,
                    "is_translation": locale.pk in translations,
                }
            )
    return links


def live_by_locale(page):
    """``{locale id: page}`` of ``page`` and its live translations."""
    pages = page.get_translations(inclusive=True).live().specific(defer=True)
    return {translation.locale_id: translation for translation in pages}
