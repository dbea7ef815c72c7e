"""The page explorer's seat counts and signup links, for pages that take signups."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..models import SignupPageMixin, SignupStatus
from .admin_views import URL_NAMESPACE


def annotate_signup_counts(pages):
    """Pages with ``_signups_confirmed`` and ``_signups_waitlisted`` annotated."""
    return pages.annotate(
        _signups_confirmed=SignupPageMixin.signups_count(SignupStatus.CONFIRMED),
        _signups_waitlisted=SignupPageMixin.signups_count(SignupStatus.WAITLISTED),
    )


def signup_counts_label(page):
    """ "Signups: 12/40, 3 waiting", from a page annotated by the explorer."""
    values = {
        "confirmed": page._signups_confirmed,
        "capacity": page.signup_capacity,
        "waitlisted": page._signups_waitlisted,
    }
    if values["capacity"] is None:
        return _("Signups: %(confirmed)s") % values
    if values["waitlisted"]:
        return _("Signups: %(confirmed)s/%(capacity)s, %(waitlisted)s waiting") % values
    return _("Signups: %(confirmed)s/%(capacity)s") % values


def takes_signups(page):
    """Whether ``page`` (a specific page) has signups of its own to list."""
    return isinstance(page, SignupPageMixin) and page.signup_enabled


def signup_list_url(page):
    """The admin URL of the signups of ``page``."""
    return reverse(f"{URL_NAMESPACE}:index", args=[page.pk])
