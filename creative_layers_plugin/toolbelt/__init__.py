"""Small tools every part of the plugin uses: logging, settings, translation, tasks, user-facing errors."""
