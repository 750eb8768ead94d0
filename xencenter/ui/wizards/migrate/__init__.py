"""The Migrate wizard\x27s window and pages."""
