"""tts-service: narrates every page of a book in both languages, as WAV files."""

SERVICE = "tts-service"
