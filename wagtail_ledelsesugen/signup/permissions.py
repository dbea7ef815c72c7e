"""Who may see, export and act on a signup list: the one rule, in one place.

A signup list belongs to a translation group, so being allowed to edit one
page of the group is not enough. A user manages the list only if they may edit
the page they opened it through and either the page that owns the list or
every live page of the group.

The page that owns the list is the group's oldest page (the lowest primary
key): every way of translating a page (wagtail-localize, ``copy_for_translation``,
aliases) copies an existing page of the group, so the original always has the
lowest key. wagtail-localize's ``TranslationSource`` is not trusted for this:
on a group whose first translations were made without it, a translator could
create the first source record from their own translation.
"""

import swapper
from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.lookups import In
from wagtail.permissions import page_permission_policy


def editable_page_ids(user):
    """The primary keys of the pages ``user`` may edit, by Wagtail's permissions."""
    pages = page_permission_policy.instances_user_has_permission_for(user, "change")
    return pages.values("pk")


def translation_group():
    """The pages of the outer query's translation group."""
    page_model = swapper.load_model("wagtailcore", "Page")
    return page_model.objects.filter(translation_key=OuterRef("translation_key"))


def owner_id():
    """The primary key of the page that owns the outer page's signup list."""
    return Subquery(translation_group().order_by("pk").values("pk")[:1])


def signup_access(user):
    """A condition on pages: whether ``user`` manages the page's signup list."""
    if user.is_active and user.is_superuser:
        return Value(True, output_field=BooleanField())
    editable = editable_page_ids(user)
    live_pages = translation_group().filter(live=True)
    every_live_page_editable = Exists(live_pages) & ~Exists(
        live_pages.exclude(pk__in=editable)
    )
    return Q(pk__in=editable) & (In(owner_id(), editable) | every_live_page_editable)


def annotate_signup_access(pages, user):
    """``pages`` with ``_can_manage_signups`` annotated for ``user``."""
    access = ExpressionWrapper(signup_access(user), output_field=BooleanField())
    return pages.annotate(_can_manage_signups=access)


def can_manage_signups(user, page):
    """Whether ``user`` may see, export and act on the signups of ``page``."""
    access = signup_access(user)
    if isinstance(access, Value):
        return access.value
    page_model = swapper.load_model("wagtailcore", "Page")
    return page_model.objects.filter(access, pk=page.pk).exists()
