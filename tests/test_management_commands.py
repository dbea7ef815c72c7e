"""Every management command of the app prints its help, in the active language."""

import pytest
from django.core.management import load_command_class
from django.utils import translation

COMMANDS = [
    "ledelsesugen_demo",
    "ledelsesugen_purge_signups",
    "ledelsesugen_retry_emails",
]


@pytest.mark.parametrize("name", COMMANDS)
def test_help_is_printed(name):
    command = load_command_class("wagtail_ledelsesugen", name)
    with translation.override("da"):
        help_text = command.create_parser("manage.py", name).format_help()
    assert f"usage: manage.py {name}" in help_text
    assert str(command.help).split()[0] in help_text
