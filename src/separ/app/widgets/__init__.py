"""The app's widgets: each receives data from its screen and posts messages up."""
