"""story-service: turns `story.requested` into a stored bilingual story and `story.generated`."""

SERVICE = "story-service"
