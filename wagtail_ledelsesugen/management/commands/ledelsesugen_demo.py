"""``manage.py ledelsesugen_demo``: demo content for the default site.

The command reads its arguments, runs ``demo.builder.DemoBuilder`` in one
transaction and says what it made. Running it again creates only what is
missing and leaves the rest alone.
"""

from django.core.management.base import CommandError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Site

from ...demo.builder import ADMIN_PASSWORD, ADMIN_USERNAME, DemoBuilder, Tally
from ...demo.translation import LANGUAGE_CODE, english_unavailable
from ..base import TranslatedHelpCommand

DEV_SERVER_ADDRESS = "127.0.0.1:8000"


def dev_server_url(page):
    """The address of ``page`` on the site the demo serves."""
    _site_id, root_url, page_path = page.get_url_parts()
    return root_url + page_path


def serve_site_at(site, address):
    """Point ``site`` at ``host:port``, so links in e-mails lead back to it."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise CommandError(f"--address must be host:port, not {address!r}.")
    site.hostname, site.port = host, int(port)
    site.save(update_fields=["hostname", "port"])


class Command(TranslatedHelpCommand):
    help = _(
        "Create Danish demo content for the coming Leadership Week under the "
        "default site's root page. Safe to run again: existing content is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help=_(
                "Also create the superuser 'admin' with the password "
                "'ledelsesugen' unless a user 'admin' exists."
            ),
        )
        parser.add_argument(
            "--address",
            default=DEV_SERVER_ADDRESS,
            help=_(
                "host:port the site is served at, used in the links of "
                "signup e-mails (default: %(default)s)."
            ),
        )

    def handle(self, *args, with_admin=False, address=DEV_SERVER_ADDRESS, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site. Run migrate first.")
        serve_site_at(site, address)
        builder = DemoBuilder(site, Tally())
        english_skipped = english_unavailable()
        with transaction.atomic():
            week, programme = builder.build()
            if not english_skipped:
                builder.add_english()
            admin_created = builder.add_admin() if with_admin else None
        # The English pages are published when the transaction commits.
        self.report(builder, week, programme)
        self.report_english(english_skipped, week, programme)
        if with_admin:
            self.report_admin(admin_created, site.root_url + "/admin/")

    def report(self, builder, week, programme):
        """What was created and what was there, and where to see the result."""
        self.stdout.write(self.style.SUCCESS("Leadership Week demo content is ready."))
        for line in builder.tally.lines():
            self.stdout.write(line)
        if builder.filled_settings:
            filled = ", ".join(builder.filled_settings)
            self.stdout.write(f"  site settings filled in: {filled}")
        else:
            self.stdout.write("  site settings: already filled in, left unchanged")
        self.stdout.write(f"Landing page: {dev_server_url(week)}")
        self.stdout.write(f"Programme:    {dev_server_url(programme)}")

    def report_english(self, skipped, week, programme):
        """Where the English versions are, or why there are none."""
        if skipped:
            self.stdout.write(self.style.WARNING(f"No English versions: {skipped}."))
            return
        locale = Locale.objects.get(language_code=LANGUAGE_CODE)
        for label, page in (("Landing page", week), ("Programme", programme)):
            translation = page.get_translation_or_none(locale)
            if translation is not None:
                label = f"{label} in English:"
                self.stdout.write(f"{label:<25}{dev_server_url(translation)}")

    def report_admin(self, created, admin_url):
        if created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Log in at {admin_url} with username '{ADMIN_USERNAME}' "
                    f"and password '{ADMIN_PASSWORD}'."
                )
            )
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"User '{ADMIN_USERNAME}' already exists and was left unchanged. "
                    f"Log in at {admin_url} as '{ADMIN_USERNAME}'."
                )
            )
