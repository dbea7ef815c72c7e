"""``manage.py ledelsesugen_retry_emails``: send the signup e-mails not yet delivered.

Sends every e-mail that failed or was never queued, once its next attempt is
due (the waits grow after each failure: 1, 5, 15, 60 minutes and on). Run it
every few minutes, e.g. by cron; ``--all`` sends every undelivered e-mail now,
also those that have used up their attempts, e.g. after the mail server was
down. An e-mail goes out at most once, however often this runs.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ...signup import delivery
from ..base import TranslatedHelpCommand


class Command(TranslatedHelpCommand):
    help = gettext_lazy("Send the signup e-mails that have not been delivered yet.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="ignore_backoff",
            help=gettext_lazy(
                "Send every undelivered e-mail now, without waiting for its "
                "next attempt."
            ),
        )

    def handle(self, *args, ignore_backoff=False, **options):
        counts = delivery.retry(ignore_backoff=ignore_backoff)
        self.stdout.write(self.report(**counts))

    def report(self, sent, failing):
        sent_text = ngettext(
            "%(count)d e-mail sent", "%(count)d e-mails sent", sent
        ) % {"count": sent}
        failing_text = ngettext(
            "%(count)d still failing", "%(count)d still failing", failing
        ) % {"count": failing}
        return _("%(sent)s, %(failing)s.") % {
            "sent": sent_text,
            "failing": failing_text,
        }
