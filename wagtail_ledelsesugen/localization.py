"""Content across languages: snippets in a page's locale, language links, and
the pages a public listing may show (:func:`listed_pages`).

wagtail-localize does not translate many-to-many relations, and a row copied
into a translation may still point at the source locale's snippet, so pages
show related themes, organisations and people through their translation in
the page's locale where one exists.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.translation import get_language, get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, PageViewRestriction, Site

from .conf import get_setting


class SnippetLocalizer:
    """Collects the snippets a batch of pages shows, then fetches their
    translations with one query per model and locale.

    A snippet without a translation is given back as it is, with its language
    code in ``lang``, so a template can mark it (``lang="da"``).
    """

    def __init__(self, select_related=None):
        self.select_related = select_related or {}
        self.wanted = defaultdict(set)
        self.source_locales = set()
        self.found = {}
        self.language_codes = {}

    def want(self, snippets, locale_id):
        """Ask for ``snippets`` in the locale with primary key ``locale_id``."""
        for snippet in snippets:
            if snippet is not None and snippet.locale_id != locale_id:
                self.wanted[(type(snippet), locale_id)].add(snippet.translation_key)
                self.source_locales.add(snippet.locale_id)

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
            if any((model, key, locale_id) not in self.found for key in keys):
                self.fetch_language_codes()
        self.wanted.clear()

    def fetch_language_codes(self):
        unknown = self.source_locales - set(self.language_codes)
        if unknown:
            self.language_codes.update(
                Locale.objects.filter(pk__in=unknown).values_list("pk", "language_code")
            )

    def get(self, snippet, locale_id):
        """``snippet`` in the locale, or ``snippet`` itself when not translated."""
        if snippet is None or snippet.locale_id == locale_id:
            return snippet
        translation = self.found.get(
            (type(snippet), snippet.translation_key, locale_id)
        )
        if translation is not None:
            return translation
        snippet.lang = self.language_codes.get(snippet.locale_id, "")
        return snippet


def language_links(request, page=None):
    """One link per content language: to ``page``'s translation, or else to
    that language's home page, each only where a link on ``page`` may show it
    (:func:`listed_pages`). Empty when the site has one language.

    Each link is a dict of ``code``, ``name`` (in its own language), ``url``,
    ``is_current`` and ``is_translation``.
    """
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return []
    site = Site.find_for_request(request) if request else None
    homes = listed_by_locale(site.root_page, shown_on=page) if site else {}
    translations = listed_by_locale(page, shown_on=page) if page else {}
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


def listed_by_locale(page, shown_on=None):
    """``{locale id: page}`` of ``page`` and its translations that a link on
    ``shown_on`` may show (see :func:`listed_pages`)."""
    pages = listed_pages(page.get_translations(inclusive=True), shown_on)
    return {
        translation.locale_id: translation for translation in pages.specific(defer=True)
    }


def listed_pages(pages, shown_on=None):
    """The ``pages`` a public listing, feed or link on ``shown_on`` may show:
    live, and under no view restriction but those on ``shown_on`` and its
    ancestors, which whoever sees ``shown_on`` has passed. Every public path
    of the app narrows its pages here. No query is run to build it."""
    return pages.live().exclude(Exists(restrictions_over_outer_page(shown_on)))


def restrictions_over_outer_page(shown_on=None):
    """The view restrictions on the outer query's page or its ancestors, but
    those on ``shown_on`` and its ancestors."""
    # A restriction covers a page when its page's path begins the page's path.
    restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    if shown_on is None:
        return restrictions
    return restrictions.exclude(page__path__in=ancestor_paths(shown_on))


def ancestor_paths(page):
    """The tree paths of ``page`` and its ancestors, without a query."""
    path = page.path or ""
    return [path[:end] for end in range(page.steplen, len(path) + 1, page.steplen)]


def children_in_locale(index_page, model):
    """The :func:`listed_pages` of ``model`` under ``index_page`` and, with
    the ``FALLBACK_TO_DEFAULT_LOCALE`` setting on, the default language's
    pages under the index's default-language version that have no live
    translation in the index's language yet. No query is run to build it."""
    children = model.objects.child_of(index_page)
    if not get_setting("FALLBACK_TO_DEFAULT_LOCALE") or not getattr(
        settings, "WAGTAIL_I18N_ENABLED", False
    ):
        return listed_pages(children, shown_on=index_page)
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    # The parent's path is the page's path without its last step.
    parent_path = Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * model.steplen)
    under_source_index = Exists(
        type(index_page)
        .objects.filter(
            translation_key=index_page.translation_key,
            locale__language_code=default_language,
        )
        .filter(path=parent_path)
    )
    translated = model.objects.live().filter(locale_id=index_page.locale_id)
    untranslated = model.objects.filter(
        under_source_index, locale__language_code=default_language
    ).exclude(translation_key__in=translated.values("translation_key"))
    return listed_pages(children | untranslated, shown_on=index_page)


def snippets_in_locale(snippets, locale_id):
    """``snippets`` as their translations in the locale with primary key
    ``locale_id`` where those exist,
    once each, sorted by name: e.g. the themes a filter offers."""
    snippets = list(snippets)
    localizer = SnippetLocalizer()
    localizer.want(snippets, locale_id)
    localizer.fetch()
    unique = {}
    for snippet in snippets:
        unique.setdefault(snippet.translation_key, localizer.get(snippet, locale_id))
    return sorted(unique.values(), key=lambda snippet: snippet.name.lower())


def related_snippets(page, attribute):
    """The snippets ``page`` shows through ``attribute`` (a relation or a list)."""
    value = getattr(page, attribute)
    return list(value.all()) if hasattr(value, "all") else list(value or [])


def prepare_localized(pages, attributes):
    """Fetch in bulk the snippets ``pages`` show through ``attributes`` in each
    page's own locale, for :func:`localized` to use without more queries."""
    localizer = SnippetLocalizer()
    for page in pages:
        # Kept for localized(): each read of a relation builds a new manager,
        # which on a page model costs more than the prefetched rows.
        page._related_snippets = {
            attribute: related_snippets(page, attribute) for attribute in attributes
        }
        for snippets in page._related_snippets.values():
            localizer.want(snippets, page.locale_id)
    localizer.fetch()
    for page in pages:
        page._snippet_localizer = localizer


def localized(page, attribute):
    """The snippets of ``page.<attribute>`` in the page's locale, each as its
    translation where one exists (wagtail-localize leaves many-to-many
    relations and copied rows pointing at the source locale's snippets)."""
    prepared = getattr(page, "_related_snippets", {})
    if attribute in prepared:
        snippets = prepared[attribute]
    else:
        snippets = related_snippets(page, attribute)
    localizer = getattr(page, "_snippet_localizer", None)
    if localizer is None:
        localizer = SnippetLocalizer()
        localizer.want(snippets, page.locale_id)
        localizer.fetch()
    return [localizer.get(snippet, page.locale_id) for snippet in snippets]
