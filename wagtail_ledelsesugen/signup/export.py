"""Cell values for the signup export that a spreadsheet cannot run."""

import re

# What spreadsheets read as the start of a formula (OWASP's list, line feeds
# and the full-width forms some spreadsheets also accept).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
NEGATIVE_NUMBER = re.compile(r"-[0-9]+(?:[.,][0-9]+)?")


def csv_safe(value):
    """``value`` for a CSV cell, with an apostrophe before anything that a
    spreadsheet would run as a formula; a plain negative number stays a number."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if NEGATIVE_NUMBER.fullmatch(value):
        return value
    return "'" + value
