"""Package data (icons) read through importlib.resources, so it works from a wheel or a frozen build."""
