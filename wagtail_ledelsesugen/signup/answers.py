"""Signup answers as people read them: the question's label and the answer as text."""

from django.utils.translation import gettext


def format_answer(value):
    """One stored answer as text: lists joined, yes/no for checkboxes, None blank."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def labelled_answers(questions, answers):
    """``[(label, answer text)]`` in the order of ``questions``; unknown keys last."""
    labels = {question.clean_name: question.label for question in questions}
    ordered = [name for name in labels if name in answers]
    ordered += [name for name in answers if name not in labels]
    return [(labels.get(name, name), format_answer(answers[name])) for name in ordered]
