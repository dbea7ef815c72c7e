"""Which pages the API may show: live, public, in the request's site, any locale."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Locale, PageViewRestriction, Site

from .errors import ApiError


def site_roots(site):
    """The site's root page and, with i18n on, the roots of its other locales."""
    roots = [site.root_page]
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        roots += list(site.root_page.get_translations())
    return roots


def public_pages(request, model):
    """Live pages of ``model`` in the request's site without any view restriction.

    A restriction hides a page whoever asks: the API never reads the visitor's
    session, so a page for logged-in users or a group is never shown.
    """
    if not hasattr(request, "_ledelsesugen_scope"):
        request._ledelsesugen_scope = public_scope(request)
    scope = request._ledelsesugen_scope
    if scope is None:
        return model.objects.none()
    return model.objects.live().filter(scope)


def public_scope(request):
    """A Q for the request site's trees minus restricted subtrees, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    scope = reduce(or_, (Q(path__startswith=root.path) for root in site_roots(site)))
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        scope &= ~Q(path__startswith=path)
    return scope


def get_locale(language_code):
    """The Locale for a ``locale`` parameter, or a 400 naming the known ones."""
    try:
        return Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        known = ", ".join(Locale.objects.values_list("language_code", flat=True))
        raise ApiError(
            400,
            "invalid",
            _("There is no locale “%(locale)s”. Known locales: %(known)s.")
            % {"locale": language_code, "known": known},
            {"locale": [_("Unknown locale.")]},
        ) from None


def in_locale(pages, language_code):
    """``pages`` narrowed to one locale when ``language_code`` is given."""
    if not language_code:
        return pages
    return pages.filter(locale=get_locale(language_code))


def under_index(pages, request, index_model, index_id):
    """``pages`` narrowed to the children of one public index page."""
    if index_id is None:
        return pages
    index = public_pages(request, index_model).filter(pk=index_id).first()
    if index is None:
        raise ApiError(
            400,
            "invalid",
            _("There is no index page with id %(id)s.") % {"id": index_id},
            {"index": [_("Unknown index page.")]},
        )
    return pages.child_of(index)


def list_answer(request, items, filters, serializer_class):
    """One page of ``items`` as ``{count, limit, offset, items}``, each item
    turned into a dict by ``serializer_class(request, page).summary``."""
    count = items.count()
    window = list(items[filters.offset : filters.offset + filters.limit])
    serializer = serializer_class(request, window)
    return {
        "count": count,
        "limit": filters.limit,
        "offset": filters.offset,
        "items": [serializer.summary(item) for item in window],
    }
