"""The Processing provider ``creativemap``: every button of the plugin is also an algorithm."""
