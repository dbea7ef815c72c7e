"""What the app's management commands share."""

from django.core.management.base import BaseCommand


class TranslatedHelpCommand(BaseCommand):
    """A command whose ``help`` is a lazy translation.

    argparse cannot wrap a lazy string, so ``--help`` crashed; it gets the
    help as text, in the language active when the parser is made.
    """

    def create_parser(self, prog_name, subcommand, **kwargs):
        self.help = str(self.help)
        return super().create_parser(prog_name, subcommand, **kwargs)
