"""Tests of Assist and the LLM tools: intents, sentences, spoken periods, the corpus."""
