"""Admin views of the app that are not snippet or page editing views."""

import datetime

import swapper
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.coreutils import find_available_slug

from .dates import format_day, local_zone, to_local
from .models import AbstractEventPage


def base_page_model():
    return swapper.load_model("wagtailcore", "Page")


class CopyToDateForm(forms.Form):
    """When the copy of an event takes place; times of day and duration are kept."""

    date = forms.DateField(
        label=_("New date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The copy keeps the times of day and the length of the event."),
    )


def shift_by_days(value, days):
    """``value`` moved ``days`` days at the same local time of day (across DST too)."""
    local = to_local(value)
    day = local.date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, local.time(), tzinfo=local_zone())


def copy_event_to_date(page, new_date, user):
    """Copy an event page as a draft held on ``new_date``, beside the original."""
    days = (new_date - to_local(page.start).date()).days
    parent = page.get_parent()
    update_attrs = {
        "start": shift_by_days(page.start, days),
        "end": shift_by_days(page.end, days),
        "slug": find_available_slug(parent, f"{page.slug}-{new_date:%Y-%m-%d}"),
    }
    for name in ("signup_opens", "signup_deadline"):
        if value := getattr(page, name):
            update_attrs[name] = shift_by_days(value, days)
    copy = page.copy(
        to=parent,
        update_attrs=update_attrs,
        copy_revisions=False,
        keep_live=False,
        user=user,
    )
    copy.save_revision(user=user, log_action=False)
    return copy


def copy_to_date(request, page_id):
    """Ask for a date, then copy the event there as a draft and open its editor."""
    page = get_object_or_404(base_page_model(), pk=page_id).specific
    if not isinstance(page, AbstractEventPage):
        raise Http404
    if not page.permissions_for_user(request.user).can_copy_to(page.get_parent()):
        raise PermissionDenied
    form = CopyToDateForm(request.POST or None)
    if form.is_valid():
        copy = copy_event_to_date(page, form.cleaned_data["date"], request.user)
        messages.success(
            request,
            _("“%(title)s” was copied to %(date)s as a draft.")
            % {
                "title": page.get_admin_display_title(),
                "date": format_day(form.cleaned_data["date"]),
            },
        )
        return redirect("wagtailadmin_pages:edit", copy.pk)
    return TemplateResponse(
        request,
        "wagtail_ledelsesugen/admin/copy_to_date.html",
        {"page": page, "form": form},
    )
