"""Greeting, help, honesty about being a program, grade, summary and the like."""
from datetime import date

from careerbot import grades
from careerbot.conversation.context import ask_grade_message, grouping_buttons, next_step_buttons
from careerbot.conversation.pathways import handle_ask_courses
from careerbot.conversation.turns import button, text_message
from careerbot.handout import build_handout
from careerbot.i18n import t


def quiz_button():
    return button(t("Take a quick quiz"), "request_quiz")


def handle_greet(kb, state, turn):
    text = t("Hi! I'm a computer program that helps students explore careers. "
             "What do you like doing, or what do you care about? You can type things like "
             "\"I like animals\" or \"coding is my thing\", pick an area below, or take a quick quiz.")
    return [text_message(text, [quiz_button()] + grouping_buttons(kb))]


def handle_help(kb, state, turn):
    text = t("I can help you find careers that fit you. Tell me what you like or care about, and I'll show "
             "matching career clusters. Then ask about careers, classes, college credit (dual enrollment), "
             "certifications or internships. Say \"start over\" anytime, or \"summary\" for a recap.")
    return [text_message(text, [quiz_button()] + grouping_buttons(kb))]


def sources_note() -> str:
    """Where the facts come from, with the O*NET attribution its CC BY 4.0 licence asks for."""
    return t("Career clusters come from the National Career Clusters Framework by Advance CTE. Pay figures "
             "are U.S. Bureau of Labor Statistics medians. This includes information from the O*NET Database "
             "by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under "
             "the CC BY 4.0 license; I have shortened and reworded it. O*NET is a trademark of USDOL/ETA.")


def handle_bot_challenge(kb, state, turn):
    return [text_message(t("I'm not a person. I'm a computer program that helps students explore careers, "
                           "using information your school keeps up to date. For personal advice, talk with "
                           "your school counselor.") + "\n" + sources_note(), next_step_buttons(kb, state))]


def handle_goodbye(kb, state, turn):
    return [text_message(t("Bye for now! Come back anytime to keep exploring. Your school counselor can "
                           "help you plan next steps too."))]


def handle_thank(kb, state, turn):
    return [text_message(t("You're welcome! Want to keep exploring?"), next_step_buttons(kb, state))]


def handle_start_over(kb, state, turn):
    if turn is not None and not asks_to_start_over(turn):
        # Starting over forgets everything the student said: a message only read as "start over"
        # (no restart word, not the button) is asked about first.
        return [text_message(t("Do you want to start over? I'd forget what you've told me so far."),
                             [button(t("Yes, start over"), "start_over"), button(t("No, keep going"), "help")])]
    state.__init__()
    return [text_message(t("Okay, let's start fresh."))] + handle_greet(kb, state, turn)


def asks_to_start_over(turn) -> bool:
    return turn.text.strip().startswith("/") or "restart" in turn.values("cue")


def handle_out_of_scope(kb, state, turn):
    return [text_message(t("I can't help with that one. I'm here to help you explore careers! "
                           "What do you like doing, or which area sounds interesting?"),
                         [quiz_button()] + grouping_buttons(kb))]


def handle_empty_input(kb, state, turn):
    flag = turn.first("input_flag") if turn else None
    if flag and flag.value == "emoji":
        text = t("I like emoji too! Can you tell me in words what you like doing? Or pick an area:")
    else:
        text = t("Looks like that message was empty. What do you like doing, or what do you care about?")
    return [text_message(text, grouping_buttons(kb) + [quiz_button()])]


def handle_inform_grade(kb, state, turn):
    mention = turn.first("grade")
    grade = int(mention.value) if mention and mention.value.isdigit() else grades.parse_grade(turn.text)
    if grade is None:
        if grades.mentions_middle_school(turn.text):
            grade = 7
        else:
            return [ask_grade_message()]
    if not 6 <= grade <= 12:
        return [text_message(t("I'm built for students in grades 6 to 12. Which grade are you in?"),
                             ask_grade_message()["buttons"])]
    state.grade = grade
    if grades.is_middle_school(grade):
        text = t("Got it, grade {grade}! Middle school is the time to explore: try clubs, exploration classes and "
                 "job shadowing. Dual enrollment and most certifications come in high school.", grade=grade)
    else:
        text = t("Got it, grade {grade}! I'll show you classes, college credit (dual enrollment), certifications "
                 "and internships.", grade=grade)
    if turn.first("occupation", "sub_cluster", "cluster", "pathway", "interest"):   # "8th grade, ready for nursing?"
        return [text_message(text)] + handle_ask_courses(kb, state, turn)
    return [text_message(text, next_step_buttons(kb, state))]


def handle_ask_summary(kb, state, turn):
    """One short line (with the usual buttons) and the handout card the web page shows."""
    handout = build_handout(kb, state, date.today())
    message = text_message(handout["reply"], next_step_buttons(kb, state))
    message["custom"] = {"type": "handout", "text": handout["reply"], "handout": handout}
    return [message]
