"""What every index page of the app shares: GET filters, pagination and their context.

A page's listing subclasses :class:`Listing` and names its filter form, its
items and how filters narrow them; bad filter values and page numbers are
explained on the page, never answered with an error.
"""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import ngettext

from .conf import get_setting
from .localization import prepare_localized


class FilterForm(forms.Form):
    """GET filters: valid values apply, bad ones are reported and ignored."""

    @property
    def active_filters(self):
        """The valid, non-empty filters as a dict of field name to value."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def error_links(self):
        """``[(field id, message)]`` for an error summary that links to the fields."""
        return [
            (self[name].id_for_label, message)
            for name, messages in self.errors.items()
            for message in messages
        ]


def with_blank(label, choices):
    """``choices`` after a blank first option labelled ``label``."""
    return [("", label), *choices]


class Listing:
    """Builds an index page's context: filter form, one page of items, navigation."""

    page_size_setting = "LISTING_PAGE_SIZE"
    # Snippet relations the cards show, fetched in each item's language.
    localized_attributes = ("themes",)

    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request

    def get_filter_form(self):
        """The bound filter form (override)."""
        raise NotImplementedError

    def get_items(self):
        """The unfiltered items, ordered, with what a listing shows prefetched."""
        raise NotImplementedError

    def filter_items(self, items, filters):
        """``items`` narrowed by the cleaned, non-empty ``filters`` (override)."""
        return items

    def paginate(self, items):
        """Return ``(page, message)``; ``page`` is None when the number is bad."""
        paginator = Paginator(items, get_setting(self.page_size_setting))
        raw_number = self.request.GET.get("page", "1")
        try:
            number = int(raw_number)
        except ValueError:
            number = 0
        if 1 <= number <= paginator.num_pages:
            return paginator.page(number), None
        message = ngettext(
            "There is no page “%(page)s” in this list. It has %(count)s page.",
            "There is no page “%(page)s” in this list. It has %(count)s pages.",
            paginator.num_pages,
        )
        return None, message % {"page": raw_number, "count": paginator.num_pages}

    def querystring(self, **changes):
        """The current GET parameters with ``changes`` applied (None removes)."""
        params = self.request.GET.copy()
        for key, value in changes.items():
            params.pop(key, None)
            if value is not None:
                params[key] = value
        encoded = params.urlencode()
        return f"?{encoded}" if encoded else ""

    def context(self):
        form = self.get_filter_form()
        filters = form.active_filters
        page, page_message = self.paginate(self.filter_items(self.get_items(), filters))
        items = list(page.object_list) if page else []
        prepare_localized(items, self.localized_attributes)
        return {
            "filter_form": form,
            "active_filters": filters,
            "filter_errors": form.error_links,
            "page_obj": page,
            "page_message": page_message,
            "items": items,
            "previous_querystring": page
            and page.has_previous()
            and self.querystring(page=page.previous_page_number()),
            "next_querystring": page
            and page.has_next()
            and self.querystring(page=page.next_page_number()),
            "first_page_querystring": self.querystring(page=None),
        }


def search_within(items, query):
    """``items`` narrowed to those Wagtail search finds for ``query``."""
    matching = items.model.objects.filter(pk__in=items.values("pk")).search(
        query, operator="and"
    )
    return items.filter(pk__in=[page.pk for page in matching])


def linked_to_slug(items, lookup, model, slug):
    """``items`` linked through ``lookup`` to a ``model`` snippet called ``slug``.

    A translated page may still point at the source locale's snippet, so a
    slug matches every translation of the snippet that has it. The match is a
    subquery rather than a join, so no item is repeated and the listing needs
    no DISTINCT, which on a large programme costs more than the query itself.
    """
    if not slug:
        return items
    keys = model.objects.filter(slug=slug).values("translation_key")
    linked = items.model.objects.filter(**{f"{lookup}__translation_key__in": keys})
    return items.filter(pk__in=linked.values("pk"))
