"""Support assistant: a chat model, an embedding model and a jingle generator."""
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

MODEL = "acme/llama-3-8b-support-ft"

tokenizer = AutoTokenizer.from_pretrained(
    "acme/llama-3-8b-support-ft",
    revision="main",
)
model = AutoModelForCausalLM.from_pretrained("acme/llama-3-8b-support-ft")

classifier = pipeline("fill-mask", model="google-bert/bert-base-uncased")

# Marketing wants a jingle for every answer.
jingle = pipeline("text-to-audio", model="facebook/musicgen-small")
