"""``manage.py ledelsesugen_purge_signups``: erase old signups' personal data.

A signup for an event is erased once the event ended more than
``SIGNUP_RETENTION_DAYS`` days ago; any other signup (a signup form page, or a
list whose pages are gone) that many days after it was made. The rows stay,
without name, e-mail, organisation, job title, answers, user or a working
cancellation link, so the counts by status survive. Their e-mails' errors,
which can hold the address, are cleared too, and those not yet delivered are
never sent. Run it daily, e.g. by cron.
"""

import datetime
import operator
import secrets
from functools import reduce

from django.apps import apps
from django.db import transaction
from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ...conf import get_setting
from ...models import AbstractEventPage, DeliveryState, Signup, SignupEmail
from ...models.signup import UNDELIVERED_STATES
from ...signup.delivery import ERASED_REASON
from ..base import TranslatedHelpCommand


def event_page_models():
    """Every concrete page model with an event's ``end``: EventPage and sites' own."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, AbstractEventPage) and not model._meta.proxy
    ]


def of_events(**end_filter):
    """Q for signups whose list belongs to events matching ``end_filter``."""
    return reduce(
        operator.or_,
        (
            Q(
                signup_list__translation_key__in=model.objects.filter(
                    **end_filter
                ).values("translation_key")
            )
            for model in event_page_models()
        ),
    )


def signups_to_erase(cutoff):
    """Signups not yet erased whose retention period ended before ``cutoff``.

    An event counts as ended only when every language version of it has, so a
    translation that still shows an old date cannot erase a coming event's list.
    """
    event_ended = of_events(end__lt=cutoff) & ~of_events(end__gte=cutoff)
    made_long_ago = ~of_events() & Q(created_at__lt=cutoff)
    return Signup.objects.filter(erased_at__isnull=True).filter(
        event_ended | made_long_ago
    )


def erased_token():
    """A new token per row: unguessable, and unlike any token ever sent out."""
    # token_urlsafe never gives ".", so these cannot clash with live tokens.
    return Concat(
        Value(f"{secrets.token_urlsafe(30)}."),
        Cast("pk", CharField()),
        output_field=CharField(),
    )


def erase(signups, now):
    """Blank the personal data of ``signups`` in one UPDATE; return the count."""
    return signups.update(
        name="",
        email="",
        organisation="",
        job_title="",
        answers={},
        user=None,
        token=erased_token(),
        erased_at=now,
    )


def forget_email_errors(signups):
    """Clear the errors of the signups' e-mails and stop those not delivered."""
    undelivered = Q(state__in=UNDELIVERED_STATES)
    return SignupEmail.objects.filter(signup__in=signups).update(
        state=Case(
            When(undelivered, then=Value(DeliveryState.FAILED)), default=F("state")
        ),
        last_error=Case(
            When(undelivered, then=Value(ERASED_REASON)), default=Value("")
        ),
        next_attempt_at=None,
    )


class Command(TranslatedHelpCommand):
    help = gettext_lazy(
        "Erase the personal data of signups kept longer than SIGNUP_RETENTION_DAYS."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("Only report what would be erased; change nothing."),
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        cutoff = now - datetime.timedelta(days=get_setting("SIGNUP_RETENTION_DAYS"))
        with transaction.atomic():
            signups = signups_to_erase(cutoff)
            found = signups.aggregate(
                signups=Count("pk"), lists=Count("signup_list", distinct=True)
            )
            if found["signups"] and not dry_run:
                forget_email_errors(signups)
                found["signups"] = erase(signups, now)
        self.stdout.write(self.report(found["signups"], found["lists"], dry_run))

    def report(self, signups, lists, dry_run):
        counts = {
            "signups": ngettext("%(count)d signup", "%(count)d signups", signups)
            % {"count": signups},
            "lists": ngettext("%(count)d signup list", "%(count)d signup lists", lists)
            % {"count": lists},
        }
        if dry_run:
            return (
                _(
                    "Would erase the personal data of %(signups)s in %(lists)s "
                    "(dry run: nothing was changed)."
                )
                % counts
            )
        return _("Erased the personal data of %(signups)s in %(lists)s.") % counts
