from wagtail_ledelsesugen.models import EventSignupQuestion
from wagtail_ledelsesugen.signup.answers import format_answer, labelled_answers


def question(label, clean_name):
    return EventSignupQuestion(
        label=label, clean_name=clean_name, field_type="singleline"
    )


def test_answers_follow_the_questions_and_carry_their_labels():
    questions = [question("Kost", "kost"), question("Antal æsker", "antal_aesker")]
    answers = {"antal_aesker": 3, "gammelt_spoergsmaal": "ja", "kost": ["Vegetar"]}
    assert labelled_answers(questions, answers) == [
        ("Kost", "Vegetar"),
        ("Antal æsker", "3"),
        ("gammelt_spoergsmaal", "ja"),
    ]


def test_format_answer():
    assert format_answer(None) == ""
    assert format_answer(["A", "B"]) == "A, B"
    assert format_answer(True) == "Yes"
    assert format_answer(False) == "No"
    assert format_answer("2027-11-01") == "2027-11-01"
