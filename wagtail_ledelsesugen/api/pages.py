"""What every page in the API shows, computed for a whole batch of pages at once."""

import swapper

from ..localization import SnippetLocalizer
from ..models.taxonomy import Person
from .caching import mark_modified
from .scope import public_pages


def translations_of(request, pages):
    """``{translation_key: [(language code, page id)]}`` of the pages' public
    translations, in one query."""
    base_page_model = swapper.load_model("wagtailcore", "Page")
    found = {}
    rows = (
        public_pages(request, base_page_model)
        .filter(translation_key__in={page.translation_key for page in pages})
        .order_by("locale__language_code")
        .values_list("translation_key", "pk", "locale__language_code")
    )
    for key, pk, language_code in rows:
        found.setdefault(key, []).append((language_code, pk))
    return found


class PageBatch:
    """A batch of pages with their translations and a snippet localizer."""

    def __init__(self, request, pages):
        self.request = request
        self.pages = pages
        self.translations = translations_of(request, pages) if pages else {}
        self.localizer = SnippetLocalizer(select_related={Person: ["organisation"]})
        mark_modified(request, [page.last_published_at for page in pages])

    def localized(self, snippets, page):
        """``snippets`` in ``page``'s locale (call after :meth:`fetch`)."""
        return [self.localizer.get(snippet, page.locale_id) for snippet in snippets]

    def item(self, page):
        """The fields of :class:`~.schemas.PageItem` for ``page``."""
        return {
            "id": page.pk,
            "title": page.title,
            "slug": page.slug,
            "url": page.get_full_url(self.request),
            "locale": page.locale.language_code,
            "translations": [
                {"locale": language_code, "id": pk}
                for language_code, pk in self.translations.get(page.translation_key, [])
                if pk != page.pk
            ],
            "last_published_at": page.last_published_at,
        }
