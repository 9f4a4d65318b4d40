"""Questions about the rest of the home are not kept by Encore (issue 45, item 2).

"How was the weather last week" matched the net on "how ... last week" and
was answered with the week's music recap; "when was the front door opened
yesterday" looked for a song called "front door opened". Encore now declines
a question that speaks of the rest of the home and of no listening, with
`NO_INTENT_MATCH`: Home Assistant's pipeline, preferring local intents, then
hands it to the LLM agent (`conversation.async_handle_intents` returns
None), as it would had no sentence matched. A listening word keeps a
question Encore's.
"""

import pytest

from homeassistant.components import conversation
from homeassistant.components.conversation import ConversationInput, async_get_chat_log
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.helpers.chat_session import async_get_chat_session

from custom_components.encore.voice.elsewhere import about_something_else

from .test_voice import ask, history  # noqa: F401

ELSEWHERE = [
    ("how was the weather last week", "en"),
    ("what was the temperature in the kitchen yesterday", "en"),
    ("how much energy did we use last month", "en"),
    ("what was on TV last night", "en"),
    ("when was the front door opened yesterday", "en"),
    ("what did I have for dinner yesterday", "en"),
    ("how many hours did the heating run this week", "en"),
    ("wie war das Wetter letzte Woche", "de"),
    ("wie viel Strom haben wir letzten Monat verbraucht", "de"),
    ("wann wurde gestern die Haustür geöffnet", "de"),
    ("wie warm war es gestern im Wohnzimmer", "de"),
    ("was lief gestern Abend im Fernsehen", "de"),
]


async def _locally(hass: HomeAssistant, text: str, language: str) -> object:
    """What the pipeline's "prefer local" step keeps: a response, or None for the LLM."""
    user_input = ConversationInput(
        text=text,
        context=Context(user_id="ada-user"),
        conversation_id=None,
        device_id=None,
        satellite_id=None,
        language=language,
        agent_id="conversation.home_assistant",
    )
    with (
        async_get_chat_session(hass) as session,
        async_get_chat_log(hass, session, user_input) as chat_log,
    ):
        return await conversation.async_handle_intents(hass, user_input, chat_log)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(("said", "language"), ELSEWHERE)
async def test_a_question_about_the_home_is_declined(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """No recap, no name looked for: no match, so the LLM agent may answer."""
    heard = await ask(hass, said, language)
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    assert heard.response.error_code is intent.IntentResponseErrorCode.NO_INTENT_MATCH
    assert heard.speech in (
        "Sorry, I couldn't understand that",
        "Entschuldigung, das habe ich nicht verstanden",
    )
    assert await _locally(hass, said, language) is None


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("did I listen to Air yesterday while it rained", "en"),
        ("what music was on last night while we had dinner", "en"),
        ("welche Musik lief gestern Abend beim Abendessen", "de"),
    ],
)
async def test_a_word_of_listening_keeps_it_encores(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """The weather or a meal beside a word of listening: Encore answers, locally."""
    heard = await ask(hass, said, language)
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER, (
        heard.speech
    )
    assert await _locally(hass, said, language) is not None


@pytest.mark.parametrize(
    ("said", "language", "elsewhere"),
    [
        ("how was the weather last week", "en", True),
        ("did I play Light My Fire last week", "en", False),
        ("who did I listen to most last week", "en", False),
        ("wie viel Strom haben wir verbraucht", "de", True),
        ("welche Lieder liefen beim Frühstück", "de", False),
    ],
)
def test_what_speaks_of_the_rest_of_the_home(
    said: str, language: str, elsewhere: bool
) -> None:
    """A word of the home and none of listening; any word of listening wins."""
    assert about_something_else(said, language) is elsewhere
