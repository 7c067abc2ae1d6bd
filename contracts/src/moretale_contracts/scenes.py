"""The scene vocabulary story writers and painters share.

A page's `illustration_scene_prompt` names one setting and one time of day from these lists,
and its companions by these English names; the offline painter reads exactly these words back.
"""

from __future__ import annotations

SETTINGS: tuple[str, ...] = (
    "forest",
    "meadow",
    "beach",
    "ocean",
    "mountain",
    "village",
    "castle",
    "garden",
    "bedroom",
    "school",
    "sky",
    "space",
    "river",
    "cave",
    "park",
    "kitchen",
)
"""Where a page happens."""

TIMES: tuple[str, ...] = ("morning", "noon", "afternoon", "sunset", "evening", "night")
"""When a page happens, in the order of a day."""

COMPANIONS: tuple[str, ...] = (
    "dragon",
    "cat",
    "dog",
    "rabbit",
    "bear",
    "fox",
    "bird",
    "owl",
    "unicorn",
    "dinosaur",
    "turtle",
    "whale",
    "robot",
    "friend",
)
"""Who may keep the child company, by the English word scene prompts use."""
