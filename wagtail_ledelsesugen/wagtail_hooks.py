"""Admin wiring: snippet viewsets, copy to a new date, and the signup lists."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import AbstractEventPage, Organisation, Person, Theme
from .signup import admin_views as signup_admin_views
from .signup import explorer as signup_explorer
from .signup.permissions import annotate_signup_access, can_manage_signups


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "sector", "website"]
    list_filter = ["sector"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "job_title", "organisation"]
    search_fields = ["name", "job_title"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, OrganisationViewSet, PersonViewSet)
    menu_icon = "calendar"
    menu_label = _("Leadership Week")
    menu_name = "ledelsesugen"


register_snippet(TaxonomyViewSetGroup)


@hooks.register("register_admin_urls")
def register_copy_to_date_url():
    return [
        path(
            "ledelsesugen/events/<int:page_id>/copy-to-date/",
            admin_views.copy_to_date,
            name="wagtail_ledelsesugen_copy_to_date",
        )
    ]


def copy_to_date_button(page, user, priority):
    """A "Copy to a new date" button, shown for events the user may copy."""
    if not issubclass(page.specific_class or type(page), AbstractEventPage):
        return
    # The view checks the parent too; the listing avoids a query per row.
    if not page.permissions_for_user(user).can_copy():
        return
    yield Button(
        _("Copy to a new date"),
        reverse("wagtail_ledelsesugen_copy_to_date", args=[page.pk]),
        icon_name="calendar",
        priority=priority,
    )


@hooks.register("register_page_listing_more_buttons")
def register_copy_to_date_listing_button(page, user, next_url=None):
    yield from copy_to_date_button(page, user, priority=25)


@hooks.register("register_page_header_buttons")
def register_copy_to_date_header_button(page, user, view_name, next_url=None):
    yield from copy_to_date_button(page, user, priority=35)


@hooks.register("register_admin_urls")
def register_signup_admin_urls():
    return [
        path(
            "ledelsesugen/pages/<int:page_id>/signups/",
            include((signup_admin_views.urlpatterns, signup_admin_views.URL_NAMESPACE)),
        )
    ]


@hooks.register("construct_explorer_page_queryset")
def register_signup_counts_in_explorer(parent_page, pages, request):
    pages = signup_explorer.annotate_signup_counts(pages)
    return annotate_signup_access(pages, request.user)


@hooks.register("register_page_listing_buttons")
def register_signups_listing_button(page, user, next_url=None):
    """Seat counts linking to the signup list, on explorer rows that have them."""
    if not signup_explorer.takes_signups(page):
        return
    # Only the explorer annotates access; elsewhere, no button beats a query per row.
    if not getattr(page, "_can_manage_signups", False):
        return
    yield ListingButton(
        signup_explorer.signup_counts_label(page),
        signup_explorer.signup_list_url(page),
        icon_name="group",
        priority=15,
    )


@hooks.register("register_page_header_buttons")
def register_signups_header_button(page, user, view_name, next_url=None):
    if not signup_explorer.takes_signups(page):
        return
    if not can_manage_signups(user, page):
        return
    yield Button(
        _("Signups"),
        signup_explorer.signup_list_url(page),
        icon_name="group",
        priority=40,
    )
